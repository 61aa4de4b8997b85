import { startGuard, sleep } from "./lib.mjs";
import { origin38, charged, ask } from "./origin38.mjs";
const { origin, billed } = await origin38(9913);
const policy = { defaults: { rpm: 100000, tpm: 1000000000, tpd: 1000000000, concurrency: 64 }, tiers: { quota: { detection: { mode: "off" } } }, defaultMaxOutputTokens: 1024 };
const g = await startGuard({ port: 9911, inspectorPort: 9919, upstream: "http://127.0.0.1:9913", policy, tag: "pB" });
const cjk = "合同条款解释".repeat(20000); // 120,000 CJK chars, 360 KB
const chat = (model, extra = {}) => ({ model, max_tokens: 2000, messages: [{ role: "user", content: cjk }], ...extra });
const emb = (model) => ({ model, input: Array.from({ length: 60 }, (_, i) => i + cjk.slice(0, 4000)) });
const resp = (model, extra = {}) => ({ model, max_output_tokens: 2000, store: false, prompt: { id: "pmpt_doc", variables: { q: "clause 4" } }, ...extra });
const cases = [
  ["chat-cjk-small-whole", "/v1/chat/completions", chat("m|chunk"), null],
  ["chat-cjk-big-chunk-cut", "/v1/chat/completions", chat("m|chunk", { logprobs: true, top_logprobs: 20 }), "<END>"],
  ["chat-cjk-stall-cut", "/v1/chat/completions", chat("m|chunk|stall=3000"), "<END>"],
  ["emb-cjk-small-whole", "/v1/embeddings", { ...emb("e|chunk"), input: emb("e").input.slice(0, 10) }, null],
  ["emb-cjk-big-whole", "/v1/embeddings", emb("e|chunk"), null],
  ["emb-cjk-big-cut", "/v1/embeddings", emb("e|chunk"), '"index":59'],
  ["resp-nostore-big-cut", "/v1/responses", resp("m|chunk", { top_logprobs: 20 }), "<END>"],
  ["resp-nostore-stall-cut", "/v1/responses", resp("m|chunk|stall=3000"), "<END>"],
  ["resp-store-stall-cut", "/v1/responses", resp("m|chunk|stall=3000", { store: true }), "<END>"],
];
try {
  for (const [name, path, body, cut] of cases) {
    const key = "sk-r38-B-" + name; await g.admin("PUT", `/keys/${await g.keyId(key)}/overrides`, { tier: "quota" });
    const r = await ask(g.base, key, "POST", path, body, cut);
    await sleep(cut ? 5000 : 1500);
    console.log(name, "status", r.status, r.status !== 200 ? r.text.slice(0, 200) : "", "bytes", r.bytes, "cut", r.cut, "ms", r.ms, "remaining-tokens", r.headers?.get("x-ratelimit-remaining-tokens"), "billed", billed[key], "charged", await charged(g, key), "rec", JSON.stringify(origin.log.filter(x=>x.key===key).map(x=>x.cut||x.sentWhole)));
  }
} finally { g.kill(); await origin.close(); }
