// R74-1: a math-first homework helper whose quick arithmetic drills are answered briefly
// (45-95 tokens, "step by step" in the student's words) is degraded on ~99 % of its requests;
// the same product answering its drills wordily (410-480 tokens) is not degraded at all.
// The step-topic take-back (forty-first session) removes the brief drills' math bucket from the
// harvest-shaped topic histogram, so the minority of long answers on other subjects reads as a sweep.
import { rng, diurnalTimes, STUDENT_PROFILE, replay, figures, fmt, usageOf, seedArg, T0 } from "./common.mjs";
import { drill, longAsk, LONG_SUBJECTS } from "./edu.mjs";

const seed = seedArg();
const KEY = "sk-pip-homework";
const DRILL = Number(process.env.DRILL ?? 0.87);
const SYS = "You are Pip, a patient homework helper for students aged 10 to 16. Use simple words and friendly examples, and finish with the final answer in bold.";
const filler = (n) => Array.from({ length: Math.max(1, Math.round(n / 12)) }, (_, i) => `Step ${i + 1}: we look at the numbers and work out the next part carefully.`).join(" ");

function product(variant) {
  const r = rng(seed * 7 + 5); // same asks, times and long answers for both variants
  const rc = rng(seed * 11 + 3); // drill answer sizes
  // days 0-2 served, day 3 silent (the app's servers are down for a day: no traffic), day 4 resumed
  const times = diurnalTimes(r, { days: 5, perDay: 2400, profile: STUDENT_PROFILE, dayFactor: (d) => (d === 3 ? 0 : 1) });
  const lines = [];
  for (const ts of times) {
    const lang = r.weighted([["en", 70], ["es", 12], ["de", 6], ["fr", 6], ["pt", 6]]);
    let content, comp, kind;
    if (r.chance(DRILL)) {
      kind = "drill";
      content = drill(r, lang);
      const shortC = rc.int(45, 95), longC = rc.int(410, 480);
      comp = variant === "brief" ? shortC : longC;
    } else {
      kind = "subject";
      const subj = r.pick(LONG_SUBJECTS);
      content = longAsk(r, subj);
      comp = subj === "algebra" || subj === "statistics" ? r.int(250, 520) : r.int(380, 900);
    }
    const body = { model: "gpt-4.1-mini", max_tokens: 1024, messages: [{ role: "system", content: SYS }, { role: "user", content }] };
    lines.push({ ts, key: KEY, ip: "34.120.1.10", asn: 15169, country: "US", method: "POST", path: "/v1/chat/completions", body, usage: usageOf(body, comp), _kind: kind });
    if (r.chance(0.15)) {
      const fu = { ...body, messages: [...body.messages, { role: "assistant", content: filler(comp) }, { role: "user", content: r.pick(["I don't get step 2, can you explain it differently?", "Why do we do that?", "Can you give me another example like this one?", "ok thanks! what about if the number was bigger?"]) }] };
      lines.push({ ts: ts + r.int(60, 300) * 1000, key: KEY, ip: "34.120.1.10", asn: 15169, country: "US", method: "POST", path: "/v1/chat/completions", body: fu, usage: usageOf(fu, r.int(80, 260)), _kind: "followup" });
    }
  }
  return lines;
}

function detail(res) {
  const f = figures(res, KEY);
  // long answers: those over the degrade cap
  let over = 0, overCut = 0, overTok = 0, d4 = 0, d4n = 0, d4first = null, sn = 0, sd = 0, st = 0, sserved = 0;
  for (const d of res.dec) {
    const l = res.trace[d.i];
    const c = l.usage.completion_tokens;
    const day = Math.floor((l.ts - T0) / 86400000);
    if (day === 4) { d4n++; if (d.degraded) { d4++; if (d4first === null) d4first = (l.ts - (T0 + 4 * 86400000)) / 3600000; } }
    if (day >= 1) { sn++; st += c; if (d.degraded) { sd++; sserved += d.completion ?? Math.min(c, 512); } else sserved += c; }
    if (c > 512) { over++; overTok += c; if (d.degraded) overCut += c - (d.completion ?? 512); }
  }
  return { f, over, overCutPct: 100 * overCut / Math.max(1, overTok), day4Pct: 100 * d4 / Math.max(1, d4n), day4first: d4first, steadyPct: 100 * sd / Math.max(1, sn), steadyCutPct: 100 * (1 - sserved / Math.max(1, st)) };
}

const out = {};
for (const v of ["brief", "wordy"]) {
  const lines = product(v).map(({ _kind, ...l }) => l);
  out[v] = detail(replay(`r74-1-${v}-s${seed}`, lines));
  const o = out[v];
  console.log(`${v.padEnd(6)} ${fmt(o.f)}`);
  console.log(`       answers over 512 tokens: ${o.over}, their tokens cut ${o.overCutPct.toFixed(1)}%; day 4 (after a silent day 3): ${o.day4Pct.toFixed(1)}% degraded, first at ${o.day4first == null ? "-" : o.day4first.toFixed(1) + "h"}`);
  console.log(`       days 1-4 (after the key's first day): ${o.steadyPct.toFixed(1)}% degraded, ${o.steadyCutPct.toFixed(1)}% of answer tokens cut`);
  console.log(`       top reasons: ${JSON.stringify(o.f.topReasons.slice(0, 3))}`);
}
const a = out.brief.f, c = out.wordy.f;
// criterion on days 1-4: a fresh key's first hours can be degraded at some seeds for both variants
const ok = (out.brief.steadyPct >= 20 || a.refusedPct > 0) && out.wordy.steadyPct < 5 && c.refusedPct === 0;
console.log(ok ? "R74-1 REPRODUCED" : "R74-1 not reproduced");
