#!/bin/sh
# usage (repo root, Node 22 on PATH): sh redteam/round28/repro.sh [NAME...]   replays round 28's runs by name (all when none given);
# each prints its analyze line, and round 26's cost26.mjs, run in place (long-answer throughput, served share, overhead; cheap in-between
# turns are cost) for harvest runs (T_*). A name ending in _sN uses seed N (default 1). Names ending in _old replay the same trace on
# 0c573ee (the code before the R27-1/R27-2 fix, 7b696a5) from a worktree at $OLD (default /work/rt28-old, created here when missing).
# Generator gen28.mjs, policy redteam/round16/policy-pro.json. Runs one replay at a time (run.sh: nice -n 15).
D=$(dirname "$0"); OLD=${OLD:-/work/rt28-old}
B="tl:n=10,q=400"
ALL="T_naive|$B,mode=naive
T_args|$B,mode=args
T_splitF|$B,mode=split,cg=0.5
T_argsrep|$B,mode=argsrep
T_argsrep_s2|$B,mode=argsrep
T_argsrepK16|tl:n=8,q=4800,mode=argsrep,K=16,ramp=10
T_argsrepmsgs|$B,mode=argsrep,api=msgs
T_argsvar|$B,mode=argsvar
T_argsvar_s2|$B,mode=argsvar
T_atext|$B,mode=atext
T_atext_s2|$B,mode=atext
T_atextK8|tl:n=10,q=1600,mode=atext,K=8,ramp=20
T_atextmsgs|$B,mode=atext,api=msgs
T_c100|$B,mode=c100,cg=0.5
T_c100_s2|$B,mode=c100,cg=0.5
T_c110|$B,mode=c100,cg=0.5,chi=110
T_c100K8|tl:n=10,q=1600,mode=c100,cg=0.5,K=8,ramp=20
T_c100msgs|$B,mode=c100,cg=0.5,api=msgs
T_c100resp|$B,mode=c100,cg=0.5,api=resp,S=20
T_argsc|$B,mode=argsc,cg=0.5
T_argsplit|$B,mode=argsplit
T_shortres|$B,mode=shortres
T_ghost|$B,mode=ghost
T_ghostu|$B,mode=ghostu
H_code|hag:n=5,prof=code,T=40
H_code_s2|hag:n=5,prof=code,T=40
H_codecue|hag:n=5,prof=code,T=40,cue=1
H_codeCI|hag:n=3,prof=code,T=150,st=10,sh=30
H_mail|hag:n=5,prof=mail,T=24
H_mail_s2|hag:n=5,prof=mail,T=24
H_mail_s3|hag:n=5,prof=mail,T=24
H_mailX|hag:n=5,prof=mail,T=60,hours=16
H_mailX_s2|hag:n=5,prof=mail,T=60,hours=16
H_mailX_s3|hag:n=5,prof=mail,T=60,hours=16
H_notes|hag:n=5,prof=notes,T=30,st=5,sh=15
H_notescue|hag:n=5,prof=notes,T=30,st=5,sh=15,cue=1
H_nb|hag:n=5,prof=nb,T=40
H_doc|hag:n=5,prof=doc,T=20,st=10,sh=30
H_doc_s2|hag:n=5,prof=doc,T=20,st=10,sh=30
H_docX|hag:n=5,prof=doc,T=60,st=10,sh=30,hours=16
H_crm|hag:n=5,prof=crm,T=60
H_crm_s2|hag:n=5,prof=crm,T=60"
OLDS="T_argsrep T_atext T_c100 T_argsc H_code H_code_s2 H_codecue H_codeCI H_mail H_mail_s2 H_mail_s3 H_mailX H_mailX_s2 H_mailX_s3 H_notes H_notescue H_nb H_doc H_doc_s2 H_docX H_crm H_crm_s2"
for o in $OLDS; do ALL="$ALL
${o}_old|"; done
seed() { case "$1" in *_s[0-9]*) echo "${1##*_s}" ;; *) echo 1 ;; esac; }
echo "$ALL" | while IFS='|' read -r N S; do
  if [ $# -gt 0 ]; then case " $* " in *" $N "*) ;; *) continue ;; esac; fi
  case "$N" in
    *_old) B0=${N%_old}
      if [ ! -d "$OLD" ]; then git worktree add "$OLD" 0c573ee >/dev/null 2>&1 && ln -s "$(pwd)/node_modules" "$OLD/node_modules"; fi
      [ -f "$D/traces/$B0.jsonl" ] || sh "$D/run.sh" "$B0" "$(echo "$ALL" | grep "^$B0|" | cut -d'|' -f2)" "$(seed "$B0")" >/dev/null 2>&1
      OLD=$OLD sh "$D/run-old.sh" "$B0" >/dev/null 2>&1; cat "$D/out/$N.txt" ;;
    *) sh "$D/run.sh" "$N" "$S" "$(seed "$N")" >/dev/null 2>&1; cat "$D/out/$N.txt"; case "$N" in T_*) RT_DIR="$D" node "$D/../round26/cost26.mjs" "$N" ;; esac ;;
  esac
done
