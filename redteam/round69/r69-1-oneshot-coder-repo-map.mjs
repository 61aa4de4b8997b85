// R69-1: a one-shot coding tool (CLI / IDE "ask about this repo", no chat history) hands over the repository
// map of the developer's repo before every ask ("Ok, I have the repository map."). A company with a few repos
// re-sends the same maps all day: since the thirty-eighth session they are read back as a repeated history and
// away from the prompt, and the code answers (300-1,500 tokens at max_tokens 4,096) read as long answers to
// one-line asks. Controls: the same map and ask in one user turn; a new repo each request (nothing repeats).
import { coder } from "./products.mjs";
import { run, show } from "./lib.mjs";
const seed = Number(process.argv[2] ?? 69301);
const sel = (e) => e._p === "coder";
const res = {};
const cases = [
  ["handed4", "PRODUCT: 4 repos, map handed over ('Ok, ...')", { mode: "handed", nRepos: 4 }],
  ["joined4", "CONTROL: 4 repos, map + ask in one user turn", { mode: "joined", nRepos: 4 }],
  ["fresh", "CONTROL: map handed over, a new repo each time", { mode: "fresh" }],
  ["handed1", "1 repo (one team), map handed over", { mode: "handed", nRepos: 1 }],
  ["handed8", "8 repos, map handed over", { mode: "handed", nRepos: 8 }],
  ["handed15", "15 repos, map handed over", { mode: "handed", nRepos: 15 }],
  ["system4", "reference: 4 repos, map in the system prompt", { mode: "system", nRepos: 4 }],
];
for (const [n, label, o] of cases) { res[n] = run(`r69-1-${n}-${seed}`, coder({ seed, ...o }), sel); show(label, res[n]); }
console.log(`(seed ${seed}; one backend key, Claude Sonnet 4.5 /v1/messages, ~900-1,200 asks a day over 3 days, max_tokens 4,096, temperature 0, answers 300-1,500 tokens; repo maps 5-9 K chars, repos picked Zipf-like)`);
console.log("threshold: the product (4 repos, handed over) >= 50 % of requests degraded and >= 40 points above both controls (joined, fresh)");
const a = res.handed4, j = res.joined4, f = res.fresh;
console.log(`${a.degPct >= 50 && a.degPct - j.degPct >= 40 && a.degPct - f.degPct >= 40 ? "REPRODUCED" : "not reproduced"}: ${a.degPct.toFixed(1)} % degraded (${a.cutPct.toFixed(1)} % of answer tokens cut) vs joined ${j.degPct.toFixed(1)} % and fresh ${f.degPct.toFixed(1)} %; 1 / 8 / 15 repos ${res.handed1.degPct.toFixed(1)} / ${res.handed8.degPct.toFixed(1)} / ${res.handed15.degPct.toFixed(1)} %; system prompt ${res.system4.degPct.toFixed(1)} %`);
