import { startGuard, settled, quotaKey, ask, sleep, POLICY, ORIGIN } from "./lib.mjs";
import { startOrigin40 } from "./origin40.mjs";
const o = await startOrigin40(ORIGIN, {});
const g = await startGuard({ policy: POLICY, tag: "po" });
const N = +(process.env.CJK || 400000);
const cjk = "合同条款解释".repeat(N / 6);
const cases = [
  ["chat stream cjk, cut at first text", "/v1/chat/completions", { model: "gpt-4.1|rate=100", stream: true, max_tokens: 1000, messages: [{ role: "user", content: cjk }] }, "tok "],
  ["chat stream cjk, read whole (control)", "/v1/chat/completions", { model: "gpt-4.1|rate=2000|words=200", stream: true, max_tokens: 1000, messages: [{ role: "user", content: cjk }] }, null],
  ["responses store:false cjk, cut", "/v1/responses", { model: "gpt-4.1|run=4000", stream: true, store: false, max_output_tokens: 1000, input: cjk }, "output_text.delta"],
  ["anthropic cjk, cut (control)", "/v1/messages", { model: "c|rate=100", stream: true, max_tokens: 1000, messages: [{ role: "user", content: cjk }] }, "text_delta"],
];
try {
  let i = 0;
  for (const [name, path, body, cut] of cases) {
    if (process.env.ONLY && !name.includes(process.env.ONLY)) continue;
    const k = await quotaKey(g, `sk-r40po-${++i}-${Date.now() % 1e5}`);
    const r = await ask(g.base, k, "POST", path, body, cut, { "anthropic-version": "2023-06-01" });
    await sleep(3000); const s = await settled(g, k);
    console.log(`${name.padEnd(40)} status ${r.status} ${r.status !== 200 ? r.text.slice(0, 150) : ""} body ${(JSON.stringify(body).length / 1e6).toFixed(2)} MB chars; billed ${o.billed[k]}; charged ${s.charged} (p ${s.prompt} c ${s.completion})`);
  }
} finally { g.kill(); await o.close(); }
process.exit(0);
