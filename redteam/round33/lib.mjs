// round 33 helpers: a recording origin (in-process) and a wrangler-dev guard on ports 9400-9499.
import http from "node:http";
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------- recording origin ----------------
export function startOrigin(port, opts = {}) {
  const o = {
    log: [], // {t, method, path, key, body, served:{prompt, completion}}
    open: 0, maxOpen: 0, openByKey: {}, maxOpenByKey: {},
    opts: { defaultOut: 2000, chunkChars: 40, chunkDelayMs: 0, usageDelayMs: 0, textChar: "a", anthropicCache: false, respondDelayMs: 0, ...opts },
    files: new Map(), responses: new Map(), batches: new Map(), msgBatches: new Map(), n: 0,
  };
  const served = (rec, p, c) => { rec.servedPrompt = (rec.servedPrompt || 0) + p; rec.servedCompletion = (rec.servedCompletion || 0) + c; };
  const text = (tokens) => {
    const ch = o.opts.textChar;
    // ~4 chars/token for 'a'-style; for cjk, 1 char per token
    const per = ch.length === 1 && ch.charCodeAt(0) > 0x2e80 ? 1 : 4;
    let s = ""; const want = tokens * per;
    while (s.length < want) s += ch === "a" ? "word " : ch;
    return s.slice(0, want);
  };
  const promptTok = (x) => Math.ceil(JSON.stringify(x ?? "").length / 4);
  const server = http.createServer(async (req, res) => {
    const chunks = []; for await (const c of req) chunks.push(c);
    const raw = Buffer.concat(chunks);
    const key = (req.headers["authorization"] || "").replace(/^Bearer /, "") || req.headers["x-api-key"] || "";
    const u = new URL(req.url, "http://x");
    const rec = { t: Date.now(), method: req.method, path: u.pathname, query: u.search, key, headers: req.headers };
    o.log.push(rec);
    let body = null;
    if ((req.headers["content-type"] || "").includes("json")) { try { body = JSON.parse(raw.toString()); } catch {} }
    rec.body = body;
    o.open++; o.maxOpen = Math.max(o.maxOpen, o.open);
    o.openByKey[key] = (o.openByKey[key] || 0) + 1; o.maxOpenByKey[key] = Math.max(o.maxOpenByKey[key] || 0, o.openByKey[key]);
    let closed = false;
    const done = () => { if (!closed) { closed = true; o.open--; o.openByKey[key]--; rec.end = Date.now(); } };
    res.on("close", done);
    if (o.opts.respondDelayMs) await sleep(o.opts.respondDelayMs);
    const json = (code, obj) => { res.writeHead(code, { "content-type": "application/json" }); res.end(JSON.stringify(obj)); };
    try {
      const p = u.pathname;
      if (o.opts.hook) { const h = await o.opts.hook(req, res, rec, body, raw); if (h) return; }
      if (req.method === "POST" && p === "/v1/chat/completions") {
        const cap = body.max_completion_tokens ?? body.max_tokens ?? o.opts.defaultOut;
        const n = body.n ?? 1; const pt = promptTok(body.messages);
        rec.cap = cap; rec.n = n;
        if (!body.stream) { served(rec, pt, cap * n); return json(200, { id: "chatcmpl-" + (++o.n), object: "chat.completion", choices: Array.from({ length: n }, (_, i) => ({ index: i, message: { role: "assistant", content: text(cap) }, finish_reason: "length" })), usage: { prompt_tokens: pt, completion_tokens: cap * n, total_tokens: pt + cap * n } }); }
        res.writeHead(200, { "content-type": "text/event-stream" });
        const id = "chatcmpl-" + (++o.n);
        for (let i = 0; i < n; i++) {
          const t = text(cap);
          for (let j = 0; j < t.length; j += o.opts.chunkChars) {
            if (res.destroyed) { rec.cutAt = { choice: i, j }; return; }
            res.write(`data: ${JSON.stringify({ id, object: "chat.completion.chunk", choices: [{ index: i, delta: { content: t.slice(j, j + o.opts.chunkChars) } }] })}\n\n`);
            served(rec, 0, Math.round(o.opts.chunkChars / (o.opts.textChar.charCodeAt(0) > 0x2e80 ? 1 : 4)));
            if (o.opts.chunkDelayMs) await sleep(o.opts.chunkDelayMs);
          }
          res.write(`data: ${JSON.stringify({ id, object: "chat.completion.chunk", choices: [{ index: i, delta: {}, finish_reason: "length" }] })}\n\n`);
        }
        if (o.opts.usageDelayMs) await sleep(o.opts.usageDelayMs);
        if (body.stream_options?.include_usage) res.write(`data: ${JSON.stringify({ id, object: "chat.completion.chunk", choices: [], usage: { prompt_tokens: pt, completion_tokens: cap * n, total_tokens: pt + cap * n } })}\n\n`);
        res.write("data: [DONE]\n\n"); res.end(); rec.prompt = pt; return;
      }
      if (req.method === "POST" && p === "/v1/messages") {
        const cap = body.max_tokens; const id = "msg_" + (++o.n);
        let pt = promptTok(body.messages) + promptTok(body.system), cc = 0, cr = 0;
        if (o.opts.anthropicCache) { const sys = promptTok(body.system); cc = o.opts.anthropicCache === "read" ? 0 : sys; cr = o.opts.anthropicCache === "read" ? sys : 0; pt = Math.max(1, pt - sys); }
        rec.cap = cap;
        served(rec, pt + cc + cr, cap);
        const usage = { input_tokens: pt, cache_creation_input_tokens: cc, cache_read_input_tokens: cr, output_tokens: cap };
        if (!body.stream) return json(200, { id, type: "message", role: "assistant", model: body.model, content: [{ type: "text", text: text(cap) }], stop_reason: "max_tokens", usage });
        res.writeHead(200, { "content-type": "text/event-stream" });
        const ev = (e, d) => res.write(`event: ${e}\ndata: ${JSON.stringify(d)}\n\n`);
        ev("message_start", { type: "message_start", message: { id, type: "message", role: "assistant", content: [], model: body.model, usage: { ...usage, output_tokens: 1 } } });
        ev("content_block_start", { type: "content_block_start", index: 0, content_block: { type: "text", text: "" } });
        const t = text(cap);
        for (let j = 0; j < t.length; j += o.opts.chunkChars) { if (res.destroyed) return; ev("content_block_delta", { type: "content_block_delta", index: 0, delta: { type: "text_delta", text: t.slice(j, j + o.opts.chunkChars) } }); if (o.opts.chunkDelayMs) await sleep(o.opts.chunkDelayMs); }
        ev("content_block_stop", { type: "content_block_stop", index: 0 });
        if (o.opts.usageDelayMs) await sleep(o.opts.usageDelayMs);
        ev("message_delta", { type: "message_delta", delta: { stop_reason: "max_tokens" }, usage: { output_tokens: cap } });
        ev("message_stop", { type: "message_stop" }); res.end(); return;
      }
      if (req.method === "POST" && p === "/v1/responses") {
        const cap = body.max_output_tokens ?? o.opts.defaultOut; const id = "resp_" + (++o.n);
        const pt = promptTok(body.input) + promptTok(body.instructions);
        rec.cap = cap;
        const full = { id, object: "response", status: "completed", background: !!body.background, output: [{ type: "message", id: "m" + id, role: "assistant", content: [{ type: "output_text", text: text(cap) }] }], usage: { input_tokens: pt, output_tokens: cap, total_tokens: pt + cap } };
        o.responses.set(id, { full, key, created: Date.now(), runMs: o.opts.backgroundRunMs ?? 0 });
        served(rec, pt, cap);
        if (body.background) return json(200, { ...full, status: "queued", output: [], usage: null });
        if (!body.stream) return json(200, full);
        res.writeHead(200, { "content-type": "text/event-stream" });
        const ev = (e, d) => res.write(`event: ${e}\ndata: ${JSON.stringify(d)}\n\n`);
        ev("response.created", { type: "response.created", response: { ...full, status: "in_progress", output: [], usage: null } });
        const t = text(cap);
        for (let j = 0; j < t.length; j += o.opts.chunkChars) { if (res.destroyed) return; ev("response.output_text.delta", { type: "response.output_text.delta", delta: t.slice(j, j + o.opts.chunkChars) }); if (o.opts.chunkDelayMs) await sleep(o.opts.chunkDelayMs); }
        if (o.opts.usageDelayMs) await sleep(o.opts.usageDelayMs);
        ev("response.completed", { type: "response.completed", response: full }); res.end(); return;
      }
      let m;
      if ((m = p.match(/^\/v1\/responses\/([^/]+)(\/cancel)?$/))) {
        const r = o.responses.get(m[1]); if (!r) return json(404, { error: { message: "no" } });
        const running = Date.now() - r.created < r.runMs;
        if (running) return json(200, { ...r.full, status: "in_progress", output: [], usage: null });
        return json(200, r.full);
      }
      if (req.method === "POST" && p === "/v1/files") {
        const s = raw.toString("latin1");
        const purpose = (s.match(/name="purpose"\r\n\r\n([^\r]*)/) || [])[1];
        const fm = s.match(/name="file"[^\r]*\r\n(?:[^\r]*\r\n)*?\r\n([\s\S]*?)\r\n--/);
        const content = fm ? Buffer.from(fm[1], "latin1").toString() : "";
        const id = "file-" + (++o.n);
        o.files.set(id, { purpose, content, key });
        rec.purpose = purpose; rec.fileLines = content.split("\n").filter(Boolean).length;
        return json(200, { id, object: "file", purpose, bytes: content.length, filename: "x.jsonl" });
      }
      if ((m = p.match(/^\/v1\/files\/([^/]+)\/content$/))) { const f = o.files.get(m[1]); if (!f) return json(404, {}); res.writeHead(200, { "content-type": "application/octet-stream" }); return res.end(f.content); }
      if ((m = p.match(/^\/v1\/files\/([^/]+)$/))) { const f = o.files.get(m[1]); return f ? json(200, { id: m[1], object: "file", purpose: f.purpose }) : json(404, {}); }
      if (req.method === "POST" && p === "/v1/batches") {
        const f = o.files.get(body.input_file_id); const id = "batch_" + (++o.n);
        const lines = f ? f.content.split("\n").filter(Boolean).map((l) => JSON.parse(l)) : [];
        let outTok = 0; const out = [];
        for (const l of lines) { const cap = l.body.max_completion_tokens ?? l.body.max_tokens ?? l.body.max_output_tokens ?? o.opts.defaultOut; const n = l.body.n ?? 1; outTok += cap * n; out.push(JSON.stringify({ id: "r" + o.n, custom_id: l.custom_id, response: { status_code: 200, body: { choices: [{ message: { content: text(cap) } }], usage: { prompt_tokens: 10, completion_tokens: cap * n, total_tokens: 10 + cap * n } } } })); }
        const ofid = "file-out" + (++o.n); o.files.set(ofid, { purpose: "batch_output", content: out.join("\n") + "\n", key });
        o.batches.set(id, { ofid, key, lines: lines.length, input: body.input_file_id });
        served(rec, 0, outTok); rec.batchLines = lines.length; rec.batchOut = outTok;
        return json(200, { id, object: "batch", endpoint: body.endpoint, input_file_id: body.input_file_id, status: "validating" });
      }
      if ((m = p.match(/^\/v1\/batches\/([^/]+)$/))) { const b = o.batches.get(m[1]); return b ? json(200, { id: m[1], object: "batch", status: "completed", input_file_id: b.input, output_file_id: b.ofid }) : json(404, {}); }
      if (req.method === "POST" && p === "/v1/messages/batches") {
        const id = "msgbatch_" + (++o.n); let outTok = 0; const out = [];
        for (const r of body.requests) { outTok += r.params.max_tokens; out.push(JSON.stringify({ custom_id: r.custom_id, result: { type: "succeeded", message: { id: "m", type: "message", role: "assistant", content: [{ type: "text", text: text(r.params.max_tokens) }], usage: { input_tokens: 10, output_tokens: r.params.max_tokens } } } })); }
        o.msgBatches.set(id, { out: out.join("\n") + "\n", key });
        served(rec, 0, outTok); rec.batchLines = body.requests.length; rec.batchOut = outTok;
        return json(200, { id, type: "message_batch", processing_status: "ended", results_url: `http://127.0.0.1:${port}/v1/messages/batches/${id}/results`, request_counts: { succeeded: body.requests.length } });
      }
      if ((m = p.match(/^\/v1\/messages\/batches\/([^/]+)\/results$/))) { const b = o.msgBatches.get(m[1]); if (!b) return json(404, {}); res.writeHead(200, { "content-type": "application/x-jsonl" }); return res.end(b.out); }
      if ((m = p.match(/^\/v1\/messages\/batches\/([^/]+)$/))) { return json(200, { id: m[1], type: "message_batch", processing_status: "ended", results_url: `http://127.0.0.1:${port}/v1/messages/batches/${m[1]}/results` }); }
      if (p === "/v1/embeddings") { const inp = Array.isArray(body.input) ? body.input : [body.input]; const pt = promptTok(body.input); served(rec, pt, 0); return json(200, { object: "list", data: inp.map((_, i) => ({ index: i, embedding: [0.1, 0.2] })), usage: { prompt_tokens: pt, total_tokens: pt } }); }
      if (p === "/v1/completions") { const cap = body.max_tokens ?? 16; const k = Array.isArray(body.prompt) && typeof body.prompt[0] !== "number" ? body.prompt.length : 1; const n = Math.max(body.n ?? 1, body.best_of ?? 1); served(rec, 0, cap * k * n); return json(200, { choices: Array.from({ length: k * (body.n ?? 1) }, (_, i) => ({ index: i, text: text(cap) })), usage: { prompt_tokens: 5, completion_tokens: cap * k * n, total_tokens: 5 + cap * k * n } }); }
      if (p === "/v1/models") return json(200, { data: [{ id: "m" }] });
      if (p === "/v1/messages/count_tokens") return json(200, { input_tokens: 10 });
      return json(200, { ok: true, path: p });
    } catch (e) { rec.err = String(e); if (!res.headersSent) json(500, { error: String(e) }); else res.end(); }
  });
  return new Promise((r) => server.listen(port, "127.0.0.1", () => r({ ...o, o, server, close: () => new Promise((rr) => { server.closeAllConnections?.(); server.close(() => rr()); }) })));
}

