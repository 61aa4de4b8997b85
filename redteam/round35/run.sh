#!/bin/sh
# Red team round 35: each script starts its own guard (wrangler dev, 127.0.0.1:9601, inspector 9609) and
# recording origin (127.0.0.1:9603) and stops both. Needs Node >= 22.12 on PATH, `npm ci` in the repo root and
# a .dev.vars (npm start writes one). Default: the two findings (~4 min). HELD=1 adds the checks that held (~6 min).
cd "$(dirname "$0")"
run() { echo "=== $*"; env "$@" 2>&1 | grep -v '^\s*$' | cut -c1-1500; }
run N=40 node r35-1-stored-prompt-cut.mjs
run node r35-2-cut-burst-lag.mjs
if [ "${HELD:-0}" = 1 ]; then
  run N=12 node probe-cut-contexts.mjs          # prev (read, charged), conversation (documented open), project headers on the read
  run N=40 node probe-prompt-detect.mjs          # a harvest in a stored prompt's variables is detected as in `input`
  run node held-default-deny.mjs                 # odd paths, methods, encodings, bodies
fi
