#!/bin/sh
# usage (repo root, Node 22 on PATH): sh redteam/round29/repro.sh [NAME...]   replays round 29's runs by name (all when none given);
# each prints its analyze line, and round 26's cost26.mjs, run in place (long-answer throughput, served share, overhead; cheap in-between
# turns are cost) for harvest runs (T_*). A name ending in _sN uses seed N (default 1). Names ending in _old replay the same trace on
# 7b696a5 (the code before 051571b, the R28-1/R28-2/R28-4 fix) from a worktree at $OLD (default /work/rt29-old, created here when missing).
# Generator gen29.mjs, policy redteam/round16/policy-pro.json. Runs one replay at a time (run.sh: nice -n 15).
D=$(dirname "$0"); OLD=${OLD:-/work/rt29-old}
B="tl:n=10,q=400"
ALL="T_naive|$B,mode=naive
T_args|$B,mode=args
T_c100|$B,mode=c100,cg=0.5
T_cvar|$B,mode=cvar,cg=0.5
T_cvar_s2|$B,mode=cvar,cg=0.5
T_cvar_s3|$B,mode=cvar,cg=0.5
T_cvar110|$B,mode=cvar,cg=0.5,chi=110
T_cvarK8|tl:n=10,q=1600,mode=cvar,cg=0.5,K=8,ramp=20
T_cvarmsgs|$B,mode=cvar,cg=0.5,api=msgs
T_cvarresp|$B,mode=cvar,cg=0.5,api=resp,S=20
T_argsturns|$B,mode=argsturns
T_argsturns_s2|$B,mode=argsturns
T_argsturnsmsgs|$B,mode=argsturns,api=msgs
T_argsturnsK16|tl:n=8,q=4800,mode=argsturns,K=16,ramp=10
T_cid|$B,mode=cid,cg=0.5
T_crid|$B,mode=crid,cg=0.5
T_cctr|$B,mode=cctr,cg=0.5
T_cpad|$B,mode=cpad,cg=0.5
T_c400|$B,mode=c400,cg=0.5
T_argsprev|$B,mode=argsprev
T_argsb64|$B,mode=argsb64
T_argsnocue|$B,mode=argsnocue"
for p in ci sql search browser lint midcode midcont midstat; do ALL="$ALL
H_$p|hag2:n=5,prof=$p,T=40
H_${p}_s2|hag2:n=5,prof=$p,T=40"; done
ALL="$ALL
H_searchcue|hag2:n=5,prof=search,T=40,cue=1
H_searchX|hag2:n=5,prof=search,T=120,cue=1,hours=16
H_midstatcue|hag2:n=5,prof=midstat,T=40,cue=1
H_midstatX|hag2:n=3,prof=midstat,T=150,cue=1,hours=16
H_midcodecue|hag2:n=5,prof=midcode,T=40,cue=1
H_midcontX|hag2:n=3,prof=midcont,T=150,cue=1,hours=16
H_ciX|hag2:n=3,prof=ci,T=150,cue=1,hours=16
H_browserres|hag2:n=5,prof=browser,T=40,res=1,cue=1
H_sqlcue|hag2:n=5,prof=sql,T=60,cue=1"
OLDS="T_c100 T_cvar T_argsturns T_cid"
for n in $(echo "$ALL" | cut -d'|' -f1 | grep '^H_'); do OLDS="$OLDS $n"; done
for o in $OLDS; do ALL="$ALL
${o}_old|"; done
seed() { case "$1" in *_s[0-9]*) echo "${1##*_s}" ;; *) echo 1 ;; esac; }
echo "$ALL" | while IFS='|' read -r N S; do
  if [ $# -gt 0 ]; then case " $* " in *" $N "*) ;; *) continue ;; esac; fi
  case "$N" in
    *_old) B0=${N%_old}
      if [ ! -d "$OLD" ]; then git worktree add "$OLD" 7b696a5 >/dev/null 2>&1 && ln -s "$(pwd)/node_modules" "$OLD/node_modules"; fi
      [ -f "$D/traces/$B0.jsonl" ] || sh "$D/run.sh" "$B0" "$(echo "$ALL" | grep "^$B0|" | cut -d'|' -f2)" "$(seed "$B0")" >/dev/null 2>&1
      OLD=$OLD sh "$D/run-old.sh" "$B0" >/dev/null 2>&1; cat "$D/out/$N.txt" ;;
    *) sh "$D/run.sh" "$N" "$S" "$(seed "$N")" >/dev/null 2>&1; cat "$D/out/$N.txt"; case "$N" in T_*) RT_DIR="$D" node "$D/../round26/cost26.mjs" "$N" ;; esac ;;
  esac
done
