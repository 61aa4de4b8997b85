#!/bin/sh
# Round 9, part 2 (replay): R9-2, around the R8-1 greeting rule (client-written greeting answer >= 400 chars; two openers).
set -e
R=redteam/round9/run.sh
BG="chat:n=300,days=3"; FARM="farm:n=300,r=30,days=3"
$R base-s1 "$FARM;$BG" 1; $R p-pre1 "$FARM,pre1=1;$BG" 1
$R p-pre-hal390 "$FARM,pre=1,hal=390;$BG" 1; $R p-pre-hal420 "$FARM,pre=1,hal=420;$BG" 1; $R p-pre-hal420-s2 "$FARM,pre=1,hal=420;$BG" 2
$R p-pre1-hal420 "$FARM,pre1=1,hal=420;$BG" 1; $R p-pre1-hal420-s2 "$FARM,pre1=1,hal=420;$BG" 2
$R p-pre1x2 "$FARM,pre1=2;$BG" 1; $R p-pre1x2-s2 "$FARM,pre1=2;$BG" 2
$R p-pre1x2-hal420 "$FARM,pre1=2,hal=420;$BG" 1; $R p-pre1x2-hal420-s2 "$FARM,pre1=2,hal=420;$BG" 2
