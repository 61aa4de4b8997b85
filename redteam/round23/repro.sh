#!/bin/sh
# usage (repo root, Node 22 on PATH): sh redteam/round23/repro.sh [NAME...]   replays round 23's runs; each prints its analyze line
# (dpat / hdeg runs also print the caps given per piece / follow-up, caps.mjs). Seed 1 unless the third field says.
# HTTP confirmations (fresh guard on 127.0.0.1:19800, origin 19801, stopped after each): sh redteam/round23/http.sh cont300 lc300 cont4k lc4k il4k resp resplc
D=$(dirname "$0")
ALL="c_chunk|chunk:n=100,r=30,cs=300|1
c_chunk_s2|chunk:n=150,r=30,cs=300|2
c_chunk500|chunk:n=100,r=30,cs=500|1
c_resp|chunk:n=100,r=30,cs=300,mode=resp|1
c_cot|cot:n=100,r=30|1
a_chatlc|chunk:n=100,r=30,cs=300,mode=chat,lc=1|1
a_chatlc_s2|chunk:n=150,r=30,cs=300,mode=chat,lc=1|2
a_chatlc500|chunk:n=100,r=30,cs=500,mode=chat,lc=1|1
a_chatlclong|chunk:n=100,r=20,cs=500,mode=chat,lc=1,alo=3000,ahi=6000|1
a_resplc|chunk:n=100,r=30,cs=300,mode=resp,lc=1|1
a_resplc_s2|chunk:n=150,r=30,cs=300,mode=resp,lc=1|2
a_resplc500|chunk:n=100,r=30,cs=500,mode=resp,lc=1|1
a_long|chunk:n=100,r=30,cs=300,mode=long|1
a_long500|chunk:n=100,r=30,cs=500,mode=long|1
p_512|dpat:n=20,r=20,pat=512|1
p_cyc|dpat:n=20,r=20,pat=512-256-128|1
p_coll512|dpat:n=20,r=20,pat=512,shape=coll|1
p_collcyc|dpat:n=20,r=20,pat=512-256-128,shape=coll|1
p_mx512|dpat:n=20,r=20,pat=512,mx=512|1
p_mx560|dpat:n=20,r=20,pat=512,mx=560|1
p_mx700|dpat:n=20,r=20,pat=512,mx=700|1
p_mx1024|dpat:n=20,r=20,pat=512,mx=1024|1
p_lc|dpat:n=20,r=20,pat=512,shape=lc|1
p_il|dpat:n=20,r=20,pat=512,il=1|1
a_sect|chunk:n=100,r=30,cs=300,mode=sect|1
a_sect450|chunk:n=100,r=30,cs=450,mode=sect|1
a_sect500|chunk:n=100,r=30,cs=500,mode=sect|1
a_sectfmt|chunk:n=100,r=30,cs=450,mode=sect,ask=fmt|1
a_sectfmt_s2|chunk:n=150,r=30,cs=450,mode=sect,ask=fmt|2
a_cut450|chunk:n=100,r=30,cs=450,mode=sect,str=1|1
a_cut500|chunk:n=100,r=30,cs=500,mode=sect,str=1|1
a_paste|chunk:n=100,r=30,cs=300,mode=paste|1
a_paste500|chunk:n=100,r=30,cs=500,mode=paste|1
a_pf|chunk:n=100,r=30,cs=300,mode=prefill|1
a_pf500|chunk:n=100,r=30,cs=500,mode=prefill|1
a_forge|chunk:n=100,r=30,cs=300,mode=forge|1
a_xkey|chunk:n=100,r=30,cs=300,mode=xkey|1
a_xapi|chunk:n=100,r=30,cs=300,mode=xapi|1
a_real|chunk:n=100,r=30,cs=300,mode=long,sc=1|1
h_deg|hdeg:n=20,r=20|1
h_degl|hdeg:n=20,r=20,fl=1|1
h_degfin|hdeg:n=20,r=20,fin=1|1"
echo "$ALL" | while IFS='|' read -r N S SD; do
  if [ $# -gt 0 ]; then case " $* " in *" $N "*) ;; *) continue ;; esac; fi
  sh "$D/run.sh" "$N" "$S" "$SD" >/dev/null 2>&1; cat "$D/out/$N.txt"; node "$D/cost.mjs" "$N"
  case "$N" in p_*) node "$D/caps.mjs" "$N" chunk ;; h_*) node "$D/caps.mjs" "$N" fu ;; esac
done
