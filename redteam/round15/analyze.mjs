// node analyze.mjs NAME : (round 15 (round 12 analyze.mjs, trimmed): per group keys, flagged, worst action, first flag, tokens served
// per group: keys, flagged (any action other than allow/limit), worst action per key,
// completion tokens wanted / served in full / served degraded (capped at 512), reasons at the highest score.
import fs from "node:fs";
const name = process.argv[2];
const dec = fs.readFileSync(new URL(`./out/${name}.dec.jsonl`, import.meta.url), "utf8").trim().split("\n").map((l) => JSON.parse(l));
const meta = fs.readFileSync(new URL(`./traces/${name}.meta.jsonl`, import.meta.url), "utf8").trim().split("\n").map((l) => JSON.parse(l));
// R11: a background ask whose retrieval (same bid) was refused yields nothing, however its POST was decided
const lostBid = new Set(); for (const d of dec) { const m = meta[d.i]; if (m.bid && m.fetch && !d.served) lostBid.add(m.bid); }
const ORDER = ["allow", "limit", "throttle", "degrade", "challenge", "block"];
const g = new Map(); const res = {};
for (const d of dec) {
  const m = meta[d.i]; const grp = m.group;
  let s = g.get(grp); if (!s) { s = { keys: new Map(), req: 0, act: {}, full: 0, deg: 0, wanted: 0, maxScore: 0, reqLost: 0, reqDeg: 0, cohortKeys: new Set(), flagBy: {} }; g.set(grp, s); }
  let k = s.keys.get(d.key); if (!k) { k = { n: 0, first: null, worst: "allow" }; s.keys.set(d.key, k); }
  k.n++; s.req++; s.act[d.action] = (s.act[d.action] ?? 0) + 1;
  const want = m.warm ? 0 : (m.c ?? 0); s.wanted += want;
  if ((d.reasons ?? []).some((x) => /cohort/i.test(x))) s.cohortKeys.add(d.key);
  if (["throttle", "degrade", "challenge", "block"].includes(d.action)) { // which cross-key evidence the flagged decision carried
    const rs = d.reasons ?? []; const tag = (rs.some((x) => /\[cohort/.test(x)) ? "cohort" : "") + (rs.some((x) => /\[linkage/.test(x)) ? "+linkage" : ""); const kk = tag || "own";
    s.flagBy[kk] = (s.flagBy[kk] ?? 0) + 1;
    if (k.first === null) k.first = k.n; }
  if (ORDER.indexOf(d.action) > ORDER.indexOf(k.worst)) k.worst = d.action;
  if (m.bid && m.h && lostBid.has(m.bid)) s.reqLost++; else if (d.served && !d.degraded) s.full += want; else if (d.served && d.degraded) { s.deg += m.items && !m.warm ? m.items.reduce((a, c) => a + Math.min(c, 512), 0) : Math.min(want, 512); s.reqDeg++; } else s.reqLost++;
  if ((d.score ?? 0) >= s.maxScore) { s.maxScore = d.score ?? 0; s.last = d.reasons; }
}
for (const [grp, s] of g) {
  const keys = [...s.keys.values()]; const fl = keys.filter((k) => k.first !== null);
  const worst = {}; for (const k of keys) worst[k.worst] = (worst[k.worst] ?? 0) + 1;
  const firsts = fl.map((k) => k.first).sort((a, b) => a - b);
  const served = s.full + s.deg;
  console.log(`${name} [${grp}] keys=${keys.length} req=${s.req} flagged=${fl.length}/${keys.length} worst=${JSON.stringify(worst)} firstFlag(min/med)=${firsts[0] ?? "-"}/${firsts[Math.floor(firsts.length / 2)] ?? "-"} cohortReasonKeys=${s.cohortKeys.size} flaggedDecisionsBy=${JSON.stringify(s.flagBy)} maxScore=${s.maxScore.toFixed(3)}` +
    (s.wanted ? ` completion wanted=${s.wanted} served=${served} (${(100 * served / s.wanted).toFixed(1)}%: full ${s.full}, degraded ${s.deg}) reqDegraded=${s.reqDeg} reqRefused=${s.reqLost}` : ""));
  if (process.env.REASONS) console.log(`   reasons at max score: ${JSON.stringify(s.last)}`);
  res[grp] = { keys: keys.length, req: s.req, flagged: fl.length, worst, cohortKeys: s.cohortKeys.size, flagBy: s.flagBy, wanted: s.wanted, served, full: s.full, deg: s.deg, reqDeg: s.reqDeg, reqLost: s.reqLost };
}
fs.mkdirSync(new URL("./out/", import.meta.url), { recursive: true });
fs.writeFileSync(new URL(`./out/${name}.summary.json`, import.meta.url), JSON.stringify(res, null, 1));
