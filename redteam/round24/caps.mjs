// node caps.mjs NAME [field] : for degraded requests, the distribution of the cap the replay gave (completion < wanted means capped),
// grouped by meta field (default fu: follow-up index; chunk: piece index)
import fs from "node:fs";
const [name, field = "fu"] = process.argv.slice(2);
const dec = fs.readFileSync(new URL(`./out/${name}.dec.jsonl`, import.meta.url), "utf8").trim().split("\n").map((l) => JSON.parse(l));
const meta = fs.readFileSync(new URL(`./traces/${name}.meta.jsonl`, import.meta.url), "utf8").trim().split("\n").map((l) => JSON.parse(l));
const g = {};
for (const d of dec) { const m = meta[d.i]; if (m[field] === undefined || !d.degraded) continue; const s = (g[m[field]] ??= { n: 0, want: 0, got: 0, capped: 0, caps: {} });
  s.n++; s.want += m.c; const got = Math.min(m.c, d.completion ?? 512); s.got += got; if (got < m.c) { s.capped++; s.caps[got] = (s.caps[got] ?? 0) + 1; } }
for (const [k, s] of Object.entries(g)) { const top = Object.entries(s.caps).sort((a, b) => b[1] - a[1]).slice(0, 4).map(([c, n]) => `${c}x${n}`).join(" ");
  console.log(`${name} ${field}=${k} degraded=${s.n} capped=${s.capped} served=${(100 * s.got / s.want).toFixed(1)}% commonest caps: ${top}`); }
