#!/bin/sh
# Round 9, part 3 (replay): R9-3, the same harvest from fewer, longer-lived keys at a person's pace (no trick); R9-4 reasoning
# summaries asked by parameter; R9-6 honest greeting-first app beside the farm; R8-2 re-measured.
set -e
R=redteam/round9/run.sh
BG="chat:n=300,days=3"
$R k-150x60 "farm:n=150,r=60,days=2,gap=40;$BG" 1; $R k-100x90 "farm:n=100,r=90,days=2,gap=30;$BG" 1
$R k-90x100 "farm:n=90,r=100,days=3,ranc=100,noprev=1;$BG" 1
$R k-60x150 "farm:n=60,r=150,days=1,gap=20;$BG" 1; $R k-60x150-s2 "farm:n=60,r=150,days=1,gap=20;$BG" 2
$R k-20x300 "farm:n=20,r=300,days=1,gap=12,ranc=300,noprev=1;$BG" 1; $R k-20x300g5 "farm:n=20,r=300,days=1,gap=5;$BG" 1
$R k-20x300-reff "farm:n=20,r=300,days=1,gap=12,ranc=300,reff=1,noprev=1;$BG" 1
$R h-supL "sup:n=200,r=15,ft=0,lg=0.8;$BG" 1; $R h-supL-farm "sup:n=200,r=15,ft=0,lg=0.8;farm:n=300,r=30,days=3;$BG" 1
$R b-bat30one "farm:n=300,r=30,days=3,bat=30,one=1;$BG" 1
