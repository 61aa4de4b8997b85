#!/bin/sh
# usage: redteam/round31a/run.sh NAME "SPEC" [SEED]   (repo root): round 26's run.sh for this round's folder and generator
RT_DIR=$(dirname "$0") GEN=${GEN:-../round29/gen29.mjs} exec sh "$(dirname "$0")/../round26/run.sh" "$@"
