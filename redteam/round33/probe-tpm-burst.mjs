import { startOrigin, startGuard, call, sleep } from "./lib.mjs";
const origin = await startOrigin(9403, {});
const policy = { defaults: { rpm: 100000, tpm: 20000, tpd: 50000000, concurrency: 64 }, defaultMaxOutputTokens: 1024, detection: { mode: "off" } };
const g = await startGuard({ port: 9401, inspectorPort: 9409, upstream: "http://127.0.0.1:9403", policy, tag: "probe" });
try {
  for (const mode of ["capped", "uncapped"]) {
    const key = "sk-tb-" + mode; const n0 = origin.log.length; const t0 = Date.now();
    // warm up to make the key hot (leases), small requests
    let next = 0; const codes = {};
    async function worker() { while (next < 400 && Date.now() - t0 < 20000) { const i = next++; const body = { model: "m", messages: [{ role: "user", content: "x" + i }] }; if (mode === "capped") body.max_tokens = 990; const r = await call(g.base, key, "POST", "/v1/chat/completions", body); codes[r.status] = (codes[r.status] || 0) + 1; } }
    await Promise.all(Array.from({ length: 32 }, worker));
    const el = (Date.now() - t0) / 1000;
    const recs = origin.log.slice(n0);
    const billed = recs.reduce((a, x) => a + (x.servedPrompt || 0) + (x.servedCompletion || 0), 0);
    console.log(mode, "elapsed", el.toFixed(1), "s", JSON.stringify(codes), "origin served", recs.length, "requests,", billed, "tokens; bound tpm 20000 + refill", Math.round(20000 * el / 60));
  }
} finally { g.kill(); await origin.close(); }
