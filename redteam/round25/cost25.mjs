// node cost25.mjs NAME : per group: questions (requests of the group), keys, per-key throughput (questions per 24 h of the key's
// active span, first request to last settlement), billed prompt and completion tokens, and the output-equivalent overhead:
// input at 1/4 the output price, the part of a request's prompt a prefix cache holds (up to the same conversation's previous
// prompt + answer) at 1/40; flush groups' whole cost (prompt/4 + completion) is charged to their harvest group.
// Also: share of turns (turn > 0) sent before the person floor measured from live settlement (meta gapSettle < floor).
import fs from "node:fs";
const name = process.argv[2];
const tr = fs.readFileSync(new URL(`./traces/${name}.jsonl`, import.meta.url), "utf8").trim().split("\n").map((l) => JSON.parse(l));
const meta = fs.readFileSync(new URL(`./traces/${name}.meta.jsonl`, import.meta.url), "utf8").trim().split("\n").map((l) => JSON.parse(l));
const g = {}; const last = new Map();
tr.forEach((e, i) => { const m = meta[i]; const base = m.group.replace(/-flush$/, ""); const s = (g[base] ??= { q: 0, p: 0, c: 0, unc: 0, cached: 0, extra: 0, keys: new Map(), turns: 0, under: 0 });
  const p = e.usage.prompt_tokens, c = e.usage.completion_tokens; const kk = s.keys.get(e.key) ?? { a: e.ts, b: e.ts }; kk.b = Math.max(kk.b, e.ts + c * 25); s.keys.set(e.key, kk);
  if (m.group.endsWith("-flush")) { s.extra += p / 4 + c; return; }
  s.q++; s.p += p; s.c += c; const ck = `${e.key}/${m.conv}`; const prev = last.get(ck); const cached = prev ? Math.min(p, prev) : 0; s.cached += cached; s.unc += p - cached; last.set(ck, p + c);
  if (m.turn > 0) { s.turns++; if (m.gapSettle < m.floor) s.under++; } });
for (const [k, s] of Object.entries(g)) { const spans = [...s.keys.values()].map((x) => (x.b - x.a) / 864e5); const span = spans.reduce((a, b) => a + b, 0) / spans.length;
  const oh = (s.unc / 4 + s.cached / 40 + s.extra) / s.c;
  console.log(`${name} [${k}] keys=${s.keys.size} q/key=${(s.q / s.keys.size).toFixed(0)} span=${(span * 24).toFixed(1)}h throughput=${(s.q / s.keys.size / Math.max(span, 1e-9)).toFixed(0)} q/key/day (wanted ${(s.c / s.keys.size / Math.max(span, 1e-9) / 1e6).toFixed(2)} Mtok/key/day) prompt/completion=${(s.p / s.c).toFixed(2)} overhead(out-equiv, cached)=${(100 * oh).toFixed(1)}% turns under live floor=${s.turns ? (100 * s.under / s.turns).toFixed(1) : "-"}%`); }
