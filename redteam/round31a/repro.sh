#!/bin/sh
# usage (repo root, Node 22 on PATH): sh redteam/round31a/repro.sh [NAME...]   replays round 31a's runs by name (all when none given);
# each prints its analyze line (round 24's analyze.mjs) and round 26's cost26.mjs line (long answers a key a day, % served, overhead).
# A name ending in _sN uses seed N (default 1). Generator ../round29/gen29.mjs (its round-31a modes, traces written here through RT_DIR), policy redteam/round16/policy-pro.json, one replay at a time
# (run.sh -> round 26's run.sh: nice -n 15). K8 traces are large (T_subK8 ~350 MB): delete traces/ after.
D=$(dirname "$0")
B="tl:n=10,q=400"
ALL="T_naive|$B,mode=naive
T_usr|$B,mode=usr
T_sub|$B,mode=sub
T_sub_s2|$B,mode=sub
T_subtxt|$B,mode=sub,txt=300
T_submsgs|$B,mode=sub,api=msgs
T_subresp|$B,mode=sub,api=resp,S=20
T_subK8|tl:n=10,q=1600,mode=sub,K=8,ramp=20
T_unew|$B,mode=unew,cg=2
T_unew10|$B,mode=unew,ug=8,uj=6
T_unew20|$B,mode=unew,ug=20,uj=10
T_unew20_s2|$B,mode=unew,ug=20,uj=10
T_unew20msgs|$B,mode=unew,ug=20,uj=10,api=msgs
T_unew20resp|$B,mode=unew,ug=20,uj=10,api=resp,S=20
T_unew20K8|tl:n=10,q=900,mode=unew,ug=20,uj=10,K=8,ramp=20
T_unewmid|$B,mode=unew,ug=50,uj=15
T_unewmidK8|tl:n=10,q=900,mode=unew,ug=50,uj=15,K=8,ramp=20
T_usr20|$B,mode=uslow,ug=20,uj=10
T_uslow60|$B,mode=uslow,ug=60,uj=20
T_uslow|$B,mode=uslow,ug=100,uj=60
T_uslowresp|$B,mode=uslow,ug=100,uj=60,api=resp,S=20
T_uslowK8|tl:n=10,q=900,mode=uslow,ug=100,uj=60,K=8,ramp=20
T_unewslow|$B,mode=unewslow,ug=100,uj=60"
seed() { case "$1" in *_s[0-9]*) echo "${1##*_s}" ;; *) echo 1 ;; esac; }
echo "$ALL" | while IFS='|' read -r N S; do
  if [ $# -gt 0 ]; then case " $* " in *" $N "*) ;; *) continue ;; esac; fi
  sh "$D/run.sh" "$N" "$S" "$(seed "$N")" >/dev/null 2>&1; cat "$D/out/$N.txt"; RT_DIR="$D" node "$D/../round26/cost26.mjs" "$N"
done
