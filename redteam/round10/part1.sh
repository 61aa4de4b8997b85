#!/bin/sh
# Round 10, part 1 (replay): R10-1, an anchor / opener answered just above the 32-token trivial line.
set -e
R=redteam/round10/run.sh
BG="chat:n=300,days=3"; FARM="farm:n=300,r=30,days=3"
$R base-s1 "$FARM;$BG" 1                                   # baseline (round 9's)
$R r-anc7 "$FARM,ranc=7;$BG" 1                             # control: R9-1's cheap anchor (2-9 tokens), now caught
$R r-anc7-ac33 "$FARM,ranc=7,ac=33;$BG" 1; $R r-anc7-ac33-s2 "$FARM,ranc=7,ac=33;$BG" 2
$R r-anc30-ac33 "$FARM,ranc=30,ac=33;$BG" 1; $R r-anc30-ac33-s2 "$FARM,ranc=30,ac=33;$BG" 2
$R r-anc1-ac33 "$FARM,ranc=1,ac=33;$BG" 1
$R r-anc7-ac20 "$FARM,ranc=7,ac=20;$BG" 1; $R r-anc30-ac20 "$FARM,ranc=30,ac=20;$BG" 1
$R e-r7 "farm:n=1300,r=7,days=3;$BG" 1; $R r-anc-r7-ac33 "farm:n=1300,r=7,days=3,ranc=7,ac=33;$BG" 1
$R p-pre-ac33 "$FARM,pre=1,ac=33;$BG" 1; $R p-pre-ac33-uo "$FARM,pre=1,ac=33,uo=1;$BG" 1
$R p-pre-ac33-hal420 "$FARM,pre=1,ac=33,hal=420;$BG" 1; $R p-pre-ac33-hal420-s2 "$FARM,pre=1,ac=33,hal=420;$BG" 2
$R p-pre1-ac33 "$FARM,pre1=1,ac=33;$BG" 1; $R p-pre1-ac33-hal420 "$FARM,pre1=1,ac=33,hal=420;$BG" 1
