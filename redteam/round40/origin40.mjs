// Round 40 origin: bills as OpenAI / Anthropic do, in time.
//  - tokens: a CJK character (code point > 0x2e80) is a token, other text 4 chars a token.
//  - generation runs at a rate (tokens/s, model flag rate=N, default O.rate); a stream the client leaves is billed
//    its input plus every token generated until the origin sees the connection close (res 'close').
//  - model flags (model "name|k=v|flag"): rate=N, startDelay=ms (prompt processing before message_start / first
//    chunk), think=N (Anthropic: N hidden thinking tokens before the text whenever body.thinking is present and its
//    type is not "disabled"; streamed as a summary a tenth its length), words=N (answer length), nullin (message_delta
//    usage with null input fields), multidelta (two message_delta events, the second with output only),
//    reason=N (Responses reasoning tokens), usageDelay=ms (chat: between the finish chunk and the usage chunk), run=ms (background job duration).
//  - chat: a search model (its name contains "search": gpt-4o-search-preview, gpt-5-search-api) or web_search_options adds ADD input tokens (search content).
//  - Anthropic tool of a type other than custom, mcp_servers, container: ADD input tokens, reported in message_delta.
//  - Responses background: GET while running answers in_progress with usage null; a cancel while running answers
//    cancelled with usage null and bills what the job generated until then; GET ?stream=true replays events.
import http from "node:http";
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export function tokOf(x) { let n = 0, o = 0; const s = typeof x === "string" ? x : JSON.stringify(x ?? ""); for (const ch of s) { if (ch.codePointAt(0) > 0x2e80) n++; else o++; } return n + Math.ceil(o / 4); }
export async function startOrigin40(port, opts = {}) {
  const O = { rate: 200, ADD: 50000, ...opts };
  const billed = {}; const log = []; let seq = 0; const jobs = new Map();
  const bill = (k, n) => { billed[k] = (billed[k] || 0) + n; };
  const flags = (model) => { const f = {}; for (const p of String(model || "").split("|").slice(1)) { const [k, v] = p.split("="); f[k] = v === undefined ? true : +v; } return f; };
  const server = http.createServer(async (req, res) => {
    const chunks = []; for await (const c of req) chunks.push(c);
    const raw = Buffer.concat(chunks); const u = new URL(req.url, "http://x"); const p = u.pathname;
    const key = (req.headers["authorization"] || "").replace(/^Bearer /, "") || req.headers["x-api-key"] || "";
    let body = null; try { body = JSON.parse(raw.toString()); } catch {}
    const rec = { t: Date.now(), method: req.method, path: p, query: u.search, key, headers: req.headers, body, bytes: raw.length }; log.push(rec);
    let closed = false; res.on("close", () => { closed = true; rec.closeAt = Date.now(); });
    const json = (code, obj) => { res.writeHead(code, { "content-type": "application/json" }); res.end(JSON.stringify(obj)); };
    const f = flags(body?.model); const rate = f.rate ?? O.rate;
    // generate n tokens at rate, calling emit(k) for each 50 ms slice; returns tokens generated before close
    async function gen(n, emit) { let done = 0; const per = Math.max(1, Math.round(rate / 20)); const t0 = Date.now();
      while (done < n) { if (closed) break; const k = Math.min(per, n - done); done += k; emit(k); const next = t0 + (done / rate) * 1000; const w = next - Date.now(); if (w > 0) await sleep(w); }
      return done; }
    try {
      if (req.method === "POST" && p === "/v1/messages") {
        const cap = body.max_tokens; const id = "msg_" + (++seq);
        const own = tokOf(body.messages) + tokOf(body.system || "") + (body.tools ? tokOf(body.tools) : 0);
        const server = (body.tools || []).some((t) => t && t.type && t.type !== "custom") || body.mcp_servers?.length > 0 || !!body.container;
        const add = server ? O.ADD : 0; const thinkOn = body.thinking && body.thinking.type !== "disabled"; const think = thinkOn ? Math.min(f.think ?? 0, cap - 1) : 0;
        const words = Math.min(cap - think, f.words ?? cap);
        rec.own = own; rec.add = add; rec.think = think;
        if (!body.stream) { const usage = { input_tokens: own + add, cache_creation_input_tokens: 0, cache_read_input_tokens: 0, output_tokens: think + words }; bill(key, own + add + think + words); rec.billed = own + add + think + words; await sleep(((think + words) / rate) * 1000); return json(200, { id, type: "message", role: "assistant", model: body.model, content: [...(think ? [{ type: "thinking", thinking: "t", signature: "s" }] : []), { type: "text", text: "tok ".repeat(words) }], stop_reason: "end_turn", stop_sequence: null, usage }); }
        res.writeHead(200, { "content-type": "text/event-stream" });
        const ev = (e, d) => { if (!closed) res.write(`event: ${e}\ndata: ${JSON.stringify({ type: e, ...d })}\n\n`); };
        bill(key, own); rec.billed = own; // input is billed once the prompt is processed
        if (f.startDelay) await sleep(f.startDelay);
        if (closed) { rec.cut = "before message_start"; return; }
        ev("message_start", { message: { id, type: "message", role: "assistant", model: body.model, content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: own, cache_creation_input_tokens: 0, cache_read_input_tokens: 0, output_tokens: 1 } } });
        let idx = 0, out = 0;
        if (add) { ev("content_block_start", { index: idx, content_block: { type: "server_tool_use", id: "srvtoolu_1", name: "web_search", input: {} } }); ev("content_block_stop", { index: idx++ }); bill(key, add); rec.billed += add; await sleep(200); ev("content_block_start", { index: idx, content_block: { type: "web_search_tool_result", tool_use_id: "srvtoolu_1", content: [] } }); ev("content_block_stop", { index: idx++ }); }
        if (think) { ev("content_block_start", { index: idx, content_block: { type: "thinking", thinking: "", signature: "" } });
          let acc = 0; const got = await gen(think, (k) => { bill(key, k); rec.billed += k; out += k; acc += k; if (acc >= 40) { ev("content_block_delta", { index: idx, delta: { type: "thinking_delta", thinking: "summary " } }); acc = 0; } });
          if (got < think) { rec.cut = "thinking"; return; }
          ev("content_block_delta", { index: idx, delta: { type: "signature_delta", signature: "sig" } }); ev("content_block_stop", { index: idx++ }); }
        ev("content_block_start", { index: idx, content_block: { type: "text", text: "" } });
        const got = await gen(words, (k) => { bill(key, k); rec.billed += k; out += k; ev("content_block_delta", { index: idx, delta: { type: "text_delta", text: "tok ".repeat(k) } }); });
        if (got < words) { rec.cut = "text"; rec.generated = out; return; }
        ev("content_block_stop", { index: idx });
        let u = { input_tokens: own + add, cache_creation_input_tokens: 0, cache_read_input_tokens: 0, output_tokens: out };
        if (f.nullin) u = { input_tokens: null, cache_creation_input_tokens: null, cache_read_input_tokens: null, output_tokens: out, server_tool_use: null };
        if (f.multidelta) { ev("message_delta", { delta: { stop_reason: null, stop_sequence: null }, usage: u }); ev("message_delta", { delta: { stop_reason: "end_turn", stop_sequence: null }, usage: { output_tokens: out } }); }
        else ev("message_delta", { delta: { stop_reason: "end_turn", stop_sequence: null }, usage: u });
        ev("message_stop", {}); res.end(); rec.whole = true; return;
      }
      if (req.method === "POST" && p === "/v1/chat/completions") {
        const cap = body.max_completion_tokens ?? body.max_tokens ?? 4096; const search = !!body.web_search_options || /search/.test(String(body.model).split("|")[0]); const own = tokOf(body.messages) + (search ? O.ADD : 0); rec.add = search ? O.ADD : 0; const words = Math.min(cap, f.words ?? cap);
        const id = "chatcmpl-" + (++seq); bill(key, own); rec.billed = own; rec.own = own;
        if (!body.stream) { await sleep((words / rate) * 1000); bill(key, words); rec.billed += words; return json(200, { id, object: "chat.completion", model: body.model, choices: [{ index: 0, message: { role: "assistant", content: "tok ".repeat(words) }, finish_reason: "stop" }], usage: { prompt_tokens: own, completion_tokens: words, total_tokens: own + words } }); }
        res.writeHead(200, { "content-type": "text/event-stream" });
        const w = (d) => { if (!closed) res.write(`data: ${JSON.stringify({ id, object: "chat.completion.chunk", model: body.model, ...d })}\n\n`); };
        if (f.startDelay) await sleep(f.startDelay);
        w({ choices: [{ index: 0, delta: { role: "assistant", content: "" } }] });
        const got = await gen(words, (k) => { bill(key, k); rec.billed += k; w({ choices: [{ index: 0, delta: { content: "tok ".repeat(k) } }] }); });
        if (got < words) { rec.cut = "text"; return; }
        w({ choices: [{ index: 0, delta: {}, finish_reason: "stop" }] });
        if (f.usageDelay) await sleep(f.usageDelay);
        if (body.stream_options?.include_usage) w({ choices: [], usage: { prompt_tokens: own, completion_tokens: words, total_tokens: own + words } });
        res.write("data: [DONE]\n\n"); res.end(); rec.whole = true; return;
      }
      if (req.method === "POST" && p === "/v1/responses") {
        const cap = body.max_output_tokens ?? 100000; const own = tokOf(body.input) + tokOf(body.instructions || "");
        const reason = Math.min(f.reason ?? 0, cap); const words = Math.min(cap - reason, f.words ?? 50); const id = "resp_" + (++seq) + "x";
        const runMs = f.run ?? 0; const outTotal = reason + words;
        const mk = (status, usage) => ({ id, object: "response", created_at: Math.floor(rec.t / 1000), status, background: !!body.background, model: body.model, max_output_tokens: body.max_output_tokens ?? null, store: body.store !== false,
          output: status === "completed" ? [...(reason ? [{ type: "reasoning", id: "rs_" + id, summary: [] }] : []), { type: "message", id: "msg_" + id, status: "completed", role: "assistant", content: [{ type: "output_text", text: "tok ".repeat(words), annotations: [] }] }] : [],
          usage: usage ? { input_tokens: own, input_tokens_details: { cached_tokens: 0 }, output_tokens: outTotal, output_tokens_details: { reasoning_tokens: reason }, total_tokens: own + outTotal } : null, error: null, incomplete_details: null });
        const job = { id, key, own, outTotal, runMs, start: Date.now(), state: "running", mk, billedFinal: false };
        job.finish = () => { if (job.state === "running" && Date.now() - job.start >= runMs) { job.state = "completed"; bill(key, own + outTotal); job.billedFinal = true; } };
        jobs.set(id, job); rec.id = id;
        if (body.background && !body.stream) { job.finish(); return json(200, { ...mk("queued", false) }); }
        if (!body.stream) { await sleep(runMs); job.finish(); return json(200, mk("completed", true)); }
        res.writeHead(200, { "content-type": "text/event-stream" }); let sn = 0;
        const ev = (type, d) => { if (!closed) res.write(`event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: sn++, ...d })}\n\n`); };
        ev("response.created", { response: mk("queued", false) }); ev("response.in_progress", { response: mk("in_progress", false) });
        const steps = 20; for (let i = 0; i < steps; i++) { await sleep(runMs / steps); if (!body.background && closed) { job.state = "cut"; bill(key, own + Math.round(outTotal * i / steps)); return; } ev("response.output_text.delta", { item_id: "msg_" + id, output_index: 0, content_index: 0, delta: "tok " }); }
        job.finish(); ev("response.completed", { response: mk("completed", true) }); res.end(); return;
      }
      let m;
      if ((m = p.match(/^\/v1\/responses\/([^/]+)(\/cancel|\/input_items)?$/))) {
        const job = jobs.get(m[1]); if (!job) return json(404, { error: { message: "not found", type: "invalid_request_error" } });
        job.finish();
        if (m[2] === "/input_items") return json(200, { object: "list", data: [{ type: "message", role: "user", content: [{ type: "input_text", text: "x" }] }], has_more: false });
        if (m[2] === "/cancel" && req.method === "POST") {
          if (job.state === "running") { job.state = "cancelled"; const frac = Math.min(1, (Date.now() - job.start) / job.runMs); job.billedPart = job.own + Math.round(job.outTotal * frac); bill(job.key, job.billedPart); }
        }
        const r = job.state === "completed" ? job.mk("completed", true) : job.mk(job.state === "cancelled" ? "cancelled" : "in_progress", false);
        if (u.searchParams.get("stream") === "true") {
          res.writeHead(200, { "content-type": "text/event-stream" }); let sn = 0; const after = +(u.searchParams.get("starting_after") ?? -1);
          const evs = [["response.created", { response: job.mk("queued", false) }], ["response.in_progress", { response: job.mk("in_progress", false) }]];
          for (let i = 0; i < 20; i++) evs.push(["response.output_text.delta", { item_id: "m", output_index: 0, content_index: 0, delta: "tok " }]);
          if (r.status === "completed") evs.push(["response.completed", { response: r }]);
          for (const [type, d] of evs) { const s = sn++; if (s <= after) continue; if (closed) return; res.write(`event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: s, ...d })}\n\n`); await sleep(f.replayMs ?? 20); }
          res.end(); return;
        }
        return json(200, r);
      }
      if (req.method === "POST" && p === "/v1/responses/input_tokens") return json(200, { object: "response.input_tokens", input_tokens: tokOf(body.input) });
      if (p === "/v1/models") return json(200, { object: "list", data: [{ id: "m", object: "model" }] });
      return json(404, { error: { message: "Unknown route " + p, type: "invalid_request_error" } });
    } catch (e) { rec.err = String(e); if (!res.headersSent) json(500, { error: { message: String(e) } }); else res.end(); }
  });
  await new Promise((r) => server.listen(port, "127.0.0.1", r));
  return { billed, log, jobs, O, server, close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }) };
}
