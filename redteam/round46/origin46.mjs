// Minimal Anthropic/OpenAI-shaped origin for round 45. Bills like Anthropic's prompt cache:
// the prefix through the last cache_control block is written on a miss and read on a hit
// (5 min TTL, refreshed on read; "ttl":"1h" honoured only with x-o-honour-1h). Like the real API,
// a change of tool_choice or thinking invalidates the message-level cache (the key includes them).
// Tokens: ceil(chars/4). Ledger per API key: GET /ledger.
import http from "node:http";
import crypto from "node:crypto";
const tok = (s) => Math.ceil(String(s).length / 4);
const ledger = new Map(); // key -> {requests,input,cacheRead,cacheWrite,output}
const cache = new Map(); // hash -> expiry
let inflight = 0, maxInflight = 0;
const inflightByKey = new Map(), maxByKey = new Map();
function L(k) { if (!ledger.has(k)) ledger.set(k, { requests: 0, input: 0, cacheRead: 0, cacheWrite: 0, output: 0 }); return ledger.get(k); }
function textOf(x) { if (x == null) return ""; if (typeof x === "string") return x; if (Array.isArray(x)) return x.map(textOf).join(""); if (typeof x === "object") { let s = ""; for (const [k, v] of Object.entries(x)) if (k !== "cache_control") s += (k === "text" || k === "content" || k === "input" || k === "description" || k === "name" ? "" : "") + textOf(v); return s; } return String(x); }
function anthropicUsage(b, hdr, delay = 0) {
  // flatten blocks in order: tools, system, messages; find last cache_control
  const blocks = [];
  for (const t of b.tools ?? []) blocks.push({ lvl: "tools", t: JSON.stringify({ ...t, cache_control: undefined }), cc: t.cache_control });
  const sys = typeof b.system === "string" ? [{ type: "text", text: b.system }] : (b.system ?? []);
  for (const s of sys) blocks.push({ lvl: "system", t: s.text ?? textOf(s), cc: s.cache_control });
  for (const m of b.messages ?? []) {
    const parts = typeof m.content === "string" ? [{ type: "text", text: m.content }] : m.content;
    for (const p of parts) blocks.push({ lvl: "msg", t: m.role + ":" + (p.text ?? JSON.stringify({ ...p, cache_control: undefined })), cc: p.cache_control });
  }
  let last = -1; for (let i = 0; i < blocks.length; i++) if (blocks[i].cc) last = i;
  const total = blocks.reduce((a, x) => a + tok(x.t), 0) + 3;
  let read = 0, write = 0;
  if (last >= 0 && hdr["x-o-nocache"] !== "1") {
    const pre = blocks.slice(0, last + 1);
    const preTok = pre.reduce((a, x) => a + tok(x.t), 0);
    const msgLevel = pre.some((x) => x.lvl === "msg");
    const h = crypto.createHash("sha256").update(JSON.stringify([hdr["x-api-key"] ?? hdr.authorization ?? "", b.model, pre.map((x) => x.t), msgLevel ? [b.tool_choice ?? null, b.thinking ?? null, /"type":"image"/.test(JSON.stringify(b.messages ?? []))] : null])).digest("hex");
    const ttlMs = blocks[last].cc.ttl === "1h" && hdr["x-o-honour-1h"] === "1" ? 3600e3 : 300e3;
    const now = Date.now();
    if (process.env.O_DEBUG) console.error("cache", h.slice(0, 8), JSON.stringify([b.tool_choice, b.thinking]), preTok);
    if (preTok >= 1024) {
      // like Anthropic, an entry is readable only once the response that writes it has begun/ended:
      // requests sent together all miss
      const e = cache.get(h);
      if (e && e.exp > now && e.from <= now) { read = preTok; e.exp = now + ttlMs; }
      else { write = preTok; cache.set(h, { exp: now + ttlMs, from: now + delay }); }
    }
  }
  return { input_tokens: total - read - write, cache_read_input_tokens: read, cache_creation_input_tokens: write };
}
const srv = http.createServer(async (req, res) => {
  let body = ""; for await (const c of req) body += c;
  const url = new URL(req.url, "http://x");
  if (url.pathname === "/ledger") { res.end(JSON.stringify({ ledger: Object.fromEntries(ledger), maxInflight, maxByKey: Object.fromEntries(maxByKey) })); return; }
  if (url.pathname === "/reset") { ledger.clear(); cache.clear(); maxInflight = 0; maxByKey.clear(); res.end("{}"); return; }
  if (url.pathname === "/flushcache") { cache.clear(); res.end("{}"); return; }
  const key = (req.headers["x-api-key"] ?? (req.headers.authorization ?? "").replace(/^Bearer /, "")) || "none";
  let b = {}; try { b = JSON.parse(body || "{}"); } catch {}
  const h = req.headers;
  const delay = Number(h["x-o-delay"] ?? 0);
  inflight++; maxInflight = Math.max(maxInflight, inflight);
  inflightByKey.set(key, (inflightByKey.get(key) ?? 0) + 1); maxByKey.set(key, Math.max(maxByKey.get(key) ?? 0, inflightByKey.get(key)));
  try {
    const l = L(key); l.requests++;
    const out = Number(h["x-o-out"] ?? Math.min(b.max_tokens ?? b.max_completion_tokens ?? 16, 100000));
    if (url.pathname === "/v1/messages") {
      const u = anthropicUsage(b, h, delay);
      if (delay) await new Promise((r) => setTimeout(r, delay));
      l.input += u.input_tokens; l.cacheRead += u.cache_read_input_tokens; l.cacheWrite += u.cache_creation_input_tokens; l.output += out;
      const msg = { id: "msg_" + crypto.randomUUID().slice(0, 8), type: "message", role: "assistant", model: b.model, content: [{ type: "text", text: "ok ".repeat(Math.min(out, 50)) }], stop_reason: "end_turn", stop_sequence: null, usage: { ...u, output_tokens: out } };
      if (b.stream) {
        res.writeHead(200, { "content-type": "text/event-stream" });
        const ev = (t, d) => res.write(`event: ${t}\ndata: ${JSON.stringify(d)}\n\n`);
        ev("message_start", { type: "message_start", message: { ...msg, content: [], usage: { ...u, output_tokens: 1 } } });
        ev("content_block_start", { type: "content_block_start", index: 0, content_block: { type: "text", text: "" } });
        ev("content_block_delta", { type: "content_block_delta", index: 0, delta: { type: "text_delta", text: "ok" } });
        ev("content_block_stop", { type: "content_block_stop", index: 0 });
        ev("message_delta", { type: "message_delta", delta: { stop_reason: "end_turn" }, usage: { output_tokens: out } });
        ev("message_stop", { type: "message_stop" });
        res.end(); return;
      }
      res.writeHead(200, { "content-type": "application/json" }); res.end(JSON.stringify(msg)); return;
    }
    if (url.pathname === "/v1/chat/completions" || url.pathname === "/v1/completions") {
      if (delay) await new Promise((r) => setTimeout(r, delay));
      const p = tok(JSON.stringify(b.messages ?? b.prompt ?? "")) ;
      l.input += p; l.output += out;
      const r = { id: "chatcmpl-" + crypto.randomUUID().slice(0, 8), object: "chat.completion", created: 1, model: b.model, choices: [{ index: 0, message: { role: "assistant", content: "ok ".repeat(Math.min(out, 50)) }, finish_reason: "stop" }], usage: { prompt_tokens: p, completion_tokens: out, total_tokens: p + out } };
      if (b.stream) {
        res.writeHead(200, { "content-type": "text/event-stream" });
        res.write(`data: ${JSON.stringify({ ...r, object: "chat.completion.chunk", choices: [{ index: 0, delta: { content: "ok" }, finish_reason: null }], usage: undefined })}\n\n`);
        res.write(`data: ${JSON.stringify({ ...r, object: "chat.completion.chunk", choices: [{ index: 0, delta: {}, finish_reason: "stop" }], usage: undefined })}\n\n`);
        if (b.stream_options?.include_usage) res.write(`data: ${JSON.stringify({ ...r, object: "chat.completion.chunk", choices: [], usage: r.usage })}\n\n`);
        res.end("data: [DONE]\n\n"); return;
      }
      res.writeHead(200, { "content-type": "application/json" }); res.end(JSON.stringify(r)); return;
    }
    res.writeHead(404, { "content-type": "application/json" }); res.end(JSON.stringify({ error: { message: "nf" } }));
  } finally { inflight--; inflightByKey.set(key, inflightByKey.get(key) - 1); }
});
const port = Number(process.env.ORIGIN_PORT ?? 8842);
srv.listen(port, "127.0.0.1", () => console.log("origin45 on", port));
