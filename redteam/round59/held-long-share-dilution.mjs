// Held (not a finding): long worked solutions at high reasoning effort, diluted by short high-effort answers.
// The pipeline wants o3's full written proofs and derivations (900-1,800 visible tokens) at
// effort high. It mixes them with short-answer problems (150-400 visible tokens, also useful:
// final answers for outcome supervision), all single-turn at machine pace under one system prompt,
// max_completion_tokens 25,000 on every request. The reasoning is read apart; the cap counts only
// as far as the key's answers came long (reasonedBudgetTaken), and the answer-length features
// read the mean answer while long ones are under a quarter.
// Controls: the long share raised; the same mix on a model asked for no reasoning.
import { rng, problem, essay, replay, pct, T0 } from "./lib.mjs";

const SYS = "You are a mathematics and science tutor preparing reference solutions. Be rigorous.";
function gen({ seed, key, longShare, reasoning, cap = 25000 }) {
  const r = rng(seed);
  const lines = [];
  let t = T0;
  while (t < T0 + 36 * 3600e3) {
    const long = r() < longShare;
    const p = problem(r);
    const q = long ? `Write a complete, rigorous worked solution with every step justified: ${p.text}` : p.text;
    const vis = long ? r.int(900, 1800) : r.int(150, 400);
    const rz = reasoning ? Math.round(vis * (long ? 2 + 4 * r() : 3 + 6 * r())) : 0;
    const usage = { prompt_tokens: 25 + Math.round((SYS.length + q.length) / 3.6), completion_tokens: vis + rz };
    if (reasoning) usage.completion_tokens_details = { reasoning_tokens: rz };
    const body = { model: reasoning ? "o3" : "gpt-4.1", max_completion_tokens: cap,
      messages: [{ role: "system", content: SYS }, { role: "user", content: q }] };
    if (reasoning) body.reasoning_effort = "high";
    lines.push({ ts: t, key, ip: "198.51.100.77", asn: 64503, country: "US", method: "POST", path: "/v1/chat/completions", body, usage, _long: long });
    t += r.int(20, 100) * 1000;
  }
  return lines;
}

function run(name, opts) {
  const lines = gen(opts);
  const d = replay(name, lines.map(({ _long, ...l }) => l));
  const byI = new Map(d.map((x) => [x.i, x]));
  const s = { long: 0, longFull: 0, longDeg: 0, longTok: 0, longTokFull: 0, all: 0, allFull: 0 };
  lines.forEach((l, i) => { const x = byI.get(i); s.all++; if (x.served && !x.degraded) s.allFull++;
    if (!l._long) return; s.long++; const v = l.usage.completion_tokens - (l.usage.completion_tokens_details?.reasoning_tokens ?? 0);
    s.longTok += v; if (x.served && !x.degraded) { s.longFull++; s.longTokFull += v; } else if (x.degraded) s.longDeg++; });
  const mx = Math.max(...d.map((x) => x.score));
  console.log(`${name}: long answers ${s.long}: ${s.longFull} at effort high in full, ${s.longDeg} degraded (${pct(s.longTokFull, s.longTok)} of their visible tokens in full) | all requests ${s.allFull}/${s.all} in full | max score ${mx}`);
  return s;
}

const o3 = {}, g = {};
for (const share of [0.15, 0.25, 0.5]) {
  o3[share] = run(`held-o3-cap25000-long-${share}`, { seed: 5905, key: `sk-held-o3-${share}`, longShare: share, reasoning: true });
  g[share] = run(`held-gpt41-cap2000-long-${share}`, { seed: 5905, key: `sk-held-g-${share}`, longShare: share, reasoning: false, cap: 2000 });
}
const c1 = run("held-gpt41-cap25000-long-0.15", { seed: 5905, key: "sk-held-ctl", longShare: 0.15, reasoning: false });
const c2 = run("held-o3-all-long", { seed: 5905, key: "sk-held-all", longShare: 1.0, reasoning: true });
const f = (s) => pct(s.longFull, s.long);
console.log(`long solutions in full, o3 (cap 25,000, reasoning read apart) vs gpt-4.1 (cap 2,000, enough for its answers): 15 % long ${f(o3[0.15])} vs ${f(g[0.15])}; 25 % ${f(o3[0.25])} vs ${f(g[0.25])}; 50 % ${f(o3[0.5])} vs ${f(g[0.5])}; o3 all long ${f(c2)}; gpt-4.1 at cap 25,000, 15 % long ${f(c1)}`);
// a finding would need the reasoning rule to buy more than a right-sized cap does (by 25 points or more)
const gain = Math.max(...[0.15, 0.25, 0.5].map((k) => o3[k].longFull / o3[k].long - g[k].longFull / g[k].long));
console.log(`largest gain of the reasoning model over a right-sized cap: ${(100 * gain).toFixed(1)} points`);
console.log(gain >= 0.25 ? "REPRODUCED" : "not reproduced");
