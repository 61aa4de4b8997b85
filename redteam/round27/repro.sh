#!/bin/sh
# usage (repo root, Node 22 on PATH): sh redteam/round27/repro.sh [NAME...]   replays round 27's runs by name (all when none given);
# each prints its analyze line, and round 26's cost26.mjs, run in place (long-answer throughput, served share, overhead; cheap in-between turns are cost) for
# harvest runs (T_*). A name ending in _sN uses seed N (default 1). Names ending in _old replay the same trace on fd3855e^ (242ee59,
# the code before the tool-fed-ask rule) from a worktree at $OLD (default /work/rt27-old, created here when missing).
# Generator gen27.mjs, policy redteam/round16/policy-pro.json. Runs one replay at a time (run.sh: nice -n 15).
D=$(dirname "$0"); OLD=${OLD:-/work/rt27-old}
B="tl:n=10,q=400"
ALL="T_naive|$B,mode=naive
T_args|$B,mode=args
T_args_s2|$B,mode=args
T_argsK8|tl:n=10,q=1600,mode=args,K=8,ramp=20
T_argsK16|tl:n=8,q=4800,mode=args,K=16,ramp=10
T_msgsargs|$B,mode=args,api=msgs
T_K32rargs|tl:n=6,q=3000,mode=args,K=32,ramp=15
T_split|$B,mode=split
T_splitF|$B,mode=split,cg=0.5
T_splitF_s2|$B,mode=split,cg=0.5
T_usr|$B,mode=usr
T_usrF|$B,mode=usr,cg=0.5
T_splitK8|tl:n=10,q=1600,mode=split,cg=0.5,K=8,ramp=20
T_splitmsgs|$B,mode=split,cg=0.5,api=msgs
T_splitresp|$B,mode=split,cg=0.5,api=resp,S=20
T_sid|$B,mode=sid
T_siduw|$B,mode=sid,uw=1
T_siduwK8|tl:n=10,q=1600,mode=sid,uw=1,K=8,ramp=20
T_sidresp|$B,mode=sid,uw=1,api=resp,S=20
T_rep|$B,mode=rep
T_repuw|$B,mode=rep,uw=1
T_p399|$B,mode=p399
T_par2|$B,mode=par2
T_par2msgs|$B,mode=par2,api=msgs
T_trim|$B,mode=trim
T_blank|$B,mode=naive,blank=1
T_pre|$B,mode=naive,pre=1
T_pre8|tl:n=10,q=1600,mode=naive,pre=1,K=8,ramp=20
T_cuefirst|$B,mode=naive,cue=first
T_cuefirstq|$B,mode=naive,cue=firstq
T_K8|tl:n=10,q=800,mode=naive,K=8,ramp=5
T_K32|tl:n=6,q=2000,mode=naive,K=32,ramp=2
T_K32r|tl:n=6,q=3000,mode=naive,K=32,ramp=15
T_msgs|$B,mode=naive,api=msgs
T_resp|$B,mode=naive,api=resp,S=20
H_tutA|htut:n=5,U=150
H_tutP|htut:n=5,U=150,pace=person
H_tutP40|htut:n=5,U=40,pace=person
H_tutP40_s2|htut:n=5,U=40,pace=person
H_tutP40_s3|htut:n=5,U=40,pace=person
H_tutAn|htut:n=5,U=150,nocue=1
H_tutPn|htut:n=5,U=150,pace=person,nocue=1
H_orch|horch:n=5,T=200
H_orchn|horch:n=5,T=200,nocue=1
H_desk|hq:n=5,T=600
H_deskX|hq:n=5,T=2000
H_deskX_s2|hq:n=5,T=2000
H_deskX_s3|hq:n=5,T=2000
H_code|hcode:n=5,T=40,days=2
H_codeCI|hcode:n=5,T=300
H_res|hres:n=5,T=30,days=2
H_lab|hlab:n=5,T=3000
T_naive_old|
T_args_old|
T_split_old|
T_usr_old|
T_siduw_old|
H_tutA_old|
H_tutP_old|
H_tutP40_old|
H_tutP40_s2_old|
H_tutP40_s3_old|
H_tutAn_old|
H_tutPn_old|
H_orch_old|
H_orchn_old|
H_desk_old|
H_deskX_old|
H_deskX_s2_old|
H_deskX_s3_old|
H_code_old|
H_codeCI_old|
H_res_old|
H_lab_old|"
seed() { case "$1" in *_s[0-9]*) echo "${1##*_s}" ;; *) echo 1 ;; esac; }
echo "$ALL" | while IFS='|' read -r N S; do
  if [ $# -gt 0 ]; then case " $* " in *" $N "*) ;; *) continue ;; esac; fi
  case "$N" in
    *_old) B0=${N%_old}
      if [ ! -d "$OLD" ]; then git worktree add "$OLD" fd3855e^ >/dev/null 2>&1 && ln -s "$(pwd)/node_modules" "$OLD/node_modules"; fi
      [ -f "$D/traces/$B0.jsonl" ] || sh "$D/run.sh" "$B0" "$(echo "$ALL" | grep "^$B0|" | cut -d'|' -f2)" "$(seed "$B0")" >/dev/null 2>&1
      OLD=$OLD sh "$D/run-old.sh" "$B0" >/dev/null 2>&1; cat "$D/out/$N.txt" ;;
    *) sh "$D/run.sh" "$N" "$S" "$(seed "$N")" >/dev/null 2>&1; cat "$D/out/$N.txt"; case "$N" in T_*) RT_DIR="$D" node "$D/../round26/cost26.mjs" "$N" ;; esac ;;
  esac
done
