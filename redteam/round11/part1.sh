#!/bin/sh
# Round 11, part 1 (replay): R11-1 background asks retrieved by collector keys; R11-2 asks as a tool's result; R11-3 anchors over
# the 100-token cheap line. Every Responses answer in these traces carries a response_id (round 10's gave ids to anchors only).
set -e
R=redteam/round11/run.sh
BG="chat:n=300,days=3"; FARM="farm:n=300,r=30,days=3"
$R base-s1 "$FARM;$BG" 1                                   # baseline (round 9's and 10's: 268 / 300, 50.6 %)
$R r-anc7 "$FARM,ranc=7;$BG" 1; $R e-r7 "farm:n=1300,r=7,days=3;$BG" 1       # controls
# R11-1
$R bg-base "$FARM,bg=1;$BG" 1; $R bg-base-s2 "$FARM,bg=1;$BG" 2     # control: background asks retrieved by the asking key
$R bg-coll10 "$FARM,bg=1,coll=10;$BG" 1; $R bg-coll10-s2 "$FARM,bg=1,coll=10;$BG" 2; $R bg-coll1 "$FARM,bg=1,coll=1;$BG" 1; $R bg-collring "$FARM,bg=1,collring=1;$BG" 1
# R11-2
$R r-anc7-tool "$FARM,ranc=7,tool=1;$BG" 1; $R r-anc7-tool-s2 "$FARM,ranc=7,tool=1;$BG" 2
$R r-anc30-tool "$FARM,ranc=30,tool=1;$BG" 1; $R r-anc1-tool "$FARM,ranc=1,tool=1;$BG" 1; $R r-anc-r7-tool "farm:n=1300,r=7,days=3,ranc=7,tool=1;$BG" 1
# R11-3
$R r-anc7-ac101 "$FARM,ranc=7,ac=101;$BG" 1; $R r-anc7-ac101-s2 "$FARM,ranc=7,ac=101;$BG" 2; $R r-anc30-ac101 "$FARM,ranc=30,ac=101;$BG" 1
$R r-anc-r7-ac101 "farm:n=1300,r=7,days=3,ranc=7,ac=101;$BG" 1
$R p-pre-ac101 "$FARM,pre=1,ac=101;$BG" 1; $R p-pre-ac101-hal420 "$FARM,pre=1,ac=101,hal=420;$BG" 1; $R p-pre-ac101-hal420-s2 "$FARM,pre=1,ac=101,hal=420;$BG" 2