// ---------------- guard ----------------
export async function startGuard({ port, inspectorPort, upstream, policy, vars = {}, tag = "g", prefix = "rt33" }) {
  const persist = fs.mkdtempSync(`/tmp/${prefix}-state-${tag}-`);
  const args = ["node_modules/wrangler/bin/wrangler.js", "dev", "--local", "--ip", "127.0.0.1", "--port", String(port), "--inspector-port", String(inspectorPort), "--show-interactive-dev-session=false", "--persist-to", persist,
    "--var", `UPSTREAM_URL:${upstream}`];
  if (policy) args.push("--var", `GUARD_POLICY:${JSON.stringify(policy)}`);
  for (const [k, v] of Object.entries(vars)) args.push("--var", `${k}:${v}`);
  const logf = `/tmp/${prefix}-guard-${tag}.log`;
  const out = fs.openSync(logf, "w");
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", out, out], detached: true, env: { ...process.env, WRANGLER_SEND_METRICS: "false" } });
  const base = `http://127.0.0.1:${port}`;
  const t0 = Date.now();
  for (;;) {
    if (Date.now() - t0 > 90000) { kill(); throw new Error("guard did not start; see " + logf); }
    try { const r = await fetch(base + "/v1/models"); if (r.status) break; } catch {}
    await sleep(500);
  }
  function kill() { try { process.kill(-child.pid, "SIGTERM"); } catch {} setTimeout(() => { try { process.kill(-child.pid, "SIGKILL"); } catch {} try { fs.rmSync(persist, { recursive: true, force: true }); } catch {} }, 1500).unref(); }
  process.on("exit", () => { try { process.kill(-child.pid, "SIGKILL"); } catch {} try { fs.rmSync(persist, { recursive: true, force: true }); } catch {} });
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => { kill(); process.exit(130); });
  const token = fs.readFileSync(path.join(ROOT, ".dev.vars"), "utf8").match(/GUARD_ADMIN_TOKEN=(.*)/)[1].trim();
  const admin = async (method, p, body) => { const r = await fetch(base + "/admin" + p, { method, headers: { authorization: "Bearer " + token, "content-type": "application/json" }, body: body ? JSON.stringify(body) : undefined }); const t = await r.text(); try { return { status: r.status, body: JSON.parse(t) }; } catch { return { status: r.status, body: t }; } };
  const keyId = async (key) => (await admin("POST", "/keys/lookup", { key })).body.keyId;
  return { base, kill, admin, keyId, child, logf };
}

