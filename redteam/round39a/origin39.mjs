// Round 39a origin: provider-like billing of input the origin adds *during* a turn (server-side tools), and
// detailed usage objects. Built on round 33's recording origin (every request logged: path, headers, body).
//  - Anthropic /v1/messages: a request with a server tool (tools[].type web_search_* / web_fetch_* /
//    code_execution_*, or mcp_servers, or container) runs the tool before it writes text: the tool's result
//    (ADD tokens) is input billed at that point; message_start reports the request's own input only, the final
//    message_delta reports the cumulative usage (input_tokens incl. the tool results, server_tool_use), as
//    Anthropic does. Text: "The answer <END> word word ..." (cap tokens) streamed over ~STREAMMS.
//  - OpenAI /v1/responses: tools file_search / web_search / mcp / code_interpreter add ADD input tokens.
//  - OpenAI /v1/chat/completions: web_search_options adds ADD input tokens.
//  - model "m|details": usage carries cached / reasoning / prediction / cache_creation breakdowns.
import { startOrigin, sleep } from "./lib.mjs";
export async function origin39(port, { ADD = 50000, STREAMMS = 1500 } = {}) {
  const origin = await startOrigin(port, {});
  const billed = {}; const bill = (k, n) => { billed[k] = (billed[k] || 0) + n; };
  const tok = (x) => Math.ceil(JSON.stringify(x ?? "").length / 4);
  const text = (cap) => "The answer <END> " + "word ".repeat(Math.max(1, cap - 3));
  const records = new Map(); let seq = 0;
  const antServer = (b) => (b.tools || []).some((t) => /^(web_search|web_fetch|code_execution)_/.test(t?.type || "")) || (b.mcp_servers?.length > 0) || !!b.container;
  const oaiTools = (b) => (b.tools || []).some((t) => ["file_search", "web_search", "web_search_preview", "mcp", "code_interpreter"].includes(t?.type));
  async function streamText(res, t, write) {
    const pieces = 30; const step = Math.ceil(t.length / pieces);
    for (let j = 0; j < t.length; j += step) { if (res.destroyed) return false; write(t.slice(j, j + step)); await sleep(STREAMMS / pieces); }
    return !res.destroyed;
  }
  origin.opts.hook = async (req, res, rec, body) => {
    const p = rec.path, key = rec.key, details = String(body?.model || "").includes("|details");
    if (req.method === "POST" && p === "/v1/messages") {
      const cap = body.max_tokens; const id = "msg_" + (++seq);
      const own = tok(body.messages) + tok(body.system) + tok(body.tools);
      const add = antServer(body) ? ADD : 0; rec.add = add;
      let usage = { input_tokens: own + add, output_tokens: cap, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 };
      if (add) usage.server_tool_use = { web_search_requests: 1 };
      let b = own + add + cap;
      if (details) { usage = { input_tokens: own, cache_creation_input_tokens: 5000, cache_read_input_tokens: 7000, cache_creation: { ephemeral_5m_input_tokens: 3000, ephemeral_1h_input_tokens: 2000 }, output_tokens: cap, service_tier: "standard" }; b = own + 5000 + 7000 + cap; }
      bill(key, b); rec.billed = b;
      const content = [];
      if (add) content.push({ type: "server_tool_use", id: "srvtoolu_1", name: "web_search", input: { query: "q" } }, { type: "web_search_tool_result", tool_use_id: "srvtoolu_1", content: [{ type: "web_search_result", url: "https://example.com", title: "t", encrypted_content: "x".repeat(64) }] });
      if (!body.stream) { res.writeHead(200, { "content-type": "application/json" }); res.end(JSON.stringify({ id, type: "message", role: "assistant", model: body.model, content: [...content, { type: "text", text: text(cap) }], stop_reason: "end_turn", usage })); return true; }
      res.writeHead(200, { "content-type": "text/event-stream" });
      const ev = (e, d) => res.write(`event: ${e}\ndata: ${JSON.stringify({ type: e, ...d })}\n\n`);
      const startUsage = details ? { ...usage, output_tokens: 1 } : { input_tokens: own, output_tokens: 1, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 };
      ev("message_start", { message: { id, type: "message", role: "assistant", content: [], model: body.model, stop_reason: null, usage: startUsage } });
      let idx = 0;
      if (add) {
        ev("content_block_start", { index: idx, content_block: { type: "server_tool_use", id: "srvtoolu_1", name: "web_search", input: {} } });
        ev("content_block_delta", { index: idx, delta: { type: "input_json_delta", partial_json: '{"query":"q"}' } });
        ev("content_block_stop", { index: idx++ });
        await sleep(100);
        ev("content_block_start", { index: idx, content_block: content[1] }); ev("content_block_stop", { index: idx++ });
      }
      ev("content_block_start", { index: idx, content_block: { type: "text", text: "" } });
      const ok = await streamText(res, text(cap), (s) => ev("content_block_delta", { index: idx, delta: { type: "text_delta", text: s } }));
      if (!ok) { rec.cut = true; return true; }
      ev("content_block_stop", { index: idx });
      ev("message_delta", { delta: { stop_reason: "end_turn", stop_sequence: null }, usage: add ? usage : { output_tokens: cap, ...(details ? { input_tokens: usage.input_tokens, cache_creation_input_tokens: 5000, cache_read_input_tokens: 7000 } : {}) } });
      ev("message_stop", {}); res.end(); rec.whole = true; return true;
    }
    if (req.method === "POST" && p === "/v1/responses") {
      const cap = body.max_output_tokens ?? 1000; const id = "resp_" + (++seq) + "_" + Math.random().toString(36).slice(2, 8);
      const own = tok(body.input) + tok(body.instructions) + tok(body.tools); const add = oaiTools(body) ? ADD : 0; rec.add = add;
      let usage = { input_tokens: own + add, output_tokens: cap, total_tokens: own + add + cap };
      if (details) usage = { input_tokens: own + 8000, input_tokens_details: { cached_tokens: 8000 }, output_tokens: cap + 400, output_tokens_details: { reasoning_tokens: 400 }, total_tokens: own + 8000 + cap + 400 };
      const b = usage.input_tokens + usage.output_tokens; bill(key, b); rec.billed = b;
      const full = { id, object: "response", status: "completed", background: !!body.background, model: body.model, output: [{ type: "message", role: "assistant", content: [{ type: "output_text", text: text(cap) }] }], usage };
      if (body.store !== false) records.set(id, full);
      if (!body.stream) { res.writeHead(200, { "content-type": "application/json" }); res.end(JSON.stringify(full)); return true; }
      res.writeHead(200, { "content-type": "text/event-stream" });
      const ev = (e, d) => res.write(`event: ${e}\ndata: ${JSON.stringify({ type: e, ...d })}\n\n`);
      ev("response.created", { response: { ...full, status: "in_progress", output: [], usage: null } });
      if (add) { ev("response.file_search_call.in_progress", { item_id: "fs_1", output_index: 0 }); await sleep(100); ev("response.file_search_call.completed", { item_id: "fs_1", output_index: 0 }); }
      const ok = await streamText(res, text(cap), (s) => ev("response.output_text.delta", { item_id: "m", output_index: 1, content_index: 0, delta: s }));
      if (!ok) { rec.cut = true; return true; }
      ev("response.completed", { response: full }); res.end(); rec.whole = true; return true;
    }
    const mm = p.match(/^\/v1\/responses\/([^/]+)$/);
    if (req.method === "GET" && mm) { const r = records.get(mm[1]); res.writeHead(r ? 200 : 404, { "content-type": "application/json" }); res.end(JSON.stringify(r || { error: { message: "no", type: "invalid_request_error" } })); return true; }
    if (req.method === "POST" && p === "/v1/chat/completions") {
      const cap = body.max_completion_tokens ?? body.max_tokens ?? 1000; const n = body.n ?? 1; const id = "chatcmpl-" + (++seq);
      const own = tok(body.messages); const add = body.web_search_options ? ADD : 0; rec.add = add;
      let usage = { prompt_tokens: own + add, completion_tokens: cap * n, total_tokens: own + add + cap * n };
      if (details) usage = { prompt_tokens: own + 8000, prompt_tokens_details: { cached_tokens: 8000, audio_tokens: 0 }, completion_tokens: cap * n + 400, completion_tokens_details: { reasoning_tokens: 400, accepted_prediction_tokens: 30, rejected_prediction_tokens: 20, audio_tokens: 0 }, total_tokens: own + 8000 + cap * n + 400 };
      const b = usage.prompt_tokens + usage.completion_tokens; bill(key, b); rec.billed = b;
      if (!body.stream) { res.writeHead(200, { "content-type": "application/json" }); res.end(JSON.stringify({ id, object: "chat.completion", model: body.model, choices: Array.from({ length: n }, (_, i) => ({ index: i, message: { role: "assistant", content: text(cap) }, finish_reason: "stop" })), usage })); return true; }
      res.writeHead(200, { "content-type": "text/event-stream" });
      const w = (d) => res.write(`data: ${JSON.stringify(d)}\n\n`);
      let ok = true;
      for (let i = 0; i < n && ok; i++) ok = await streamText(res, text(cap), (s) => w({ id, object: "chat.completion.chunk", choices: [{ index: i, delta: { content: s } }] }));
      if (!ok) { rec.cut = true; return true; }
      w({ id, object: "chat.completion.chunk", choices: [{ index: 0, delta: {}, finish_reason: "stop" }] });
      if (body.stream_options?.include_usage) w({ id, object: "chat.completion.chunk", choices: [], usage });
      res.write("data: [DONE]\n\n"); res.end(); rec.whole = true; return true;
    }
    return false;
  };
  return { origin, billed, records };
}
export async function charged(g, key) { const v = (await g.admin("GET", `/keys/${await g.keyId(key)}`)).body; return { total: v.counters.promptTokens + v.counters.completionTokens, c: v.counters, v }; }
// one request; cutAt: hang up as soon as that string has arrived
export async function ask(base, key, method, path, body, cutAt, extra = {}) {
  const ac = new AbortController(); let r;
  try { r = await fetch(base + path, { method, headers: { authorization: "Bearer " + key, ...(body ? { "content-type": "application/json" } : {}), ...extra }, body: body ? JSON.stringify(body) : undefined, signal: ac.signal }); }
  catch (e) { return { status: 0, text: String(e) }; }
  const rd = r.body.getReader(); const dec = new TextDecoder(); let buf = ""; let cut = false;
  try { for (;;) { const { value, done } = await rd.read(); if (done) break; buf += dec.decode(value, { stream: true }); if (cutAt && buf.includes(cutAt)) { cut = true; ac.abort(); break; } } } catch {}
  return { status: r.status, text: buf, cut, headers: r.headers };
}
