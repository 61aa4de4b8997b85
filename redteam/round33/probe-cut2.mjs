import { startOrigin, startGuard, call, sleep } from "./lib.mjs";
const origin = await startOrigin(9403, { chunkDelayMs: 100, chunkChars: 40 });
const policy = { defaults: { rpm: 600, tpm: 2000000, tpd: 50000000, concurrency: 8 }, defaultMaxOutputTokens: 1024, detection: { mode: "off" } };
const g = await startGuard({ port: 9401, inspectorPort: 9409, upstream: "http://127.0.0.1:9403", policy, tag: "probe" });
try {
  for (const [p, body] of [["/v1/chat/completions", { model: "m", stream: true, max_tokens: 2000, messages: [{ role: "user", content: "hi" }] }], ["/v1/responses", { model: "m", stream: true, max_output_tokens: 2000, input: "hi" }], ["/v1/messages", { model: "c", stream: true, max_tokens: 2000, messages: [{ role: "user", content: "hi" }] }]]) {
    const key = "sk-cut2" + p.replace(/\W/g, ""); const id = await g.keyId(key);
    const n0 = origin.log.length;
    const ac = new AbortController();
    const r = await fetch(g.base + p, { method: "POST", headers: { authorization: "Bearer " + key, "content-type": "application/json", "anthropic-version": "2023-06-01" }, body: JSON.stringify(body), signal: ac.signal });
    const rd = r.body.getReader(); let got = 0; const t0 = Date.now();
    try { while (Date.now() - t0 < 1000) { const { value, done } = await rd.read(); if (done) break; got += value.length; } } catch {}
    ac.abort();
    await sleep(3000);
    const rec = origin.log[n0];
    const c = (await g.admin("GET", `/keys/${id}`)).body.counters;
    console.log(p, "client got", got, "bytes; origin connection", rec.end ? `closed after ${rec.end - rec.t} ms` : "still open", "| guard charged completion", c.completionTokens, "(origin would bill 2000 if it finished)");
    await sleep(20000 - 3000 > 0 ? 0 : 0);
  }
} finally { g.kill(); await origin.close(); }
