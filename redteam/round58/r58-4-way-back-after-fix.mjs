// R58-4: the way back for a customer who reads `x-guard-policy: degraded` and changes its own
// product (README: "without the helper, read x-guard-policy: degraded"; the standing "decays").
// (a) R58-2's help-centre assistant runs one day with top_logprobs 5, then drops
//     top_logprobs/logprobs entirely (loses its confidence feature) for three more days;
// (b) R58-3's tutor runs one day at reasoning_effort high, then moves to gpt-4o-mini for three days.
// The same traffic after the change, on a fresh key, is the control: it is served in full.
// We measure how many requests after the change are still degraded, and for how long.
import { writePolicy, replaySdk, summarize, show, T0 } from "./lib58.mjs";
import { gen as genRag } from "./r58-2-confidence-rag.mjs";
import { gen as genTutor } from "./r58-3-reasoning-model-degrade.mjs";

const DAY = 86400e3;
function shift(evs, days) { return evs.map((e) => ({ ...e, ts: e.ts + days * DAY })); }
function report(label, x, changeAt) {
  const after = { n: 0, deg: 0, last: null, cut: 0 };
  x.decisions.forEach((d, i) => { const e = x.events[i]; if (e.ts < changeAt) return; after.n++; if (d.degraded || !d.served) { after.deg++; after.last = e.ts; } if (d.degraded && d.completion != null && e.usage?.completion_tokens > d.completion) after.cut++; });
  const hrs = after.last ? ((after.last - changeAt) / 3600e3).toFixed(1) : "0";
  console.log(`  ${label}: after the change ${after.n} requests, ${after.deg} still degraded or refused (answers cut at 512: ${after.cut}); last one ${hrs} h after the change`);
  return after;
}

const policy = writePolicy("r58-4");
console.log("R58-4 the way back after the customer changes its product (pro tier)");
// (a) RAG: day 0 with top_logprobs 5, days 1-3 without logprobs
const day0 = genRag(5851, { logprobs: true, top_logprobs: 5, max_tokens: 1024 }).filter((e) => e.ts < T0 + DAY);
const later = genRag(5852, { max_tokens: 1024 }).filter((e) => e.ts < T0 + 3 * DAY).map((e) => ({ ...e, ts: e.ts + DAY }));
const xa = replaySdk("r58-4a-rag-drops-logprobs", [...day0, ...later], policy);
show("(a) help-centre assistant, whole run", summarize(xa.decisions, xa.events));
const ra = report("(a)", xa, T0 + DAY);
const ca = replaySdk("r58-4a-control-fresh-key", later.map((e) => ({ ...e, key: "sk-plankton-support-new" })), policy);
show("(a) control: the changed traffic on a new key", summarize(ca.decisions, ca.events));
// (b) tutor: day 0 effort high, days 1-3 on gpt-4o-mini
const t0 = genTutor(5853, { effort: "high" }).filter((e) => e.ts < T0 + DAY);
const t1 = shift(genTutor(5854, { model: "gpt-4o-mini", effort: "low", cap: 1024 }), 1).concat(shift(genTutor(5855, { model: "gpt-4o-mini", effort: "low", cap: 1024 }), 3).filter((e) => e.ts < T0 + 4 * DAY));
for (const e of t1) { delete e.body.reasoning_effort; e.body.max_tokens = e.body.max_completion_tokens; delete e.body.max_completion_tokens; e.usage.completion_tokens = e._meta.visible; delete e.usage.completion_tokens_details; e._meta = null; }
const xb = replaySdk("r58-4b-tutor-switches-model", [...t0, ...t1], policy);
show("(b) tutor, whole run", summarize(xb.decisions, xb.events));
const rb = report("(b)", xb, T0 + DAY);
const cb = replaySdk("r58-4b-control-fresh-key", t1.map((e) => ({ ...e, key: "sk-mathly-new" })), policy);
show("(b) control: the changed traffic on a new key", summarize(cb.decisions, cb.events));
console.log(ra.deg > 200 || rb.deg > 200 ? "REPRODUCED" : "not reproduced");
