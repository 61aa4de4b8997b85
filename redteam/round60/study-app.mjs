// "StudyMate": a multilingual homework / study assistant backend on one key (the shape of an
// honest consumer product). Students open sessions at diurnal times, ask a question, and 0-3
// follow-ups come 30-240 s after each answer. Variants differ only in the API, model and the
// reasoning parameters the app sends (what the official SDK sends: nothing added).
import { rng, sessionStarts, toks, answerText } from "./lib.mjs";
import { Q, FOLLOW, ANS, pickLang, fill } from "./text.mjs";

const SYSTEM = "You are StudyMate, a friendly study assistant for secondary-school and university students. " +
  "Answer in the language of the question. Be correct and clear, show the working where it helps, " +
  "and keep answers short enough to read on a phone. Never write a student's graded work for them; " +
  "explain instead. If a question is ambiguous, say which reading you chose.";

// variant: { api: "chat"|"responses", model, effort (undefined = not sent), summary, shown, maxOut,
//            reasoningMult: [lo, hi] hidden reasoning over visible answer (0 = a model that does not reason) }
export function studyApp(variant, { seed = 60, days = 3, perDay = 420, key = "sk-studymate-prod-7f3a" } = {}) {
  const r = rng(seed);
  const lines = [];
  const starts = sessionStarts(r, days, perDay);
  let rid = 0;
  for (const t0 of starts) {
    const lang = pickLang(r);
    const turns = 1 + (r.chance(0.45) ? r.int(1, 3) : 0);
    const ip = `203.0.113.${r.int(2, 250)}`; // the app's backend egress: one /24
    let ts = t0;
    const hist = [];
    let prevId = null;
    let histTok = 0;
    for (let t = 0; t < turns; t++) {
      const user = t === 0 ? fill(r, r.pick(Q[lang])) : fill(r, r.pick(FOLLOW[lang]));
      const visible = Math.round(Math.min(1400, Math.max(60, r.logn(t === 0 ? 330 : 200, 0.45))));
      const [lo, hi] = variant.reasoningMult;
      const reasoning = hi > 0 ? Math.round(visible * (lo + (hi - lo) * r() * r())) : 0; // skewed: mostly 1-4x, sometimes up to hi
      const prompt = toks(SYSTEM) + histTok + toks(user) + 8 * (hist.length + 2);
      const usage = { prompt_tokens: prompt, completion_tokens: visible + reasoning };
      if (reasoning > 0) usage.completion_tokens_details = { reasoning_tokens: reasoning };
      let body, path;
      if (variant.api === "chat") {
        path = "/v1/chat/completions";
        body = { model: variant.model, messages: [{ role: variant.devRole ? "developer" : "system", content: SYSTEM }, ...hist, { role: "user", content: user }] };
        if (variant.maxOut) body[variant.maxField || "max_completion_tokens"] = variant.maxOut;
        if (variant.effort) body.reasoning_effort = variant.effort;
        if (variant.stream) { body.stream = true; body.stream_options = { include_usage: true }; }
      } else {
        path = "/v1/responses";
        body = { model: variant.model, instructions: SYSTEM, input: user };
        if (prevId) body.previous_response_id = prevId;
        if (variant.maxOut) body.max_output_tokens = variant.maxOut;
        if (variant.effort || variant.summary) {
          body.reasoning = {};
          if (variant.effort) body.reasoning.effort = variant.effort;
          if (variant.summary) body.reasoning.summary = variant.summary;
        }
      }
      const line = { ts, key, ip, asn: 64500, country: "DE", method: "POST", path, body, usage };
      if (variant.api === "responses") { line.response_id = `resp_sm_${seed}_${++rid}`; prevId = line.response_id; }
      if (variant.shown && reasoning > 0) line.reasoning_shown = true;
      line.meta = { visible, reasoning, turn: t };
      lines.push(line);
      const ans = answerText(r, ANS[lang], visible);
      if (variant.api === "chat") { hist.push({ role: "user", content: user }, { role: "assistant", content: ans }); }
      histTok += toks(user) + visible;
      // the student reads the answer (the model took ~ (visible + reasoning) / 80 s to write it) and types
      ts += Math.round(((visible + reasoning) / 80) * 1000 + r.int(30, 240) * 1000);
    }
  }
  return lines;
}

// Visible answer tokens the client could get from a degraded line: the replay's `completion` is the
// trace's completion capped at the degraded request's cap; the hidden reasoning is written first.
export function visibleServed(line, d) {
  const vis = line.meta?.visible ?? line.usage?.completion_tokens ?? 0;
  if (!d.served) return 0;
  if (!d.degraded) return vis;
  const cap = d.completion ?? line.usage.completion_tokens;
  const reasoning = line.meta?.reasoningDegraded ?? line.meta?.reasoning ?? 0;
  return Math.max(0, Math.min(vis, cap - reasoning));
}
