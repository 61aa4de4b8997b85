#!/bin/sh
# usage (repo root of any clone): sh redteam/round31/repro.sh [NAME...]   (no NAME: every run in results.txt)
set -e
. redteam/round31/specs.sh
for N in ${@:-homework homework_short multi multi_seq think_code_msgs think_sql_resp think_sql_chat batch_gen batch_sum batch_cls_msgs voice rag translate qa escalate compact compact_clear}; do
  sh redteam/round31/run.sh $N "$(spec $N)" 1
done
