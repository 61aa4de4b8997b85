#!/bin/sh
# Round 12, part 3 (replay): honest shapes the last fixes read (the filler rule, detailed reasoning summaries, long answers holding half
# a key's tokens), alone and beside the farm; and short keys with two of their 7 asks continuing the previous answer.
set -e
R=redteam/round12/run.sh
BG="chat:n=300,days=3"; FARM="farm:n=300,r=30,days=3"
$R x-xpand "xpand:n=200;$BG" 1; $R x-xpand-farm "xpand:n=200;$FARM;$BG" 1; $R x-xpand-chat "xpand:n=200,chat=1;$BG" 1; $R x-xpand-chat-farm "xpand:n=200,chat=1;$FARM;$BG" 1
$R x-xpand-r20-farm "xpand:n=200,r=20;$FARM;$BG" 1
$R s-rsum "rsum:n=200;$BG" 1; $R s-rsum-farm "rsum:n=200;$FARM;$BG" 1; $R s-rsum-ft0-farm "rsum:n=200,ft=0;$FARM;$BG" 1
$R q-qa "qa:n=200;$BG" 1; $R q-qa-farm "qa:n=200;$FARM;$BG" 1; $R q-qa-lr4-farm "qa:n=200,lr=0.04,r=150;$FARM;$BG" 1
$R h-r7-hfu29 "farm:n=1300,r=7,days=3,resp=1,hfu=0.29;$BG" 1
# controls for rsum: the same app asking for an auto / concise summary, or none; round 8's study app (step-by-step in words)
$R s-rsum-auto "rsum:n=200,summ=auto;$BG" 1; $R s-rsum-none "rsum:n=200,summ=none;$BG" 1; $R s-rsum-concise "rsum:n=200,summ=concise;$BG" 1; $R s-edu "edu:n=200;$BG" 1
