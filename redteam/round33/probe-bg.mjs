import { startOrigin, startGuard, call, sleep } from "./lib.mjs";
const origin = await startOrigin(9403, { backgroundRunMs: 15000 });
const policy = { defaults: { rpm: 600, tpm: 2000000, tpd: 50000000, concurrency: 2 }, defaultMaxOutputTokens: 1024, detection: { mode: "off" } };
const g = await startGuard({ port: 9401, inspectorPort: 9409, upstream: "http://127.0.0.1:9403", policy, tag: "probe" });
const running = (key) => [...origin.responses.values()].filter((r) => r.key === key && r.full.background && Date.now() - r.created < r.runMs).length;
const bgPost = (key, extra = {}) => call(g.base, key, "POST", "/v1/responses", { model: "m", background: true, max_output_tokens: 100, input: "job", ...extra });
try {
  const key = "sk-bg-1"; const kb = "sk-bg-other";
  const a = await bgPost(key), b = await bgPost(key), c = await bgPost(key);
  console.log("3 POSTs:", a.status, b.status, c.status, "running at origin", running(key));
  const tries = [
    ["GET by creator (running)", () => call(g.base, key, "GET", `/v1/responses/${a.body.id}`)],
    ["GET by other key (running)", () => call(g.base, kb, "GET", `/v1/responses/${a.body.id}`)],
    ["GET input_items", () => call(g.base, key, "GET", `/v1/responses/${a.body.id}/input_items`)],
    ["GET stream=true", () => call(g.base, key, "GET", `/v1/responses/${a.body.id}?stream=true`)],
    ["DELETE by other key", () => call(g.base, kb, "DELETE", `/v1/responses/${a.body.id}`)],
    ["DELETE by creator", () => call(g.base, key, "DELETE", `/v1/responses/${a.body.id}`)],
  ];
  for (const [name, f] of tries) {
    const r = await f(); await sleep(1200);
    const p = await bgPost(key);
    console.log(name, "->", r.status, "| next background POST:", p.status, p.body?.error?.code ?? "", "| running at origin", running(key));
  }
  // background + stream, cut by client after response.created
  const k2 = "sk-bg-2";
  for (let i = 0; i < 4; i++) {
    const ac = new AbortController();
    const r = await fetch(g.base + "/v1/responses", { method: "POST", headers: { authorization: "Bearer " + k2, "content-type": "application/json" }, body: JSON.stringify({ model: "m", background: true, stream: true, max_output_tokens: 100, input: "job" }), signal: ac.signal });
    const rd = r.body?.getReader(); if (rd) { try { await rd.read(); } catch {} } ac.abort(); await sleep(800);
    console.log("bg stream cut", i, r.status, "running at origin", running(k2));
  }
} finally { g.kill(); await origin.close(); }
