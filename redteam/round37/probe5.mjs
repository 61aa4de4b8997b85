// probe 5: Anthropic stream with cache tokens in message_start, cut after the useful part vs read to the end
import { startOrigin, startGuard, call, sleep } from "./lib.mjs";
const origin = await startOrigin(9803, {});
const CR = Number(process.env.CR || 100000), CC = Number(process.env.CC || 0);
origin.opts.hook = async (req, res, rec, body) => {
  if (rec.path !== "/v1/messages") return false;
  if (!body.stream) { res.writeHead(200, { "content-type": "application/json" }); res.end(JSON.stringify({ id: "msg_j", type: "message", role: "assistant", model: "c", content: [{ type: "text", text: "The answer is 42 <END>" }], stop_reason: "end_turn", usage: { input_tokens: 20, cache_creation_input_tokens: CC, cache_read_input_tokens: CR, output_tokens: 500 } })); return true; }
  res.writeHead(200, { "content-type": "text/event-stream" });
  const ev = (e, d) => res.write(`event: ${e}\ndata: ${JSON.stringify(d)}\n\n`);
  ev("message_start", { type: "message_start", message: { id: "msg_1", type: "message", role: "assistant", content: [], model: "c", usage: { input_tokens: 20, cache_creation_input_tokens: CC, cache_read_input_tokens: CR, output_tokens: 1 } } });
  ev("content_block_start", { type: "content_block_start", index: 0, content_block: { type: "text", text: "" } });
  for (const part of ["The answer is 42 <END>"].concat(Array(60).fill(" filler text goes on"))) { if (res.destroyed) return true; ev("content_block_delta", { type: "content_block_delta", index: 0, delta: { type: "text_delta", text: part } }); await sleep(20); }
  ev("content_block_stop", { type: "content_block_stop", index: 0 });
  ev("message_delta", { type: "message_delta", delta: { stop_reason: "end_turn" }, usage: { output_tokens: 500 } }); ev("message_stop", { type: "message_stop" }); res.end(); return true;
};
const policy = { defaults: { rpm: 600, tpm: 20000000, tpd: 500000000, concurrency: 8 }, defaultMaxOutputTokens: 1024, detection: { mode: "off" } };
const g = await startGuard({ port: 9801, inspectorPort: 9809, upstream: "http://127.0.0.1:9803", policy, tag: "p5" });
const body = (stream) => ({ model: "c", stream, max_tokens: 1000, system: [{ type: "text", text: "You are helpful." }], messages: [{ role: "user", content: [{ type: "document", source: { type: "file", file_id: "file_011big" }, cache_control: { type: "ephemeral" } }, { type: "text", text: "Answer; end with <END>" }] }] });
async function one(key, mode) {
  const ac = new AbortController();
  const r = await fetch(g.base + "/v1/messages", { method: "POST", headers: { "x-api-key": key, "anthropic-version": "2023-06-01", "anthropic-beta": "files-api-2025-04-14", "content-type": "application/json" }, body: JSON.stringify(body(mode !== "json")), signal: ac.signal });
  const rd = r.body.getReader(); const dec = new TextDecoder(); let buf = "";
  try { for (;;) { const { value, done } = await rd.read(); if (done) break; buf += dec.decode(value, { stream: true }); if (mode === "cut" && buf.includes("<END>")) { ac.abort(); break; } } } catch {}
  return r.status;
}
try {
  for (const mode of ["json", "full", "cut"]) {
    const key = "sk-r37-p5-" + mode; const id = await g.keyId(key);
    const st = await one(key, mode); await sleep(2500);
    const c = (await g.admin("GET", `/keys/${id}`)).body.counters;
    console.log(`${mode}: ${st}; guard charged prompt ${c.promptTokens} completion ${c.completionTokens}; origin billed input 20 + cache_read ${CR} + cache_creation ${CC}, output 500`);
  }
} finally { g.kill(); await origin.close(); }
