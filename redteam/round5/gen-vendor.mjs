// Teacher-forcing distillation through a vendor extension the guard does not read: score every token of a
// text with the full top-20 distribution (vLLM / SGLang `prompt_logprobs`, served by most OpenAI-compatible
// hosts), max_tokens 1. Control: the documented equivalent, completions `echo` + `logprobs` 5.
// node gen-vendor.mjs NAME VARIANT[,..] HOURS GAP_SEC SEED
// variants: echo | promptlp (chat + prompt_logprobs 20) | promptlpc (completions + prompt_logprobs 20)
import { rng, int, T0, ask, filler, sortWrite } from "./lib.mjs";
const [name, variants, hoursA = "3", gapA = "2", seedA = "1"] = process.argv.slice(2);
const H = +hoursA, GAP = +gapA, seed = +seedA; const r = rng(seed); const ev = [], meta = [];
for (const v of variants.split(",")) {
  const key = `sk-r5-vendor-${v}-${seed}`; const ip = `100.${120 + variants.indexOf(v) % 50}.${int(r, 0, 255)}.${int(r, 1, 254)}`;
  let t = T0 + int(r, 0, 60000);
  while (t < T0 + H * 3600e3) {
    const doc = `${ask(r)}\n\n${filler(r, int(r, 300, 700))}`; const pt = Math.ceil(doc.length / 4);
    let path, body;
    if (v === "echo") { path = "/v1/completions"; body = { model: "m", prompt: doc, max_tokens: 1, echo: true, logprobs: 5 }; }
    else if (v === "promptlpc") { path = "/v1/completions"; body = { model: "m", prompt: doc, max_tokens: 1, prompt_logprobs: 20 }; }
    else { path = "/v1/chat/completions"; body = { model: "m", messages: [{ role: "user", content: doc }], max_tokens: 1, prompt_logprobs: 20 }; }
    ev.push({ ts: t, key, ip, asn: 16509, country: "US", method: "POST", path, body, usage: { prompt_tokens: pt, completion_tokens: 1 } });
    meta.push({ group: v, c: pt }); // c = prompt tokens scored with a distribution: what teacher forcing extracts
    t += Math.round(GAP * 1000 * (0.6 + 0.8 * r()));
  }
}
sortWrite(name, ev, meta);
