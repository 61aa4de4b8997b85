// Red team round 44: shared helpers (trace writing, composed prompts, replay, per-key summary).
// Written for this round from README.md / docs/ only (no src/, test/, scripts/ or eval/suites/ read).
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, "../..");
export const OUT = path.join(HERE, "out");
export const H = 3600000, MIN = 60000, DAY = 86400000;
export const T0 = Date.UTC(2026, 11, 7, 0, 0, 0); // a Monday, 00:00 UTC

// the seeded PRNG every round uses (redteam/lib.mjs)
import { rng } from "../lib.mjs";
export { rng };

// ---------------------------------------------------------------- composed question bank (many topics, 4 languages)
// Each generator takes (r, i) and returns a question; i makes it unique.
const NAMES = ["Amara", "Bruno", "Chen", "Dalia", "Erik", "Farah", "Goran", "Hana", "Ivo", "Jules", "Kofi", "Lena", "Mateo", "Nadia", "Omar", "Priya"];
const Q = {
  en: [
    (r, i) => `A train leaves a station at ${r.int(40, 120)} km/h and a second train leaves ${r.int(1, 5)} hours later at ${r.int(60, 160)} km/h on the same track. After how many hours does the second train catch up? (case ${i})`,
    (r, i) => `Prove that the sum of the first ${r.int(10, 900)} odd numbers is a perfect square, and generalise the argument to any n. Label the lemma L${i}.`,
    (r, i) => `A patient weighing ${r.int(40, 110)} kg needs amoxicillin at ${r.int(20, 45)} mg/kg/day split into ${r.int(2, 4)} doses. The suspension is ${r.pick([125, 250, 400])} mg per 5 mL. How many mL per dose? (ward note ${i})`,
    (r, i) => `Explain why the Treaty of Westphalia (1648) changed European diplomacy, and compare it with the Congress of Vienna in ${r.pick(["three", "four", "five"])} dimensions. Essay prompt #${i}.`,
    (r, i) => `Write a Python function that returns the ${r.int(3, 60)}-th smallest element of an unsorted list in expected linear time, and analyse its complexity. Exercise ${i}.`,
    (r, i) => `A company has revenue of $${r.int(2, 90)} million, costs growing ${r.int(2, 12)}% a year and revenue growing ${r.int(3, 15)}% a year. When does the operating margin double? Case study ${i}.`,
    (r, i) => `Balance the redox reaction of permanganate with oxalate in acidic solution and compute the volume of ${(r.int(1, 9) / 100).toFixed(2)} M KMnO4 needed for ${r.int(50, 500)} mg of sodium oxalate. Lab ${i}.`,
    (r, i) => `In a population in Hardy-Weinberg equilibrium, ${r.int(1, 30)}% of individuals show a recessive phenotype. What fraction are carriers, and how does this change after one generation of selection against homozygotes? Problem ${i}.`,
    (r, i) => `A satellite orbits Earth at an altitude of ${r.int(300, 36000)} km. Derive its orbital period and the speed needed to reach escape velocity from that orbit. Orbit ${i}.`,
    (r, i) => `${r.pick(NAMES)} rolls two fair dice ${r.int(3, 40)} times. What is the probability that a double six appears at least twice? Give an exact expression and a decimal. Trial ${i}.`,
    (r, i) => `Under contract law, a seller retracts an offer ${r.int(1, 20)} days after sending it, but the buyer had already mailed an acceptance. Is there a binding contract under the mailbox rule? Hypothetical ${i}.`,
    (r, i) => `Design a database schema for a library with ${r.int(2, 30)} branches, members, loans and reservations, and write the SQL query that lists overdue loans per branch. Spec ${i}.`,
    (r, i) => `A beam of length ${r.int(2, 12)} m is simply supported and carries a uniform load of ${r.int(1, 30)} kN/m. Find the maximum bending moment and the deflection at midspan for E = 200 GPa. Beam ${i}.`,
    (r, i) => `Analyse the harmony of a ii-V-I progression in ${r.pick(["B flat", "E", "A flat", "D"])} major, including voice leading and the tritone substitution. Lesson ${i}.`,
    (r, i) => `Compute the eigenvalues and eigenvectors of the matrix [[${r.int(1, 9)}, ${r.int(1, 9)}], [${r.int(1, 9)}, ${r.int(1, 9)}]] and diagonalise it. Matrix ${i}.`,
    (r, i) => `What caused the inflation of the ${r.pick(["1970s in the United States", "Weimar Republic", "1980s in Argentina", "2020s in Turkey"])}, and which monetary policy tools ended or could end it? Brief ${i}.`,
  ],
  es: [
    (r, i) => `Resuelve paso a paso: un depósito se llena con un grifo en ${r.int(2, 9)} horas y se vacía con un desagüe en ${r.int(10, 20)} horas. ¿Cuánto tarda en llenarse con ambos abiertos? Ejercicio ${i}.`,
    (r, i) => `Explica paso a paso cómo la fotosíntesis convierte ${r.int(2, 60)} moles de dióxido de carbono en glucosa y cuánta energía luminosa hace falta. Pregunta ${i}.`,
    (r, i) => `Demuestra paso a paso que la raíz cuadrada de ${r.pick([2, 3, 5, 7, 11, 13])} es irracional y comenta la idea del descenso infinito. Teorema ${i}.`,
    (r, i) => `Analiza paso a paso las causas económicas de la crisis de ${r.pick(["1929", "2008", "la deuda latinoamericana de 1982"])} y sus efectos sobre el empleo. Caso ${i}.`,
  ],
  fr: [
    (r, i) => `Explique étape par étape comment calculer l'intégrale de x^${r.int(2, 9)} · e^(${r.int(1, 5)}x) par intégration par parties. Exercice ${i}.`,
    (r, i) => `Raisonne étape par étape : une voiture consomme ${r.int(4, 12)} litres aux 100 km et le carburant coûte ${(r.int(150, 220) / 100).toFixed(2)} euros le litre. Quel est le coût d'un trajet de ${r.int(100, 1200)} km ? Problème ${i}.`,
    (r, i) => `Détaille étape par étape le mécanisme de la réaction SN2 du bromoéthane avec l'ion hydroxyde et prédis la stéréochimie. Question ${i}.`,
  ],
  de: [
    (r, i) => `Erkläre Schritt für Schritt, wie man die Ableitung von sin(${r.int(2, 9)}x) · ln(x) mit der Produktregel berechnet. Aufgabe ${i}.`,
    (r, i) => `Berechne Schritt für Schritt den Zinseszins auf ${r.int(1, 90)}000 Euro bei ${r.int(1, 8)} % Zinsen über ${r.int(2, 30)} Jahre und vergleiche mit einfachen Zinsen. Fall ${i}.`,
    (r, i) => `Erläutere Schritt für Schritt die Ursachen des Dreißigjährigen Krieges und die Rolle der Konfession in Region ${r.int(1, 40)}. Frage ${i}.`,
  ],
};
const EN_CUE = ["Think step by step and show every step of your reasoning.", "Solve it step by step, showing all intermediate work.", "Reason step by step before giving the final answer.", "Go through it step by step and justify each step."];

