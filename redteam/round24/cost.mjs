// (round 23: completion = the meta's c when smaller: dpat traces bill the rest of the answer as usage and plan the piece in c)
// node cost.mjs NAME : per group, billed prompt vs completion tokens and output-equivalent overhead (input 1/4 the output price,
// cached input 1/10 of that; a request's prompt counted as cached up to the previous request of the same key's prompt+answer)
import fs from "node:fs";
const name = process.argv[2];
const tr = fs.readFileSync(new URL(`./traces/${name}.jsonl`, import.meta.url), "utf8").trim().split("\n").map((l) => JSON.parse(l));
const meta = fs.readFileSync(new URL(`./traces/${name}.meta.jsonl`, import.meta.url), "utf8").trim().split("\n").map((l) => JSON.parse(l));
const g = {}; const last = new Map();
tr.forEach((e, i) => { const m = meta[i]; const s = (g[m.group] ??= { p: 0, c: 0, unc: 0, cached: 0 }); const p = e.usage.prompt_tokens, c = Math.min(e.usage.completion_tokens, m.c ?? Infinity); // round 23: a dpat piece's answer is its planned size
  s.p += p; s.c += c; const prev = last.get(e.key); const cached = prev && m.chunk ? Math.min(p, prev) : 0; s.cached += cached; s.unc += p - cached; last.set(e.key, p + c); });
for (const [k, s] of Object.entries(g)) console.log(`${name} [${k}] prompt=${s.p} completion=${s.c} prompt/completion=${(s.p / s.c).toFixed(2)} overhead(uncached input)=${(100 * s.p / 4 / s.c).toFixed(1)}% overhead(with prefix cache)=${(100 * (s.unc / 4 + s.cached / 40) / s.c).toFixed(1)}%`);
