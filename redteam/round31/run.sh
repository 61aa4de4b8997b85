#!/bin/sh
# usage (repo root): sh redteam/round31/run.sh NAME "SPEC" [SEED]   round 30's run.sh for this round's folder and generator
RT_DIR=redteam/round31 GEN=${GEN:-gen31.mjs} exec sh redteam/round30/run.sh "$@"
