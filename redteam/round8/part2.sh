#!/bin/sh
# Round 8, part 2 (replay): second seeds of the main findings, variants, and the honest cost of the crowd fix.
set -e
R=redteam/round8/run.sh
BG="chat:n=300,days=3"; FARM="farm:n=300,r=30,days=3"
$R p-pre100-s2 "$FARM,pre=1;$BG" 2; $R p-pre50 "$FARM,pre=0.5;$BG" 1
$R b-bat30one-s2 "$FARM,bat=30,one=1;$BG" 2; $R b-bat10one "$FARM,bat=10,one=1;$BG" 1
$R d-dilc10-s2 "$FARM,dilc=10;$BG" 2; $R e-r5-s2 "farm:n=1800,r=5,days=3;$BG" 2
# honest cost: a study app's students (single-turn, 20 % long answers) and short-lived writer keys, alone and beside the farm
$R h-edu "edu:n=200,r=30;$BG" 1; $R h-edu-farm "edu:n=200,r=30;$FARM;$BG" 1
$R h-w6 "writer:n=200,r=6;$BG" 1; $R h-w6-farm "writer:n=200,r=6;$FARM;$BG" 1
