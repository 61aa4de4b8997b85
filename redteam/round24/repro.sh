#!/bin/sh
# usage (repo root, Node 22 on PATH): sh redteam/round24/repro.sh [NAME...]   replays round 24's runs by name (all when none given);
# each prints its analyze line (and cost.mjs for sessions; caps.mjs per follow-up for the honest H_ runs). Names ending in _old replay
# the same trace on the code before round 23's 160/400-char rule (6f9d984 = cb3b86f^), from a worktree at $OLD (default /work/rt24-old,
# created here when missing: git worktree add "$OLD" cb3b86f^; link node_modules into it). Seed 1 unless the third field says.
D=$(dirname "$0"); OLD=${OLD:-/work/rt24-old}
ALL="c_cot|cot:n=100,r=30|1
c_chunk|chunk:n=100,r=30,cs=300|1
s1_chat|sess:n=100,r=30,S=1|1
s5_chat|sess:n=100,r=30,S=5|1
s5_resp|sess:n=100,r=30,S=5,api=resp|1
s10_resp|sess:n=100,r=30,S=10,api=resp|1
L_s1_resp|sess:n=50,r=150,S=1,api=resp|1
L_s10_resp|sess:n=50,r=150,S=10,api=resp|1
L_s30_coll|sess:n=50,r=150,S=30,hist=coll|1
L_s150_resp|sess:n=50,r=150,S=150,api=resp|1
a_mix|sess:n=100,r=30,S=30,hist=coll|1
a_mixcue|sess:n=100,r=30,S=30,hist=coll,cue=1|1
a_mix500|sess:n=100,r=30,S=30,hist=coll,cs=500|1
a_mix600|sess:n=20,r=600,S=600,hist=coll|1
c_s1_600|sess:n=20,r=600,S=1,hist=coll|1
a_branch|sess:n=100,r=30,S=30,how=branch|1
a_branchresp|sess:n=100,r=30,S=30,how=branch,api=resp|1
c_after|sess:n=100,r=30,S=30,how=branch,after=1|1
a_forge|sess:n=100,r=30,S=30,how=forge,win=2400|1
a_sys|sess:n=100,r=30,S=30,how=sys,hist=coll|1
a_rep|sess:n=100,r=30,S=30,how=rep,hist=coll|1
a_star|sess:n=100,r=30,S=30,how=star|1
c_star|sess:n=100,r=30,S=30,how=star,cs=4096,acs=300|1
a_starresp|sess:n=100,r=30,S=30,how=star,api=resp|1
c_starresp|sess:n=100,r=30,S=30,how=star,api=resp,cs=4096,acs=300|1
a_starrespcue|sess:n=100,r=30,S=30,how=star,api=resp,cue=1|1
c_starrespcue|sess:n=100,r=30,S=30,how=star,api=resp,cs=4096,acs=300,cue=1|1
L_after150|sess:n=50,r=150,S=150,how=branch,after=1|1
L_branch150|sess:n=50,r=150,S=150,how=branch|1
L_sep|sess:n=50,r=150,S=1,how=branch,after=1,cs=4096,cue=1,uq=1|1
L_conv|sess:n=50,r=150,S=150,how=branch,after=1,cs=4096,cue=1,uq=1|1
L_grow|sess:n=50,r=150,S=150,how=branch,after=1,cue=1,grow=4096,uq=1|1
L_mix|sess:n=50,r=150,S=150,hist=coll,cx=1,uq=1|1
F_cot|sess:n=20,r=600,S=1,how=branch,after=1,cs=4096,cue=1,gap=0.2,days=1,lo=2000,uq=1|1
F_chunk|sess:n=20,r=600,S=1,how=branch,after=1,cue=1,gap=0.2,days=1,lo=2000,uq=1|1
F_conv|sess:n=20,r=600,S=600,how=branch,after=1,cs=4096,cue=1,gap=0.2,days=1,lo=2000,uq=1|1
F_conv_s2|sess:n=40,r=600,S=600,how=branch,after=1,cs=4096,cue=1,gap=0.2,days=1,lo=2000,uq=1|2
F_grow|sess:n=20,r=600,S=600,how=branch,after=1,cue=1,gap=0.2,days=1,lo=2000,grow=4096,uq=1|1
F_grow_s2|sess:n=40,r=600,S=600,how=branch,after=1,cue=1,gap=0.2,days=1,lo=2000,grow=4096,uq=1|2
F_grow_old|sess:n=20,r=600,S=600,how=branch,after=1,cue=1,gap=0.2,days=1,lo=2000,grow=4096,uq=1|1
F_mix|sess:n=20,r=600,S=600,hist=coll,cue=1,gap=0.2,days=1,lo=2000,uq=1|1
F_mix2|sess:n=20,r=600,S=600,hist=coll,cx=1,gap=0.2,days=1,lo=2000,uq=1|1
F_mix2_old|sess:n=20,r=600,S=600,hist=coll,cx=1,gap=0.2,days=1,lo=2000,uq=1|1
X_short|sess:n=20,r=600,S=600,how=branch,after=1,cue=1,gap=0.2,days=1,lo=2000,alo=150,ahi=280|1
X_shortpc|sess:n=20,r=600,S=600,how=branch,after=1,cue=1,gap=0.2,days=1,lo=2000,alo=150,ahi=280,a1lo=1200,a1hi=2400|1
D_chunk|sess:n=20,r=150,S=1,how=branch,after=1,cue=1,L=12,uq=1|1
D_conv|sess:n=20,r=150,S=150,how=branch,after=1,cs=4096,cue=1,L=12,uq=1|1
D_grow|sess:n=20,r=150,S=150,how=branch,after=1,cue=1,grow=4096,L=12,uq=1|1
D_mix|sess:n=20,r=150,S=150,hist=coll,cue=1,L=12,uq=1|1
H_app|happ:n=10,r=400,gs=30|1
H_app_old|happ:n=10,r=400,gs=30|1
H_person|happ:n=50,r=60|1
H_person_old|happ:n=50,r=60|1
H_tut|happ:n=10,r=400,gs=30,sys=tutor,mx=400,alo=200,ahi=1200|1
H_tut_old|happ:n=10,r=400,gs=30,sys=tutor,mx=400,alo=200,ahi=1200|1
H_tutmu|happ:n=10,r=400,gs=30,sys=tutor,mx=400,alo=200,ahi=1200,flen=m,fuq=1|1
H_tutmu_old|happ:n=10,r=400,gs=30,sys=tutor,mx=400,alo=200,ahi=1200,flen=m,fuq=1|1
H_tutperson|happ:n=50,r=60,sys=tutor,mx=400,alo=200,ahi=1200|1
H_tutperson_old|happ:n=50,r=60,sys=tutor,mx=400,alo=200,ahi=1200|1"
echo "$ALL" | while IFS='|' read -r N S SD; do
  if [ $# -gt 0 ]; then case " $* " in *" $N "*) ;; *) continue ;; esac; fi
  case "$N" in
    *_old) B=${N%_old}
      if [ ! -d "$OLD" ]; then git worktree add "$OLD" cb3b86f^ >/dev/null 2>&1 && ln -s "$(pwd)/node_modules" "$OLD/node_modules"; fi
      sh "$D/run-old.sh" "$B" "$S" "$SD" >/dev/null 2>&1; cat "$D/out/$N.txt" ;;
    *) sh "$D/run.sh" "$N" "$S" "$SD" >/dev/null 2>&1; cat "$D/out/$N.txt"; case "$S" in sess:*) node "$D/cost.mjs" "$N" 2>/dev/null ;; esac ;;
  esac
  case "$N" in H_*) node "$D/caps.mjs" "$N" fu ;; esac
done
