#!/bin/sh
# usage (repo root): sh redteam/round22/repro.sh [NAME...]   replays round 22's runs (seed 1 unless noted); each prints its analyze line
D=$(dirname "$0")
ALL="c_cot|cot:n=100,r=30
a_chunk|chunk:n=100,r=30,cs=300
a_chunk300f|chunk:n=150,r=50,cs=300,gap=2,days=2
a_chunk500|chunk:n=100,r=30,cs=500
a_chunk650|chunk:n=100,r=30,cs=650
c_cotlong|cot:n=100,r=20,alo=3000,ahi=6000
a_chunklong|chunk:n=100,r=20,cs=500,alo=3000,ahi=6000
a_chunkresp|chunk:n=100,r=30,cs=300,mode=resp
a_chunkpf|chunk:n=100,r=30,cs=300,mode=prefill
a_chunklp|chunk:n=100,r=30,cs=400,lp=1
c_cotlp|cot:n=100,r=30,lp=1
b_fmt|cot:n=100,r=30,ask=fmt
b_fmt150|cot:n=150,r=60,ask=fmt,days=4
a_chunkdet|chunk:n=100,r=30,cs=300,ask=fmt
b_tr|cot:n=100,r=30,ask=tr
b_hist|cot:n=100,r=30,ask=hist
c_cotshort|cot:n=100,r=30,alo=250,ahi=450
a_dil4|dil:n=100,r=30,k=4
a_dil8|dil:n=100,r=30,k=8
h_bench|bench:n=3,r=1500,gs=2,alo=500,ahi=1100
h_bench650|bench:n=3,r=1500,gs=2,alo=450,ahi=850
h_bench450|bench:n=3,r=1500,gs=2,alo=300,ahi=600
h_tutor|tutor:n=3,r=3000,gs=30,alo=600,ahi=1000
h_tutorshort|tutor:n=3,r=3000,gs=30,alo=250,ahi=450
h_content|content:n=3,r=1500,gs=90,alo=1800,ahi=2800
h_support|support:n=2,r=2000,gs=20"
echo "$ALL" | while IFS='|' read -r N S; do
  if [ $# -gt 0 ]; then case " $* " in *" $N "*) ;; *) continue ;; esac; fi
  sh "$D/run.sh" "$N" "$S" >/dev/null 2>&1; cat "$D/out/$N.txt"; node "$D/cost.mjs" "$N"
  rm -f "$D/traces/$N.jsonl" "$D/out/$N.dec.jsonl"
done
