#!/bin/sh
# Round 8, part 3 (replay): one opener per key, reused as the history of every ask (30-request keys, and 7-request keys)
set -e
R=redteam/round8/run.sh
BG="chat:n=300,days=3"; FARM="farm:n=300,r=30,days=3"
$R p-pre1 "$FARM,pre1=1;$BG" 1; $R p-pre1-s2 "$FARM,pre1=1;$BG" 2
$R p-pre1-r7 "farm:n=1300,r=7,days=3,pre1=1;$BG" 1
$R e-r7 "farm:n=1300,r=7,days=3;$BG" 1   # control: the same 7-request keys without the opener
