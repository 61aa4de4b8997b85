#!/bin/sh
# usage: redteam/round16/run.sh NAME "SPEC" [SEED]   (from the repo root; POLICY=... to override, REASONS=1 to print reasons)
set -e
D=$(dirname "$0"); NAME=$1; SPEC=$2; SEED=${3:-1}
POL=${POLICY:-$D/policy-pro.json}
mkdir -p "$D/out" "$D/traces"
node "$D/gen16.mjs" "$NAME" "$SPEC" "$SEED"
timeout 900 nice -n 15 npm run -s replay -- --trace "$D/traces/$NAME.jsonl" --out "$D/out/$NAME.dec.jsonl" --policy "$POL" ${REPLAY_ARGS:-} 2>"$D/out/$NAME.replay.log" | tail -1
node "$D/analyze.mjs" "$NAME" | tee "$D/out/$NAME.txt"
