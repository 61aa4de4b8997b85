#!/bin/sh
# Round 8, part 3 (replay): one opener per key, reused as the history of every ask
set -e
R=redteam/round8/run.sh
BG="chat:n=300,days=3"; FARM="farm:n=300,r=30,days=3"
$R p-pre1 "$FARM,pre1=1;$BG" 1; $R p-pre1-s2 "$FARM,pre1=1;$BG" 2
$R p-pre1-dilc0r7 "farm:n=1300,r=7,days=3,pre1=1;$BG" 1
