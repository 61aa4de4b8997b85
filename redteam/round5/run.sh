#!/bin/sh
# usage: redteam/round5/run.sh NAME GENERATOR.mjs ARGS...   (from the repo root; POLICY=... to override, REASONS=1 to print reasons)
set -e
D=$(dirname "$0"); NAME=$1; GEN=$2; shift 2
POL=${POLICY:-$D/policy-pro.json}
mkdir -p "$D/out" "$D/traces"
node "$D/$GEN" "$NAME" "$@"
nice -n 10 npm run -s replay -- --trace "$D/traces/$NAME.jsonl" --out "$D/out/$NAME.dec.jsonl" --policy "$POL" ${REPLAY_ARGS:-} 2>"$D/out/$NAME.replay.log" | tail -2
node "$D/analyze.mjs" "$NAME"
