#!/bin/sh
# Round 12, part 1 (replay): the filler rule's lines (anchors over 8x, answers in parts under 700 tokens), a share of asks continuing the
# key's own previous answer. 300 farm keys x 30 asks beside 300 honest chat keys, 3 days, round 7's policy-pro.json.
set -e
R=redteam/round12/run.sh
BG="chat:n=300,days=3"; FARM="farm:n=300,r=30,days=3"
$R base-s1 "$FARM;$BG" 1; $R r-anc7 "$FARM,ranc=7;$BG" 1; $R c-resp "$FARM,resp=1;$BG" 1          # controls (round 11's: 268, 240, 265)
# anchors answered at about an eighth of the asks' answers (the filler rule's 8x)
$R r-anc7-ac101 "$FARM,ranc=7,ac=101;$BG" 1; $R r-anc7-ac200 "$FARM,ranc=7,ac=200;$BG" 1; $R r-anc7-ac250 "$FARM,ranc=7,ac=250;$BG" 1
$R r-anc7-ac330 "$FARM,ranc=7,ac=330;$BG" 1; $R r-anc7-ac330-s2 "$FARM,ranc=7,ac=330;$BG" 2; $R r-anc30-ac330 "$FARM,ranc=30,ac=330;$BG" 1
$R r-anc-r7-ac330 "farm:n=1300,r=7,days=3,ranc=7,ac=330;$BG" 1
# answers in parts under 700 tokens
$R k-rchunk690 "$FARM,rchunk=690;$BG" 1; $R k-rchunk690-s2 "$FARM,rchunk=690;$BG" 2; $R k-rchunk1000 "$FARM,rchunk=1000;$BG" 1
$R c-chunk690 "$FARM,chunk=690;$BG" 1
# a share of asks continuing the key's previous harvest answer (Responses), and the chat form (round 6's fu: random follow-ups)
$R h-hfu10 "$FARM,resp=1,hfu=0.1;$BG" 1; $R h-hfu12 "$FARM,resp=1,hfu=0.12;$BG" 1; $R h-hfu14 "$FARM,resp=1,hfu=0.14;$BG" 1
$R h-hfu14-s2 "$FARM,resp=1,hfu=0.14;$BG" 2; $R h-hfu20 "$FARM,resp=1,hfu=0.2;$BG" 1; $R h-hfu34 "$FARM,resp=1,hfu=0.34;$BG" 1
$R h-r7-hfu15 "farm:n=1300,r=7,days=3,resp=1,hfu=0.15;$BG" 1
$R f-fu12 "$FARM,fu=0.12;$BG" 1; $R f-fu20 "$FARM,fu=0.2;$BG" 1
