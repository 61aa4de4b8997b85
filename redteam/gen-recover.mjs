// Goal 2: how fast does a flagged key get back to allow? Phase 1: naive harvest until well past the
// challenge (N1 requests, machine pace). Phase 2: cheap cover traffic (unique short multi-turn chats,
// max_tokens 40) at a pace under the throttled rpm. A harvest "probe" request is sent every 5 minutes
// in phase 2 to read the standing. node gen-recover.mjs OUT.jsonl N1 coverPerMin phase2Hours seed
import { rng, corpus, stripTemplate, Trace, T0 } from "./lib.mjs";
const [out, n1A = "200", cpmA = "12", hA = "6", seedA = "1"] = process.argv.slice(2);
const r = rng(Number(seedA));
const payloads = corpus("distill_gsm8k_cot").map((x) => stripTemplate(x.text));
const chat = [...corpus("benign_hh_harmless_base"), ...corpus("benign_customer_support")].map((x) => x.text);
const trace = new Trace();
const key = "sk-rt-recover-" + seedA;
let t = T0 + 9 * 3600000, seq = 0;
const base = { ip: "203.0.113.7", asn: 64501, country: "US", method: "POST", path: "/v1/chat/completions" };
for (let i = 0; i < Number(n1A); i++, t += 4000) {
  const body = { model: "gpt-4o", max_tokens: 4096, messages: [{ role: "system", content: "You are an expert tutor. Think step by step and give a complete, detailed answer to every question." }, { role: "user", content: r.pick(payloads) }] };
  trace.add({ ts: t, seq: seq++, key, label: "phase1-harvest", ...base, body, usage: { prompt_tokens: 200, completion_tokens: r.int(1200, 3000) } });
}
const end = t + Number(hA) * 3600000;
let nextProbe = t + 300000;
const gap = 60000 / Number(cpmA);
while (t < end) {
  t += Math.round(gap * (0.6 + 0.8 * r.next()));
  if (t >= nextProbe) {
    nextProbe += 300000;
    const body = { model: "gpt-4o", max_tokens: 4096, messages: [{ role: "user", content: r.pick(chat) }, { role: "assistant", content: "Sure, tell me more." }, { role: "user", content: r.pick(payloads) }] };
    trace.add({ ts: t, seq: seq++, key, label: "probe", ...base, body, usage: { prompt_tokens: 200, completion_tokens: 2000 } });
    continue;
  }
  const body = { model: "gpt-4o-mini", max_tokens: 40, messages: [{ role: "user", content: r.pick(chat) }, { role: "assistant", content: "Could you tell me a bit more?" }, { role: "user", content: r.pick(chat) }] };
  trace.add({ ts: t, seq: seq++, key, label: "cover", ...base, body, usage: { prompt_tokens: 40, completion_tokens: r.int(10, 40) } });
}
trace.write(out);
