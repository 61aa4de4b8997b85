#!/bin/sh
# usage: redteam/round26/run.sh NAME "SPEC" [SEED]   (repo root)
# Later rounds run it for their own folder: RT_DIR=<round folder> GEN=<its generator> (their run.sh).
set -e
D=${RT_DIR:-$(dirname "$0")}; NAME=$1; SPEC=$2; SEED=${3:-1}
POL=${POLICY:-$D/../round16/policy-pro.json}
mkdir -p "$D/out" "$D/traces"
node "$D/${GEN:-gen26.mjs}" "$NAME" "$SPEC" "$SEED"
timeout 300 nice -n 15 npm run -s replay -- --trace "$D/traces/$NAME.jsonl" --out "$D/out/$NAME.dec.jsonl" --policy "$POL" 2>"$D/out/$NAME.replay.log" | tail -1
RT_DIR="$D" node "$D/../round24/analyze.mjs" "$NAME" | tee "$D/out/$NAME.txt"
