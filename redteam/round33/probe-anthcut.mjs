import { startOrigin, startGuard, call, sleep } from "./lib.mjs";
const origin = await startOrigin(9403, {});
origin.opts.hook = async (req, res, rec, body) => {
  if (rec.path !== "/v1/messages") return false;
  res.writeHead(200, { "content-type": "text/event-stream" });
  const ev = (e, d) => res.write(`event: ${e}\ndata: ${JSON.stringify(d)}\n\n`);
  ev("message_start", { type: "message_start", message: { id: "msg_1", type: "message", role: "assistant", content: [], model: "c", usage: { input_tokens: 100000, output_tokens: 1 } } });
  ev("content_block_start", { type: "content_block_start", index: 0, content_block: { type: "thinking", thinking: "" } });
  ev("content_block_delta", { type: "content_block_delta", index: 0, delta: { type: "thinking_delta", thinking: "Short summary of a long thought." } });
  ev("content_block_stop", { type: "content_block_stop", index: 0 });
  ev("content_block_start", { type: "content_block_start", index: 1, content_block: { type: "text", text: "" } });
  for (const part of ["The answer is 42 <END>"].concat(Array(100).fill(" filler text goes on"))) { if (res.destroyed) return true; ev("content_block_delta", { type: "content_block_delta", index: 1, delta: { type: "text_delta", text: part } }); await sleep(20); }
  ev("message_delta", { type: "message_delta", delta: { stop_reason: "end_turn" }, usage: { output_tokens: 20500 } }); ev("message_stop", { type: "message_stop" }); res.end(); return true;
};
const policy = { defaults: { rpm: 600, tpm: 2000000, tpd: 50000000, concurrency: 8 }, defaultMaxOutputTokens: 1024, detection: { mode: "off" } };
const g = await startGuard({ port: 9401, inspectorPort: 9409, upstream: "http://127.0.0.1:9403", policy, tag: "probe" });
try {
  const key = "sk-anthcut"; const id = await g.keyId(key);
  const ac = new AbortController();
  const r = await fetch(g.base + "/v1/messages", { method: "POST", headers: { "x-api-key": key, "anthropic-version": "2023-06-01", "content-type": "application/json" }, body: JSON.stringify({ model: "c", stream: true, max_tokens: 30000, thinking: { type: "enabled", budget_tokens: 20000 }, messages: [{ role: "user", content: [{ type: "document", source: { type: "url", url: "https://example.com/big.pdf" } }, { type: "text", text: "Answer; end with <END>" }] }] }), signal: ac.signal });
  const rd = r.body.getReader(); const dec = new TextDecoder(); let buf = "";
  try { for (;;) { const { value, done } = await rd.read(); if (done) break; buf += dec.decode(value, { stream: true }); if (buf.includes("<END>")) { ac.abort(); break; } } } catch {}
  await sleep(2500);
  const c = (await g.admin("GET", `/keys/${id}`)).body.counters;
  console.log("anthropic cut after <END>: guard charged prompt", c.promptTokens, "completion", c.completionTokens, "| origin: input 100000 (message_start), output billed >= 20000 thinking");
} finally { g.kill(); await origin.close(); }
