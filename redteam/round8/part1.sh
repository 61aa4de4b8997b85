#!/bin/sh
# Round 8, part 1 (replay): dilution past 10 %, multi-turn padding, 5-request keys, whole-harvest batches.
set -e
R=redteam/round8/run.sh
BG="chat:n=300,days=3"; FARM="farm:n=300,r=30,days=3"
$R base-s1 "$FARM;$BG" 1
$R d-dilc9 "$FARM,dilc=9;$BG" 1; $R d-dilc10 "$FARM,dilc=10;$BG" 1; $R d-dilc12 "$FARM,dilc=12;$BG" 1
$R p-mtp4 "$FARM,mtp=4;$BG" 1; $R p-pre20 "$FARM,pre=0.2;$BG" 1; $R p-pre100 "$FARM,pre=1;$BG" 1
$R e-r5 "farm:n=1800,r=5,days=3;$BG" 1
$R b-bat30 "$FARM,bat=30;$BG" 1; $R b-bat30one "$FARM,bat=30,one=1;$BG" 1
