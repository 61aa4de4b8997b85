// node cost26.mjs NAME : round 25's cost25.mjs, but turns marked sh (short follow-ups added to keep the answer mean down) are cost,
// not harvest: their prompt (cached as in the conversation) and their completion tokens are charged to the group's overhead;
// throughput counts long answers only (q and Mtok per key per day). "served long" = % of the long answers' wanted tokens served,
// read from out/NAME.dec.jsonl (degraded answers capped at 512, refused 0).
import fs from "node:fs";
import { pathToFileURL } from "node:url";
// the round's folder (traces/, out/): RT_DIR when a later round runs this script in place, else this file's own
const ROUND = process.env.RT_DIR ? pathToFileURL(process.env.RT_DIR + "/") : new URL("./", import.meta.url);
const name = process.argv[2];
const tr = fs.readFileSync(new URL(`./traces/${name}.jsonl`, ROUND), "utf8").trim().split("\n").map((l) => JSON.parse(l));
const meta = fs.readFileSync(new URL(`./traces/${name}.meta.jsonl`, ROUND), "utf8").trim().split("\n").map((l) => JSON.parse(l));
let dec = []; try { dec = fs.readFileSync(new URL(`./out/${name}.dec.jsonl`, ROUND), "utf8").trim().split("\n").map((l) => JSON.parse(l)); } catch {}
const D = new Map(dec.map((d) => [d.i, d]));
const g = {}; const last = new Map();
tr.forEach((e, i) => { const m = meta[i]; const base = m.group.replace(/-flush$/, ""); const s = (g[base] ??= { q: 0, p: 0, c: 0, unc: 0, cached: 0, extra: 0, keys: new Map(), turns: 0, under: 0, srv: 0 });
  const p = e.usage.prompt_tokens, c = e.usage.completion_tokens; const kk = s.keys.get(e.key) ?? { a: e.ts, b: e.ts }; kk.b = Math.max(kk.b, e.ts + c * 25); s.keys.set(e.key, kk);
  if (m.group.endsWith("-flush")) { s.extra += p / 4 + c; return; }
  const ck = `${e.key}/${m.conv}`; const prev = last.get(ck); const cached = prev ? Math.min(p, prev) : 0; last.set(ck, p + c);
  if (m.sh) { s.extra += (p - cached) / 4 + cached / 40 + c; return; }
  s.q++; s.p += p; s.c += c; s.cached += cached; s.unc += p - cached;
  const d = D.get(i); if (d) s.srv += !d.served ? 0 : d.degraded ? Math.min(c, d.completion ?? 512) : c;
  if (m.turn > 0) { s.turns++; if (m.gapSettle < m.floor) s.under++; } });
for (const [k, s] of Object.entries(g)) { const spans = [...s.keys.values()].map((x) => (x.b - x.a) / 864e5); const span = spans.reduce((a, b) => a + b, 0) / spans.length;
  const oh = (s.unc / 4 + s.cached / 40 + s.extra) / s.c; const tp = s.q / s.keys.size / Math.max(span, 1e-9);
  console.log(`${name} [${k}] keys=${s.keys.size} long q/key=${(s.q / s.keys.size).toFixed(0)} mean long=${(s.c / s.q).toFixed(0)} span=${(span * 24).toFixed(1)}h throughput=${tp.toFixed(0)} long q/key/day (wanted ${(s.c / s.keys.size / Math.max(span, 1e-9) / 1e6).toFixed(2)} Mtok/key/day; served ${dec.length ? (s.srv / s.keys.size / Math.max(span, 1e-9) / 1e6).toFixed(2) : "-"} Mtok/key/day = ${dec.length ? (100 * s.srv / s.c).toFixed(1) : "-"}% of long) overhead(out-equiv, cached)=${(100 * oh).toFixed(1)}% turns under live floor=${s.turns ? (100 * s.under / s.turns).toFixed(1) : "-"}%`); }
