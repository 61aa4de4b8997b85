#!/bin/sh
# Red team round 38: each script starts its own guard (wrangler dev on 127.0.0.1:99x1, inspector 99x9) and
# in-process origin (127.0.0.1:99x3) and stops both. Needs Node >= 22.12 on PATH, `npm ci` and a .dev.vars.
# Default: the finding (~1 min). HELD=1 adds the checks that held (~3 min).
cd "$(dirname "$0")"
run() { echo "=== $*"; env "$@" 2>&1 | grep -v '^\s*$' | grep -v 'workers.cloudflare.com' | cut -c1-1500; }
run node r38-1-bg-double-charge.mjs   # creator and another key read a background answer within ~1 s: creator charged twice
if [ "${HELD:-0}" = 1 ]; then
  run node probeA.mjs                 # non-streamed chat with a file part: size/time bounds, cuts, stalls
  run node probeB.mjs                 # CJK prompts, embeddings, Responses store:false / stored, big and slow, cut
  run node probeC.mjs                 # background retrieval orderings across keys, cancel, stream, input_items, polls
fi
