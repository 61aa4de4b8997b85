// R64-4: multiple samples per prompt without `n`: the same ask sent k times in a row at
// temperature 1 is k ordinary requests to detection (no hard parameter, no sample reading), so a
// sampling harvest (rejection sampling, preference pairs, self-consistency data) keeps every
// sample, where `n` = k is degraded to one.
import { tok, buildKey, embed, replay, figures, line, verdict } from "./lib.mjs";
const N = 500;
function run(name, { k, useN, cap = 1024, lo = 400, hi = 1000, cover = null, seed = 64401 }) {
  const ev = buildKey({
    seed, n: N, cover,
    harvest: (r, ask) => {
      const body = { model: "gpt-4.1", max_tokens: cap, temperature: 1, messages: [{ role: "user", content: ask }] };
      const P = tok(ask) + 8;
      if (useN) return { path: "/v1/chat/completions", body: { ...body, n: k }, usage: { prompt_tokens: P, completion_tokens: Array.from({ length: k }, () => r.int(lo, hi)).reduce((a, b) => a + b) }, samples: k };
      let dt = 0;
      return Array.from({ length: k }, () => ({ dt: (dt += r.int(300, 1500)), path: "/v1/chat/completions", body, usage: { prompt_tokens: P, completion_tokens: r.int(lo, hi) } }));
    },
  });
  const res = replay("r64-4-" + name.split(" ")[0], ev);
  const f = figures(res);
  let s = 0, sAll = 0;
  for (const d of res.dec) { const e = ev[d.i]; if (e.tag !== "h") continue; sAll += e.samples; if (d.served && !d.degraded) s += e.samples; }
  console.log(line(name, f) + `  samples in full ${s}/${sAll} (${(100 * s / sAll).toFixed(1)} %)`);
  return s / sAll;
}
console.log(`R64-4: one key, ${N} prompts, gpt-4.1 chat, temperature 1, samples of 400-1,000 tokens (max_tokens 1,024 each)`);
const a4 = run("A4 4 repeats of each prompt", { k: 4 });
const a8 = run("A8 8 repeats of each prompt", { k: 8 });
const a4b = run("A4b 4 repeats (seed 2)", { k: 4, seed: 64402 });
const n4 = run("N4 n=4 (control)", { k: 4, useN: true });
const n8 = run("N8 n=8 (control)", { k: 8, useN: true });
const one = run("S1 one sample per prompt (control)", { k: 1 });
console.log("long samples (max_tokens 4,096, 1,400-3,600 tokens): repeats alone are degraded by the budget; with R64-3's cover:");
const L4 = run("L4 4 long repeats, no cover", { k: 4, cap: 4096, lo: 1400, hi: 3600 });
const L4c = run("L4c 4 long repeats + embed 4000 per prompt", { k: 4, cap: 4096, lo: 1400, hi: 3600, cover: (r) => [embed(r, 4000)] });
const Ln = run("Ln n=4 long + embed 4000 per prompt (control)", { k: 4, useN: true, cap: 4096, lo: 1400, hi: 3600, cover: (r) => [embed(r, 4000)] });
verdict(a4 >= 0.9 && a8 >= 0.9 && a4b >= 0.9 && n4 <= 0.1 && n8 <= 0.1,
  `threshold: repeats (k=4, 8, seed 2) >= 90 % of samples in full, n=k <= 10 %; ${(100 * a4).toFixed(1)} / ${(100 * a8).toFixed(1)} / ${(100 * a4b).toFixed(1)} % vs ${(100 * n4).toFixed(1)} / ${(100 * n8).toFixed(1)} %`);
