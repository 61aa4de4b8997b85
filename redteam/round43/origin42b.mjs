// Round 42b origin: an OpenAI-compatible origin that counts and bills tokens with OpenAI's real tokenizers
// (gpt-tokenizer's o200k_base / cl100k_base, installed outside the project: /work/rt42b-tok, or $TOK_DIR).
//  - chat: prompt_tokens as the API counts them (OpenAI cookbook, gpt-4o family): 3 tokens per message, the role, the
//    content (text parts), a name (+1), then 3 for the reply primer; images by OpenAI's published tile rules
//    (gpt-4o: 85 + 170 per 512px tile, low detail 85; gpt-4o-mini: 2833 + 5667 per tile, low 2833); tools: their JSON.
//  - responses: the same template on `input` (a string is one user message) plus `instructions` as a system message.
//  - completions: the prompt's tokens (token-ID arrays count their IDs); embeddings: each input's tokens (cl100k for
//    text-embedding-3-*, no template), limits 2048 inputs, 8192 tokens an input, 300,000 a request (400 over them).
//  - context windows: gpt-4.1* 1,047,576, gpt-5* 400,000, else 128,000; a request over it is a 400 and bills nothing.
//  - generation at a rate (tokens/s, model flag rate=N, default 200); the input is billed once the prompt is read, the
//    output token by token until the origin sees the connection close (what the providers bill for a cut stream).
//  - model flags: "gpt-4.1|rate=400|words=300" (words = answer length in tokens, default: the cap).
//  - embeddings answers are written in 64 KB pieces (chunked), floats with 8 digits, `usage` last, as the API does.
import http from "node:http";
const TOK = process.env.TOK_DIR || "/work/rt42b-tok";
const o200 = await import(`${TOK}/node_modules/gpt-tokenizer/esm/encoding/o200k_base.js`);
const cl100 = await import(`${TOK}/node_modules/gpt-tokenizer/esm/encoding/cl100k_base.js`);
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const baseModel = (m) => String(m || "").split("|")[0];
export const encFor = (model) => (/^(text-embedding|gpt-3\.5|gpt-4$|gpt-4-)/.test(baseModel(model)) ? cl100 : o200);
export const ntok = (s, model = "gpt-4o") => (s ? encFor(model).encode(String(s), { allowedSpecial: new Set() }).length : 0);
export function contextOf(model) { const b = baseModel(model); return /^gpt-4\.1/.test(b) ? 1047576 : /^gpt-5/.test(b) ? 400000 : 128000; }
// OpenAI's image rules (platform.openai.com/docs/guides/images-vision, "Calculating costs")
export function imageTokens(model, w, h, detail = "auto") {
  const mini = /^gpt-4o-mini/.test(baseModel(model)); const base = mini ? 2833 : 85, per = mini ? 5667 : 170;
  if (detail === "low") return base;
  let W = w, H = h; const f1 = Math.min(1, 2048 / Math.max(W, H)); W *= f1; H *= f1; const f2 = Math.min(1, 768 / Math.min(W, H)); W *= f2; H *= f2;
  return base + per * Math.ceil(W / 512) * Math.ceil(H / 512);
}
function imageDims(url) {
  try {
    if (url.startsWith("data:")) { const b = Buffer.from(url.slice(url.indexOf(",") + 1, url.indexOf(",") + 200), "base64"); if (b.toString("latin1", 1, 4) === "PNG") return [b.readUInt32BE(16), b.readUInt32BE(20)]; }
    const u = new URL(url); return [+(u.searchParams.get("w") || 1024), +(u.searchParams.get("h") || 1024)];
  } catch { return [1024, 1024]; }
}
function partsTokens(content, model) {
  if (typeof content === "string") return ntok(content, model);
  if (!Array.isArray(content)) return 0;
  let n = 0;
  for (const p of content) {
    if (!p || typeof p !== "object") continue;
    if (typeof p.text === "string") n += ntok(p.text, model);
    const img = p.image_url ?? (p.type === "input_image" ? { url: p.image_url, detail: p.detail } : null);
    if (img) { const url = typeof img === "string" ? img : img.url; const [w, h] = imageDims(String(url || "")); n += imageTokens(model, w, h, (typeof img === "object" && img.detail) || p.detail || "auto"); }
  }
  return n;
}
export function chatPromptTokens(body) {
  const m = body.model; let n = 3;
  for (const msg of body.messages || []) { n += 3 + ntok(msg.role, m) + partsTokens(msg.content, m); if (msg.name) n += 1 + ntok(msg.name, m); if (msg.tool_calls) n += ntok(JSON.stringify(msg.tool_calls), m); }
  if (body.tools) n += ntok(JSON.stringify(body.tools), m);
  return n;
}
export function responsesInputTokens(body) {
  const m = body.model; let n = 3;
  if (body.instructions) n += 3 + 1 + ntok(body.instructions, m);
  const items = typeof body.input === "string" ? [{ role: "user", content: body.input }] : body.input || [];
  for (const it of items) { n += 3 + ntok(it.role || "user", m) + partsTokens(it.content ?? it.output ?? "", m); }
  return n;
}
export function embeddingInputs(input) { return typeof input === "string" ? [input] : Array.isArray(input) && input.length && typeof input[0] === "number" ? [input] : input || []; }
const ANSWER = "The committee reviewed the proposal and found that the budget, the schedule and the staffing plan were consistent with the goals agreed in the spring. ";
function answerOf(tokens, model) { // a text of exactly `tokens` tokens, as a list of per-token strings
  const ids = encFor(model).encode(ANSWER.repeat(Math.ceil(tokens / 25) + 2)).slice(0, tokens);
  return ids.map((id) => encFor(model).decode([id]));
}
export async function startOrigin42b(port, opts = {}) {
  const O = { rate: 200, ...opts };
  const billed = {}; const log = []; let seq = 0;
  const bill = (k, p, c) => { const b = (billed[k] ||= { prompt: 0, completion: 0, total: 0 }); b.prompt += p; b.completion += c; b.total += p + c; };
  const flags = (model) => { const f = {}; for (const p of String(model || "").split("|").slice(1)) { const [k, v] = p.split("="); f[k] = v === undefined ? true : +v; } return f; };
  const server = http.createServer(async (req, res) => {
    const chunks = []; for await (const c of req) chunks.push(c);
    const raw = Buffer.concat(chunks); const u = new URL(req.url, "http://x"); const p = u.pathname;
    const key = (req.headers["authorization"] || "").replace(/^Bearer /, "") || req.headers["x-api-key"] || "";
    let body = null; try { body = JSON.parse(raw.toString()); } catch {}
    const rec = { t: Date.now(), method: req.method, path: p, key, bytes: raw.length, prompt: 0, completion: 0 }; log.push(rec);
    let closed = false; res.on("close", () => { closed = true; rec.closeAt = Date.now(); });
    const json = (code, obj) => { const s = JSON.stringify(obj); res.writeHead(code, { "content-type": "application/json", "content-length": Buffer.byteLength(s) }); res.end(s); };
    const err = (msg, code = "invalid_request_error", status = 400) => json(status, { error: { message: msg, type: "invalid_request_error", param: null, code } });
    const f = flags(body?.model); const rate = f.rate ?? O.rate;
    const chargeIn = (n) => { bill(key, n, 0); rec.prompt = n; };
    const chargeOut = (n) => { bill(key, 0, n); rec.completion += n; };
    async function gen(n, emit) { let done = 0; const per = Math.max(1, Math.round(rate / 20)); const t0 = Date.now();
      while (done < n) { if (closed) break; const k = Math.min(per, n - done); done += k; chargeOut(k); emit(done - k, k); const w = t0 + (done / rate) * 1000 - Date.now(); if (w > 0) await sleep(w); }
      return done; }
    try {
      if (req.method === "POST" && p === "/v1/chat/completions") {
        const pt = chatPromptTokens(body); rec.own = pt;
        if (pt > contextOf(body.model)) return err(`This model's maximum context length is ${contextOf(body.model)} tokens. However, your messages resulted in ${pt} tokens.`, "context_length_exceeded");
        const cap = body.max_completion_tokens ?? body.max_tokens ?? 4096; const words = Math.min(cap, f.words ?? cap); const n = body.n ?? 1;
        const id = "chatcmpl-" + (++seq); chargeIn(pt); const toks = answerOf(words, body.model);
        if (!body.stream) { await sleep((words * n / rate) * 1000); chargeOut(words * n); return json(200, { id, object: "chat.completion", created: Math.floor(Date.now() / 1000), model: baseModel(body.model), choices: Array.from({ length: n }, (_, i) => ({ index: i, message: { role: "assistant", content: toks.join(""), refusal: null }, logprobs: null, finish_reason: words < cap ? "stop" : "length" })), usage: { prompt_tokens: pt, completion_tokens: words * n, total_tokens: pt + words * n, prompt_tokens_details: { cached_tokens: 0 }, completion_tokens_details: { reasoning_tokens: 0 } } }); }
        res.writeHead(200, { "content-type": "text/event-stream" });
        const w = (d) => { if (!closed) res.write(`data: ${JSON.stringify({ id, object: "chat.completion.chunk", created: Math.floor(Date.now() / 1000), model: baseModel(body.model), ...(body.stream_options?.include_usage ? { usage: null } : {}), ...d })}\n\n`); };
        w({ choices: [{ index: 0, delta: { role: "assistant", content: "", refusal: null }, finish_reason: null }] });
        const got = await gen(words, (i, k) => w({ choices: [{ index: 0, delta: { content: toks.slice(i, i + k).join("") }, finish_reason: null }] }));
        if (got < words) { rec.cut = true; return; }
        w({ choices: [{ index: 0, delta: {}, finish_reason: words < cap ? "stop" : "length" }] });
        if (body.stream_options?.include_usage) w({ choices: [], usage: { prompt_tokens: pt, completion_tokens: words, total_tokens: pt + words, prompt_tokens_details: { cached_tokens: 0 }, completion_tokens_details: { reasoning_tokens: 0 } } });
        res.write("data: [DONE]\n\n"); res.end(); rec.whole = true; return;
      }
      if (req.method === "POST" && p === "/v1/responses") {
        const pt = responsesInputTokens(body); rec.own = pt;
        if (pt > contextOf(body.model)) return err("Your input exceeds the context window of this model.", "context_length_exceeded");
        const cap = body.max_output_tokens ?? 4096; const words = Math.min(cap, f.words ?? cap); const id = "resp_" + (++seq);
        chargeIn(pt); const toks = answerOf(words, body.model);
        const mk = (status, out) => ({ id, object: "response", created_at: Math.floor(rec.t / 1000), status, model: baseModel(body.model), store: body.store !== false, output: out == null ? [] : [{ type: "message", id: "msg_" + id, status: "completed", role: "assistant", content: [{ type: "output_text", text: toks.slice(0, out).join(""), annotations: [] }] }], usage: out == null ? null : { input_tokens: pt, input_tokens_details: { cached_tokens: 0 }, output_tokens: out, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: pt + out } });
        if (!body.stream) { await sleep((words / rate) * 1000); chargeOut(words); return json(200, mk("completed", words)); }
        res.writeHead(200, { "content-type": "text/event-stream" }); let sn = 0;
        const ev = (type, d) => { if (!closed) res.write(`event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: sn++, ...d })}\n\n`); };
        ev("response.created", { response: mk("in_progress", null) });
        const got = await gen(words, (i, k) => ev("response.output_text.delta", { item_id: "msg_" + id, output_index: 0, content_index: 0, delta: toks.slice(i, i + k).join("") }));
        if (got < words) { rec.cut = true; return; }
        ev("response.completed", { response: mk("completed", words) }); res.end(); rec.whole = true; return;
      }
      if (req.method === "POST" && p === "/v1/completions") {
        const prompts = typeof body.prompt === "string" ? [body.prompt] : Array.isArray(body.prompt) && typeof body.prompt[0] === "number" ? [body.prompt] : body.prompt || [""];
        const pt = prompts.reduce((a, x) => a + (Array.isArray(x) ? x.length : ntok(x, body.model)), 0);
        if (pt > contextOf(body.model) * prompts.length) return err("context length exceeded", "context_length_exceeded");
        const cap = body.max_tokens ?? 16; const words = Math.min(cap, f.words ?? cap); chargeIn(pt);
        await sleep((words * prompts.length / rate) * 1000); chargeOut(words * prompts.length);
        const t = answerOf(words, body.model).join("");
        return json(200, { id: "cmpl-" + (++seq), object: "text_completion", model: baseModel(body.model), choices: prompts.map((_, i) => ({ index: i, text: t, finish_reason: "length", logprobs: null })), usage: { prompt_tokens: pt, completion_tokens: words * prompts.length, total_tokens: pt + words * prompts.length } });
      }
      if (req.method === "POST" && p === "/v1/embeddings") {
        const inputs = embeddingInputs(body.input);
        if (inputs.length > 2048) return err("'$.input' is too long. Expected an array with maximum length 2048.");
        let pt = 0; for (const x of inputs) { const n = Array.isArray(x) ? x.length : ntok(x, body.model); if (n > 8192) return err(`This model's maximum context length is 8192 tokens, however you requested ${n} tokens`, "context_length_exceeded"); pt += n; }
        if (pt > 300000) return err(`Requested ${pt} tokens, max 300000 tokens per request`, "max_tokens_per_request");
        chargeIn(pt); rec.inputs = inputs.length;
        const dims = body.dimensions ?? (/large/.test(baseModel(body.model)) ? 3072 : 1536);
        res.writeHead(200, { "content-type": "application/json" });
        let buf = `{\n  "object": "list",\n  "data": [\n`;
        const flush = async () => { if (closed) return false; const ok = res.write(buf); buf = ""; if (!ok) await new Promise((r) => res.once("drain", r)); return !closed; };
        for (let i = 0; i < inputs.length; i++) {
          let emb;
          if (body.encoding_format === "base64") { const fl = new Float32Array(dims); for (let d = 0; d < dims; d++) fl[d] = Math.sin(i * 31 + d) * 0.05; emb = `"${Buffer.from(fl.buffer).toString("base64")}"`; }
          else { const a = new Array(dims); for (let d = 0; d < dims; d++) a[d] = (Math.sin(i * 31 + d) * 0.05).toFixed(8); emb = `[\n        ${a.join(",\n        ")}\n      ]`; }
          buf += `    {\n      "object": "embedding",\n      "index": ${i},\n      "embedding": ${emb}\n    }${i + 1 < inputs.length ? "," : ""}\n`;
          if (buf.length > 65536 && !(await flush())) { rec.cut = true; return; }
        }
        buf += `  ],\n  "model": "${baseModel(body.model)}",\n  "usage": {\n    "prompt_tokens": ${pt},\n    "total_tokens": ${pt}\n  }\n}\n`;
        if (!(await flush())) { rec.cut = true; return; }
        res.end(); rec.whole = true; return;
      }
      if (req.method === "POST" && p === "/v1/files") { // multipart upload: stores the file, bills nothing (a batch bills when it runs)
        const t = raw.toString("latin1"); const purpose = (t.match(/name="purpose"\r\n\r\n([^\r]*)/) || [])[1];
        const fm = t.match(/name="file"[^\r]*\r\n(?:[^\r]*\r\n)*?\r\n([\s\S]*?)\r\n--/); const content = fm ? Buffer.from(fm[1], "latin1").toString() : "";
        rec.lines = content.split("\n").filter(Boolean).length; rec.purpose = purpose;
        return json(200, { id: "file-" + (++seq), object: "file", purpose, bytes: Buffer.byteLength(content), filename: "in.jsonl", created_at: Math.floor(Date.now() / 1000), status: "processed" });
      }
      if (req.method === "POST" && p === "/v1/responses/input_tokens") return json(200, { object: "response.input_tokens", input_tokens: responsesInputTokens(body) });
      if (p === "/v1/models") return json(200, { object: "list", data: [{ id: "gpt-4.1", object: "model" }] });
      return json(404, { error: { message: "Unknown route " + p, type: "invalid_request_error" } });
    } catch (e) { rec.err = String(e); if (!res.headersSent) json(500, { error: { message: String(e) } }); else res.end(); }
  });
  await new Promise((r) => server.listen(port, "127.0.0.1", r));
  return { billed, log, O, server, close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }) };
}
