#!/bin/sh
# Red team round 36: each script starts its own guard (wrangler dev, 127.0.0.1:9701, inspector 9709) and recording
# origin (127.0.0.1:9703) and stops both. Needs Node >= 22.12 on PATH, `npm ci` in the repo root and a .dev.vars.
# Default: the findings (~5 min). HELD=1 adds the checks that held (~2 min).
cd "$(dirname "$0")"
run() { echo "=== $*"; env "$@" 2>&1 | grep -v '^\s*$' | cut -c1-1500; }
run N=14 node r36-1-bg-stream-cut.mjs              # default backgroundHoldSeconds (600): 8 answers at once (concurrency)
run HOLD=5 N=20 SETTLE=8000 node r36-1-bg-stream-cut.mjs   # the hold lapses and nothing is read or charged
run node r36-2-file-input-cut.mjs
run node r36-4-prompt-nostore.mjs                 # documented open case, quantified
if [ "${HELD:-0}" = 1 ]; then
  run W=8 node r36-3-wait-burst.mjs               # counting and another key's latency during a cut burst (R35-2's rest)
  run W=1 GETDELAY=1500 node r36-3-wait-burst.mjs # a record read slower than the wait
fi
