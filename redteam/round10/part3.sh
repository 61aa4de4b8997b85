#!/bin/sh
# Round 10, part 3 (replay): R10-4, around the asked-profile batch rule; R10-5, paid dilution just above the trivial line;
# tried: openers laundered through batches, a clarify-first honest app.
set -e
R=redteam/round10/run.sh
BG="chat:n=300,days=3"; FARM="farm:n=300,r=30,days=3"
$R b-bat30one "$FARM,bat=30,one=1;$BG" 1
$R b-bat30one-bpad4 "$FARM,bat=30,one=1,bpad=4;$BG" 1; $R b-bat30one-bpad4-s2 "$FARM,bat=30,one=1,bpad=4;$BG" 2
$R b-bat30one-bpad3 "$FARM,bat=30,one=1,bpad=3;$BG" 1
$R b-bat30 "$FARM,bat=30;$BG" 1; $R b-bat30-bpad4 "$FARM,bat=30,bpad=4;$BG" 1; $R b-bat10one-bpad2 "$FARM,bat=10,one=1,bpad=2;$BG" 1
$R a-batmix30 "$FARM,batmix=1,bat=30,uo=1;$BG" 1; $R a-batmix30-s2 "$FARM,batmix=1,bat=30,uo=1;$BG" 2; $R a-batmix10 "$FARM,batmix=1,bat=10,uo=1;$BG" 1
$R a-base "$FARM,anth=1;$BG" 1; $R a-pre-uo "$FARM,anth=1,pre=1,uo=1;$BG" 1
$R a-batpre1 "$FARM,batpre=1,uo=1;$BG" 1; $R a-batpre2 "$FARM,batpre=2,uo=1;$BG" 1
# R10-5 at a smaller scale (120 keys x 12 asks, 100 chat users: traces under ~20 K events); BIG=1 adds the 300-key runs (~70-106 K events)
F5="farm:n=120,r=12,days=3"; B5="chat:n=100,days=3"
$R d-s-base "$F5;$B5" 1; $R d-s-dilc10 "$F5,dilc=10;$B5" 1; $R d-s-dilc10-dc33 "$F5,dilc=10,dc=33;$B5" 1; $R d-s-dilc6-dc33 "$F5,dilc=6,dc=33;$B5" 1
if [ -n "$BIG" ]; then $R d-dilc10-dc33 "$FARM,dilc=10,dc=33;$BG" 1; $R d-dilc6-dc33 "$FARM,dilc=6,dc=33;$BG" 1; fi
$R h-clar "clar:n=200,r=12;$BG" 1; $R h-clar-farm "clar:n=200,r=12;$FARM;$BG" 1; $R h-clar40-farm "clar:n=200,r=12,cc=40;$FARM;$BG" 1
