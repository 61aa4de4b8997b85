import { startOrigin, startGuard, call, sleep } from "./lib.mjs";
const origin = await startOrigin(9403, {});
const policy = { defaults: { rpm: 600, tpm: 2000000, tpd: 50000000, concurrency: 8 }, defaultMaxOutputTokens: 1024, detection: { mode: "off" } };
const g = await startGuard({ port: 9401, inspectorPort: 9409, upstream: "http://127.0.0.1:9403", policy, tag: "probe" });
const FINAL = { value: "response.incomplete" };
origin.opts.hook = async (req, res, rec, body) => {
  if (rec.path !== "/v1/responses" || req.method !== "POST") return false;
  const cap = body.max_output_tokens; const id = "resp_x" + Math.random().toString(36).slice(2);
  const usage = { input_tokens: 10, output_tokens: cap, output_tokens_details: { reasoning_tokens: cap - 50 }, total_tokens: 10 + cap };
  const full = { id, object: "response", status: FINAL.value === "response.completed" ? "completed" : FINAL.value === "response.failed" ? "failed" : "incomplete", incomplete_details: { reason: "max_output_tokens" }, output: [{ type: "reasoning", id: "rs1", summary: [] }, { type: "message", role: "assistant", content: [{ type: "output_text", text: "word ".repeat(50) }] }], usage };
  rec.servedCompletion = cap;
  if (!body.stream) { res.writeHead(200, { "content-type": "application/json" }); res.end(JSON.stringify(full)); return true; }
  res.writeHead(200, { "content-type": "text/event-stream" });
  const ev = (e, d) => res.write(`event: ${e}\ndata: ${JSON.stringify(d)}\n\n`);
  ev("response.created", { type: "response.created", response: { ...full, status: "in_progress", output: [], usage: null } });
  ev("response.output_item.added", { type: "response.output_item.added", item: { type: "reasoning", id: "rs1", summary: [] } });
  ev("response.output_item.done", { type: "response.output_item.done", item: { type: "reasoning", id: "rs1", summary: [] } });
  for (let i = 0; i < 10; i++) ev("response.output_text.delta", { type: "response.output_text.delta", delta: "word word word word word " });
  ev(FINAL.value, { type: FINAL.value, response: full });
  res.end(); return true;
};
try {
  for (const fin of ["response.completed", "response.incomplete", "response.failed"]) for (const stream of [true, false]) {
    FINAL.value = fin;
    const key = "sk-inc-" + fin + stream; const id = await g.keyId(key);
    const r = await call(g.base, key, "POST", "/v1/responses", { model: "o", stream, max_output_tokens: 20000, reasoning: { effort: "high" }, input: "hi" });
    await sleep(2500);
    const c = (await g.admin("GET", `/keys/${id}`)).body.counters;
    console.log(fin.padEnd(22), "stream", String(stream).padEnd(5), r.status, "origin billed output 20000 | guard charged completion", c.completionTokens, "prompt", c.promptTokens);
  }
} finally { g.kill(); await origin.close(); }
