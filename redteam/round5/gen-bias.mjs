// logit_bias extraction (Carlini et al. 2024, argmax-only logit recovery): a fixed schedule of M bias maps,
// each biasing a block of 20 token ids, is applied to N prompts; max_tokens 1, temperature 0.
// node gen-bias.mjs NAME VARIANT[,..] N_PROMPTS M_MAPS GAP_SEC SEED
// variants: classifier (honest control: one label map over distinct texts)
//           few       (the documented probe: M maps rotated over N prompts, N small; pass N=5)
//           wide      (the same schedule, map-major: every prompt gets map m before any gets m+1; N >= 1.5 M)
//           widelp    (wide + logprobs/top_logprobs 5: the documented hard parameter)
//           prompt    (prompt-major order, same N and M: all maps of prompt 1, then prompt 2 ...)
//           prewarm   (N distinct cheap prompts with one label map first, then the documented probe: M maps over 5 prompts, prompt-major)
import { rng, pick, int, T0, ask, filler, sortWrite } from "./lib.mjs";
const [name, variants, nA = "400", mA = "64", gapA = "0.15", seedA = "1"] = process.argv.slice(2);
const N = +nA, M = +mA, GAP = +gapA, seed = +seedA; const r = rng(seed); const ev = [], meta = [];
const map = (m) => { const o = {}; for (let j = 0; j < 20; j++) o[String(1000 + m * 20 + j)] = 100; return o; };
for (const v of variants.split(",")) {
  const key = `sk-r5-bias-${v}-${seed}`; const ip = `100.${90 + variants.indexOf(v) % 100}.${int(r, 0, 255)}.${int(r, 1, 254)}`;
  const n = v === "few" || v === "prewarm" ? Math.min(N, 5) : N; const prompts = Array.from({ length: n }, () => `${ask(r)} ${filler(r, 6)}`);
  const order = [];
  if (v === "classifier") for (let i = 0; i < N * M; i++) order.push([`Classify the sentiment of this review as positive or negative: ${filler(r, int(r, 12, 40))}`, { "31587": 100, "43324": 100 }]);
  else if (v === "prewarm") { for (let p = 0; p < N; p++) order.push([`Classify the sentiment of this review as positive or negative: ${filler(r, int(r, 12, 40))}`, { "31587": 100, "43324": 100 }]); for (let p = 0; p < 5; p++) for (let m = 0; m < M; m++) order.push([prompts[p], map(m)]); }
  else if (v === "prompt") for (let p = 0; p < n; p++) for (let m = 0; m < M; m++) order.push([prompts[p], map(m)]);
  else for (let m = 0; m < M; m++) for (let p = 0; p < n; p++) order.push([prompts[p], map(m)]);
  let t = T0 + int(r, 0, 60000);
  for (const [q, lb] of order) {
    const body = { model: "gpt-4o", messages: [{ role: "user", content: q }], max_tokens: 1, temperature: 0, logit_bias: lb };
    if (v === "widelp") Object.assign(body, { logprobs: true, top_logprobs: 5 });
    ev.push({ ts: t, key, ip, asn: 16509, country: "US", method: "POST", path: "/v1/chat/completions", body, usage: { prompt_tokens: Math.ceil(q.length / 4) + 8, completion_tokens: 1 } });
    meta.push({ group: v, role: v === "prewarm" ? (lb["31587"] ? "warmup" : "probe") : undefined, c: 1 });
    t += Math.round(GAP * 1000 * (0.5 + r()));
  }
}
sortWrite(name, ev, meta);
