#!/bin/sh
# Red team round 37: each script starts its own guard (wrangler dev, 127.0.0.1:9801, inspector 9809) and recording
# origin (127.0.0.1:9803) and stops both. Needs Node >= 22.12 on PATH, `npm ci` in the repo root and a .dev.vars.
# Default: the findings (~1.5 min). HELD=1 adds the checks that held (~5 min).
cd "$(dirname "$0")"
run() { echo "=== $*"; env "$@" 2>&1 | grep -v '^\s*$' | grep -v 'workers.cloudflare.com' | cut -c1-1500; }
run node r37-1-bg-forgotten.mjs                 # background answers retrieved after 512 newer ones: origin-added input never charged
run node r37-2-creator-restricted-off.mjs       # detection.mode off: creator_restricted and the retrieval charge are gone
if [ "${HELD:-0}" = 1 ]; then
  run node probe1.mjs                           # stream_options.include_usage cannot be turned off
  run D=15000 node probe2.mjs                   # deeply nested bodies: no throw, no fail-open (500s there are the mock origin's)
  run N=1500 node probe3.mjs                    # flood of a denied key's object: no fail-open
  run PAD=10 N=3000 node probe3.mjs
  run node probe4.mjs                           # admin API spellings without the token
  run node probe5.mjs                           # Anthropic cache tokens on a cut stream
  run node probe6.mjs                           # a batch input file pushed out of the key's 256 newest: its run refused
  run node probe7.mjs                           # streamed retrieval of a running background response, cut before its usage
  run node probe9.mjs                           # creator_restricted: deny, challenge, deny before the job ends
  run node probe10.mjs                          # creator_restricted with per-tier detection off
  run node probe11.mjs                          # another key's retrieval: who is charged (enforce vs off)
fi
