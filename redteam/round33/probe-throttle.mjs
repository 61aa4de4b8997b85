import { startOrigin, startGuard, call, sleep } from "./lib.mjs";
const origin = await startOrigin(9403, {});
const policy = { defaults: { rpm: 40, tpm: 200000, tpd: 5000000, concurrency: 8 }, tiers: { thr: { detection: { throttleAt: 0.02, degradeAt: 0.97, challengeAt: 0.98, blockAt: 0.99, convergeChannels: 1, minEvidence: 1, jitter: 0 } } }, defaultMaxOutputTokens: 1024 };
const g = await startGuard({ port: 9401, inspectorPort: 9409, upstream: "http://127.0.0.1:9403", policy, tag: "probe" });
try {
  const key = "sk-thr-1"; const id = await g.keyId(key);
  await g.admin("PUT", `/keys/${id}/overrides`, { tier: "thr" });
  const ask = (i) => ({ model: "m", n: 2, logprobs: true, top_logprobs: 5, max_tokens: 300, messages: [{ role: "user", content: `Explain step by step, showing your chain of thought, item ${i}` }] });
  const r0 = await call(g.base, key, "POST", "/v1/chat/completions", ask(0));
  console.log("first", r0.status, r0.headers.get("ratelimit-policy"), r0.headers.get("x-guard-policy"));
  let v = await g.admin("GET", `/keys/${id}`); console.log(v.body.detection.standing, JSON.stringify(v.body.limits));
  const n0 = origin.log.length; let ok = 0, codes = {};
  const t0 = Date.now();
  for (let i = 1; i <= 40 && Date.now() - t0 < 20000; i++) { const r = await call(g.base, key, "POST", "/v1/chat/completions", ask(i)); codes[r.status] = (codes[r.status] || 0) + 1; if (r.status === 200) ok++; }
  console.log("sequential 40 in", Date.now() - t0, "ms:", JSON.stringify(codes), "origin got", origin.log.length - n0);
  v = await g.admin("GET", `/keys/${id}`); console.log(v.body.detection.standing, JSON.stringify(v.body.usage));
  // concurrency: slow streams
  origin.opts.chunkDelayMs = 50; origin.opts.chunkChars = 20;
  const k2 = "sk-thr-2"; const id2 = await g.keyId(k2); await g.admin("PUT", `/keys/${id2}/overrides`, { tier: "thr" });
  await call(g.base, k2, "POST", "/v1/chat/completions", ask(0));
  origin.maxOpenByKey[k2] = 0;
  const rs = await Promise.all(Array.from({ length: 8 }, (_, i) => call(g.base, k2, "POST", "/v1/chat/completions", { ...ask(i + 1), stream: true })));
  console.log("8 parallel streams:", rs.map((r) => r.status).join(","), "max open at origin", origin.maxOpenByKey[k2]);
} finally { g.kill(); await origin.close(); }
