// Round 12: plus a Responses request with stream: true is streamed as real ones are (response.created first, 10 text deltas 100 ms apart, then
// response.completed with usage) and the response is stored complete at the end even if the client hung up (as if the origin finishes a
// stored response after a disconnect: the condition R12-7 depends on); seen.rstream / seen.rstreamCut count them. Plus POST /v1/responses/{id}/cancel: a stored response that has already completed is returned as it is (status completed, its output and usage),
// as the OpenAI reference shows for a cancel that comes after the end (cancel is idempotent and returns the Response object); seen.cancel counts them.
// A mock origin (127.0.0.1 only) for round 11 (round 10's, plus: a retrieved background response carries `background: true` as real ones do; a Responses request with `tools` whose input is a plain string is
// answered with a function_call item (12 tokens); any `conversation` id is accepted (as if created elsewhere: the guard has no
// /v1/conversations route), +20 tokens of its context. Round 10's: plus: background: true answers `queued` without usage, the
// completed response (with usage) is what GET /v1/responses/{id} returns). Round 9's notes: chat completions and Responses (stored, previous_response_id accepted when
// the id was created here). A request whose output cap is <= 32 gets a 5-token answer; any other gets OUT (2,000) tokens.
// Billed prompt = body chars / 4 (+ 20 tokens of the anchor's context when previous_response_id names one). GET /seen: counts.
import http from "node:http";
const port = +(process.argv[2] ?? 18932); const OUT = +(process.env.OUT ?? 2000);
const stored = new Map(); let n = 0; const seen = { chat: 0, resp: 0, prevOk: 0, prevBad: 0 };
const send = (res, code, obj) => { res.statusCode = code; res.setHeader("content-type", "application/json"); res.end(JSON.stringify(obj)); };
http.createServer((req, res) => { const ch = []; req.on("data", (d) => ch.push(d)); req.on("end", () => {
  const raw = Buffer.concat(ch).toString("utf8"); const p = new URL(req.url, "http://x").pathname; let j = {}; try { j = JSON.parse(raw || "{}"); } catch {}
  if (p === "/seen") return send(res, 200, seen);
  if (p === "/v1/models") return send(res, 200, { object: "list", data: [] });
  const pt = Math.ceil(raw.length / 4);
  if (req.method === "POST" && p === "/v1/responses") {
    seen.resp++; let extra = 0;
    if (j.previous_response_id) { if (!stored.has(j.previous_response_id)) { seen.prevBad++; return send(res, 404, { error: { message: "Previous response not found", type: "invalid_request_error" } }); } seen.prevOk++; extra = 20; }
    if (j.conversation) { seen.conv = (seen.conv ?? 0) + 1; extra += 20; }
    const cap = j.max_output_tokens ?? 1e9; const fc = Array.isArray(j.tools) && typeof j.input === "string"; const c = fc ? 12 : cap <= 32 ? 5 : Math.min(cap, OUT); const id = `resp_${(++n).toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    const r = { id, object: "response", status: "completed", model: j.model, output: fc ? [{ type: "function_call", id: "fc_" + id, call_id: "call_" + id, name: "get_next_task", arguments: "{}", status: "completed" }] : [{ type: "message", id: "msg_" + id, role: "assistant", status: "completed", content: [{ type: "output_text", text: c <= 5 ? "Hello! How can I help?" : "x ".repeat(Math.min(c, 4000)), annotations: [] }] }], usage: { input_tokens: pt + extra, output_tokens: c, total_tokens: pt + extra + c } };
    if (j.background) r.background = true; // R11: a real response object says it ran in the background
    if (j.store !== false || j.background) stored.set(id, r);
    if (j.stream && !j.background) { seen.rstream = (seen.rstream ?? 0) + 1; const inProg = { ...r, status: "in_progress", output: [], usage: null }; if (j.store !== false) stored.delete(id);
      res.statusCode = 200; res.setHeader("content-type", "text/event-stream"); let cut = false; res.on("close", () => { if (!res.writableEnded) { cut = true; seen.rstreamCut = (seen.rstreamCut ?? 0) + 1; } });
      const ev = (type, o) => { if (!cut) res.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...o })}\n\n`); };
      ev("response.created", { response: inProg }); let q = 0; const per = Math.ceil(c / 10);
      const tick = setInterval(() => { if (q < 10) { ev("response.output_text.delta", { item_id: "msg_" + id, output_index: 0, content_index: 0, delta: "x ".repeat(Math.min(per, 400)) }); q++; return; }
        clearInterval(tick); if (j.store !== false) stored.set(id, r); ev("response.completed", { response: r }); if (!cut) res.end(); }, 100);
      return; }
    if (j.background) { seen.bg = (seen.bg ?? 0) + 1; const { usage, output, ...q } = r; return send(res, 200, { ...q, status: "queued", output: [] }); }
    return send(res, 200, r);
  }
  if (req.method === "POST" && /^\/v1\/responses\/[^/]+\/cancel$/.test(p)) { seen.cancel = (seen.cancel ?? 0) + 1; const r = stored.get(p.split("/")[3]); return r ? send(res, 200, r) : send(res, 404, { error: { message: "not found" } }); }
  if (req.method === "GET" && p.startsWith("/v1/responses/")) { const r = stored.get(p.split("/")[3]); return r ? send(res, 200, r) : send(res, 404, { error: { message: "not found" } }); }
  seen.chat++; const cap = j.max_tokens ?? j.max_completion_tokens ?? 1e9; const c = cap <= 32 ? 5 : Math.min(cap, OUT);
  if (j.stream) { // R11: an OpenAI chat stream: 20 content chunks, then a usage chunk ONLY when stream_options.include_usage asks for it
    seen.stream = (seen.stream ?? 0) + 1; if (j.stream_options?.include_usage) seen.streamUsage = (seen.streamUsage ?? 0) + 1;
    res.statusCode = 200; res.setHeader("content-type", "text/event-stream"); const id = "chatcmpl-" + (++n); const per = Math.ceil(c / 20);
    for (let q = 0, left = c; left > 0; q++, left -= per) res.write(`data: ${JSON.stringify({ id, object: "chat.completion.chunk", model: j.model, choices: [{ index: 0, delta: { ...(q ? {} : { role: "assistant" }), content: "x ".repeat(Math.min(per, left)) }, finish_reason: null }] })}\n\n`);
    res.write(`data: ${JSON.stringify({ id, object: "chat.completion.chunk", model: j.model, choices: [{ index: 0, delta: {}, finish_reason: "stop" }] })}\n\n`);
    if (j.stream_options?.include_usage) res.write(`data: ${JSON.stringify({ id, object: "chat.completion.chunk", model: j.model, choices: [], usage: { prompt_tokens: pt, completion_tokens: c, total_tokens: pt + c } })}\n\n`);
    return res.end("data: [DONE]\n\n"); }
  send(res, 200, { id: "chatcmpl-" + (++n), object: "chat.completion", model: j.model, choices: [{ index: 0, message: { role: "assistant", content: c <= 5 ? "Hello! How can I help?" : "x ".repeat(Math.min(c, 4000)) }, finish_reason: "stop" }], usage: { prompt_tokens: pt, completion_tokens: c, total_tokens: pt + c } });
}); }).listen(port, "127.0.0.1");
