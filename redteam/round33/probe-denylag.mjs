import { startOrigin, startGuard, call, sleep } from "./lib.mjs";
const origin = await startOrigin(9403, {});
const policy = { defaults: { rpm: 1000000, tpm: 1000000000, tpd: 10000000000, concurrency: 64 }, defaultMaxOutputTokens: 1024, detection: { mode: "off" } };
const g = await startGuard({ port: 9401, inspectorPort: 9409, upstream: "http://127.0.0.1:9403", policy, tag: "probe" });
try {
  const key = "sk-lag-1"; const id = await g.keyId(key);
  const t0 = Date.now(); let next = 0, denyAt = null, denyDone = null; const codes = {};
  async function worker() { while (next < 4000 && Date.now() - t0 < 12000) { next++; const r = await call(g.base, key, "POST", "/v1/chat/completions", { model: "m", max_tokens: 5, messages: [{ role: "user", content: "x" }] }); codes[r.status] = (codes[r.status] || 0) + 1; if (denyDone && r.status !== 403) {} } }
  const ws = Array.from({ length: 24 }, worker);
  await sleep(4000); denyAt = Date.now(); await g.admin("PUT", `/lists/deny/${id}`, {}); denyDone = Date.now();
  await Promise.all(ws);
  const after = origin.log.filter((x) => x.key === key && x.t > denyDone);
  console.log("deny call took", denyDone - denyAt, "ms; codes", JSON.stringify(codes), "origin got", origin.log.filter((x) => x.key === key).length, "; after deny returned:", after.length, "requests, last at +", after.length ? after[after.length - 1].t - denyDone : 0, "ms");
} finally { g.kill(); await origin.close(); }
