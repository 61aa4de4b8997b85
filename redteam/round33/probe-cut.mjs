import { startOrigin, startGuard, call, sleep } from "./lib.mjs";
const origin = await startOrigin(9403, { usageDelayMs: 3000, chunkChars: 40 });
const policy = { defaults: { rpm: 600, tpm: 2000000, tpd: 50000000, concurrency: 8 }, defaultMaxOutputTokens: 1024, detection: { mode: "off" } };
const g = await startGuard({ port: 9401, inspectorPort: 9409, upstream: "http://127.0.0.1:9403", policy, tag: "probe" });
const counters = async (id) => (await g.admin("GET", `/keys/${id}`)).body.counters;
// read the SSE until the stop marker, then abort
async function cutStream(key, p, body, stopWhen, headers = {}) {
  const ac = new AbortController();
  const r = await fetch(g.base + p, { method: "POST", headers: { authorization: "Bearer " + key, "content-type": "application/json", ...headers }, body: JSON.stringify(body), signal: ac.signal });
  const rd = r.body.getReader(); const dec = new TextDecoder(); let buf = "", chars = 0;
  try { for (;;) { const { value, done } = await rd.read(); if (done) break; buf += dec.decode(value, { stream: true }); if (stopWhen(buf)) { ac.abort(); break; } } } catch {}
  return buf.length;
}
try {
  const cases = [
    ["chat n=8 ascii", "a", "/v1/chat/completions", { model: "m", stream: true, n: 8, max_tokens: 500, messages: [{ role: "user", content: "hi" }] }, (b) => (b.match(/finish_reason":"length"/g) || []).length >= 8],
    ["chat cjk", "汉", "/v1/chat/completions", { model: "m", stream: true, max_tokens: 2000, messages: [{ role: "user", content: "hi" }] }, (b) => b.includes('finish_reason":"length"')],
    ["anthropic cjk", "汉", "/v1/messages", { model: "c", stream: true, max_tokens: 2000, messages: [{ role: "user", content: "hi" }] }, (b) => b.includes("content_block_stop")],
    ["responses cjk", "汉", "/v1/responses", { model: "m", stream: true, max_output_tokens: 2000, input: "hi" }, (b) => (b.match(/output_text.delta/g) || []).length >= 2000 / 40],
  ];
  for (const [name, ch, p, body, stop] of cases) {
    origin.opts.textChar = ch;
    const key = "sk-cut-" + name.replace(/\W/g, ""); const id = await g.keyId(key);
    const n0 = origin.log.length;
    const got = await cutStream(key, p, body, stop, p === "/v1/messages" ? { "anthropic-version": "2023-06-01" } : {});
    await sleep(5000);
    const c = await counters(id);
    const rec = origin.log[n0];
    const billed = (body.max_tokens ?? body.max_output_tokens) * (body.n ?? 1);
    console.log(name, "| client got bytes", got, "| origin would bill completion", billed, "| guard charged completion", c.completionTokens, "prompt", c.promptTokens);
  }
} finally { g.kill(); await origin.close(); }
