#!/bin/sh
# Round 12, part 4 (replay): R12-3's chat and Anthropic forms (a real opener answered in 330 tokens before a fifth of the asks); the
# anchor made by another key, or as a background response never retrieved / retrieved (tried).
set -e
R=redteam/round12/run.sh
BG="chat:n=300,days=3"; FARM="farm:n=300,r=30,days=3"
$R p-pre20-ac330 "$FARM,pre=0.2,ac=330;$BG" 1; $R p-pre20-ac330-anth "$FARM,pre=0.2,ac=330,anth=1;$BG" 1; $R p-pre20-ac101 "$FARM,pre=0.2,ac=101;$BG" 1
$R p-pre25-ac330-anth "$FARM,pre=0.25,ac=330,anth=1;$BG" 1
$R p-pre20-ac330-hal420 "$FARM,pre=0.2,ac=330,hal=420;$BG" 1; $R p-pre20-ac330-hal1400 "$FARM,pre=0.2,ac=330,hal=1400;$BG" 1
$R p-pre20-ac330-hal420-anth "$FARM,pre=0.2,ac=330,hal=420,anth=1;$BG" 1
$R r-anc30-ac330-xanc "$FARM,ranc=30,ac=330,xanc=1;$BG" 1; $R r-anc7-ac330-bg1 "$FARM,ranc=7,ac=330,bganc=1;$BG" 1; $R r-anc7-ac330-bg2 "$FARM,ranc=7,ac=330,bganc=2;$BG" 1
# second seeds
$R r-anc30-ac330-s2 "$FARM,ranc=30,ac=330;$BG" 2; $R s-rsum-s2 "rsum:n=200;$BG" 2; $R s-rsum-auto-s2 "rsum:n=200,summ=auto;$BG" 2