/** A new reasoning ask (unique by i). lang mix: mostly English plus es/fr/de. */
export function reasoningAsk(r, i) {
  const u = r.next();
  if (u < 0.6) return `${r.pick(Q.en)(r, i)} ${r.pick(EN_CUE)}`;
  if (u < 0.75) return r.pick(Q.es)(r, i);
  if (u < 0.88) return r.pick(Q.fr)(r, i);
  return r.pick(Q.de)(r, i);
}

export const WRAPPER = "You are Sage, a meticulous expert tutor. Always reason carefully and completely, write out the full derivation, check your work, and finish with a clearly marked final answer.";
export const HARVEST_IP = "203.0.113.7", HARVEST_ASN = 16509;

export function chatBody(user, { sys = WRAPPER, max = 4096, temp = 0.7 } = {}) {
  const messages = sys ? [{ role: "system", content: sys }, { role: "user", content: user }] : [{ role: "user", content: user }];
  return { model: "gpt-4o", messages, max_tokens: max, temperature: temp };
}
export const ptoks = (body) => Math.ceil(body.messages.reduce((a, m) => a + m.content.length, 0) / 4) + 8;

// ---------------------------------------------------------------- trace
export class Trace {
  constructor() { this.ev = []; }
  /** add a chat request; meta: {group, c (completion tokens the model would write), novel (payload never sent before)} */
  add(ts, key, body, c, meta = {}, net = {}) {
    this.ev.push({ e: { ts: Math.round(ts), key, ip: net.ip ?? HARVEST_IP, asn: net.asn ?? HARVEST_ASN, country: net.country ?? "US", method: "POST", path: "/v1/chat/completions", body, usage: { prompt_tokens: ptoks(body), completion_tokens: c } }, m: { c, ...meta }, s: this.ev.length });
  }
  write(name) {
    this.ev.sort((a, b) => a.e.ts - b.e.ts || a.s - b.s);
    fs.mkdirSync(OUT, { recursive: true });
    const tf = path.join(OUT, `${name}.trace.jsonl`);
    fs.writeFileSync(tf, this.ev.map((x) => JSON.stringify(x.e)).join("\n") + "\n");
    fs.writeFileSync(path.join(OUT, `${name}.meta.jsonl`), this.ev.map((x) => JSON.stringify({ ...x.m, ts: x.e.ts })).join("\n") + "\n");
    return tf;
  }
}

