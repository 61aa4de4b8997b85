#!/bin/sh
# Round 10 live checks: for each ARM:ASKS a fresh guard (wrangler dev --local, 127.0.0.1:18930) in front of origin-r10.mjs (:18932),
# 100 keys x ASKS asks (http-r10.mjs, bounded to 700 s), then both stopped by their pids. Outputs in redteam/round10/out/http-*.json.
set -e
D=redteam/round10
for run in ${ARMS:-plain:15 anchor:15 anc40:15 xanc:15 bganc:15}; do arm=${run%%:*}; r=${run#*:}
  EXTRA_VARS='--var TRUST_CLIENT_IP_HEADER:true' bash $D/serve.sh $arm 18930 18932
  timeout 700 node $D/http-r10.mjs http://127.0.0.1:18930 "$(cat $D/out/$arm.admin)" $arm 100 $r > $D/out/http-$arm-$r.json 2> $D/out/http-$arm-$r.err || true
  curl -s http://127.0.0.1:18932/seen; echo
  cut -c1-900 $D/out/http-$arm-$r.json
  kill $(cat $D/out/$arm.guard.pid) $(cat $D/out/$arm.origin.pid); sleep 3
done
# the asked-profile batch rule over HTTP: one-batch keys, 30 asks, with and without 4 cheap items (origin-batch.mjs, FIRST = cheap lines)
for run in ${BARMS:-plain:0 pad4:4}; do arm=${run%%:*}; f=${run#*:}
  FIRST=$f PAD=200 OUT=2000 ORIGIN=origin-batch.mjs EXTRA_VARS='--var TRUST_CLIENT_IP_HEADER:true' bash $D/serve.sh b$arm 18930 18932
  timeout 700 node $D/http-bpad.mjs http://127.0.0.1:18930 "$(cat $D/out/b$arm.admin)" $arm 200 > $D/out/http-b$arm.json 2> $D/out/http-b$arm.err || true
  cut -c1-900 $D/out/http-b$arm.json
  kill $(cat $D/out/b$arm.guard.pid) $(cat $D/out/b$arm.origin.pid); sleep 3
done
