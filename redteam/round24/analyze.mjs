// (round 24: also the first flag in questions asked, firstFlagQ: the key's meta q at its first flagged request, or its request number when
// the trace has no q; for sess/happ traces one question spans many requests)
// (round 23: a chain's refused piece is tracked per trace, `tr` in the meta, when the pieces of one trace go to several keys)
// node analyze.mjs NAME : per group keys, flagged (any action other than allow/limit), worst, first flag (the key's request number),
// completion tokens wanted / served (in full; degraded = the first choice capped at 512, as degrade sets n 1, or at the
// `completion` the replay's line says its answer took; refused = 0; a background/batch ask whose retrieval was refused = 0;
// a chain's pieces after its first refused piece = 0), requests refused; reasons at the highest score (REASONS=1).
import fs from "node:fs";
import { pathToFileURL } from "node:url";
// the round's folder (traces/, out/): RT_DIR when a later round runs this script in place, else this file's own
const ROUND = process.env.RT_DIR ? pathToFileURL(process.env.RT_DIR + "/") : new URL("./", import.meta.url);
const name = process.argv[2];
const dec = fs.readFileSync(new URL(`./out/${name}.dec.jsonl`, ROUND), "utf8").trim().split("\n").map((l) => JSON.parse(l));
const meta = fs.readFileSync(new URL(`./traces/${name}.meta.jsonl`, ROUND), "utf8").trim().split("\n").map((l) => JSON.parse(l));
const lostBid = new Set(); for (const d of dec) { const m = meta[d.i]; if (m.bid && m.fetch && !d.served) lostBid.add(m.bid); }
const ORDER = ["allow", "limit", "throttle", "degrade", "challenge", "block"]; const g = new Map(); const res = {};
for (const d of dec) {
  const m = meta[d.i]; let s = g.get(m.group); if (!s) { s = { keys: new Map(), req: 0, full: 0, deg: 0, wanted: 0, maxScore: 0, reqLost: 0, reqDeg: 0, act: {} }; g.set(m.group, s); }
  let k = s.keys.get(d.key); if (!k) { k = { n: 0, first: null, firstQ: null, worst: "allow" }; s.keys.set(d.key, k); }
  k.n++; s.req++; s.act[d.action] = (s.act[d.action] ?? 0) + 1; const want = m.c ?? 0; s.wanted += want;
  if (["throttle", "degrade", "challenge", "block"].includes(d.action) && k.first === null) { k.first = k.n; k.firstQ = m.q ?? k.n; }
  if (ORDER.indexOf(d.action) > ORDER.indexOf(k.worst)) k.worst = d.action;
  // a chain's pieces after its first refused piece are lost: the client holds no answer to continue
  // from (a Responses piece would name a response never created; a chat piece resends the refused one)
  if (m.chunk !== undefined) { const T = m.tr ? (s.tr ??= new Map()) : null; const cut = T ? T.get(m.tr) : k.cut; const set = (v) => (T ? T.set(m.tr, v) : (k.cut = v));
    if (m.chunk === 0) set(false); else if (cut) { s.reqLost++; continue; } else if (!d.served) set(true); }
  if (m.bid && !m.fetch && lostBid.has(m.bid)) s.reqLost++;
  else if (!d.served) { if (!m.free) s.reqLost++; }
  else if (d.degraded) { s.deg += m.items ? (m.n ? Math.min(m.items[0], 512) : m.items.reduce((a, c) => a + Math.min(c, 512), 0)) : Math.min(want, d.completion ?? 512); s.reqDeg++; }
  else s.full += want;
  if ((d.score ?? 0) >= s.maxScore) { s.maxScore = d.score ?? 0; s.last = d.reasons; }
}
for (const [grp, s] of g) {
  const keys = [...s.keys.values()]; const fl = keys.filter((k) => k.first !== null); const worst = {}; for (const k of keys) worst[k.worst] = (worst[k.worst] ?? 0) + 1;
  const f = fl.map((k) => k.first).sort((a, b) => a - b); const fq = fl.map((k) => k.firstQ).sort((a, b) => a - b); const served = s.full + s.deg;
  console.log(`${name} [${grp}] keys=${keys.length} req=${s.req} flagged=${fl.length}/${keys.length} worst=${JSON.stringify(worst)} firstFlag(min/med)=${f[0] ?? "-"}/${f[Math.floor(f.length / 2)] ?? "-"} firstFlagQ(min/med)=${fq[0] ?? "-"}/${fq[Math.floor(fq.length / 2)] ?? "-"} maxScore=${s.maxScore.toFixed(3)} actions=${JSON.stringify(s.act)}` +
    (s.wanted ? ` completion wanted=${s.wanted} served=${served} (${(100 * served / s.wanted).toFixed(1)}%: full ${s.full}, degraded ${s.deg}) reqDegraded=${s.reqDeg} reqRefused=${s.reqLost}` : ""));
  if (process.env.REASONS) console.log(`   reasons at max score: ${JSON.stringify(s.last)}`);
  res[grp] = { firstMed: f[Math.floor(f.length / 2)] ?? null, firstQMed: fq[Math.floor(fq.length / 2)] ?? null, keys: keys.length, req: s.req, flagged: fl.length, worst, wanted: s.wanted, served, reqDeg: s.reqDeg, reqLost: s.reqLost };
}
fs.mkdirSync(new URL("./out/", ROUND), { recursive: true }); fs.writeFileSync(new URL(`./out/${name}.summary.json`, ROUND), JSON.stringify(res, null, 1));