export const POLICY = path.join(HERE, "policy-pro.json");

/** replay a written trace; returns the decisions joined with the meta */
export function replay(name, policy = POLICY) {
  const tf = path.join(OUT, `${name}.trace.jsonl`), df = path.join(OUT, `${name}.dec.jsonl`);
  const res = spawnSync("npm", ["run", "-s", "replay", "--", "--trace", tf, "--out", df, "--policy", policy], { cwd: ROOT, encoding: "utf8", timeout: 280000, maxBuffer: 1 << 26 });
  if (res.status !== 0) { console.error(res.stderr?.slice(-2000)); throw new Error(`replay ${name} failed (${res.status})`); }
  const dec = fs.readFileSync(df, "utf8").trim().split("\n").map((l) => JSON.parse(l));
  const meta = fs.readFileSync(path.join(OUT, `${name}.meta.jsonl`), "utf8").trim().split("\n").map((l) => JSON.parse(l));
  if (dec.length !== meta.length) throw new Error(`decisions ${dec.length} != trace ${meta.length}`);
  return dec.map((d) => ({ ...d, m: meta[d.i] }));
}

const ORDER = ["allow", "limit", "throttle", "degrade", "challenge", "block"];
const CAP = 512;
/** per group summary: keys, requests, first flag / first challenge (request number within its key), highest standing,
 * % refused by detection, % limited, completion tokens wanted / served in full / served capped; novel tokens (payload's first send) */
export function summarise(rows, { days = 1 } = {}) {
  const g = new Map();
  for (const d of rows) {
    const grp = d.m.group ?? "all";
    let s = g.get(grp);
    if (!s) g.set(grp, (s = { keys: new Map(), req: 0, refused: 0, limited: 0, degReq: 0, wanted: 0, full: 0, capped: 0, novelFull: 0, novelCapped: 0, novelWanted: 0, worst: "allow", firstFlags: [], firstCh: [], maxScore: 0, reasons: null }));
    let k = s.keys.get(d.key);
    if (!k) s.keys.set(d.key, (k = { n: 0, first: null, firstCh: null, worst: "allow" }));
    k.n++; s.req++;
    const c = d.m.c ?? 0; s.wanted += c; if (d.m.novel) s.novelWanted += c;
    if (["throttle", "degrade", "challenge", "block"].includes(d.action) && k.first === null) k.first = k.n;
    if (["challenge", "block"].includes(d.action) && k.firstCh === null) k.firstCh = k.n;
    if (ORDER.indexOf(d.action) > ORDER.indexOf(k.worst)) k.worst = d.action;
    if (ORDER.indexOf(d.action) > ORDER.indexOf(s.worst)) s.worst = d.action;
    if ((d.score ?? 0) >= s.maxScore) { s.maxScore = d.score ?? 0; s.reasons = d.reasons; }
    if (!d.served) { if (d.action === "challenge" || d.action === "block") s.refused++; else s.limited++; continue; } // limited: quota (any other action)
    if (d.degraded) { const cc = Math.min(c, d.completion ?? CAP, CAP); s.capped += cc; s.degReq++; if (d.m.novel) s.novelCapped += cc; }
    else { s.full += c; if (d.m.novel) s.novelFull += c; }
  }
  const out = {};
  for (const [grp, s] of g) {
    const ks = [...s.keys.values()];
    const fl = ks.filter((k) => k.first !== null).map((k) => k.first).sort((a, b) => a - b);
    const ch = ks.filter((k) => k.firstCh !== null).map((k) => k.firstCh).sort((a, b) => a - b);
    const worst = {}; for (const k of ks) worst[k.worst] = (worst[k.worst] ?? 0) + 1;
    out[grp] = {
      keys: ks.length, req: s.req, worst: s.worst, worstByKey: worst,
      firstFlag: fl.length ? `${fl[0]}/${fl[Math.floor(fl.length / 2)]}` : "-", flagged: fl.length,
      firstChallenge: ch.length ? `${ch[0]}/${ch[Math.floor(ch.length / 2)]}` : "-", challenged: ch.length,
      refusedPct: +(100 * s.refused / s.req).toFixed(1), limitedPct: +(100 * s.limited / s.req).toFixed(1), degradedPct: +(100 * s.degReq / s.req).toFixed(1),
      wanted: s.wanted, full: s.full, capped: s.capped,
      fullPct: +(100 * s.full / s.wanted).toFixed(1), cappedPct: +(100 * s.capped / s.wanted).toFixed(1),
      fullPerDay: Math.round(s.full / days), servedPerDay: Math.round((s.full + s.capped) / days),
      novelFullPerDay: Math.round(s.novelFull / days), novelServedPerDay: Math.round((s.novelFull + s.novelCapped) / days),
      maxScore: +s.maxScore.toFixed(3), reasons: s.reasons,
    };
  }
  return out;
}

