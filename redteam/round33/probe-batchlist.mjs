import { startOrigin, startGuard, call, sleep, jsonlForm } from "./lib.mjs";
const origin = await startOrigin(9403, {});
const policy = { defaults: { rpm: 600, tpm: 1000000, tpd: 1000000, concurrency: 8 }, defaultMaxOutputTokens: 1024, detection: { mode: "off" } };
const g = await startGuard({ port: 9401, inspectorPort: 9409, upstream: "http://127.0.0.1:9403", policy, tag: "probe" });
const tpd = async (id) => (await g.admin("GET", `/keys/${id}`)).body.usage.find((u) => u.name === "tpd").remaining;
try {
  const cases = [
    ["completions list 500 x cap 100", { custom_id: "a", method: "POST", url: "/v1/completions", body: { model: "m", max_tokens: 100, prompt: Array.from({ length: 500 }, (_, i) => "p" + i) } }, 50000],
    ["completions n=50 best_of=50 cap 100", { custom_id: "a", method: "POST", url: "/v1/completions", body: { model: "m", max_tokens: 100, n: 50, best_of: 50, prompt: "p" } }, 5000],
    ["chat n=50 cap 100", { custom_id: "a", method: "POST", url: "/v1/chat/completions", body: { model: "m", max_tokens: 100, n: 50, messages: [{ role: "user", content: "x" }] } }, 5000],
    ["embeddings 500 inputs", { custom_id: "a", method: "POST", url: "/v1/embeddings", body: { model: "e", input: Array.from({ length: 500 }, (_, i) => "some text to embed " + i) } }, 2500],
  ];
  let k = 0;
  for (const [name, line, expect] of cases) {
    const key = "sk-bl-" + (k++); const id = await g.keyId(key);
    await call(g.base, key, "GET", "/v1/models"); await sleep(300); const t0 = await tpd(id);
    const up = await call(g.base, key, "POST", "/v1/files", jsonlForm([line])); await sleep(500);
    console.log(name.padEnd(40), up.status, "reserved", t0 - (await tpd(id)), "expected >=", expect);
  }
} finally { g.kill(); await origin.close(); }
