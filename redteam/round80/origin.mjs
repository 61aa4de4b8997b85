// Scripted origin for round 80 (Node built-ins only), on ORIGIN_PORT (8973).
// Models OpenAI Responses (JSON sent chunked as OpenAI's API does, streams, background jobs, stored
// responses continued with previous_response_id, streamed retrieval), chat completions on search
// models, and Anthropic messages / message batches with the web search server tool.
// Billing modelled (per the providers' docs): input = chars/4 (+ the continued response's input and
// output), output = words written, a web search per search call ($10/1,000 = 2,500 tokens at the
// guard's default ratio), a chat completion on a *-search-* model always searches once.
// GET /ledger (direct, not through the guard) returns what it billed per key.
import http from "node:http";
const PORT = Number(process.env.ORIGIN_PORT || 8973);
const ledger = {}; // key -> {input, output, searches, requests}
const stored = new Map(); // resp id -> response object
const batches = new Map();
let seq = 0;
const bill = (key, i, o, s) => { const l = (ledger[key] ??= { input: 0, output: 0, searches: 0, requests: 0 }); l.input += i; l.output += o; l.searches += s; l.requests++; };
const words = (n) => Array.from({ length: n }, (_, i) => ["lorem", "ipsum", "dolor", "sit", "amet"][i % 5]).join(" ");
const keyOf = (req) => (req.headers["x-api-key"] || (req.headers.authorization || "").replace(/^Bearer /, ""));
const txt = (v) => JSON.stringify(v ?? "").length;
function searchesWanted(req, body) {
  const h = Number(req.headers["x-mock-web-searches"] || 0);
  const m = /search (\d+) times/.exec(JSON.stringify(body.input ?? body.messages ?? ""));
  return m ? Number(m[1]) : h;
}
function makeResponse(req, body, id) {
  const n = searchesWanted(req, body);
  const hasSearch = (body.tools || []).some((t) => /web_search/.test(t.type));
  // (forty-second session: a real origin makes at most `max_tool_calls` built-in tool calls)
  const ns = hasSearch ? Math.min(n, body.max_tool_calls ?? 1e9) : 0;
  const padKB = Number(req.headers["x-mock-logprob-kb"] || 0);
  // logprobs exist one entry per output token: padding is billed as that many output tokens
  const lpTokens = padKB ? Math.ceil(padKB * 1024 / 1200) : 0;
  const outTok = Math.max(lpTokens, Math.min(body.max_output_tokens ?? 64, Number(req.headers["x-mock-words"] || 40)));
  let input = Math.ceil(txt(body.input) / 4) + ns * 300; // search results read as input
  if (body.previous_response_id && stored.has(body.previous_response_id)) { const p = stored.get(body.previous_response_id); input += p.usage.input_tokens + p.usage.output_tokens; }
  const output = [];
  for (let i = 0; i < ns; i++) output.push({ type: "web_search_call", id: `ws_${id}_${i}`, status: "completed", action: { type: "search", query: "q" + i, sources: body.include?.includes("web_search_call.action.sources") ? Array.from({ length: 20 }, (_, j) => ({ type: "url", url: `https://example.com/${i}/${j}` })) : undefined } });
  const text = words(outTok);
  const logprobs = padKB ? Array.from({ length: lpTokens }, (_, i) => ({ token: "lorem", logprob: -0.1, bytes: [108, 111], top_logprobs: Array.from({ length: 20 }, (_, j) => ({ token: "alt" + j, logprob: -1 - j, bytes: [97, 108, 116] })) })) : undefined;
  const msg = { type: "message", id: `msg_${id}`, status: "completed", role: "assistant", content: [{ type: "output_text", text, annotations: [], logprobs }] };
  if (req.headers["x-mock-order"] === "message-first") { output.unshift(msg); output.push({ ...msg, id: `msg2_${id}`, content: [{ type: "output_text", text: "", annotations: [] }] }); } else output.push(msg);
  return { id, object: "response", created_at: 1767225600, status: "completed", background: !!body.background, model: body.model, output, previous_response_id: body.previous_response_id ?? null, usage: { input_tokens: input, input_tokens_details: { cached_tokens: 0 }, output_tokens: outTok, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: input + outTok }, _searches: ns };
}
const pub = (r) => { const { _searches, ...rest } = r; return rest; };
function sse(res, events) { res.writeHead(200, { "content-type": "text/event-stream" }); for (const e of events) res.write(`event: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`); res.end(); }
function respEvents(r, delayMs) {
  const ev = [{ type: "response.created", sequence_number: 0, response: { ...pub(r), status: "in_progress", output: [], usage: null } }];
  r.output.forEach((it, i) => { ev.push({ type: "response.output_item.added", output_index: i, item: it }); ev.push({ type: "response.output_item.done", output_index: i, item: it }); });
  ev.push({ type: "response.completed", response: pub(r) });
  return ev;
}
function chunkedJson(res, obj) { res.writeHead(200, { "content-type": "application/json", "transfer-encoding": "chunked" }); const s = JSON.stringify(obj); for (let i = 0; i < s.length; i += 65536) res.write(s.slice(i, i + 65536)); res.end(); }
function anthMessage(req, body) {
  const tool = (body.tools || []).find((t) => /^web_search/.test(t.type || ""));
  const n = tool ? Math.min(searchesWanted(req, body), tool.max_uses ?? 1e9) : 0;
  const input = Math.ceil(txt(body.messages) / 4) + n * 300, outTok = Math.min(body.max_tokens, 40);
  const content = [];
  for (let i = 0; i < n; i++) { content.push({ type: "server_tool_use", id: `srvtoolu_${i}`, name: "web_search", input: { query: "q" + i } }); content.push({ type: "web_search_tool_result", tool_use_id: `srvtoolu_${i}`, content: [{ type: "web_search_result", url: "https://example.com", title: "t", encrypted_content: "x", page_age: null }] }); }
  content.push({ type: "text", text: words(outTok) });
  return { msg: { id: `msg_o${++seq}`, type: "message", role: "assistant", model: body.model, content, stop_reason: "end_turn", stop_sequence: null, usage: { input_tokens: input, output_tokens: outTok, cache_creation_input_tokens: 0, cache_read_input_tokens: 0, server_tool_use: { web_search_requests: n } } }, n, input, outTok };
}
http.createServer(async (req, res) => {
  const chunks = []; for await (const c of req) chunks.push(c);
  const raw = Buffer.concat(chunks).toString(); let body = {}; try { body = raw ? JSON.parse(raw) : {}; } catch {}
  const url = new URL(req.url, "http://x"); const key = keyOf(req); const p = url.pathname;
  const json = (code, o) => { res.writeHead(code, { "content-type": "application/json" }); res.end(JSON.stringify(o)); };
  if (p === "/ledger") return json(200, ledger);
  if (p === "/reset") { for (const k in ledger) delete ledger[k]; return json(200, {}); }
  if (req.method === "POST" && p === "/v1/responses") {
    const id = `resp_o${++seq}`; const r = makeResponse(req, body, id);
    bill(key, r.usage.input_tokens, r.usage.output_tokens, r._searches);
    if (body.store !== false) stored.set(id, r);
    if (body.background) return json(200, { ...pub(r), status: "queued", output: [], usage: null });
    if (body.stream) return sse(res, respEvents(r));
    return chunkedJson(res, pub(r));
  }
  let m;
  if (req.method === "GET" && (m = /^\/v1\/responses\/([^/]+)$/.exec(p))) {
    const r = stored.get(m[1]); if (!r) return json(404, { error: { message: "no such response", type: "invalid_request_error" } });
    if (url.searchParams.get("stream") === "true") return sse(res, respEvents(r));
    return chunkedJson(res, pub(r));
  }
  if (req.method === "POST" && (m = /^\/v1\/responses\/([^/]+)\/cancel$/.exec(p))) { const r = stored.get(m[1]); return r ? json(200, pub(r)) : json(404, {}); }
  if (req.method === "POST" && p === "/v1/chat/completions") {
    const search = /search/.test(body.model || "") ? 1 : 0;
    const input = Math.ceil(txt(body.messages) / 4) + search * 300, out = Math.min(body.max_tokens ?? body.max_completion_tokens ?? 64, 40);
    bill(key, input, out, search);
    const o = { id: `chatcmpl-o${++seq}`, object: "chat.completion", created: 1767225600, model: body.model, choices: [{ index: 0, message: { role: "assistant", content: words(out), annotations: [] }, finish_reason: "stop" }], usage: { prompt_tokens: input, completion_tokens: out, total_tokens: input + out } };
    if (body.stream) { res.writeHead(200, { "content-type": "text/event-stream" }); res.write(`data: ${JSON.stringify({ ...o, object: "chat.completion.chunk", choices: [{ index: 0, delta: { role: "assistant", content: o.choices[0].message.content }, finish_reason: "stop" }], usage: undefined })}\n\n`); if (body.stream_options?.include_usage) res.write(`data: ${JSON.stringify({ ...o, object: "chat.completion.chunk", choices: [] })}\n\n`); res.end("data: [DONE]\n\n"); return; }
    return json(200, o);
  }
  if (req.method === "POST" && p === "/v1/messages") {
    const a = anthMessage(req, body); bill(key, a.input, a.outTok, a.n);
    if (body.stream) { const { usage, content, ...rest } = a.msg; const ev = [{ type: "message_start", message: { ...rest, content: [], usage: { input_tokens: usage.input_tokens, output_tokens: 1 } } }]; content.forEach((c, i) => { ev.push({ type: "content_block_start", index: i, content_block: c }); ev.push({ type: "content_block_stop", index: i }); }); ev.push({ type: "message_delta", delta: { stop_reason: "end_turn", stop_sequence: null }, usage }); ev.push({ type: "message_stop" }); return sse(res, ev); }
    return json(200, a.msg);
  }
  if (req.method === "POST" && p === "/v1/messages/batches") {
    const id = `msgbatch_o${++seq}`; const lines = [];
    for (const r of body.requests || []) { const a = anthMessage(req, r.params); bill(key, a.input, a.outTok, a.n); lines.push({ custom_id: r.custom_id, result: { type: "succeeded", message: a.msg } }); }
    batches.set(id, lines);
    return json(200, { id, type: "message_batch", processing_status: "ended", request_counts: { processing: 0, succeeded: lines.length, errored: 0, canceled: 0, expired: 0 }, created_at: "2026-01-01T00:00:00Z", ended_at: "2026-01-01T00:00:00Z", expires_at: "2026-01-02T00:00:00Z", cancel_initiated_at: null, archived_at: null, results_url: `https://api.anthropic.com/v1/messages/batches/${id}/results` });
  }
  if (req.method === "GET" && (m = /^\/v1\/messages\/batches\/([^/]+)(\/results)?$/.exec(p))) {
    const lines = batches.get(m[1]); if (!lines) return json(404, { type: "error", error: { type: "not_found_error", message: "no batch" } });
    if (m[2]) { res.writeHead(200, { "content-type": "application/x-jsonl" }); return res.end(lines.map((l) => JSON.stringify(l)).join("\n") + "\n"); }
    return json(200, { id: m[1], type: "message_batch", processing_status: "ended", request_counts: { processing: 0, succeeded: lines.length, errored: 0, canceled: 0, expired: 0 }, results_url: `https://api.anthropic.com/v1/messages/batches/${m[1]}/results` });
  }
  json(404, { error: { message: `origin: no route ${req.method} ${p}`, type: "invalid_request_error" } });
}).listen(PORT, "127.0.0.1", () => console.log(`origin on ${PORT}`));