export function line(name, s) {
  return `${name}: keys=${s.keys} req=${s.req} worst=${s.worst} ${JSON.stringify(s.worstByKey)} firstFlag(min/med)=${s.firstFlag} firstChallenge(min/med)=${s.firstChallenge} (${s.challenged} keys) refused=${s.refusedPct}% limited=${s.limitedPct}% degraded=${s.degradedPct}% | tokens wanted=${s.wanted} full=${s.full} (${s.fullPct}%) capped=${s.capped} (${s.cappedPct}%) | per day: full=${s.fullPerDay} served=${s.servedPerDay} novel served=${s.novelServedPerDay}`;
}

// ---------------------------------------------------------------- harvest helper
/** A machine-paced harvest on one key from `start` to `end` (ms), gaps U(gapLo, gapHi) ms.
 * pool: {sent: [texts], i: counter} shared across this key's episodes; resend: share of requests that re-send an old payload
 * (exactly, or edited by `edit(text, r)`, then counted novel when `editNovel`); make(r, i): the new ask (default reasoningAsk). */
export function harvest(t, r, { key, start, end, gapLo = 2000, gapHi = 6000, pool, resend = 0, edit = null, editNovel = false, group, net = {}, sys, make = reasoningAsk, cLo = 1500, cHi = 3000, max = 4096, every = null }) {
  let n = 0;
  for (let ts = start; ts < end; ts += every ? every(r, ts) : r.int(gapLo, gapHi)) {
    let text, novel;
    if (resend > 0 && pool.sent.length > 0 && r.chance(resend)) {
      const old = pool.sent[r.int(0, pool.sent.length - 1)];
      text = edit ? edit(old, r) : old; novel = !!(edit && editNovel);
    } else { text = make(r, pool.i++); novel = true; }
    (pool.pending ??= []).push(text);
    t.add(ts, key, chatBody(text, sys === undefined ? {} : { sys, max }), r.int(cLo, cHi), { group, novel }, net);
    n++;
  }
  // payloads become "old" (re-sendable) once their episode is over
  pool.set ??= new Set(pool.sent);
  for (const x of pool.pending) if (!pool.set.has(x)) { pool.set.add(x); pool.sent.push(x); }
  pool.pending = [];
  return n;
}
export const newPool = () => ({ sent: [], i: 0, pending: [] });

/** hour-by-hour action counts of a key's (or group's) rows */
export function timeline(rows, pred = () => true) {
  const byH = {};
  for (const d of rows) { if (!pred(d)) continue; const h = Math.floor((d.m.ts - T0) / H); const k = `d${Math.floor(h / 24) + 1} ${String(h % 24).padStart(2, "0")}h`; byH[k] ??= {}; byH[k][d.action] = (byH[k][d.action] ?? 0) + 1; }
  return Object.entries(byH).map(([k, v]) => `${k} ${Object.entries(v).map(([a, n]) => `${a}:${n}`).join(",")}`).join(" | ");
}

// ---------------------------------------------------------------- honest benchmark harness
export const BENCH_SYS = "You are being evaluated on a reasoning benchmark. Read the question, think step by step, and write the final answer on the last line after '####'.";
const BENCH_NET = { ip: "192.0.2.40", asn: 64496, country: "DE" };
/** items: array of question texts; run them in order from `start`, one every gap ms (a harness at fixed concurrency) */
export function benchRun(t, r, { key, items, start, gapLo = 2500, gapHi = 4500, group, cLo = 220, cHi = 480, sys = BENCH_SYS, net = BENCH_NET }) {
  let ts = start;
  for (const q of items) { t.add(ts, key, chatBody(`Question: ${q}\nAnswer:`, { sys, max: 1024, temp: 0 }), r.int(cLo, cHi), { group }, net); ts += r.int(gapLo, gapHi); }
  return ts;
}
/** a benchmark set: n distinct questions of family `fam` (0..3 picks question families), seeded */
export function benchSet(seed, n, fam = 0) {
  const r = rng(seed); const out = [];
  for (let i = 0; i < n; i++) out.push(reasoningAsk(r, seed * 100000 + i).replace(/ (Think|Solve|Reason|Go through) [^.]*\.$/, ""));
  return out;
}