export async function call(base, key, method, p, body, headers = {}) {
  const h = { authorization: "Bearer " + key, ...headers };
  let b = body;
  if (body && typeof body === "object" && !(body instanceof FormData)) { h["content-type"] = "application/json"; b = JSON.stringify(body); }
  const r = await fetch(base + p, { method, headers: h, body: b });
  const t = await r.text(); let j; try { j = JSON.parse(t); } catch { j = t; }
  return { status: r.status, body: j, headers: r.headers, text: t };
}

export function jsonlForm(lines, purpose = "batch") {
  const fd = new FormData();
  fd.append("purpose", purpose);
  fd.append("file", new Blob([lines.map((l) => JSON.stringify(l)).join("\n") + "\n"], { type: "application/jsonl" }), "in.jsonl");
  return fd;
}

import { createHash } from "node:crypto";
export function solvePuzzle(token, bits) {
  for (let c = 0; ; c++) {
    const h = createHash("sha256").update(`${token}:${c}`).digest();
    let z = 0; for (const b of h) { if (b === 0) { z += 8; continue; } z += Math.clz32(b) - 24; break; }
    if (z >= bits) return String(c);
  }
}
// from a 403 challenge answer: {token, difficulty}
export function puzzleOf(r) {
  const ch = r.body?.error?.challenge; const hdr = r.headers.get("x-guard-challenge");
  return { ch, hdr };
}
