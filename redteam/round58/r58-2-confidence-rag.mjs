// R58-2: a help-centre assistant that shows answer confidence. Retrieval-augmented answers
// (3-5 passages in the user turn), and, as OpenAI's "Using logprobs" cookbook shows for
// Q&A confidence and highlighting unsure spans, `logprobs: true, top_logprobs: 5`.
// Many end users of one SaaS on one key, ~20 % follow-ups, 3 days, diurnal Poisson arrivals.
import { rng, arrivals, toks, writePolicy, replaySdk, summarize, show } from "./lib58.mjs";
import { ragAsk } from "./texts58.mjs";

const SYS = "You are the support assistant of Plankton, a project-management app. Answer the customer's question using only the numbered help-centre passages provided. Cite passages like [2]. If the passages do not contain the answer, say so and offer to open a ticket.";

export function gen(seed, params, { answers = [120, 420], key = "sk-plankton-support" } = {}) {
  const r = rng(seed);
  const evs = [];
  const ts = arrivals(r, { hours: 72, peakPerHour: 160, peakUtc: 13, floor: 0.1 });
  for (const t of ts) {
    const a = ragAsk(r);
    const user = `Help-centre passages:\n${a.ctx}\n\nCustomer question: ${a.q}`;
    const messages = [{ role: "system", content: SYS }, { role: "user", content: user }];
    const ans = Math.min(params.max_tokens ?? 4096, r.int(answers[0], answers[1]));
    const ip = `198.51.100.${r.int(10, 13)}`;
    evs.push({ ts: t, key, ip, asn: 64501, country: "IE", method: "POST", path: "/v1/chat/completions", body: { model: "gpt-4o-mini", messages, ...params, temperature: 0.2 }, usage: { prompt_tokens: toks(SYS + user) + 10, completion_tokens: ans } });
    if (r.chance(0.2)) {
      const t2 = t + 25e3 + r.int(0, 90e3);
      const f = r.pick(["Thanks, and how do I do that on mobile?", "That didn't work, what else can I try?", "Can you open a ticket for me?", "¿Y eso cuesta algo extra?", "Danke! Gilt das auch für Gäste?", "ありがとうございます。管理者でなくてもできますか？"]);
      evs.push({ ts: t2, key, ip, asn: 64501, country: "IE", method: "POST", path: "/v1/chat/completions", body: { model: "gpt-4o-mini", messages: [...messages, { role: "assistant", content: "y".repeat(ans * 4) }, { role: "user", content: f }], ...params, temperature: 0.2 }, usage: { prompt_tokens: toks(SYS + user) + ans + 15, completion_tokens: r.int(60, 300) } });
    }
  }
  return evs;
}

const MAIN = import.meta.url === `file://${process.argv[1]}`;
if (MAIN) {
const policy = writePolicy("r58-2");
console.log("R58-2 help-centre assistant with answer confidence (pro tier, 3 days)");
const runs = [
  ["r58-2-top5-budget1024", "logprobs + top_logprobs 5, max_tokens 1024", { logprobs: true, top_logprobs: 5, max_tokens: 1024 }],
  ["r58-2-top5-budget300", "variant: top_logprobs 5 under max_tokens 300 (R50-2's labeller budget)", { logprobs: true, top_logprobs: 5, max_tokens: 300 }],
  ["r58-2-logprobs-only", "control: logprobs true only, max_tokens 1024", { logprobs: true, max_tokens: 1024 }],
];
const res = {};
for (const [name, label, params] of runs) {
  const x = replaySdk(name, gen(5802, params), policy);
  res[name] = summarize(x.decisions, x.events);
  show(label, res[name]);
}
const y = replaySdk("r58-2-top5-budget1024", gen(5802, runs[0][2]), policy, { solve: true });
show("first variant, client helper solving puzzles", summarize(y.decisions, y.events));
const a = res["r58-2-top5-budget1024"];
console.log((a.refused + a.degraded) > 0.5 * a.n ? "REPRODUCED" : "not reproduced");
}
