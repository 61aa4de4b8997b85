import { startOrigin, startGuard, call, sleep } from "./lib.mjs";
const GAP = Number(process.env.GAP || 1500);
const origin = await startOrigin(9403, {});
const billed = {};
origin.opts.hook = async (req, res, rec, body) => {
  if (req.method !== "POST" || rec.path !== "/v1/chat/completions") return false;
  const pt = 20, ct = 20060; const id = "x";
  res.writeHead(200, { "content-type": "text/event-stream" });
  await sleep(200);
  for (const part of "The answer is 42, see the closed form. <END>".match(/.{1,12}/g)) { res.write(`data: ${JSON.stringify({ id, choices: [{ index: 0, delta: { content: part } }] })}\n\n`); await sleep(5); }
  await sleep(GAP);
  rec.afterGapDestroyed = res.destroyed;
  res.write(`data: ${JSON.stringify({ id, choices: [{ index: 0, delta: {}, finish_reason: "stop" }] })}\n\n`);
  res.write(`data: ${JSON.stringify({ id, choices: [], usage: { prompt_tokens: pt, completion_tokens: ct, total_tokens: pt + ct } })}\n\n`); res.write("data: [DONE]\n\n"); res.end(); return true;
};
const policy = { defaults: { rpm: 600, tpm: 20000000, tpd: 500000000, concurrency: 8 }, defaultMaxOutputTokens: 1024, detection: { mode: "off" } };
const g = await startGuard({ port: 9401, inspectorPort: 9409, upstream: "http://127.0.0.1:9403", policy, tag: "probe" });
try {
  const key = "sk-cut3"; const id = await g.keyId(key); let prev = 0;
  for (let i = 0; i < 6; i++) {
    const ac = new AbortController();
    const r = await fetch(g.base + "/v1/chat/completions", { method: "POST", headers: { authorization: "Bearer " + key, "content-type": "application/json" }, body: JSON.stringify({ model: "o", stream: true, max_completion_tokens: 25000, messages: [{ role: "user", content: "end with <END>" }] }), signal: ac.signal });
    const rd = r.body.getReader(); const dec = new TextDecoder(); let buf = "";
    try { for (;;) { const { value, done } = await rd.read(); if (done) break; buf += dec.decode(value, { stream: true }); if (buf.includes("<END>")) { ac.abort(); break; } } } catch {}
    await sleep(GAP + 1500);
    const c = (await g.admin("GET", `/keys/${id}`)).body.counters; const tot = c.promptTokens + c.completionTokens;
    const rec = origin.log[origin.log.length - 1];
    console.log(i, "charged", tot - prev, "origin res destroyed after gap:", rec.afterGapDestroyed, "conn open ms", rec.end - rec.t); prev = tot;
  }
} finally { g.kill(); await origin.close(); }
