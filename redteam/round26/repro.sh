#!/bin/sh
# usage (repo root, Node 22 on PATH): sh redteam/round26/repro.sh [NAME...]   replays round 26's runs by name (all when none given);
# each prints its analyze line, and cost26.mjs (long-answer throughput, served share, overhead) for conv runs. Names ending in _old
# replay the same trace on 149cdac (the code before 5e7dfb3, the long-trace rule) from a worktree at $OLD (default /work/rt26-old,
# created here when missing). Generator gen26.mjs (round 25's gen25.mjs extended), seed 1, policy redteam/round16/policy-pro.json.
D=$(dirname "$0"); OLD=${OLD:-/work/rt26-old}
L="alo=1200,ahi=2400,mx=4096,wrap=none,tpl=var,mxv=1"; B="conv:n=10,q=2400,$L,K=8,pace=floor,fx=0.5,ramp=20"
ALL="A0_longV|conv:n=20,q=600,$L
A2_par8floorR|$B
B1_first|$B,cue=first
B6_firstS20|$B,cue=first,S=20
B6_firstMach|conv:n=20,q=600,$L,cue=first
B6_first8mach|conv:n=10,q=2400,$L,K=8,ramp=20,cue=first
B6_first16mach|conv:n=8,q=4800,$L,K=16,ramp=10,cue=first
B6_first32|conv:n=8,q=6000,$L,K=32,pace=floor,fx=0.5,ramp=5,cue=first
B4_none|$B,cue=0
B2_words|$B,cue=w
B2_words2|$B,cue=w2
B3_ml|$B,cue=ml
B5_syscot|conv:n=10,q=2400,alo=1200,ahi=2400,mx=4096,wrap=cot,tpl=var,mxv=1,K=8,pace=floor,fx=0.5,ramp=20,cue=0
B7_mix50|$B,mixS=0.5
B7_mix45|$B,mixS=0.45
B8_1k|conv:n=10,q=2400,alo=600,ahi=1300,mx=4096,wrap=none,tpl=var,mxv=1,K=8,pace=floor,fx=0.5,ramp=20
B9_think|conv:n=10,q=2400,alo=300,ahi=900,mx=4096,wrap=none,tpl=var,mxv=1,K=8,pace=floor,fx=0.5,ramp=20,api=msgs,think=4000,cue=0
B9_thinkcue|conv:n=10,q=2400,alo=300,ahi=900,mx=4096,wrap=none,tpl=var,mxv=1,K=8,pace=floor,fx=0.5,ramp=20,api=msgs,think=4000
B10_reff|$B,api=resp,S=30,reff=high,rsum=auto,cue=0
A4_tool|conv:n=20,q=600,$L,api=tool
A4_tool16|conv:n=8,q=4800,$L,api=tool,K=16,ramp=5
C0_short300|conv:n=20,q=600,wrap=none,tpl=var,mx=300
C1_lag2s300|conv:n=20,q=600,wrap=none,tpl=var,mx=300,pace=floor,fx=0.5,lag=2
C1_lag3s300|conv:n=20,q=600,wrap=none,tpl=var,mx=300,pace=floor,fx=0.5,lag=3
C1_lag10s|conv:n=20,q=600,wrap=none,tpl=var,pace=floor,fx=0.5,lag=10
C1_lag26|conv:n=20,q=600,$L,pace=floor,fx=0.5,lag=26
H_research1|hon:n=10,U=1,spu=4,tmin=4,tmax=15,alo=1500,ahi=3000,pc=0.7,days=3,app=research
H_research1X|hon:n=10,U=1,spu=10,tmin=6,tmax=25,alo=1500,ahi=3000,pc=0.8,pq=0.3,sk=0.2,days=3,app=research
H_research1n|hon:n=10,U=1,spu=4,tmin=4,tmax=15,alo=1500,ahi=3000,pc=0.7,days=3,app=research,nosys=1
H_researchApp|hon:n=5,U=150,tmin=4,tmax=15,alo=1500,ahi=3000,pc=0.7,app=research
H_code1|hon:n=10,U=1,spu=6,tmin=3,tmax=15,alo=1200,ahi=2800,pc=0.5,pq=0.25,days=3,app=code
H_code1n|hon:n=10,U=1,spu=6,tmin=3,tmax=15,alo=1200,ahi=2800,pc=0.5,pq=0.25,days=3,app=code,nosys=1
H_codeApp|hon:n=5,U=300,tmin=3,tmax=12,alo=1200,ahi=2800,pc=0.5,pq=0.25,app=code
H_legalApp|hon:n=5,U=300,tmin=2,tmax=6,alo=1000,ahi=2200,pc=0.7,app=legal,hours=14
H_medApp|hon:n=5,U=300,tmin=2,tmax=6,alo=900,ahi=2000,pc=0.7,app=medical,hours=14
H_thinkTeam|hon:n=5,U=5,spu=6,tmin=3,tmax=12,alo=800,ahi=2000,pc=0.5,api=msgs,think=8000,mx=16000,days=3,app=research
H_thinkTeamn|hon:n=5,U=5,spu=6,tmin=3,tmax=12,alo=800,ahi=2000,pc=0.5,api=msgs,think=8000,mx=16000,days=3,app=research,nosys=1
A2_par8floorR_old|
B6_first8mach_old|
C1_lag26_old|
H_research1_old|
H_research1X_old|
H_research1n_old|
H_researchApp_old|
H_code1_old|
H_code1n_old|
H_codeApp_old|
H_legalApp_old|
H_medApp_old|
H_thinkTeam_old|
H_thinkTeamn_old|"
echo "$ALL" | while IFS='|' read -r N S; do
  if [ $# -gt 0 ]; then case " $* " in *" $N "*) ;; *) continue ;; esac; fi
  case "$N" in
    *_old) B0=${N%_old}
      if [ ! -d "$OLD" ]; then git worktree add "$OLD" 149cdac >/dev/null 2>&1 && ln -s "$(pwd)/node_modules" "$OLD/node_modules"; fi
      [ -f "$D/traces/$B0.jsonl" ] || sh "$D/run.sh" "$B0" "$(echo "$ALL" | grep "^$B0|" | cut -d'|' -f2)" >/dev/null 2>&1
      OLD=$OLD sh "$D/run-old.sh" "$B0" >/dev/null 2>&1; cat "$D/out/$N.txt" ;;
    *) sh "$D/run.sh" "$N" "$S" >/dev/null 2>&1; cat "$D/out/$N.txt"; case "$S" in conv:*) node "$D/cost26.mjs" "$N" ;; esac ;;
  esac
done
