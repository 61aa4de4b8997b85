#!/bin/sh
# Red team round 39b (honest-customer advocate). Each script starts its own guard (wrangler dev --local on
# 127.0.0.1:9961, inspector 9969) and this round's origin (origin39b.mjs, 127.0.0.1:9963), prints REPRODUCED or
# "not reproduced", and stops both. Needs Node >= 22.12 on PATH, `npm ci` and a .dev.vars. One at a time (~4 min).
# HELD=1 adds the checks that held (~4 min more).
cd "$(dirname "$0")"
run() { echo "=== $*"; timeout 300 node "$@" 2>&1 | grep -v '^\s*$' | grep -v 'workers.cloudflare.com' | grep -v -i 'deprecat' | cut -c1-600; }
run r39b-1-stop-charged-cap.mjs          # Stop pressed on a stream: charged the whole output cap (x15-x470 the origin's bill)
run r39b-2-image-stop-origin-runs.mjs    # Stop on a chat stream with an image: the origin generates and bills the whole answer (x2)
run r39b-3-background-default-cap.mjs    # background job without max_output_tokens capped at 1024: reasoning model ends incomplete, no answer
run r39b-4-background-charged-cap.mjs    # background job charged its max_output_tokens, not the usage the guard reads (x5.3, x16.5)
run r39b-5-body-cap.mjs                  # default 1 MiB body cap: phone photo, 1 MB PDF, long context refused 413
run r39b-6-endpoints.mjs                 # Conversations, input token count, moderation, hosted-retrieval uploads refused
run r39b-7-cached-context-tpm.mjs        # cached context counted in full against tpm: a Claude coding agent 8.5x slower
if [ "${HELD:-0}" = 1 ]; then
  run held-openai-features.mjs           # 33 chat/embeddings features: same answer as direct, charged exactly
  run held-responses-anthropic.mjs       # Responses and Anthropic features: same answer, charged exactly
  run held-media-reservation.mjs         # base64 images/PDFs are not reserved by their size
  run held-origin-errors.mjs             # origin errors: shape, SDK class, retries, charge 0
  run held-last-chunk-usage.mjs          # usage on the last choice chunk (Mistral-style origins)
  run held-team-concurrency.mjs          # team over concurrency; an indexer over rpm with SDK retries
fi
