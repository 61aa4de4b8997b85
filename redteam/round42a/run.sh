#!/bin/sh
# Red team round 42a (several Worker isolates and permit leases). Each script starts what it needs: the recording
# origin of round 33 on 127.0.0.1:10019 and one Miniflare (workerd) process running N copies of dist/index.js as N
# Workers g0..gN-1 (each its own isolate, on 127.0.0.1:10010+i; g1.. bind g0's Durable Object classes with
# scriptName), and stops both. Needs Node >= 22.12 on PATH, `npm ci`, `npm run build` (dist/index.js) and a .dev.vars
# whose GUARD_ADMIN_TOKEN has >= 8 characters. One at a time. HELD=1 adds the checks that held (~2 min more).
cd "$(dirname "$0")"
run() { echo "=== $*"; timeout 300 node "$@" 2>&1 | grep -v '^\s*$' | cut -c1-900; }
run r42a-1-idle-eviction-lockout.mjs   # pool at its concurrency, 30 s pause, object evicted: slots held, key locked out (~1.5 min)
run r42a-2-isolate-starvation.mjs      # one key over its concurrency from 4 isolates: one isolate refused for the whole run
if [ "${HELD:-0}" = 1 ]; then
  run held-rpm-conc.mjs                                   # rpm 120, 4 isolates x 8 workers, 6 s
  RPM=100000 CONC=8 DELAY=300 W=8 run held-rpm-conc.mjs   # concurrency 8, 4 isolates x 8 workers, 300 ms answers
  RPM=100000 CONC=8 DELAY=20 W=2 run held-rpm-conc.mjs    # a pool of exactly 8 spread over 4 isolates
  run held-tpm.mjs                                        # tpm 50,000, 4 isolates, usage half the cap
  run held-deny-lag.mjs                                   # deny list entry while 4 isolates hold leases
  run held-detect-lag.mjs                                 # a detection verdict (challenge at minEvidence 300) with 4 isolates leased
  N=4 W=1 run held-cut-rotation.mjs                       # R35-2's cut turns rotated over 4 isolates
fi
