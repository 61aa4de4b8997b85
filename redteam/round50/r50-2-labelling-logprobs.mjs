// R50-2: a trust & safety labelling vendor: multilingual posts, a short rationale then the label, logprobs
// (top_logprobs 5) to calibrate its confidence; round the clock. Variant (b): the same pipeline on a key whose
// rpm it sometimes bursts over, with a retry helper that waits 250 ms on a 429 (tenacity-style fixed backoff).
import { rng, tok, chatUsage, runReplay, summarize, PRO } from "./lib50.mjs";
import { post } from "./posts.mjs";

const SYS = `You are a content moderation labeller for a social platform. Classify the post into exactly one label:
SAFE, SPAM, HARASSMENT, HATE, SELF_HARM, SEXUAL, VIOLENCE, SCAM, POLITICAL_OK, COMMERCIAL_OK.
Guidelines: political opinions, even rude ones, are POLITICAL_OK unless they target a protected group. Private sales are COMMERCIAL_OK
unless they link to external payment or prize pages (SCAM). Insults aimed at a person are HARASSMENT. Posts in any language.
Output JSON only: {"rationale": "<one or two sentences in English>", "label": "<LABEL>"}. The rationale comes first.`;

function build(seed, key, { hours, perSec, rpmLimit, retryMs }) {
  const r = rng(seed);
  const out = [];
  const t0 = Date.UTC(2026, 2, 3, 0, 0, 0);
  let t = t0;
  let bucket = rpmLimit ?? 0, last = t0;
  while (t < t0 + hours * 3600000) {
    // queue drains in bursts: 15 s bursts of several posts, then a pause
    t += r() < 0.2 ? r.int(2000, 30000) : Math.round(-Math.log(1 - r()) / perSec * 1000);
    const p = post(r);
    const body = { model: "gpt-4o-mini", temperature: 0, max_tokens: 300, logprobs: true, top_logprobs: 5, response_format: { type: "json_object" },
      messages: [{ role: "system", content: SYS }, { role: "user", content: `Post (id ${r.int(1e8, 9e8)}):\n${p.text}` }] };
    const line = { ts: t, key, ip: "34.90.12.7", asn: 396982, country: "NL", method: "POST", path: "/v1/chat/completions", body, usage: chatUsage(body, r.int(38, 95)) };
    out.push(line);
    if (rpmLimit) { // predict the 429 and the client's early retry
      bucket = Math.min(rpmLimit, bucket + (t - last) / 60000 * rpmLimit); last = t;
      if (bucket >= 1) bucket -= 1;
      else { out.push({ ...line, ts: t + retryMs }); t += retryMs; }
    }
  }
  return out;
}
const a = runReplay("r50-2a", build(601, "tns-labeller", { hours: 36, perSec: 0.5 }), PRO);
const ta = summarize("R50-2a multilingual moderation labelling with logprobs (top_logprobs 5, max_tokens 300), 36 h", a, { labeller: () => true });
const policyB = { defaults: { rpm: 60, tpm: 2000000, tpd: 50000000, concurrency: 64 } };
const b = runReplay("r50-2b", build(602, "tns-labeller-retry", { hours: 36, perSec: 1.1, rpmLimit: 60, retryMs: 250 }), policyB);
const tb = summarize("R50-2b the same at rpm 60, bursting over it, retry helper waiting 250 ms on a 429", b, { "labeller+retry": () => true });
const bad = ta.labeller.chal + ta.labeller.block + tb["labeller+retry"].chal + tb["labeller+retry"].block;
console.log(bad > 0 ? "REPRODUCED (honest labelling pipeline challenged/blocked)" : ta.labeller.deg > ta.labeller.n / 2 ? "REPRODUCED (degraded: logprobs removed, calibration broken)" : "not reproduced");
