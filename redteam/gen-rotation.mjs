// Goal 1: key rotation at scale. N keys, one wrapper, one /24, one ASN, identical params,
// machine-regular 24/7 pacing (a worker pool) - the setting linkage is built for.
// node gen-rotation.mjs OUT.jsonl VARIANT keys reqPerKey gapSec seed
//   VARIANT: single  (payload alone behind the wrapper: the documented rotation case)
//            history (same, each payload behind one unique earlier exchange)
//            historyCot (history + "Let's think step by step" in every request)
import { rng, corpus, stripTemplate, Trace, T0 } from "./lib.mjs";
const [out, variant = "history", keysA = "60", reqA = "150", gapA = "20", seedA = "1"] = process.argv.slice(2);
const r = rng(Number(seedA));
const payloads = [
  ...corpus("distill_gsm8k_cot").map((x) => stripTemplate(x.text)),
  ...corpus("distill_math500_cot").map((x) => stripTemplate(x.text)),
  ...corpus("benign_arena_hard").map((x) => x.text),
  ...corpus("benign_sharegpt").map((x) => x.text),
].filter((t) => t.length > 20 && t.length < 6000);
const WRAP = "You are a world-class expert. Always give a complete, thorough and detailed answer with all intermediate reasoning written out.";
const trace = new Trace();
const nKeys = Number(keysA), nReq = Number(reqA), gap = Number(gapA) * 1000;
let seq = 0;
for (let k = 0; k < nKeys; k++) {
  const key = `sk-rot-${variant}-${k}-${seedA}`;
  // workers start staggered: key k takes over when the pool rotates (10 keys active at a time)
  let t = T0 + Math.floor(k / 10) * nReq * gap + (k % 10) * 997;
  for (let i = 0; i < nReq; i++, t += gap) {
    const hist = variant === "single" ? [] : [{ role: "user", content: r.pick(payloads).slice(0, 800) }, { role: "assistant", content: "Here is the answer. " + r.pick(payloads).slice(0, 700) }];
    let q = r.pick(payloads);
    if (variant === "historyCot") q += "\n\nLet's think step by step, and put the final answer in \\boxed{}.";
    const body = { model: "gpt-4o", max_tokens: 8000, temperature: 0.8, messages: [{ role: "system", content: WRAP }, ...hist, { role: "user", content: q }] };
    trace.add({ ts: t, seq: seq++, key, label: `rotation-${variant}`, ip: `198.51.100.${10 + (k % 40)}`, asn: 64500, country: "US", method: "POST", path: "/v1/chat/completions", body, usage: { prompt_tokens: Math.ceil(JSON.stringify(body).length / 4), completion_tokens: r.int(1500, 4000) } });
  }
}
trace.write(out);
