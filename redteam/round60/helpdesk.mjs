// "Helpwise": a SaaS help-centre assistant (RAG over the customer's own articles) on gpt-4.1-mini.
// Each request: a fixed system prompt, 3-5 retrieved article passages, the end user's question;
// answers 120-420 tokens. Phase A: the product shows answer confidence (logprobs, top_logprobs 5).
// Phase B: the product drops confidence from the end-user UI; the support team keeps it in an
// internal "debug view" that re-asks a handful of tickets a day with top_logprobs (variant).
import { rng, sessionStarts, toks, T0 } from "./lib.mjs";

const SYSTEM = "You are the help-centre assistant of Helpwise. Answer only from the articles provided. " +
  "Quote the article title you used. If the articles do not answer the question, say so and offer to open a ticket.";
const TOPICS = ["password reset", "two-factor authentication", "invoice download", "seat management", "SAML single sign-on",
  "export to CSV", "webhook retries", "API rate limits", "data retention", "calendar sync", "mobile notifications",
  "refund policy", "custom domains", "audit logs", "team permissions", "Zapier integration", "GDPR data request"];
const LANG_Q = [
  (t, n) => `How do I set up ${t} for my team of ${n} people?`,
  (t, n) => `${t} stopped working after yesterday's update, error code ${n}. What should I do?`,
  (t) => `Is ${t} available on the Starter plan?`,
  (t, n) => `¿Cómo configuro ${t}? Tenemos ${n} usuarios.`,
  (t) => `Wo finde ich die Einstellungen für ${t}?`,
  (t, n) => `Comment activer ${t} pour ${n} comptes ?`,
];
function passage(r, t, i) {
  const s = [`Article ${i}: ${t} (updated ${r.int(1, 28)}.${r.int(1, 12)}.2026).`, `To use ${t}, open Settings and choose the ${t} section.`,
    "Only workspace owners and admins can change this setting.", "Changes take effect within five minutes for all members.",
    "If you see an error, sign out, clear the cache and sign in again.", "Enterprise plans can enforce this for every member.",
    `The ${t} feature is documented in the API reference under /v2/settings.`, "Contact support with the request id if the problem persists."];
  const out = [];
  for (let k = 0; k < 14; k++) out.push(r.pick(s));
  return out.join(" ");
}

// phaseBStartDay: day on which confidence leaves the end-user UI; debugPerDay: internal debug
// re-asks a day with top_logprobs after that.
export function helpdesk({ seed = 61, days = 4, perDay = 650, phaseBStartDay = 1, debugPerDay = 0, key = "sk-helpwise-prod-19c2" } = {}) {
  const r = rng(seed);
  const lines = [];
  const starts = sessionStarts(r, days, perDay);
  const changeTs = T0 + phaseBStartDay * 86400000 + 9 * 3600000; // the release, at 09:00
  for (const ts of starts) {
    const t = r.pick(TOPICS);
    const q = r.pick(LANG_Q)(t, r.int(2, 4000));
    const k = r.int(3, 5);
    const ctx = Array.from({ length: k }, (_, i) => passage(r, r.chance(0.6) ? t : r.pick(TOPICS), i + 1)).join("\n\n");
    const content = `Articles:\n${ctx}\n\nQuestion: ${q}`;
    const visible = Math.round(Math.min(1300, Math.max(90, r.logn(300, 0.5)))); // setup guides run longer
    const confidence = ts < changeTs;
    const body = { model: "gpt-4.1-mini", messages: [{ role: "system", content: SYSTEM }, { role: "user", content }], max_tokens: 1500, temperature: 0.2 };
    if (confidence) { body.logprobs = true; body.top_logprobs = 5; }
    lines.push({ ts, key, ip: "198.51.100.20", asn: 64501, country: "IE", method: "POST", path: "/v1/chat/completions", body,
      usage: { prompt_tokens: toks(SYSTEM) + toks(content) + 12, completion_tokens: visible }, meta: { kind: confidence ? "confidence" : "product", visible } });
  }
  // the support team's debug view: re-asks a ticket with confidence, business hours, after the change
  if (debugPerDay > 0) {
    for (let d = phaseBStartDay; d < days; d++) {
      for (let j = 0; j < debugPerDay; j++) {
        const ts = T0 + d * 86400000 + (9 + r.int(0, 8)) * 3600000 + r.int(0, 3599999);
        if (ts < changeTs) continue;
        const t = r.pick(TOPICS);
        const content = `Articles:\n${passage(r, t, 1)}\n\n${passage(r, t, 2)}\n\nQuestion: ${r.pick(LANG_Q)(t, r.int(2, 4000))}`;
        lines.push({ ts, key, ip: "198.51.100.20", asn: 64501, country: "IE", method: "POST", path: "/v1/chat/completions",
          body: { model: "gpt-4.1-mini", messages: [{ role: "system", content: SYSTEM }, { role: "user", content }], max_tokens: 1500, temperature: 0.2, logprobs: true, top_logprobs: 5 },
          usage: { prompt_tokens: toks(SYSTEM) + toks(content) + 12, completion_tokens: r.int(120, 420) }, meta: { kind: "debug", visible: 300 } });
      }
    }
  }
  return { lines: lines.sort((a, b) => a.ts - b.ts), changeTs };
}
