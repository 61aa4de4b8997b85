// R65-1: an online-evaluation SaaS (LLM-as-judge, G-Eval style) reads the score token's
// distribution with logprobs + top_logprobs 20 (DeepEval's default) and is degraded: its
// probability-weighted scores lose their logprobs on every request.
import { run, show } from "./lib.mjs";
import { judge } from "./products.mjs";

console.log("R65-1  LLM-as-judge eval service, gpt-4.1-mini, 3 days, ~3,000 -> 4,000 judgements a day, 11 languages");
const cases = [
  ["top_logprobs 20, JSON reason+score, no cap", { topLogprobs: 20 }],
  ["  seed 2", { topLogprobs: 20, seed: 65102 }],
  ["top_logprobs 20, score only, max_tokens 2", { topLogprobs: 20, withReason: false }],
  ["top_logprobs 20, English only", { topLogprobs: 20, langs: ["en"] }],
  ["control: no logprobs", { topLogprobs: 0 }],
  ["control: top_logprobs 5, score only, max_tokens 2", { topLogprobs: 5, withReason: false }],
  ["reference: top_logprobs 5, JSON reason, no cap", { topLogprobs: 5 }],
  ["reference: top_logprobs 5, JSON reason, max_tokens 200", { topLogprobs: 5, maxTokens: 200 }],
  ["reference: top_logprobs 20, JSON reason, max_tokens 200", { topLogprobs: 20, maxTokens: 200 }],
];
const res = {};
for (const [label, o] of cases) { const f = run("r65-1-" + label.replace(/[^a-z0-9]+/gi, "-"), judge(o)); res[label] = f; show(label, f); }
const a = res[cases[0][0]], b = res[cases[2][0]], c = res["control: no logprobs"], d = res["control: top_logprobs 5, score only, max_tokens 2"];
const ok = a.degPct >= 50 && b.degPct >= 50 && c.degPct <= 5 && d.degPct <= 5;
console.log(`threshold: top_logprobs-20 cases >= 50 % degraded and both controls <= 5 %: ${a.degPct.toFixed(1)} / ${b.degPct.toFixed(1)} vs ${c.degPct.toFixed(1)} / ${d.degPct.toFixed(1)}`);
console.log(ok ? "R65-1 REPRODUCED" : "R65-1 not reproduced");
