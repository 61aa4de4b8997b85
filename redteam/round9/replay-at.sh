#!/bin/sh
# usage: redteam/round9/replay-at.sh DIR NAME : replay an already generated trace (traces/NAME.jsonl) with the code checked out in DIR
# (a git worktree of an older commit, e.g. out/prefix = 18c86bb, before the R8-1 greeting rule), decisions to out/NAME@pre.dec.jsonl
set -e
D=$(cd "$(dirname "$0")" && pwd); W=$1; NAME=$2
(cd "$W" && nice -n 15 npm run -s replay -- --trace "$D/traces/$NAME.jsonl" --out "$D/out/$NAME@pre.dec.jsonl" --policy "$D/policy-pro.json" 2>/dev/null | tail -1)
cp "$D/traces/$NAME.meta.jsonl" "$D/traces/$NAME@pre.meta.jsonl"
node "$D/analyze.mjs" "$NAME@pre"
