#!/bin/sh
# Round 12, part 2 (replay): where the lines are. The anchor's size that passes (one anchor per 7 asks, one per key), only a share of
# the asks anchored (the rest plain), the share of asks continuing the key's own previous answer.
set -e
R=redteam/round12/run.sh
BG="chat:n=300,days=3"; FARM="farm:n=300,r=30,days=3"
$R r-anc7-ac150 "$FARM,ranc=7,ac=150;$BG" 1; $R r-anc7-ac175 "$FARM,ranc=7,ac=175;$BG" 1; $R r-anc7-ac190 "$FARM,ranc=7,ac=190;$BG" 1
$R r-anc30-ac101 "$FARM,ranc=30,ac=101;$BG" 1; $R r-anc30-ac150 "$FARM,ranc=30,ac=150;$BG" 1; $R r-anc30-ac200 "$FARM,ranc=30,ac=200;$BG" 1
# a share of the asks anchored; afc: those asks answered under 8x the anchor (a shorter piece)
$R a-afr15 "$FARM,ranc=30,ac=101,afr=0.15;$BG" 1
$R a-afr15-afc700 "$FARM,ranc=30,ac=101,afr=0.15,afc=700;$BG" 1; $R a-afr15-afc700-s2 "$FARM,ranc=30,ac=101,afr=0.15,afc=700;$BG" 2
$R a-afr12-afc700 "$FARM,ranc=30,ac=101,afr=0.12,afc=700;$BG" 1; $R a-afr20-afc700 "$FARM,ranc=30,ac=101,afr=0.2,afc=700;$BG" 1
$R a-r7-afr15-afc700 "farm:n=1300,r=7,days=3,ranc=7,ac=101,afr=0.15,afc=700;$BG" 1
$R h-hfu16 "$FARM,resp=1,hfu=0.16;$BG" 1; $R h-hfu18 "$FARM,resp=1,hfu=0.18;$BG" 1; $R h-hfu20-s2 "$FARM,resp=1,hfu=0.2;$BG" 2
$R a-afr20-afc700-s2 "$FARM,ranc=30,ac=101,afr=0.2,afc=700;$BG" 2; $R a-afr20-afc800 "$FARM,ranc=30,ac=101,afr=0.2,afc=800;$BG" 1
$R a-r7-afr29-afc700 "farm:n=1300,r=7,days=3,ranc=7,ac=101,afr=0.29,afc=700;$BG" 1
