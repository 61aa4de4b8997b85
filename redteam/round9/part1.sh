#!/bin/sh
# Round 9, part 1 (replay): R9-1, the harvest asked through the Responses API off one cheap stored anchor per key.
set -e
R=redteam/round9/run.sh
BG="chat:n=300,days=3"; FARM="farm:n=300,r=30,days=3"
$R r-anc30-noprev "$FARM,ranc=30,noprev=1;$BG" 1     # control: same requests, asks do not name the anchor
$R r-anc30 "$FARM,ranc=30;$BG" 1; $R r-anc30-s2 "$FARM,ranc=30;$BG" 2
$R r-anc7 "$FARM,ranc=7;$BG" 1; $R r-anc1 "$FARM,ranc=1;$BG" 1
$R e-r7 "farm:n=1300,r=7,days=3;$BG" 1; $R r-anc-r7 "farm:n=1300,r=7,days=3,ranc=7;$BG" 1
$R r-anc30-reff-noprev "$FARM,ranc=30,reff=1,noprev=1;$BG" 1; $R r-anc30-reff "$FARM,ranc=30,reff=1;$BG" 1
$R r-anc30-hid "$FARM,ranc=30,hid=1;$BG" 1
$R r-anc30-burst-noprev "$FARM,ranc=30,burst=1,noprev=1;$BG" 1; $R r-anc30-burst "$FARM,ranc=30,burst=1;$BG" 1
