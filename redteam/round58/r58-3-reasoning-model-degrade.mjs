// R58-3: a math and science help app on an OpenAI reasoning model (o4-mini), single questions
// from students in eight languages, no "step by step" in words: the app relies on the model's
// reasoning (`reasoning_effort` "high", `max_completion_tokens` 16,000, OpenAI's advice is to
// leave ~25,000 for reasoning). Round the clock, diurnal, ~25 % follow-ups, 2 days.
// Degrade caps `max_completion_tokens` at 512, and on a reasoning model that cap includes the
// hidden reasoning: we count, for each degraded request, whether the answer survives the cap
// at effort "low" (modelled: low effort reasons ~30 % of what high did and ~50 % of what medium did, OpenAI's guidance that
// effort trades reasoning tokens; visible answer as in the trace).
import { rng, arrivals, toks, writePolicy, replaySdk, summarize, show } from "./lib58.mjs";
import { question } from "./texts58.mjs";

const SYS = "You are Mathly, a friendly tutor for secondary-school students. Give the final answer clearly, then a short explanation a 14-year-old can follow. Answer in the student's language.";

export function gen(seed, { model = "o4-mini", effort = "high", cap = 16000, key = "sk-mathly-prod" } = {}) {
  const r = rng(seed);
  const evs = [];
  const ts = [...arrivals(r, { hours: 48, peakPerHour: 110, peakUtc: 16 }), ...arrivals(r, { hours: 48, peakPerHour: 60, peakUtc: 7 })].sort((a, b) => a - b);
  for (const t of ts) {
    const q = question(r);
    const visible = r.int(180, 520);
    const reasoning = effort === "high" ? r.int(900, 7000) : effort === "medium" ? r.int(400, 3000) : r.int(120, 900);
    const messages = [{ role: "developer", content: SYS }, { role: "user", content: q.text }];
    const body = { model, messages, max_completion_tokens: cap, reasoning_effort: effort, user: `stu-${r.int(1, 30000)}` };
    evs.push({ ts: t, key, ip: `203.0.113.${r.int(20, 23)}`, asn: 64503, country: "US", method: "POST", path: "/v1/chat/completions", body, usage: { prompt_tokens: toks(SYS + q.text) + 12, completion_tokens: visible + reasoning, completion_tokens_details: { reasoning_tokens: reasoning } }, _meta: { visible, reasoning, effort } });
    if (r.chance(0.25)) {
      const f = r.pick(["I don't get the second step, can you explain it differently?", "Why do we divide there?", "¿Puedes darme otro ejemplo parecido?", "Kannst du das einfacher erklären?", "为什么要这样做？"]);
      const v2 = r.int(120, 380), rs2 = Math.round(reasoning * 0.4);
      evs.push({ ts: t + r.int(45e3, 240e3), key, ip: `203.0.113.${r.int(20, 23)}`, asn: 64503, country: "US", method: "POST", path: "/v1/chat/completions", body: { ...body, messages: [...messages, { role: "assistant", content: "z".repeat(visible * 4) }, { role: "user", content: f }] }, usage: { prompt_tokens: toks(SYS + q.text + f) + visible + 20, completion_tokens: v2 + rs2, completion_tokens_details: { reasoning_tokens: rs2 } }, _meta: { visible: v2, reasoning: rs2, effort } });
    }
  }
  return evs;
}

function degradeDamage(x) {
  let deg = 0, empty = 0, cut = 0;
  x.decisions.forEach((d, i) => {
    if (!d.degraded) return;
    deg++;
    const m = x.events[i]._meta; if (!m) return;
    const lowReasoning = Math.round(m.reasoning * (m.effort === "medium" ? 0.5 : m.effort === "low" ? 1 : 0.3));
    if (lowReasoning >= 512) empty++; else if (lowReasoning + m.visible > 512) cut++;
  });
  return { deg, empty, cut };
}

const MAIN = import.meta.url === `file://${process.argv[1]}`;
if (MAIN) {
const policy = writePolicy("r58-3");
console.log("R58-3 reasoning-model tutor (o4-mini), pro tier, 2 days");
const out = {};
for (const [name, opts, label] of [
  ["r58-3-effort-high", { effort: "high" }, "reasoning_effort high, max_completion_tokens 16,000"],
  ["r58-3-effort-medium", { effort: "medium", cap: 8000 }, "reasoning_effort medium (the API default), max_completion_tokens 8,000"],
  ["r58-3-effort-low", { effort: "low", cap: 4000 }, "o4-mini at reasoning_effort low, max_completion_tokens 4,000 (what a customer tries next)"],
  ["r58-3-control-gpt4o", { model: "gpt-4o-mini", effort: "low", cap: 1024 }, "control: the same app on gpt-4o-mini (no reasoning model), max_tokens 1,024"],
]) {
  const evs = gen(5804, opts);
  if (opts.model === "gpt-4o-mini") evs.forEach((e) => { delete e.body.reasoning_effort; e.body.max_tokens = e.body.max_completion_tokens; delete e.body.max_completion_tokens; e.usage.completion_tokens = e._meta.visible; delete e.usage.completion_tokens_details; e._meta = null; });
  const x = replaySdk(name, evs, policy);
  const s = summarize(x.decisions, x.events);
  show(label, s);
  const dmg = degradeDamage(x);
  console.log(`      degraded ${dmg.deg}: modelled at effort low under the 512 cap, answer empty (reasoning alone >= 512) ${dmg.empty}, visible answer cut ${dmg.cut}`);
  out[name] = { s, dmg };
}
const a = out["r58-3-effort-high"];
console.log(a.s.degraded > 0.3 * a.s.n && a.dmg.empty > 0.1 * a.s.degraded ? "REPRODUCED" : "not reproduced");
}
