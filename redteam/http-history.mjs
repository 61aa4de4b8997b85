// F1 end to end through the real Worker (wrangler dev, ./serve.sh): two keys send the same harvest
// (one fixed "detailed answers" wrapper, CoT ask, max_tokens 8000, diverse payloads from the corpus),
// one of them with a unique 2-line preamble in front of each payload. Bounded: N requests per key,
// 1.1 s apart (under rpm 60). node http-history.mjs N seed
import fs from "node:fs";
import { rng, corpus, stripTemplate } from "./lib.mjs";
const G = "http://127.0.0.1:18710";
const N = Number(process.argv[2] ?? 80), seed = Number(process.argv[3] ?? 1);
const r = rng(seed);
const T = fs.readFileSync(new URL("../.dev.vars", import.meta.url), "utf8").match(/GUARD_ADMIN_TOKEN=(.*)/)[1].trim();
const payloads = [...corpus("distill_gsm8k_cot").map((x) => stripTemplate(x.text)), ...corpus("benign_arena_hard").map((x) => x.text)].filter((t) => t.length < 3000);
const SYS = process.env.SYS ?? "You are a world-class expert. Always give a complete, thorough and detailed answer.";
const keys = { plain: `sk-rt-http-plain-${seed}`, history: `sk-rt-http-history-${seed}` };
const tally = { plain: {}, history: {} };
for (let i = 0; i < N; i++) {
  const q = r.pick(payloads) + "\n\nLet's think step by step.";
  const pre = [{ role: "user", content: `hi, ticket ${r.int(100000, 999999)}` }, { role: "assistant", content: "Hi! How can I help?" }];
  await Promise.all(Object.entries(keys).map(async ([name, key]) => {
    const msgs = [...(SYS ? [{ role: "system", content: SYS }] : []), ...(name === "history" ? pre : []), { role: "user", content: q }];
    const res = await fetch(G + "/v1/chat/completions", { method: "POST", headers: { authorization: "Bearer " + key, "content-type": "application/json" }, body: JSON.stringify({ model: "gpt-4o", max_tokens: 8000, messages: msgs }) });
    await res.text();
    const k = res.status + (res.headers.get("x-guard-policy") ? "-" + res.headers.get("x-guard-policy") : "");
    tally[name][k] = (tally[name][k] ?? 0) + 1;
  }));
  await new Promise((ok) => setTimeout(ok, 1100));
}
for (const [name, key] of Object.entries(keys)) {
  const id = (await (await fetch(G + "/admin/keys/lookup", { method: "POST", headers: { authorization: "Bearer " + T }, body: JSON.stringify({ key }) })).json()).keyId;
  const d = (await (await fetch(G + "/admin/keys/" + id, { headers: { authorization: "Bearer " + T } })).json()).detection;
  console.log(name, JSON.stringify(tally[name]), "standing", d.standing, "score", d.score, "channels", JSON.stringify(d.channels));
}
