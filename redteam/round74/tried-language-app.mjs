// Tried (not a finding: both variants degraded, the known step-by-step tutor class): the same take-back effect in a language-learning app. Learners (Spanish, German, French,
// Portuguese and English interfaces) mostly ask quick grammar checks "step by step", answered in
// 50-100 tokens; a minority ask for a longer step-by-step explanation on a culture/history/science
// reading passage of the lesson (380-900 tokens). Control: the same app whose grammar answers run
// 410-480 tokens (a tip and two extra examples each).
import { rng, diurnalTimes, OFFICE_PROFILE, replay, figures, fmt, usageOf, seedArg, T0 } from "./common.mjs";
import { STEP, longAsk, LONG_SUBJECTS } from "./edu.mjs";

const seed = seedArg();
const KEY = "sk-lingoleap-backend";
const SHARE = Number(process.env.GRAMMAR ?? 0.87);
const SYS = "You are the tutor inside LingoLeap, a language-learning app. Answer in the learner's interface language, correct mistakes kindly, and give one example sentence.";
const VERBS = { es: ["tener", "ir", "hacer", "poder", "decir", "venir", "saber", "querer"], de: ["haben", "sein", "gehen", "werden", "können", "fahren", "sehen", "nehmen"], fr: ["aller", "être", "avoir", "faire", "venir", "prendre", "pouvoir", "vouloir"], pt: ["ter", "ir", "fazer", "poder", "dizer", "vir", "saber", "querer"], en: ["to go", "to be", "to take", "to bring", "to write", "to swim", "to catch", "to teach"] };
const TENSES = { es: ["pretérito indefinido", "imperfecto", "futuro", "subjuntivo presente"], de: ["Perfekt", "Präteritum", "Futur I", "Konjunktiv II"], fr: ["passé composé", "imparfait", "futur simple", "subjonctif présent"], pt: ["pretérito perfeito", "imperfeito", "futuro", "conjuntivo presente"], en: ["past simple", "present perfect", "past participle", "future continuous"] };
function grammar(r, ui, target) {
  const v = r.pick(VERBS[target]), t = r.pick(TENSES[target]), p = r.pick(["1st person singular", "3rd person plural", "2nd person singular", "1st person plural"]);
  const q = {
    en: `How do I conjugate "${v}" in the ${t}, ${p}?`,
    es: `¿Cómo se conjuga "${v}" en ${t}, ${p}?`,
    de: `Wie konjugiere ich "${v}" im ${t}, ${p}?`,
    fr: `Comment conjuguer « ${v} » au ${t}, ${p} ?`,
    pt: `Como conjugar "${v}" no ${t}, ${p}?`,
  }[ui];
  return `${q} ${r.pick(STEP[ui])}.`;
}
function product(variant) {
  const r = rng(seed * 19 + 1), rc = rng(seed * 23 + 2);
  const times = diurnalTimes(r, { days: 5, perDay: 2200, profile: OFFICE_PROFILE, dayFactor: (d) => (d === 3 ? 0 : 1) });
  const lines = [];
  for (const ts of times) {
    const ui = r.weighted([["en", 40], ["es", 20], ["de", 15], ["fr", 15], ["pt", 10]]);
    const target = r.pick(["es", "de", "fr", "pt", "en"].filter((x) => x !== ui));
    let content, comp;
    if (r.chance(SHARE)) {
      content = grammar(r, ui, target);
      const s = rc.int(50, 100), l = rc.int(410, 480);
      comp = variant === "brief" ? s : l;
    } else {
      content = `From today's reading lesson: ${longAsk(r, r.pick(["history", "geography", "biology", "economics", "literature", "astronomy", "music", "physics", "chemistry"]))}`;
      comp = r.int(380, 900);
    }
    const body = { model: "gpt-4.1-mini", max_tokens: 1024, messages: [{ role: "system", content: SYS }, { role: "user", content }] };
    lines.push({ ts, key: KEY, ip: "52.14.3.7", asn: 16509, country: "DE", method: "POST", path: "/v1/chat/completions", body, usage: usageOf(body, comp) });
  }
  return lines;
}
const out = {};
for (const v of ["brief", "wordy"]) {
  const res = replay(`r74-2-${v}-s${seed}`, product(v));
  const f = figures(res, KEY);
  let sn = 0, sd = 0, st = 0, ss = 0, over = 0, overTok = 0, overCut = 0;
  for (const d of res.dec) {
    const l = res.trace[d.i], c = l.usage.completion_tokens, day = Math.floor((l.ts - T0) / 86400000);
    if (day >= 1) { sn++; st += c; if (d.degraded) { sd++; ss += d.completion ?? Math.min(c, 512); } else ss += c; }
    if (c > 512) { over++; overTok += c; if (d.degraded) overCut += c - (d.completion ?? 512); }
  }
  out[v] = { f, steadyPct: 100 * sd / Math.max(1, sn), steadyCut: 100 * (1 - ss / Math.max(1, st)) };
  console.log(`${v.padEnd(6)} ${fmt(f)}`);
  console.log(`       answers over 512: ${over}, their tokens cut ${(100 * overCut / Math.max(1, overTok)).toFixed(1)}%; days 1-4: ${out[v].steadyPct.toFixed(1)}% degraded, ${out[v].steadyCut.toFixed(1)}% of tokens cut; reasons ${JSON.stringify(f.topReasons.slice(0, 3))}`);
}
const ok = out.brief.steadyPct >= 20 && out.wordy.steadyPct < 5 && out.wordy.f.refusedPct === 0;
console.log(ok ? "tried: language app flagged" : "tried: language app (see FINDINGS)");
