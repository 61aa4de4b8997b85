#!/bin/sh
# usage (repo root, Node 22 on PATH): sh redteam/round25/repro.sh [NAME...]   replays round 25's runs by name (all when none given);
# each prints its analyze line, and cost25.mjs (throughput, tokens, overhead) for harvest runs. Names ending in _old replay the same
# trace on the code before the paced-turn rule (7947190 = 3a2f32d^) from a worktree at $OLD (default /work/rt25-old, created here when
# missing). X_short and F_conv are round 24's generator (../round24/gen24.mjs, run by run.sh), the rest gen25.mjs. Seed 1.
D=$(dirname "$0"); OLD=${OLD:-/work/rt25-old}
L="alo=1200,ahi=2400,mx=4096,wrap=none,tpl=var,mxv=1"
ALL="X_short|gen24.mjs|sess:n=20,r=600,S=600,how=branch,after=1,cue=1,gap=0.2,days=1,lo=2000,alo=150,ahi=280
F_conv|gen24.mjs|sess:n=20,r=600,S=600,how=branch,after=1,cs=4096,cue=1,gap=0.2,days=1,lo=2000,uq=1
A0_short|gen25.mjs|conv:n=20,q=600
A0_long|gen25.mjs|conv:n=20,q=600,alo=1200,ahi=2400,mx=4096
A0_longV|gen25.mjs|conv:n=20,q=600,$L
A1_floor|gen25.mjs|conv:n=20,q=600,alo=1200,ahi=2400,mx=4096,pace=floor
A1_floorV|gen25.mjs|conv:n=20,q=600,$L,pace=floor,fx=0.5
A1s_floorV|gen25.mjs|conv:n=20,q=600,wrap=none,tpl=var,pace=floor,fx=0.5
A2_par8floor|gen25.mjs|conv:n=10,q=2400,$L,K=8,pace=floor,fx=0.5
A2_par8floorR|gen25.mjs|conv:n=10,q=2400,$L,K=8,pace=floor,fx=0.5,ramp=20
A2_par16floorR|gen25.mjs|conv:n=8,q=4800,$L,K=16,pace=floor,fx=0.5,ramp=10
A2_par32floorR|gen25.mjs|conv:n=8,q=6000,$L,K=32,pace=floor,fx=0.5,ramp=5
A3_rr9|gen25.mjs|conv:n=10,q=1200,$L,K=9,sched=rr
A3_par16mach|gen25.mjs|conv:n=10,q=2400,$L,K=16
A3_par16machR|gen25.mjs|conv:n=10,q=2400,$L,K=16,ramp=20
A3_par24hyb|gen25.mjs|conv:n=10,q=3600,$L,K=24,pace=hyb,fx=0.5,ramp=8
A4_tool|gen25.mjs|conv:n=20,q=600,$L,api=tool
A4_tool16|gen25.mjs|conv:n=8,q=4800,$L,api=tool,K=16,ramp=5
A5_resp|gen25.mjs|conv:n=20,q=600,$L,api=resp,S=30
A5_respfloor|gen25.mjs|conv:n=20,q=600,$L,api=resp,S=30,pace=floor,fx=0.5
A6_msgs|gen25.mjs|conv:n=20,q=600,$L,api=msgs
A6_msgsfloor|gen25.mjs|conv:n=20,q=600,$L,api=msgs,pace=floor,fx=0.5
A7_flush8|gen25.mjs|conv:n=20,q=600,$L,flush=8
P_ts09|gen25.mjs|conv:n=20,q=600,alo=1200,ahi=2400,mx=4096,wrap=none,tpl=var,mxv=1,pace=floor,from=ts,f=0.9,jit=0
P_ts11|gen25.mjs|conv:n=20,q=600,alo=1200,ahi=2400,mx=4096,wrap=none,tpl=var,mxv=1,pace=floor,from=ts,f=1.1,jit=0,fx=0.5
H_chips|gen25.mjs|chips:n=5,U=300,pc=0.6
H_chipsX|gen25.mjs|chips:n=5,U=60,pc=0.9,fmax=8
H_voice|gen25.mjs|voice:n=5,U=250
H_voiceX|gen25.mjs|voice:n=5,U=250,pb=0.8
H_support|gen25.mjs|support:n=5,U=500
H_agent|gen25.mjs|agent:n=5,r=250
H_agentX|gen25.mjs|agent:n=5,r=600,alo=600,ahi=1500,mx=4096
A0_long_old|
A0_short_old|
A4_tool_old|
A7_flush8_old|
H_agent_old|
H_agentX_old|
H_chips_old|
H_chipsX_old|
H_voice_old|
H_voiceX_old|"
echo "$ALL" | while IFS='|' read -r N G S; do
  if [ $# -gt 0 ]; then case " $* " in *" $N "*) ;; *) continue ;; esac; fi
  case "$N" in
    *_old) B=${N%_old}
      if [ ! -d "$OLD" ]; then git worktree add "$OLD" 7947190 >/dev/null 2>&1 && ln -s "$(pwd)/node_modules" "$OLD/node_modules"; fi
      [ -f "$D/traces/$B.jsonl" ] || { BS=$(echo "$ALL" | grep "^$B|"); GEN=$(echo "$BS" | cut -d'|' -f2) sh "$D/run.sh" "$B" "$(echo "$BS" | cut -d'|' -f3)" >/dev/null 2>&1; }
      sh "$D/run-old.sh" "$B" >/dev/null 2>&1; cat "$D/out/$N.txt" ;;
    *) GEN=$G sh "$D/run.sh" "$N" "$S" >/dev/null 2>&1; cat "$D/out/$N.txt"; case "$S" in conv:*) node "$D/cost25.mjs" "$N" ;; esac ;;
  esac
done
