#!/bin/sh
# Round 11, part 2 (replay): R11-4 R10-2's fix and the first ask of a key; R11-5 `conversation`; tried: the chat tool form, batches
# sent up front, asks not stored; honest: a Responses app spreading its conversations over a project's keys.
set -e
R=redteam/round11/run.sh
BG="chat:n=300,days=3"; FARM="farm:n=300,r=30,days=3"
# R11-4
$R r-anc7-xanc "$FARM,ranc=7,xanc=1;$BG" 1; $R r-anc7-ring "$FARM,ranc=7,xanc=2;$BG" 1; $R r-anc7-xanc-nostore "$FARM,ranc=7,xanc=1,nostore=1;$BG" 1
$R r-anc-r7-xanc "farm:n=1300,r=7,days=3,ranc=7,xanc=1;$BG" 1; $R r-anc-r7-xanc-s2 "farm:n=1300,r=7,days=3,ranc=7,xanc=1;$BG" 2
$R r-anc12-xanc "farm:n=700,r=12,days=3,ranc=12,xanc=1;$BG" 1
# R11-5
$R c-resp "$FARM,resp=1;$BG" 1; $R c-conv "$FARM,resp=1,conv=1;$BG" 1; $R c-conv-s2 "$FARM,resp=1,conv=1;$BG" 2
# tried
$R p-pre-tool "$FARM,pre=1,tool=1;$BG" 1; $R p-pre1-tool "$FARM,pre1=1,tool=1;$BG" 1
$R b-bat30one "$FARM,bat=30,one=1;$BG" 1; $R b-bat3-up "$FARM,bat=3,one=1,batup=1;$BG" 1; $R b-bat5p1-up "$FARM,bat=5,one=1,bpad=1,batup=1;$BG" 1
# honest: one conversation spread over a project's keys (R10-2's fix's honest cost), alone and beside the farm
$R h-rpool "rpool:n=200,r=8;$BG" 1; $R h-rpool-sticky "rpool:n=200,r=8,sticky=1;$BG" 1
$R h-rpool-farm "rpool:n=200,r=8;$FARM;$BG" 1; $R h-rpool-sticky-farm "rpool:n=200,r=8,sticky=1;$FARM;$BG" 1
$R h-rpool8-farm "rpool:n=200,r=8,p=8,ft=0.3,lg=0.7;$FARM;$BG" 1; $R h-rpool8-sticky-farm "rpool:n=200,r=8,p=8,ft=0.3,lg=0.7,sticky=1;$FARM;$BG" 1
