// R65-3: an AI-text detector scores submitted essays by their perplexity on a base model
// (/v1/completions, echo + logprobs 1, max_tokens 1), the textbook GPTZero / DetectGPT method.
// Degrade removes echo and logprobs: the answer is then one token and no score can be computed.
import { run, show } from "./lib.mjs";
import { detector } from "./products.mjs";

console.log("R65-3  AI-text detector, davinci-002 completions, echo + logprobs 1, 3 days, ~2,500 -> 3,300 essays a day");
const cases = [
  ["echo + logprobs 1 (perplexity)", {}],
  ["  seed 2", { seed: 66102 }],
  ["  English only, ~300 essays a day", { langs: ["en"], perDay: 300 }],
  ["control: the same essays, chat classifier", { echo: false }],
];
const res = {};
for (const [label, o] of cases) { const f = run("r65-3-" + label.replace(/[^a-z0-9]+/gi, "-"), detector(o)); res[label] = f; show(label, f); }
const a = res[cases[0][0]], c = res[cases[3][0]];
const ok = a.degPct >= 50 && c.degPct <= 5;
console.log(`threshold: echo case >= 50 % degraded (every one loses its score) and the control <= 5 %: ${a.degPct.toFixed(1)} vs ${c.degPct.toFixed(1)}`);
console.log(ok ? "R65-3 REPRODUCED" : "R65-3 not reproduced");
