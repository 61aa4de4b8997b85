#!/bin/sh
# Round 12 live checks (round 11's harness on ports 18960 / 18962): for each ARM:ASKS a fresh guard (wrangler dev --local, 127.0.0.1:18960) in front of origin-r11.mjs (:18962),
# 100 keys x ASKS asks (http-r12.mjs, bounded to 700 s), then both stopped by their pids. Outputs in redteam/round12/out/http-*.json
# (http-*-jit.json with JIT=1: a paraphrased wrapper per key, each round's order shuffled).
set -e
D=redteam/round12
for run in ${ARMS:-plain:15 coll:15 collself:15 tool:15 anc101:15 conv:15 plain:7 xanc:7}; do arm=${run%%:*}; r=${run#*:}
  EXTRA_VARS='--var TRUST_CLIENT_IP_HEADER:true' bash $D/serve.sh $arm 18960 18962
  timeout 700 nice -n 15 node $D/http-r12.mjs http://127.0.0.1:18960 "$(cat $D/out/$arm.admin)" $arm 100 $r > $D/out/http-$arm-$r${JIT:+-jit}.json 2> $D/out/http-$arm-$r${JIT:+-jit}.err || true
  curl -s http://127.0.0.1:18962/seen; echo
  cut -c1-1200 $D/out/http-$arm-$r${JIT:+-jit}.json
  kill $(cat $D/out/$arm.guard.pid) $(cat $D/out/$arm.origin.pid); sleep 3
done
