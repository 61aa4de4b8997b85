#!/bin/sh
# usage: redteam/round24/run-old.sh NAME "SPEC" [SEED]   (repo root) : as run.sh, but replays with the code before the 160/400-char
# continuation rule (cb3b86f^ = 6f9d984, a git worktree at $OLD, default /work/rt24-old: git worktree add /work/rt24-old cb3b86f^);
# writes out/NAME_old.* (the trace is generated with this round's generator)
set -e
D=$(cd "$(dirname "$0")" && pwd); NAME=$1; SPEC=$2; SEED=${3:-1}; OLD=${OLD:-/work/rt24-old}
POL=${POLICY:-$D/../round16/policy-pro.json}
mkdir -p "$D/out" "$D/traces"
node "$D/gen24.mjs" "$NAME" "$SPEC" "$SEED"
cp "$D/traces/$NAME.meta.jsonl" "$D/traces/${NAME}_old.meta.jsonl"
(cd "$OLD" && timeout 300 nice -n 15 npm run -s replay -- --trace "$D/traces/$NAME.jsonl" --out "$D/out/${NAME}_old.dec.jsonl" --policy "$POL" 2>"$D/out/${NAME}_old.replay.log" | tail -1)
node "$D/analyze.mjs" "${NAME}_old" | tee "$D/out/${NAME}_old.txt"
