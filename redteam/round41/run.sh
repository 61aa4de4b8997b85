#!/bin/sh
# Red team round 41 (honest-customer advocate: the way back from a challenge, as a customer with the official SDKs
# and guardFetch()). Each script starts its own guard (wrangler dev --local on 127.0.0.1:9981, inspector 9989) and
# this round's origin (origin41.mjs, 127.0.0.1:9983), prints REPRODUCED / "not reproduced" (held-*: held / NOT held),
# and stops both. Needs Node >= 22.12 on PATH, `npm ci`, `npm run build` (dist/client) and a .dev.vars. One at a time.
# HELD=1 adds the checks that held (~2 min more).
cd "$(dirname "$0")"
run() { echo "=== $*"; timeout 300 node "$@" 2>&1 | grep -v '^\s*$' | grep -v 'workers.cloudflare.com' | grep -v -i 'deprecat' | cut -c1-600; }
run r41-1-parallel-burst.mjs    # parallel burst without a pass / at a pass's end, and a single n>1/logprobs request: 403 despite guardFetch()
run r41-2-stream-upload.mjs     # files.create(fs.createReadStream(...)) while challenged: helper cannot resend, 403
run r41-3-browser-cors.mjs      # browsers: OPTIONS 405, no CORS headers: the helper's browser path cannot work cross-origin
run r41-4-silent-degrade.mjs    # degraded / pass answers: n 3->1, logprobs dropped, cap 512; only a header says so
if [ "${HELD:-0}" = 1 ]; then
  run held-streaming.mjs        # no-helper errors; six streaming/non-streaming SDK shapes solved once, served once
  run held-bodies-verify.mjs    # big bodies and multipart resent intact; batches; verification immediate
  run held-abort.mjs            # abort / timeout stop the solver
  run held-webcrypto-only.mjs   # the helper with WebCrypto alone
fi
