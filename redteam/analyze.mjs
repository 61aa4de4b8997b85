// node analyze.mjs TRACE.jsonl DECISIONS.jsonl  -> per-label / per-key summary of what was served.
import fs from "node:fs";
const [traceF, decF] = process.argv.slice(2);
const trace = fs.readFileSync(traceF, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const labels = fs.existsSync(traceF.replace(/\.jsonl$/, ".labels.json")) ? JSON.parse(fs.readFileSync(traceF.replace(/\.jsonl$/, ".labels.json"), "utf8")) : {};
const decs = fs.readFileSync(decF, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const T0 = trace[0].ts;
const per = new Map();
for (const d of decs) {
  const e = trace[d.i];
  const k = d.key;
  let s = per.get(k);
  if (!s) per.set(k, (s = { key: k, label: labels[k] ?? "?", req: 0, full: 0, degraded: 0, refused: {}, tokFull: 0, tokDeg: 0, tokAsked: 0, firstFlag: null, firstFlagReasons: null, maxScore: 0, actions: {}, days: new Set(), lastAction: null }));
  s.req++;
  s.days.add(Math.floor((e.ts - T0) / 86400000));
  const c = e.usage?.completion_tokens ?? 0;
  s.tokAsked += c;
  s.actions[d.action] = (s.actions[d.action] ?? 0) + 1;
  s.maxScore = Math.max(s.maxScore, d.score ?? 0);
  s.lastAction = d.action;
  if (d.served && !d.degraded) { s.full++; s.tokFull += c; }
  else if (d.served && d.degraded) { s.degraded++; s.tokDeg += d.completion ?? 0; }
  else s.refused[d.action] = (s.refused[d.action] ?? 0) + 1;
  if (s.firstFlag === null && d.action !== "allow" && d.action !== "limit") { s.firstFlag = s.req; s.firstFlagReasons = d.reasons; }
}
const byLabel = new Map();
for (const s of per.values()) { if (!byLabel.has(s.label)) byLabel.set(s.label, []); byLabel.get(s.label).push(s); }
const verbose = process.env.VERBOSE === "1";
for (const [label, ks] of byLabel) {
  const sum = (f) => ks.reduce((a, s) => a + f(s), 0);
  const days = Math.max(...ks.map((s) => s.days.size));
  const flagged = ks.filter((s) => s.firstFlag !== null).length;
  const acts = {};
  for (const s of ks) for (const [a, n] of Object.entries(s.actions)) acts[a] = (acts[a] ?? 0) + n;
  console.log(`== ${label}: ${ks.length} keys, ${sum((s) => s.req)} req over ${days} d; flagged ${flagged}; actions ${JSON.stringify(acts)}`);
  console.log(`   completion tokens asked ${sum((s) => s.tokAsked)}, served in full ${sum((s) => s.tokFull)} (${(100 * sum((s) => s.tokFull) / Math.max(1, sum((s) => s.tokAsked))).toFixed(1)} %), degraded ${sum((s) => s.tokDeg)}; full tokens per key per day ${Math.round(sum((s) => s.tokFull) / ks.length / days)}; max score ${Math.max(...ks.map((s) => s.maxScore)).toFixed(3)}`);
  const ff = ks.filter((s) => s.firstFlag !== null);
  if (ff.length) console.log(`   first flag at request ${ff.map((s) => s.firstFlag).slice(0, 8).join(",")} reasons ${JSON.stringify(ff[0].firstFlagReasons)}`);
  if (verbose) for (const s of ks) console.log(`   ${s.key} req ${s.req} full ${s.full} deg ${s.degraded} refused ${JSON.stringify(s.refused)} tokFull ${s.tokFull} maxScore ${s.maxScore.toFixed(3)} last ${s.lastAction}`);
}
