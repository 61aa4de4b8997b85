import { startOrigin, startGuard, call, sleep } from "./lib.mjs";
// CACHE=read: the same with the prompt read from Anthropic's cache instead of written to it
const mode = process.env.CACHE === "read" ? "read" : "create";
const origin = await startOrigin(9403, { anthropicCache: mode });
const policy = { defaults: { rpm: 60, tpm: 200000, tpd: 5000000, concurrency: 8 }, tiers: { t: { rpm: 100, tpm: 100000, tpd: 100000, concurrency: 4 } }, defaultMaxOutputTokens: 1024, detection: { mode: "off" } };
const g = await startGuard({ port: 9401, inspectorPort: 9409, upstream: "http://127.0.0.1:9403", policy, tag: "smoke" });
try {
  const key = mode === "read" ? "sk-smoke-read" : "sk-smoke-1"; const id = await g.keyId(key);
  console.log(await g.admin("PUT", `/keys/${id}/overrides`, { tier: "t" }));
  const sys = "x".repeat(40000);
  const r = await call(g.base, key, "POST", "/v1/messages", { model: "c", max_tokens: 100, system: [{ type: "text", text: sys, cache_control: { type: "ephemeral" } }], messages: [{ role: "user", content: "hi" }] });
  console.log(r.status, r.headers.get("ratelimit"), JSON.stringify(r.body.usage));
  await sleep(2500);
  const v = await g.admin("GET", `/keys/${id}`);
  console.log(JSON.stringify(v.body).slice(0, 1500));
  console.log("origin served", origin.log.map((x) => [x.path, x.servedPrompt, x.servedCompletion]));
} finally { g.kill(); await origin.close(); }
