#!/bin/sh
# Round 10, part 2 (replay): R10-2, anchors created by another key; R10-3, background anchors.
set -e
R=redteam/round10/run.sh
BG="chat:n=300,days=3"; FARM="farm:n=300,r=30,days=3"
$R r-anc7-xanc "$FARM,ranc=7,xanc=1;$BG" 1; $R r-anc7-xanc-s2 "$FARM,ranc=7,xanc=1;$BG" 2
$R r-anc1-xanc "$FARM,ranc=1,xanc=1;$BG" 1; $R r-anc7-ring "$FARM,ranc=7,xanc=2;$BG" 1
$R r-anc-r7-xanc "farm:n=1300,r=7,days=3,ranc=7,xanc=1;$BG" 1
$R r-anc7-bg1 "$FARM,ranc=7,bganc=1;$BG" 1; $R r-anc7-bg1-s2 "$FARM,ranc=7,bganc=1;$BG" 2; $R r-anc7-bg2 "$FARM,ranc=7,bganc=2;$BG" 1
