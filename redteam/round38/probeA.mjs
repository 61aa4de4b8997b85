import { startGuard, sleep } from "./lib.mjs";
import { origin38, charged, ask } from "./origin38.mjs";
const { origin, billed } = await origin38(9903);
const policy = { defaults: { rpm: 100000, tpm: 1000000000, tpd: 1000000000, concurrency: 64 }, tiers: { quota: { detection: { mode: "off" } } }, defaultMaxOutputTokens: 1024 };
const g = await startGuard({ port: 9901, inspectorPort: 9909, upstream: "http://127.0.0.1:9903", policy, tag: "pA" });
const file = { type: "file", file: { file_id: "file-pdf123" } };
const chat = (model, extra = {}) => ({ model, max_tokens: 2000, messages: [{ role: "user", content: [{ type: "text", text: "Summarise this contract." }, file] }], ...extra });
const cases = [
  ["small-chunk-cut", chat("m|chunk"), "<END>"],
  ["big-cl-cut", chat("m", { logprobs: true, top_logprobs: 20 }), "<END>"],
  ["big-chunk-whole", chat("m|chunk", { logprobs: true, top_logprobs: 20 }), null],
  ["big-chunk-cut", chat("m|chunk", { logprobs: true, top_logprobs: 20 }), "<END>"],
  ["small-chunk-stall-whole", chat("m|chunk|stall=2500"), null],
  ["small-chunk-stall-cut", chat("m|chunk|stall=2500"), "<END>"],
  ["small-cl-stall-cut", chat("m|stall=2500"), "<END>"],
];
try {
  for (const [name, body, cut] of cases) {
    const key = "sk-r38-A-" + name; await g.admin("PUT", `/keys/${await g.keyId(key)}/overrides`, { tier: "quota" });
    const r = await ask(g.base, key, "POST", "/v1/chat/completions", body, cut);
    await sleep(cut ? 4000 : 1500);
    console.log(name, "status", r.status, "bytes", r.bytes, "cut", r.cut, "ms", r.ms, "billed", billed[key], "charged", await charged(g, key), "rec", JSON.stringify(origin.log.filter(x=>x.key===key).map(x=>x.cut||x.sentWhole)));
  }
} finally { g.kill(); await origin.close(); }
