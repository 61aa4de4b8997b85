// Round 43 Anthropic origin with prompt caching. Tokens counted with o200k (a stand-in for Claude's tokenizer).
// The cached prefix: tools, then system blocks, then messages, up to and including the last block with cache_control;
// a key's first request with a prefix writes it (cache_creation_input_tokens), later ones read it (cache_read_input_tokens);
// the rest is input_tokens. Streams: message_start carries the input usage; text at `rate` tokens/s, billed token by token
// until the connection closes; message_delta repeats the input usage with the final output (as the API does since 2025).
// Batches: POST /v1/messages/batches runs every request at once (same caching, per key), results at .../results.
import http from "node:http";
import crypto from "node:crypto";
const TOK = process.env.TOK_DIR || "/work/rt42b-tok";
const o200 = await import(`${TOK}/node_modules/gpt-tokenizer/esm/encoding/o200k_base.js`);
const ntok = (s) => (s ? o200.encode(String(s), { allowedSpecial: new Set() }).length : 0);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function blocks(body) { // [{tokens, cache}] in prompt order
  const out = [];
  for (const t of body.tools || []) out.push({ tokens: ntok(JSON.stringify(t)), cache: !!t.cache_control });
  const sys = typeof body.system === "string" ? [{ type: "text", text: body.system }] : body.system || [];
  for (const b of sys) out.push({ tokens: ntok(b.text), cache: !!b.cache_control });
  for (const m of body.messages || []) {
    const parts = typeof m.content === "string" ? [{ type: "text", text: m.content }] : m.content || [];
    parts.forEach((p, i) => out.push({ tokens: (i === 0 ? 4 : 0) + ntok(p.text ?? JSON.stringify(p.input ?? p.content ?? "")), cache: !!p.cache_control }));
  }
  return out;
}
export async function startAnthropic(port, opts = {}) {
  const O = { rate: 200, ...opts }; const billed = {}; const caches = {}; const batches = new Map(); let seq = 0;
  const usageOf = (key, body) => {
    const bl = blocks(body); let last = -1; bl.forEach((b, i) => { if (b.cache) last = i; });
    const pre = bl.slice(0, last + 1).reduce((a, b) => a + b.tokens, 0), rest = bl.slice(last + 1).reduce((a, b) => a + b.tokens, 0) + 3;
    const h = crypto.createHash("sha1").update(JSON.stringify([body.tools, body.system, body.messages]).slice(0, 200000)).digest("hex").slice(0, 8) + ":" + pre;
    const kc = (caches[key] ||= new Set()); let cc = 0, cr = 0;
    if (pre > 0) { if (kc.has(h)) cr = pre; else { cc = pre; kc.add(h); } }
    return { input_tokens: pre > 0 ? rest : rest + pre, cache_creation_input_tokens: cc, cache_read_input_tokens: cr };
  };
  const bill = (key, u, out) => { const b = (billed[key] ||= { input: 0, creation: 0, read: 0, output: 0, requests: 0 }); if (u) { b.input += u.input_tokens; b.creation += u.cache_creation_input_tokens; b.read += u.cache_read_input_tokens; b.requests++; } b.output += out; };
  const server = http.createServer(async (req, res) => {
    const chunks = []; for await (const c of req) chunks.push(c); let body = null; try { body = JSON.parse(Buffer.concat(chunks).toString()); } catch {}
    const key = req.headers["x-api-key"] || (req.headers["authorization"] || "").replace(/^Bearer /, "");
    const p = new URL(req.url, "http://x").pathname; let closed = false; res.on("close", () => { closed = true; });
    const json = (code, obj) => { res.writeHead(code, { "content-type": "application/json" }); res.end(JSON.stringify(obj)); };
    if (req.method === "POST" && p === "/v1/messages") {
      const u = usageOf(key, body); bill(key, u, 0); const words = Math.min(body.max_tokens, O.words ?? body.max_tokens); const id = "msg_" + (++seq);
      if (!body.stream) { await sleep(words / O.rate * 1000); bill(key, null, words); return json(200, { id, type: "message", role: "assistant", model: body.model, content: [{ type: "text", text: "ok ".repeat(words) }], stop_reason: "end_turn", stop_sequence: null, usage: { ...u, output_tokens: words } }); }
      res.writeHead(200, { "content-type": "text/event-stream" });
      const ev = (e, d) => { if (!closed) res.write(`event: ${e}\ndata: ${JSON.stringify({ type: e, ...d })}\n\n`); };
      ev("message_start", { message: { id, type: "message", role: "assistant", content: [], model: body.model, stop_reason: null, stop_sequence: null, usage: { ...u, output_tokens: 1 } } });
      ev("content_block_start", { index: 0, content_block: { type: "text", text: "" } });
      let done = 0; const per = Math.max(1, Math.round(O.rate / 20)); const t0 = Date.now();
      while (done < words && !closed) { const k = Math.min(per, words - done); done += k; bill(key, null, k); ev("content_block_delta", { index: 0, delta: { type: "text_delta", text: "ok ".repeat(k) } }); const w = t0 + done / O.rate * 1000 - Date.now(); if (w > 0) await sleep(w); }
      if (closed) return;
      ev("content_block_stop", { index: 0 });
      ev("message_delta", { delta: { stop_reason: "end_turn", stop_sequence: null }, usage: { ...u, output_tokens: done } });
      ev("message_stop", {}); return res.end();
    }
    if (req.method === "POST" && p === "/v1/messages/batches") {
      const id = "msgbatch_" + (++seq); const lines = [];
      for (const r of body.requests) { const u = usageOf(key, r.params); const w = Math.min(r.params.max_tokens, O.words ?? r.params.max_tokens); bill(key, u, w); lines.push(JSON.stringify({ custom_id: r.custom_id, result: { type: "succeeded", message: { id: "m" + seq, type: "message", role: "assistant", model: r.params.model, content: [{ type: "text", text: "ok" }], stop_reason: "end_turn", usage: { ...u, output_tokens: w } } } })); }
      batches.set(id, lines.join("\n") + "\n");
      return json(200, { id, type: "message_batch", processing_status: "ended", request_counts: { processing: 0, succeeded: body.requests.length, errored: 0, canceled: 0, expired: 0 }, results_url: `http://127.0.0.1:${port}/v1/messages/batches/${id}/results` });
    }
    let m;
    if ((m = p.match(/^\/v1\/messages\/batches\/([^/]+)\/results$/))) { const b = batches.get(m[1]); if (!b) return json(404, {}); res.writeHead(200, { "content-type": "application/x-jsonl" }); return res.end(b); }
    if ((m = p.match(/^\/v1\/messages\/batches\/([^/]+)$/))) return json(200, { id: m[1], type: "message_batch", processing_status: "ended", results_url: `http://127.0.0.1:${port}/v1/messages/batches/${m[1]}/results` });
    if (p === "/v1/models") return json(200, { data: [] });
    return json(404, { type: "error", error: { type: "not_found_error", message: "no " + p } });
  });
  await new Promise((r) => server.listen(port, "127.0.0.1", r));
  return { billed, O, close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }) };
}
