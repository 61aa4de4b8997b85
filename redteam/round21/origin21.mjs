// Round 14 recording origin (round 13's origin13.mjs plus: GET /v1/responses/{id}?stream=true replays a stored response as SSE, 10 deltas 100 ms apart, then response.completed (with usage) RGAP ms later (default 1500), honouring starting_after; a cancel of an in_progress background job answers it cancelled and stops the job). Round 13 recording origin (127.0.0.1 only). Appends every request it receives to $LOG as one JSON line
// {t, method, url, headers, body} and answers in the provider's shape: chat / completions / responses / messages,
// JSON or SSE, with usage. Output tokens = min(cap, OUT=2000), cap = the request's output cap (max_completion_tokens,
// max_tokens, max_output_tokens), overridable per request by settings in the model name, "model@out=N,rz=R,gap=MS,cjk"
// (bgms: a background job runs that many ms; GET /stats: jobs running at once; cw / cr: an Anthropic answer reports the prompt as cache_creation / cache_read_input_tokens, input_tokens 10; inc: a Responses stream ends with response.incomplete (the cap was hit) instead of response.completed; rz: hidden reasoning tokens added to the final usage; gap: ms between the text and the usage event; cjk: one character per token). Streams are 20 chunks 50 ms apart. Background responses answer `queued`, GET returns the stored one.
import http from "node:http"; import fs from "node:fs";
const port = +(process.argv[2] ?? 19302); const OUT = +(process.env.OUT ?? 2000); const LOG = process.env.LOG ?? "origin.jsonl";
const stored = new Map(); const cancelled = new Set(); const mbatches = new Map(); let n = 0; const stats = { running: 0, maxRunning: 0 };
// background is read as a pydantic (lax mode) bool, as Python OpenAI-compatible servers (vLLM, LiteLLM, ...) read it:
// true, 1, "true", "1", "yes", "on", "t", "y" (any case) are true
const laxBool = (v) => v === true || v === 1 || (typeof v === "string" && ["true", "1", "yes", "on", "t", "y"].includes(v.toLowerCase()));
const lpAlt = (i) => ({ token: "x", logprob: -0.0123 * (i + 1), bytes: [120] });
const lpList = (k, top) => Array.from({ length: k }, () => ({ ...lpAlt(0), top_logprobs: Array.from({ length: top }, (_, i) => lpAlt(i)) }));
const send = (res, code, obj) => { res.statusCode = code; res.setHeader("content-type", "application/json"); res.end(JSON.stringify(obj)); };
const inf = new Map(); const ivs = []; stats.inflight = 0; stats.maxInflight = 0; stats.maxByKey = {}; stats.posts = 0;
http.createServer((req, res) => { if (req.url.startsWith("/v1/") && (req.method === "POST" || process.env.COUNT_GET)) { const k = String(req.headers.authorization ?? "").slice(-12); stats.posts++; stats.inflight++; stats.maxInflight = Math.max(stats.maxInflight, stats.inflight); stats.maxCombined = Math.max(stats.maxCombined ?? 0, stats.running + stats.inflight); const v = (inf.get(k) ?? 0) + 1; inf.set(k, v); stats.maxByKey[k] = Math.max(stats.maxByKey[k] ?? 0, v); const iv = { k, s: performance.now(), e: null, how: null }; ivs.push(iv); if (ivs.length > 200000) ivs.shift(); let o = true; const d = (how) => () => { if (o) { o = false; iv.e = performance.now(); iv.how = how + (res.writableEnded ? "" : "-cut"); stats.inflight--; inf.set(k, inf.get(k) - 1); } }; res.on("close", d("close")); res.on("finish", d("finish")); }
  if (req.url.startsWith("/ivs")) { const k = new URL(req.url, "http://x").searchParams.get("k"); res.setHeader("content-type", "application/json"); return res.end(JSON.stringify(ivs.filter((v) => v.k === k))); }
  const ch = []; req.on("data", (d) => ch.push(d)); req.on("end", () => {
  const buf = Buffer.concat(ch); const raw = buf.toString("utf8"); const u = new URL(req.url, "http://x"); const p = u.pathname;
  fs.appendFileSync(LOG, JSON.stringify({ t: Date.now(), method: req.method, url: req.url, headers: req.headers, len: buf.length, body: raw.slice(0, 200000) }) + "\n");
  let j = {}; try { j = JSON.parse(raw || "{}"); } catch {}
  const pt = Math.ceil(raw.length / 4); const id = (++n).toString(36) + Math.random().toString(36).slice(2, 8);
  const capOf = (...xs) => { const v = xs.filter((x) => typeof x === "number"); return v.length ? Math.min(...v) : 1e9; };
  // mock settings travel in the model name (the guard forwards no x-mock-* header by default): "o3@out=500,rz=1500,gap=1000,cjk"
  const MS = Object.fromEntries(String(j.model ?? "").split("@")[1]?.split(",").map((kv) => kv.split("=")).map(([k, v]) => [k, v ?? "1"]) ?? []);
  const mo = MS.out !== undefined ? +MS.out : null;
  const nn = Math.max(j.n ?? 1, j.best_of ?? 1);
  const RZ = +(MS.rz ?? 0); const GAP = +(MS.gap ?? 0); const CJK = !!MS.cjk;
  const txt = (k) => CJK ? "\u5b57".repeat(k) : "x ".repeat(k); // cjk: one character per token; default "x " (2 characters per token)
  if (p === "/stats") return send(res, 200, stats);
  if (p === "/stats/reset") { const cur = stats.inflight; for (const k of Object.keys(stats)) stats[k] = 0; stats.maxByKey = {}; stats.inflight = cur; stats.maxInflight = cur; return send(res, 200, stats); }
  if (req.method === "GET" && p.startsWith("/v1/models")) return send(res, 200, { object: "list", data: [] });
  if (req.method === "POST" && p === "/v1/messages/count_tokens") return send(res, 200, { input_tokens: pt });
  if (req.method === "POST" && p === "/v1/messages") {
    const c = mo ?? Math.min(capOf(j.max_tokens), OUT); const mid = "msg_" + id;
    // Anthropic prompt caching, as the API reports it: the prompt up to a cache_control breakpoint is billed as
    // cache_creation_input_tokens (first time, 1.25x) or cache_read_input_tokens, and input_tokens counts only what follows it
    const cached = MS.cw || MS.cr ? Math.max(0, pt - 10) : 0; const AIN = pt - cached;
    const ACACHE = { cache_creation_input_tokens: MS.cw ? cached : 0, cache_read_input_tokens: MS.cr ? cached : 0 };
    if (j.stream) { res.statusCode = 200; res.setHeader("content-type", "text/event-stream"); let cut = false; res.on("close", () => { if (!res.writableEnded) cut = true; });
      const ev = (type, o) => { if (!cut) res.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...o })}\n\n`); };
      ev("message_start", { message: { id: mid, type: "message", role: "assistant", model: j.model, content: [], stop_reason: null, usage: { input_tokens: AIN, ...ACACHE, output_tokens: 1 } } });
      ev("content_block_start", { index: 0, content_block: { type: "text", text: "" } }); let q = 0; const per = Math.ceil(c / 20);
      const tick = setInterval(() => { if (q < 20) { ev("content_block_delta", { index: 0, delta: { type: "text_delta", text: txt(Math.min(per, 400)) } }); q++; return; }
        clearInterval(tick); ev("content_block_stop", { index: 0 }); setTimeout(() => { ev("message_delta", { delta: { stop_reason: "end_turn" }, usage: { output_tokens: c + RZ } }); ev("message_stop", {}); if (!cut) res.end(); }, GAP); }, 50);
      return; }
    return send(res, 200, { id: mid, type: "message", role: "assistant", model: j.model, content: [{ type: "text", text: "x ".repeat(Math.min(c, 4000)) }], stop_reason: "end_turn", usage: { input_tokens: AIN, ...ACACHE, output_tokens: c } });
  }
  if (req.method === "POST" && p === "/v1/responses") {
    const c = mo ?? Math.min(capOf(j.max_output_tokens), OUT); const rid = "resp_" + id;
    // billed input: this body + the stored context named by previous_response_id (its input and output), as a real origin bills it;
    // an input_file given by file_url bills FILE_TOKENS (20,000) per file, as if the origin fetched a long document
    const prev = j.previous_response_id ? stored.get(j.previous_response_id) : null;
    if (j.previous_response_id && !prev) return send(res, 404, { error: { message: "Previous response not found", type: "invalid_request_error" } });
    const files = JSON.stringify(j.input ?? "").split('"file_url"').length - 1;
    const inTok = pt + (prev ? prev.usage.input_tokens + prev.usage.output_tokens : 0) + files * +(process.env.FILE_TOKENS ?? 20000);
    const r = { id: rid, object: "response", status: "completed", model: j.model, background: laxBool(j.background), output: [{ type: "message", id: "msg_" + id, role: "assistant", status: "completed", content: [{ type: "output_text", text: "x ".repeat(Math.min(c, 20000)), annotations: [] }] }], usage: { input_tokens: inTok, output_tokens: c, total_tokens: inTok + c }, top_logprobs: j.top_logprobs ?? 0 };
    if (j.store !== false || laxBool(j.background)) stored.set(rid, r);
    if (laxBool(j.background) && !j.stream) { const { usage, output, ...q } = r;
      if (MS.bgms) { // the job runs for bgms ms at the origin: retrieval answers in_progress until then; /stats counts jobs running at once
        stored.set(rid, { ...q, status: "in_progress", output: [] }); stats.running++; stats.maxRunning = Math.max(stats.maxRunning, stats.running); stats.maxCombined = Math.max(stats.maxCombined ?? 0, stats.running + stats.inflight - 1);
        setTimeout(() => { if (cancelled.has(rid)) return; stats.running--; stored.set(rid, r); }, +MS.bgms); }
      return send(res, 200, { ...q, status: MS.bgst ?? "queued", output: [] }); }
    if (j.stream) { res.statusCode = 200; res.setHeader("content-type", "text/event-stream"); let cut = false; res.on("close", () => { if (!res.writableEnded) cut = true; });
      const ev = (type, o) => { if (!cut) res.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...o })}\n\n`); };
      ev("response.created", { response: { ...r, status: "in_progress", output: [], usage: null } }); let q = 0; const per = Math.ceil(c / 20);
      const tick = setInterval(() => { if (q < 20) { ev("response.output_text.delta", { item_id: "msg_" + id, output_index: 0, content_index: 0, delta: txt(Math.min(per, 400)) }); q++; return; }
        clearInterval(tick); ev("response.output_item.done", { output_index: 0, item: r.output[0] }); setTimeout(() => { r.usage.output_tokens += RZ; r.usage.total_tokens += RZ; /* stream only */ r.usage.output_tokens_details = { reasoning_tokens: RZ }; if (MS.inc) { r.status = "incomplete"; r.incomplete_details = { reason: "max_output_tokens" }; } const lpOn = Array.isArray(j.include) && j.include.includes("message.output_text.logprobs") && j.top_logprobs; ev(MS.inc ? "response.incomplete" : "response.completed", { response: lpOn ? { ...r, output: [{ ...r.output[0], content: [{ ...r.output[0].content[0], logprobs: lpList(c, j.top_logprobs) }] }] } : r }); if (!cut) res.end(); }, GAP); }, 50);
      return; }
    if (Array.isArray(j.include) && j.include.includes("message.output_text.logprobs") && j.top_logprobs) { const body = JSON.stringify({ ...r, output: [{ ...r.output[0], content: [{ ...r.output[0].content[0], logprobs: lpList(c, j.top_logprobs) }] }] }); stats.lastPostBytes = body.length; res.statusCode = 200; res.setHeader("content-type", "application/json"); return res.end(body); }
    return send(res, 200, r);
  }
  if (req.method === "POST" && /^\/v1\/responses\/[^/]+\/cancel$/.test(p)) { const cid = p.split("/")[3]; const c0 = stored.get(cid);
    if (c0 && (c0.status === "in_progress" || c0.status === "queued")) { const cc = { ...c0, status: "cancelled" }; stored.set(cid, cc); cancelled.add(cid); stats.running--; return send(res, 200, cc); }
    const r = stored.get(cid); return r ? send(res, 200, r) : send(res, 404, { error: { message: "not found" } }); }
  if (req.method === "GET" && /^\/v1\/responses\/[^/]+$/.test(p) && u.searchParams.get("stream") === "true") {
    const r = stored.get(p.split("/")[3]); if (!r) return send(res, 404, { error: { message: "not found" } });
    const after = +(u.searchParams.get("starting_after") ?? -1); let seq = 0; res.statusCode = 200; res.setHeader("content-type", "text/event-stream"); let cut = false; res.on("close", () => { if (!res.writableEnded) cut = true; });
    const ev = (type, o) => { const s = seq++; if (!cut && s > after) res.write(`event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: s, ...o })}\n\n`); };
    const text = r.output?.[0]?.content?.[0]?.text ?? ""; const parts = 10; const per = Math.ceil(text.length / parts) || 1;
    ev("response.created", { response: { ...r, status: "in_progress", output: [], usage: null } }); let q = 0;
    const tick = setInterval(() => { if (cut) return clearInterval(tick); if (q < parts) { ev("response.output_text.delta", { item_id: r.output?.[0]?.id, output_index: 0, content_index: 0, delta: text.slice(q * per, (q + 1) * per) }); q++; return; }
      clearInterval(tick); ev("response.output_text.done", { item_id: r.output?.[0]?.id, output_index: 0, content_index: 0, text }); ev("response.output_item.done", { output_index: 0, item: r.output?.[0] });
      setTimeout(() => { ev("response.completed", { response: r }); if (!cut) res.end(); }, +(process.env.RGAP ?? 1500)); }, 100);
    return; }
  // GET with include message.output_text.logprobs: each output token carries its logprob and top_logprobs alternatives
  // (as many as the creating request's top_logprobs), as OpenAI's retrieve returns them
  if (req.method === "GET" && /^\/v1\/responses\/[^/]+$/.test(p) && u.search.includes("message.output_text.logprobs")) { const r0 = stored.get(p.split("/")[3]); if (!r0) return send(res, 404, { error: { message: "not found" } });
    if (r0.status !== "completed" || !r0.top_logprobs) return send(res, 200, r0);
    const k = Math.ceil((r0.output[0].content[0].text.length) / 2); const alt = (i) => ({ token: "x", logprob: -0.0123 * (i + 1), bytes: [120] });
    const lp = Array.from({ length: k }, () => ({ ...alt(0), top_logprobs: Array.from({ length: r0.top_logprobs }, (_, i) => alt(i)) }));
    const r = { ...r0, output: [{ ...r0.output[0], content: [{ ...r0.output[0].content[0], logprobs: lp }] }] }; const body = JSON.stringify(r); stats.lastGetBytes = body.length;
    res.statusCode = 200; res.setHeader("content-type", "application/json"); return res.end(body); }
  if (req.method === "GET" && /^\/v1\/responses\/[^/]+$/.test(p)) { const r = stored.get(p.split("/")[3]); return r ? send(res, 200, r) : send(res, 404, { error: { message: "not found" } }); }
  if (MS.fail) { const fin = () => send(res, +MS.fail, { error: { message: "origin fail", type: "server_error" } }); return MS.dl ? setTimeout(fin, +MS.dl) : fin(); }
  if (req.method === "POST" && (p === "/v1/chat/completions" || p === "/v1/completions")) {
    const c = mo ?? Math.min(capOf(j.max_completion_tokens, j.max_tokens), OUT); const chat = p === "/v1/chat/completions";
    const choice = (i, t) => chat ? { index: i, message: { role: "assistant", content: t }, finish_reason: "stop" } : { index: i, text: t, finish_reason: "stop" };
    const np = chat ? 1 : Array.isArray(j.prompt) ? j.prompt.length : 1;
    // round 20: an image_url / file by URL bills FILE_TOKENS input tokens in streams too (usage chunk), and dl=MS delays a JSON answer
    const urlIn0 = chat ? (JSON.stringify(j.messages ?? "").match(/"url":"https?:/g) ?? []).length * +(process.env.FILE_TOKENS ?? 20000) : 0;
    if (j.stream) { res.statusCode = 200; res.setHeader("content-type", "text/event-stream"); let cut = false; res.on("close", () => { if (!res.writableEnded) cut = true; });
      const cid = "chatcmpl-" + id; let q = 0; const per = Math.ceil(c / 20);
      stats.streams = (stats.streams ?? 0) + 1; stats.maxStreams = Math.max(stats.maxStreams ?? 0, stats.streams); let open = true; const done = () => { if (open) { open = false; stats.streams--; } }; res.on("close", done); res.on("finish", done);
      const tick = setInterval(() => { if (cut) return clearInterval(tick); if (q < 20) { res.write(`data: ${JSON.stringify({ id: cid, object: chat ? "chat.completion.chunk" : "text_completion", choices: [chat ? { index: 0, delta: { content: txt(Math.min(per, 400)) }, finish_reason: null } : { index: 0, text: txt(Math.min(per, 400)), finish_reason: null }] })}\n\n`); q++; return; }
        clearInterval(tick); res.write(`data: ${JSON.stringify({ id: cid, object: "chat.completion.chunk", choices: [{ index: 0, delta: {}, finish_reason: "stop" }] })}\n\n`);
        setTimeout(() => { stats.billed = (stats.billed ?? 0) + pt + urlIn0 + c * nn * np + RZ; if (cut) return; if (j.stream_options?.include_usage) res.write(`data: ${JSON.stringify({ id: cid, object: "chat.completion.chunk", choices: [], usage: { prompt_tokens: pt + urlIn0, completion_tokens: c * nn * np + RZ, total_tokens: pt + urlIn0 + c * nn * np + RZ, completion_tokens_details: { reasoning_tokens: RZ } } })}\n\n`); res.end("data: [DONE]\n\n"); }, GAP); }, 50);
      return; }
    // chat: an image_url / file given by URL bills FILE_TOKENS input tokens each (the origin fetches it); logprobs + top_logprobs: per-token entries
    const urlIn = chat ? (JSON.stringify(j.messages ?? "").match(/"url":"https?:/g) ?? []).length * +(process.env.FILE_TOKENS ?? 20000) : 0;
    const ans = { id: "cmpl-" + id, object: chat ? "chat.completion" : "text_completion", model: j.model, choices: Array.from({ length: nn * np }, (_, i) => ({ ...choice(i, "x ".repeat(Math.min(c, 20000))), ...(chat && j.logprobs && j.top_logprobs ? { logprobs: { content: lpList(c, j.top_logprobs) } } : {}) })), usage: { prompt_tokens: pt + urlIn, completion_tokens: c * nn * np, total_tokens: pt + urlIn + c * nn * np } };
    const body = JSON.stringify(ans); stats.lastPostBytes = body.length; stats.billed = (stats.billed ?? 0) + ans.usage.total_tokens;
    const fin = () => { res.statusCode = 200; res.setHeader("content-type", "application/json"); res.end(body); }; return MS.dl ? setTimeout(fin, +MS.dl) : fin();
  }
  if (req.method === "POST" && p === "/v1/embeddings") return send(res, 200, { object: "list", data: [{ object: "embedding", index: 0, embedding: [0.1, 0.2] }], usage: { prompt_tokens: pt, total_tokens: pt } });
  // round 32: FAIL_FILES / FAIL_BATCHES / FAIL_MSGBATCHES = "N:STATUS": the first N such creations answer STATUS (e.g. 429, as OpenAI's enqueued-token limit; 500)
  for (const [ev, route] of [["FAIL_FILES", "/v1/files"], ["FAIL_BATCHES", "/v1/batches"], ["FAIL_MSGBATCHES", "/v1/messages/batches"]]) {
    if (req.method === "POST" && p === route && process.env[ev]) { const [cnt, st] = process.env[ev].split(":").map(Number); stats[ev] = (stats[ev] ?? 0) + 1; if (stats[ev] <= cnt) return send(res, st, { error: { message: "origin says no (" + ev + ")", type: st === 429 ? "rate_limit_error" : "server_error", code: st === 429 ? "token_limit_exceeded" : null } }); }
  }
  if (req.method === "POST" && p === "/v1/files") return send(res, 200, { id: "file-" + id, object: "file", purpose: "batch", bytes: buf.length, filename: "x.jsonl" });
  if (req.method === "POST" && p === "/v1/batches") return send(res, 200, { id: "batch_" + id, object: "batch", endpoint: j.endpoint, input_file_id: j.input_file_id, status: "validating" });
  // message batches: stored, ended at once; results streamed line by line (RLINEMS ms apart, default 30), each request billed
  // its body's characters / 4 + 20,000 input tokens per document given by URL (source.type "url"), output = min(max_tokens, OUT)
  if (req.method === "POST" && p === "/v1/messages/batches") { const bid = "msgbatch_" + id;
    const lines = (j.requests ?? []).map((rq) => { const pr = rq.params ?? {}; const urls = JSON.stringify(pr.messages ?? "").split('"url"').length - 1; const c = Math.min(capOf(pr.max_tokens), OUT);
      const it = Math.ceil(JSON.stringify(pr).length / 4) + urls * +(process.env.FILE_TOKENS ?? 20000);
      return { custom_id: rq.custom_id, result: { type: "succeeded", message: { id: "msg_" + rq.custom_id + id, type: "message", role: "assistant", model: pr.model, content: [{ type: "text", text: "x ".repeat(Math.min(c, 4000)) }], stop_reason: "end_turn", usage: { input_tokens: it, output_tokens: c } } } }; });
    mbatches.set(bid, lines); return send(res, 200, { id: bid, type: "message_batch", processing_status: "in_progress", request_counts: { processing: lines.length }, results_url: null }); }
  if (req.method === "GET" && /^\/v1\/messages\/batches\/[^/]+$/.test(p)) { const bid = p.split("/")[4]; const L = mbatches.get(bid); if (!L) return send(res, 404, { type: "error", error: { type: "not_found_error", message: "nf" } });
    return send(res, 200, { id: bid, type: "message_batch", processing_status: "ended", request_counts: { succeeded: L.length, processing: 0, errored: 0, canceled: 0, expired: 0 }, results_url: `http://127.0.0.1:${port}/v1/messages/batches/${bid}/results` }); }
  if (req.method === "GET" && /^\/v1\/messages\/batches\/[^/]+\/results$/.test(p)) { const bid = p.split("/")[4]; const L = mbatches.get(bid); if (!L) return send(res, 404, { type: "error", error: { type: "not_found_error", message: "nf" } });
    res.statusCode = 200; res.setHeader("content-type", "application/binary"); let k = 0; let cut = false; res.on("close", () => { if (!res.writableEnded) cut = true; });
    const tick = setInterval(() => { if (cut) { stats.resultsCut = (stats.resultsCut ?? 0) + 1; stats.lastResultsLinesSent = k; return clearInterval(tick); } if (k < L.length) { res.write(JSON.stringify(L[k++]) + "\n"); return; } clearInterval(tick); stats.lastResultsLinesSent = k; res.end(); }, +(process.env.RLINEMS ?? 30));
    return; }
  return send(res, 200, { ok: true, method: req.method, path: p });
}); }).listen(port, "127.0.0.1");
