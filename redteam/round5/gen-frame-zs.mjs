// Framing a zero-shot classification SaaS: its backend key classifies customers' texts with max_tokens 1 and a
// logit_bias restricting the answer to the label tokens of the customer's label set (40 customers' label sets).
// The attacker is one more customer: it submits a few texts, each with a fresh label set (the SaaS builds the map
// from the labels), which to the guard is bias maps rotated over the same prompts.
// node gen-frame-zs.mjs NAME HONEST_PER_DAY ATTACK_PER_DAY HOURS ATTACK_FROM_H ATTACK_TO_H SEED
import { rng, pick, int, T0, filler, sortWrite } from "./lib.mjs";
const [name, hA = "1000", aA = "2000", hoursA = "48", fromA = "0", toA = "24", seedA = "1"] = process.argv.slice(2);
const H = +hoursA, seed = +seedA; const r = rng(seed); const ev = [], meta = [];
const key = `sk-r5-zeroshot-${seed}`; const ip = "35.201.4.77";
const labelMap = (n) => { const o = {}; for (let j = 0; j < n; j++) o[String(int(r, 200, 90000))] = 100; return o; };
const customerSets = Array.from({ length: 40 }, () => labelMap(int(r, 2, 6)));
const SYS = "You are a zero-shot text classifier. Answer with exactly one of the candidate labels.";
const push = (t, role, q, lb) => { ev.push({ ts: t, key, ip, asn: 396982, country: "US", method: "POST", path: "/v1/chat/completions", body: { model: "gpt-4o-mini", messages: [{ role: "system", content: SYS }, { role: "user", content: q }], max_tokens: 1, temperature: 0, logit_bias: lb }, usage: { prompt_tokens: Math.ceil(q.length / 4) + 30, completion_tokens: 1 } }); meta.push({ group: "zeroshot", role, c: 1 }); };
for (let t = T0 + int(r, 0, 6e4); t < T0 + H * 3600e3; t += Math.round((86400e3 / +hA) * -Math.log(1 - r() * 0.999)))
  push(t, "customer", `Text: ${filler(r, int(r, 15, 60))}\nCandidate labels: see list.`, pick(r, customerSets));
if (+aA > 0) { const texts = Array.from({ length: 3 }, () => `Text: ${filler(r, 30)}\nCandidate labels: see list.`);
  for (let t = T0 + +fromA * 3600e3; t < T0 + +toA * 3600e3; t += Math.round((86400e3 / +aA) * -Math.log(1 - r() * 0.999))) push(t, "attacker", pick(r, texts), labelMap(int(r, 2, 6))); }
sortWrite(name, ev, meta);
