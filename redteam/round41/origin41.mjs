// Round 41 origin (copied from round 39b's origin39b.mjs; adds: a sha256/bytes record of every raw body, multipart
// /v1/files, /v1/messages/batches, /v1/completions, a per-request response delay `delayMs`).
// Round 39b origin: answers like the real OpenAI / Anthropic APIs (the shapes the official SDKs parse), and
// keeps a ledger of what it billed per key (billed[key] = input + output tokens as the provider reports them,
// Anthropic cache read/creation tokens included).
// Knobs (options): imageTokens (tokens billed per image, 765), lastChunkUsage (OpenAI-compatible origins that
// put `usage` on the last chunk beside its choices, as DeepSeek/vLLM/Together do), failFirst {path: [status, body, headers]}.
import http from "node:http";
import { createHash } from "node:crypto";
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export function tokOf(x) { // ~4 chars a token for Latin text, 1 a token for CJK/emoji; media parts billed flat
  let n = 0, o = 0; const s = typeof x === "string" ? x : JSON.stringify(x ?? "");
  for (const ch of s) { if (ch.codePointAt(0) > 0x2e80) n++; else o++; } return n + Math.ceil(o / 4);
}
export async function startOrigin39(port, opts = {}) {
  const O = { imageTokens: 765, lastChunkUsage: false, chunkDelayMs: 0, failFirst: {}, ...opts };
  const billed = {}; const log = []; let seq = 0; const responses = new Map(); const failCount = {};
  const bill = (k, n) => { billed[k] = (billed[k] || 0) + n; };
  // split the prompt into readable text and media; media billed flat
  function promptTokens(parts) {
    let media = 0; const txt = [];
    const walk = (v) => {
      if (v == null) return; if (typeof v === "string") { txt.push(v); return; } if (typeof v !== "object") return;
      if (Array.isArray(v)) return v.forEach(walk);
      if (v.type === "image_url" || v.type === "input_image" || v.type === "image" || v.type === "input_audio" || v.type === "document" || v.type === "file" || v.type === "input_file") { media++; return; }
      for (const [k, x] of Object.entries(v)) { if (k === "role" || k === "type") continue; walk(x); }
    };
    walk(parts); return tokOf(txt.join(" ")) + media * O.imageTokens;
  }
  const words = (n) => { const w = ["The", "answer", "is", "here", "and", "it", "goes", "on"]; const a = []; for (let i = 0; i < n; i++) a.push(w[i % w.length]); return a.join(" "); };
  const server = http.createServer(async (req, res) => {
    const chunks = []; for await (const c of req) chunks.push(c);
    const raw = Buffer.concat(chunks); const u = new URL(req.url, "http://x"); const p = u.pathname;
    const key = (req.headers["authorization"] || "").replace(/^Bearer /, "") || req.headers["x-api-key"] || "";
    let body = null; try { body = JSON.parse(raw.toString()); } catch {}
    const rec = { t: Date.now(), method: req.method, path: p, query: u.search, key, headers: req.headers, body, bytes: raw.length, sha: createHash("sha256").update(raw).digest("hex"), raw: O.keepRaw ? raw : undefined }; log.push(rec);
    if (O.delayMs) await sleep(O.delayMs);
    const json = (code, obj, h = {}) => { res.writeHead(code, { "content-type": "application/json", "x-request-id": "req_" + (++seq), ...h }); res.end(JSON.stringify(obj)); };
    const ff = O.failFirst[p]; if (ff) { failCount[p] = (failCount[p] || 0) + 1; if (failCount[p] <= ff[3]) return json(ff[0], ff[1], ff[2] || {}); }
    try {
      if (req.method === "POST" && p === "/v1/chat/completions") {
        const n = body.n ?? 1; const cap = body.max_completion_tokens ?? body.max_tokens ?? 100000;
        const pt = promptTokens(body.messages) + (body.tools ? tokOf(body.tools) : 0);
        const effort = body.reasoning_effort; const rt = /^(low|medium|high)$/.test(effort || "") ? Math.min(cap - 20 > 0 ? cap - 20 : 0, { low: 64, medium: 256, high: 1024 }[effort]) : 0;
        const last = body.messages[body.messages.length - 1];
        const wantTools = body.tools && body.tool_choice !== "none" && last.role !== "tool";
        const choices = []; let ct = 0;
        for (let i = 0; i < n; i++) {
          let msg, finish;
          if (wantTools) {
            const names = body.tools.map((t) => t.function.name); const k = body.parallel_tool_calls === false ? 1 : Math.min(2, names.length + 1);
            const calls = Array.from({ length: k }, (_, j) => ({ id: `call_${seq}_${i}_${j}`, type: "function", function: { name: names[j % names.length], arguments: JSON.stringify({ city: ["Paris", "東京"][j % 2], unit: "c" }) } }));
            msg = { role: "assistant", content: null, tool_calls: calls, refusal: null, annotations: [] }; finish = "tool_calls"; ct += 20 * k;
          } else if (body.response_format?.type === "json_schema") {
            const props = Object.keys(body.response_format.json_schema?.schema?.properties || { a: 1 });
            const o = {}; for (const k of props) o[k] = k === "steps" ? ["one", "two"] : "x"; msg = { role: "assistant", content: JSON.stringify(o), refusal: null, annotations: [] }; finish = "stop"; ct += 30;
          } else if (body.response_format?.type === "json_object") { msg = { role: "assistant", content: '{"ok":true}', refusal: null, annotations: [] }; finish = "stop"; ct += 5; }
          else { const len = Math.min(cap - rt, O.answerWords ?? 60); msg = { role: "assistant", content: words(len) + " 🎉 終わり", refusal: null, annotations: [] }; finish = len < (O.answerWords ?? 60) ? "length" : "stop"; ct += len + 3; }
          if (body.modalities?.includes("audio")) { msg.audio = { id: "audio_" + seq, data: Buffer.from("RIFF....WAVE").toString("base64"), expires_at: 2000000000, transcript: msg.content }; msg.content = null; ct += 100; }
          choices.push({ index: i, message: msg, logprobs: body.logprobs ? { content: [{ token: "The", logprob: -0.1, bytes: [84, 104, 101], top_logprobs: [] }], refusal: null } : null, finish_reason: finish });
        }
        ct += rt * n;
        const usage = { prompt_tokens: pt, completion_tokens: ct, total_tokens: pt + ct, prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 }, completion_tokens_details: { reasoning_tokens: rt * n, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 } };
        bill(key, pt + ct); rec.billed = pt + ct;
        const id = "chatcmpl-" + (++seq); const created = Math.floor(Date.now() / 1000);
        const base = { id, created, model: body.model, service_tier: body.service_tier ?? "default", system_fingerprint: "fp_39b" };
        if (!body.stream) return json(200, { ...base, object: "chat.completion", choices, usage });
        res.writeHead(200, { "content-type": "text/event-stream", "x-request-id": "req_" + seq });
        const send = (o) => res.write(`data: ${JSON.stringify({ ...base, object: "chat.completion.chunk", ...o })}\n\n`);
        const incl = body.stream_options?.include_usage;
        for (const c of choices) {
          send({ choices: [{ index: c.index, delta: { role: "assistant", content: c.message.tool_calls ? null : "", refusal: null }, logprobs: null, finish_reason: null }], ...(incl ? { usage: null } : {}) });
          if (c.message.tool_calls) {
            c.message.tool_calls.forEach((tc, j) => {
              send({ choices: [{ index: c.index, delta: { tool_calls: [{ index: j, id: tc.id, type: "function", function: { name: tc.function.name, arguments: "" } }] }, logprobs: null, finish_reason: null }], ...(incl ? { usage: null } : {}) });
              const a = tc.function.arguments; for (let q = 0; q < a.length; q += 7) send({ choices: [{ index: c.index, delta: { tool_calls: [{ index: j, function: { arguments: a.slice(q, q + 7) } }] }, logprobs: null, finish_reason: null }], ...(incl ? { usage: null } : {}) });
            });
          } else {
            const t = c.message.content ?? c.message.audio?.transcript ?? ""; const parts = [...t];
            for (let q = 0; q < parts.length; q += 9) { if (res.destroyed) { rec.cut = true; billed[key] -= rec.billed - (pt + Math.ceil(q / 4) + rt * n); return; } send({ choices: [{ index: c.index, delta: { content: parts.slice(q, q + 9).join("") }, logprobs: null, finish_reason: null }], ...(incl ? { usage: null } : {}) }); if (O.chunkDelayMs) await sleep(O.chunkDelayMs); }
          }
          const lastOne = c.index === choices.length - 1;
          if (O.lastChunkUsage && lastOne) send({ choices: [{ index: c.index, delta: {}, logprobs: null, finish_reason: c.finish_reason }], usage });
          else send({ choices: [{ index: c.index, delta: {}, logprobs: null, finish_reason: c.finish_reason }], ...(incl ? { usage: null } : {}) });
        }
        if (incl && !O.lastChunkUsage) send({ choices: [], usage });
        res.write("data: [DONE]\n\n"); res.end(); rec.whole = true; return;
      }
      if (req.method === "POST" && p === "/v1/responses") {
        const cap = body.max_output_tokens ?? 100000; let pt = promptTokens(body.input) + tokOf(body.instructions || "") + (body.tools ? tokOf(body.tools) : 0);
        if (body.previous_response_id) { const prev = responses.get(body.previous_response_id); if (!prev) return json(404, { error: { message: `Previous response with id '${body.previous_response_id}' not found.`, type: "invalid_request_error", param: "previous_response_id", code: "previous_response_not_found" } }); pt += prev.usage.input_tokens + prev.usage.output_tokens; }
        const id = "resp_" + (++seq) + "abc"; const created_at = Math.floor(Date.now() / 1000);
        const isFn = body.tools?.some((t) => t.type === "function") && !(Array.isArray(body.input) && body.input.some((x) => x.type === "function_call_output"));
        const rt = ({ low: 128, medium: 128, high: O.highReasoning ?? 128 })[body.reasoning?.effort] ?? 0;
        let output, ot;
        if (isFn) { const fn = body.tools.find((t) => t.type === "function"); output = [{ type: "function_call", id: "fc_" + seq, call_id: "call_" + seq, name: fn.name, arguments: '{"city":"Paris"}', status: "completed" }]; ot = 15; }
        else { const text = body.text?.format?.type === "json_schema" ? JSON.stringify(Object.fromEntries(Object.keys(body.text.format.schema?.properties || { a: 1 }).map((k) => [k, "x"]))) : words(Math.min(cap - rt, 50)) + " 🎉"; output = [{ type: "message", id: "msg_" + seq, status: "completed", role: "assistant", content: [{ type: "output_text", text, annotations: [], logprobs: [] }] }]; ot = tokOf(text) + 2; }
        if (rt) output.unshift({ type: "reasoning", id: "rs_" + seq, summary: body.reasoning.summary ? [{ type: "summary_text", text: "Thought about it." }] : [], ...(body.include?.includes("reasoning.encrypted_content") ? { encrypted_content: "gAAAA" + "x".repeat(200) } : {}) });
        let status = "completed", incomplete_details = null;
        if (rt + ot > cap) { status = "incomplete"; incomplete_details = { reason: "max_output_tokens" }; output = output.filter((x) => x.type === "reasoning"); ot = Math.max(0, cap - rt); }
        const usage = { input_tokens: pt, input_tokens_details: { cached_tokens: 0 }, output_tokens: Math.min(cap, ot + rt), output_tokens_details: { reasoning_tokens: Math.min(rt, cap) }, total_tokens: pt + Math.min(cap, ot + rt) };
        const full = { id, object: "response", created_at, status, incomplete_details, background: !!body.background, error: null, instructions: body.instructions ?? null, max_output_tokens: body.max_output_tokens ?? null, model: body.model, output, parallel_tool_calls: true, previous_response_id: body.previous_response_id ?? null, reasoning: { effort: body.reasoning?.effort ?? null, summary: null }, store: body.store !== false, temperature: 1, text: body.text ?? { format: { type: "text" } }, tool_choice: "auto", tools: body.tools ?? [], top_p: 1, truncation: "disabled", usage, metadata: body.metadata ?? {} };
        if (body.store !== false) responses.set(id, full);
        bill(key, usage.total_tokens); rec.billed = usage.total_tokens;
        if (body.background) return json(200, { ...full, status: "queued", output: [], usage: null });
        if (!body.stream) return json(200, full);
        res.writeHead(200, { "content-type": "text/event-stream" }); let sn = 0;
        const ev = (type, d) => res.write(`event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: sn++, ...d })}\n\n`);
        const shell = { ...full, status: "in_progress", output: [], usage: null };
        ev("response.created", { response: shell }); ev("response.in_progress", { response: shell });
        output.forEach((item, oi) => {
          if (item.type === "message") {
            ev("response.output_item.added", { output_index: oi, item: { ...item, status: "in_progress", content: [] } });
            ev("response.content_part.added", { item_id: item.id, output_index: oi, content_index: 0, part: { type: "output_text", text: "", annotations: [], logprobs: [] } });
            const t = [...item.content[0].text]; for (let q = 0; q < t.length; q += 9) ev("response.output_text.delta", { item_id: item.id, output_index: oi, content_index: 0, delta: t.slice(q, q + 9).join(""), logprobs: [] });
            ev("response.output_text.done", { item_id: item.id, output_index: oi, content_index: 0, text: item.content[0].text, logprobs: [] });
            ev("response.content_part.done", { item_id: item.id, output_index: oi, content_index: 0, part: item.content[0] });
          } else if (item.type === "function_call") {
            ev("response.output_item.added", { output_index: oi, item: { ...item, arguments: "", status: "in_progress" } });
            ev("response.function_call_arguments.delta", { item_id: item.id, output_index: oi, delta: item.arguments });
            ev("response.function_call_arguments.done", { item_id: item.id, output_index: oi, arguments: item.arguments });
          } else ev("response.output_item.added", { output_index: oi, item });
          ev("response.output_item.done", { output_index: oi, item });
        });
        ev("response.completed", { response: full }); res.end(); return;
      }
      let m;
      if ((m = p.match(/^\/v1\/responses\/([^/]+)$/)) && req.method === "GET") { const r = responses.get(m[1]); return r ? json(200, r) : json(404, { error: { message: "not found", type: "invalid_request_error", code: null, param: null } }); }
      if (req.method === "POST" && p === "/v1/embeddings") {
        const inp = Array.isArray(body.input) ? body.input : [body.input]; const pt = inp.reduce((a, s) => a + (Array.isArray(s) ? s.length : tokOf(String(s))), 0);
        const dim = body.dimensions ?? 1536; const vec = Array.from({ length: dim }, (_, i) => Math.round(Math.sin(i + 1) * 1e6) / 1e6);
        const emb = body.encoding_format === "base64" ? Buffer.from(new Float32Array(vec).buffer).toString("base64") : vec;
        bill(key, pt); rec.billed = pt;
        return json(200, { object: "list", data: inp.map((_, i) => ({ object: "embedding", index: i, embedding: emb })), model: body.model, usage: { prompt_tokens: pt, total_tokens: pt } });
      }
      if (req.method === "POST" && p === "/v1/moderations") return json(200, { id: "modr-1", model: "omni-moderation-latest", results: [{ flagged: false, categories: {}, category_scores: {} }] });
      if (req.method === "POST" && p === "/v1/messages/count_tokens") return json(200, { input_tokens: promptTokens(body.messages) + tokOf(body.system || "") });
      if (req.method === "POST" && p === "/v1/messages") {
        const cap = body.max_tokens; const sysTok = body.system ? promptTokens(body.system) : 0; const msgTok = promptTokens(body.messages) + (body.tools ? tokOf(body.tools) : 0);
        // cache_control on the system prompt: first request creates, later ones read
        const cached = JSON.stringify(body.system || "").includes("cache_control"); let cc = 0, cr = 0, it = msgTok + sysTok;
        if (cached) { const ck = key + "|" + JSON.stringify(body.system).length; if (O._cache?.has(ck)) cr = sysTok; else { cc = sysTok; (O._cache ??= new Set()).add(ck); } it = msgTok; }
        const think = body.thinking?.type === "enabled" ? Math.min(body.thinking.budget_tokens, 300) : 0;
        const last = body.messages[body.messages.length - 1]; const lastIsToolResult = Array.isArray(last.content) && last.content.some((c) => c.type === "tool_result");
        const content = []; if (think) content.push({ type: "thinking", thinking: words(think), signature: "EqQBCkgIARAB" + "s".repeat(40) });
        let stop = "end_turn", ot = think;
        if (body.tools?.length && !lastIsToolResult && body.tool_choice?.type !== "none") { body.tools.slice(0, 2).forEach((t, j) => content.push({ type: "tool_use", id: "toolu_" + seq + j, name: t.name, input: { city: j ? "東京" : "Paris" } })); stop = "tool_use"; ot += 30; }
        else { const len = Math.min(cap - think, O.answerWords ?? 60); content.push({ type: "text", text: words(len) + " 🎉", citations: null }); ot += len + 2; if (len < (O.answerWords ?? 60)) stop = "max_tokens"; }
        const usage = { input_tokens: it, cache_creation_input_tokens: cc, cache_read_input_tokens: cr, output_tokens: ot, service_tier: "standard" };
        bill(key, it + cc + cr + ot); rec.billed = it + cc + cr + ot; rec.usage = usage;
        const id = "msg_" + (++seq);
        if (!body.stream) return json(200, { id, type: "message", role: "assistant", model: body.model, content, stop_reason: stop, stop_sequence: null, usage }, { "request-id": "req_" + seq });
        res.writeHead(200, { "content-type": "text/event-stream", "request-id": "req_" + seq });
        const ev = (e, d) => res.write(`event: ${e}\ndata: ${JSON.stringify({ type: e, ...d })}\n\n`);
        ev("message_start", { message: { id, type: "message", role: "assistant", model: body.model, content: [], stop_reason: null, stop_sequence: null, usage: { ...usage, output_tokens: 1 } } });
        ev("ping", {});
        for (const [i, b] of content.entries()) {
          if (b.type === "thinking") { ev("content_block_start", { index: i, content_block: { type: "thinking", thinking: "", signature: "" } }); ev("content_block_delta", { index: i, delta: { type: "thinking_delta", thinking: b.thinking } }); ev("content_block_delta", { index: i, delta: { type: "signature_delta", signature: b.signature } }); }
          else if (b.type === "tool_use") { ev("content_block_start", { index: i, content_block: { ...b, input: {} } }); const a = JSON.stringify(b.input); for (let q = 0; q < a.length; q += 5) ev("content_block_delta", { index: i, delta: { type: "input_json_delta", partial_json: a.slice(q, q + 5) } }); }
          else { ev("content_block_start", { index: i, content_block: { type: "text", text: "" } }); const t = [...b.text]; for (let q = 0; q < t.length; q += 9) { if (res.destroyed) { rec.cut = true; billed[key] -= rec.billed - (it + cc + cr + think + Math.ceil(q / 4)); return; } ev("content_block_delta", { index: i, delta: { type: "text_delta", text: t.slice(q, q + 9).join("") } }); if (O.chunkDelayMs) await sleep(O.chunkDelayMs); } }
          ev("content_block_stop", { index: i });
        }
        ev("message_delta", { delta: { stop_reason: stop, stop_sequence: null }, usage: { output_tokens: ot } }); ev("message_stop", {}); res.end(); rec.whole = true; return;
      }

      if (req.method === "POST" && p === "/v1/files") {
        const s = raw.toString("latin1"); const purpose = (s.match(/name="purpose"\r\n\r\n([^\r]*)/) || [])[1];
        const fm = s.match(/name="file"[^\r]*\r\n(?:[^\r]*\r\n)*?\r\n([\s\S]*?)\r\n--/); const content = fm ? Buffer.from(fm[1], "latin1") : Buffer.alloc(0);
        rec.purpose = purpose; rec.fileBytes = content.length; rec.fileSha = createHash("sha256").update(content).digest("hex");
        return json(200, { id: "file-" + (++seq), object: "file", purpose, bytes: content.length, filename: "x", created_at: 1, status: "processed" });
      }
      if (req.method === "POST" && p === "/v1/messages/batches") {
        const id = "msgbatch_" + (++seq); rec.batchLines = body.requests.length;
        return json(200, { id, type: "message_batch", processing_status: "in_progress", request_counts: { processing: body.requests.length, succeeded: 0, errored: 0, canceled: 0, expired: 0 }, created_at: new Date().toISOString(), expires_at: new Date().toISOString(), ended_at: null, cancel_initiated_at: null, archived_at: null, results_url: null });
      }
      if (req.method === "POST" && p === "/v1/completions") {
        const cap = body.max_tokens ?? 16; const n = body.n ?? 1; const text = words(Math.min(cap, 40));
        const choices = Array.from({ length: n }, (_, i) => ({ index: i, text, logprobs: body.logprobs != null ? { tokens: ["x"], token_logprobs: [-0.1], top_logprobs: [{ x: -0.1 }], text_offset: [0] } : null, finish_reason: "stop" }));
        return json(200, { id: "cmpl-" + (++seq), object: "text_completion", created: 1, model: body.model, choices, usage: { prompt_tokens: 5, completion_tokens: 40 * n, total_tokens: 5 + 40 * n } });
      }
      if (p === "/v1/models") return json(200, { object: "list", data: [{ id: "gpt-4o-mini", object: "model", created: 1, owned_by: "x" }] });
      return json(404, { error: { message: "Unknown route " + p, type: "invalid_request_error", code: "unknown_url", param: null } });
    } catch (e) { rec.err = String(e); if (!res.headersSent) json(500, { error: { message: String(e), type: "server_error" } }); else res.end(); }
  });
  await new Promise((r) => server.listen(port, "127.0.0.1", r));
  return { billed, log, responses, O, server, resetFails: () => { for (const k of Object.keys(failCount)) delete failCount[k]; }, close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }) };
}
