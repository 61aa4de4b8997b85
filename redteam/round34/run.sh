#!/bin/sh
# Red team round 34: each script starts its own guard (127.0.0.1:9501, inspector 9509) and recording origin
# (127.0.0.1:9503) and stops both. Needs Node >= 22.12 on PATH and `npm ci` done in the repo root; writes
# .dev.vars with fresh secrets when missing. Optional: gpt-tokenizer in /tmp/rt34tok for BPE counts
# (mkdir /tmp/rt34tok && cd /tmp/rt34tok && npm i gpt-tokenizer@3); a fallback estimate is used otherwise.
# Default: the two findings (~5 min). HELD=1 adds the checks that held (~16 min more).
cd "$(dirname "$0")"
run() { echo "=== $*"; env "$@" 2>&1 | grep -v '^\s*$' | cut -c1-1200; }
run node r34-1-frame-wrapper.mjs
run node r34-2-frame-network.mjs
if [ "${HELD:-0}" = 1 ]; then
  run SAME24=0 node r34-2-frame-network.mjs
  run JUNK=1 node r34-2-frame-network.mjs
  run POIS=1 node r34-1-frame-wrapper.mjs
  run MODE=triage ATTMODE=pipe JUNK=0 node r34-1-frame-wrapper.mjs
  run MODE=content ATTMODE=pipe JUNK=0 V2=160 GAP=700 node r34-1-frame-wrapper.mjs
  run ATT=4 JUNK=0 node r34-1-frame-wrapper.mjs
  run node r34-3-generic-wrapper.mjs
  run N=20 node held-cut-uncapped.mjs
  run node held-degrade-shapes.mjs
fi
