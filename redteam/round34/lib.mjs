// round 34 shared helpers: a recording origin, a guard launcher, admin helpers.
// Only 127.0.0.1; guard 9501 (inspector 9509), origin 9503.
import http from "node:http";
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const GUARD = "http://127.0.0.1:9501";
export const ORIGIN_PORT = 9503;
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function adminToken() {
  const f = path.join(ROOT, ".dev.vars");
  if (!fs.existsSync(f)) {
    fs.writeFileSync(f, `GUARD_KEY_SECRET=${crypto.randomBytes(24).toString("hex")}\nGUARD_ADMIN_TOKEN=${crypto.randomBytes(16).toString("hex")}\n`);
  }
  return fs.readFileSync(f, "utf8").match(/^GUARD_ADMIN_TOKEN=(.*)$/m)[1].trim();
}

// ---- token model of the origin: realistic BPE counts (o200k) when gpt-tokenizer is available, else a conservative per-script estimate
let enc = null;
try { enc = (await import("/tmp/rt34tok/node_modules/gpt-tokenizer/esm/encoding/o200k_base.js")).encode; } catch {}
export function countTokens(s) {
  if (!s) return 0;
  if (enc) return enc(s).length;
  let t = 0; for (const ch of s) t += ch.codePointAt(0) < 128 ? 0.25 : ch.codePointAt(0) < 0x3000 ? 1 : 1; return Math.ceil(t);
}
export const TOKENIZER = () => (enc ? "o200k_base (gpt-tokenizer)" : "fallback estimate");

function textOf(body) {
  const parts = [];
  const walk = (v) => {
    if (typeof v === "string") parts.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) { if (["model", "role", "type"].includes(k)) continue; walk(x); }
  };
  walk(body.messages ?? body.input ?? body.prompt ?? "");
  if (body.instructions) walk(body.instructions);
  if (body.system) walk(body.system);
  return parts.join("\n");
}

// Recording origin. opts.answer(body, route) -> {text, reasoning}: visible answer text, hidden reasoning tokens billed.
// Streams are paced: one chunk per `chunkMs`, finish chunk then the usage chunk as separate writes (as real origins do).
export function startOrigin(opts = {}) {
  const rec = { requests: [], billedPrompt: 0, billedCompletion: 0, served: 0, byRoute: {} };
  const chunkMs = opts.chunkMs ?? 8;
  const srv = http.createServer(async (req, res) => {
    res.on("close", () => { if (!res.writableFinished) rec.cutByGuard = (rec.cutByGuard || 0) + 1; });
    let raw = ""; for await (const c of req) raw += c;
    let body = {}; try { body = JSON.parse(raw || "{}"); } catch {}
    const route = req.url.split("?")[0];
    const entry = { method: req.method, route, body, headers: req.headers, t: Date.now() };
    rec.requests.push(entry);
    rec.byRoute[route] = (rec.byRoute[route] || 0) + 1;
    if (opts.junkPrefix && (req.headers.authorization ?? "").includes(opts.junkPrefix)) { rec.junk = (rec.junk || 0) + 1; res.writeHead(401, { "content-type": "application/json" }); res.end(JSON.stringify({ error: { message: "Incorrect API key provided", type: "invalid_request_error", code: "invalid_api_key" } })); return; }
    if (opts.onRequest) { const r = await opts.onRequest(entry, req, res); if (r === "handled") return; }
    const ans = (opts.answer ?? defaultAnswer)(body, route);
    const cap = body.max_completion_tokens ?? body.max_tokens ?? body.max_output_tokens ?? null;
    let reasoning = ans.reasoning ?? 0;
    let pieces = splitTokens(ans.text);
    // the cap bounds reasoning + visible (OpenAI semantics)
    if (cap != null) { reasoning = Math.min(reasoning, Math.max(0, cap - 16)); pieces = pieces.slice(0, Math.max(1, cap - reasoning)); }
    const visible = pieces.join("");
    const promptTok = countTokens(textOf(body));
    const compTok = countTokens(visible) + reasoning;
    rec.billedPrompt += promptTok; rec.billedCompletion += compTok; rec.served++;
    entry.billed = { prompt: promptTok, completion: compTok, reasoning, cap };
    const id = "r_" + crypto.randomBytes(6).toString("hex");
    if (route === "/v1/chat/completions") {
      const usage = { prompt_tokens: promptTok, completion_tokens: compTok, total_tokens: promptTok + compTok, completion_tokens_details: { reasoning_tokens: reasoning } };
      if (!body.stream) {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ id, object: "chat.completion", created: 1, model: body.model, choices: [{ index: 0, message: { role: "assistant", content: visible }, finish_reason: "stop" }], usage }));
        return;
      }
      res.writeHead(200, { "content-type": "text/event-stream" });
      const w = (o) => res.write(`data: ${JSON.stringify(o)}\n\n`);
      const base = { id, object: "chat.completion.chunk", created: 1, model: body.model };
      if (reasoning) await sleep(opts.reasoningMs ?? 30); // thinking before the first visible token
      w({ ...base, choices: [{ index: 0, delta: { role: "assistant", content: "" }, finish_reason: null }] });
      for (const p of pieces) { if (res.destroyed) break; w({ ...base, choices: [{ index: 0, delta: { content: p }, finish_reason: null }] }); await sleep(chunkMs); }
      if (!res.destroyed) { await sleep(opts.tailMs ?? 0); w({ ...base, choices: [{ index: 0, delta: {}, finish_reason: "stop" }] }); await sleep(chunkMs); }
      if (!res.destroyed && body.stream_options?.include_usage) { w({ ...base, choices: [], usage }); }
      if (!res.destroyed) res.end("data: [DONE]\n\n");
      return;
    }
    if (route === "/v1/responses") {
      const usage = { input_tokens: promptTok, output_tokens: compTok, total_tokens: promptTok + compTok, output_tokens_details: { reasoning_tokens: reasoning } };
      const resp = { id: "resp_" + id, object: "response", status: "completed", model: body.model, output: [{ type: "message", id: "msg_" + id, role: "assistant", content: [{ type: "output_text", text: visible }] }], usage };
      entry.sent = resp;
      if (!body.stream) { res.writeHead(200, { "content-type": "application/json" }); res.end(JSON.stringify(resp)); return; }
      res.writeHead(200, { "content-type": "text/event-stream" });
      const w = (ev, o) => res.write(`event: ${ev}\ndata: ${JSON.stringify({ type: ev, ...o })}\n\n`);
      w("response.created", { response: { ...resp, status: "in_progress", output: [], usage: null } });
      if (reasoning) await sleep(opts.reasoningMs ?? 30);
      for (const p of pieces) { if (res.destroyed) break; w("response.output_text.delta", { item_id: "msg_" + id, output_index: 0, content_index: 0, delta: p }); await sleep(chunkMs); }
      if (!res.destroyed) { await sleep(opts.tailMs ?? 0); w("response.output_text.done", { item_id: "msg_" + id, text: visible }); await sleep(chunkMs); }
      if (!res.destroyed) w("response.completed", { response: resp });
      if (!res.destroyed) res.end();
      return;
    }
    if (route === "/v1/messages") {
      const usage = { input_tokens: promptTok, output_tokens: compTok };
      if (!body.stream) { res.writeHead(200, { "content-type": "application/json" }); res.end(JSON.stringify({ id: "msg_" + id, type: "message", role: "assistant", model: body.model, content: [{ type: "text", text: visible }], stop_reason: "end_turn", usage })); return; }
      res.writeHead(200, { "content-type": "text/event-stream" });
      const w = (ev, o) => res.write(`event: ${ev}\ndata: ${JSON.stringify({ type: ev, ...o })}\n\n`);
      w("message_start", { message: { id: "msg_" + id, type: "message", role: "assistant", model: body.model, content: [], usage: { input_tokens: promptTok, output_tokens: 1 } } });
      w("content_block_start", { index: 0, content_block: { type: "text", text: "" } });
      for (const p of pieces) { if (res.destroyed) break; w("content_block_delta", { index: 0, delta: { type: "text_delta", text: p } }); await sleep(chunkMs); }
      if (!res.destroyed) { w("content_block_stop", { index: 0 }); await sleep(chunkMs); }
      if (!res.destroyed) { w("message_delta", { delta: { stop_reason: "end_turn" }, usage: { output_tokens: compTok } }); w("message_stop", {}); res.end(); }
      return;
    }
    if (route === "/v1/models") { res.writeHead(200, { "content-type": "application/json" }); res.end(JSON.stringify({ object: "list", data: [{ id: "m", object: "model" }] })); return; }
    res.writeHead(200, { "content-type": "application/json" }); res.end(JSON.stringify({ id, object: "x" }));
  });
  return new Promise((resolve) => srv.listen(ORIGIN_PORT, "127.0.0.1", () => resolve({ rec, close: () => new Promise((r) => { srv.closeAllConnections?.(); srv.close(() => r()); }) })));
}

// split text into "token" pieces (BPE tokens when available) so that each SSE chunk is one token
export function splitTokens(text) {
  if (enc) {
    // decode pieces token by token; group bytes that are not whole characters
    const ids = enc(text); const out = []; let buf = [];
    const dec = (globalThis.__dec ??= null);
    return chunkByChars(text, Math.max(1, Math.round(text.length / Math.max(1, ids.length))));
  }
  return chunkByChars(text, 4);
}
function chunkByChars(text, n) { const cps = [...text]; const out = []; for (let i = 0; i < cps.length; i += n) out.push(cps.slice(i, i + n).join("")); return out; }
export function defaultAnswer() { return { text: "OK. ".repeat(50) }; }

// ---- guard
const live = new Set();
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(sig, () => { for (const f of live) f(); process.exit(130); });
process.on("exit", () => { for (const f of live) f(); });
async function portFree(port) { const net = await import("node:net"); return new Promise((r) => { const s = net.createServer(); s.once("error", () => r(false)); s.listen(port, "127.0.0.1", () => s.close(() => r(true))); }); }
export async function startGuard({ policy, persist, extraVars = {}, log } = {}) {
  adminToken();
  for (let i = 0; i < 20 && !(await portFree(9501)); i++) await sleep(500);
  if (!(await portFree(9501))) throw new Error("port 9501 busy: another guard is running");
  const dir = persist ?? fs.mkdtempSync("/tmp/rt34-persist-");
  const args = ["wrangler", "dev", "--local", "--ip", "127.0.0.1", "--port", "9501", "--inspector-port", "9509", "--persist-to", dir,
    "--var", `UPSTREAM_URL:http://127.0.0.1:${ORIGIN_PORT}`, "--var", `GUARD_POLICY:${JSON.stringify(policy)}`, "--var", "FORWARD_HEADERS:x-mock-*"];
  for (const [k, v] of Object.entries(extraVars)) args.push("--var", `${k}:${v}`);
  const child = spawn("npx", args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], detached: true, env: { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "1" } });
  let out = "";
  const logf = log ? fs.createWriteStream(log) : null;
  child.stdout.on("data", (d) => { out += d; logf?.write(d); });
  child.stderr.on("data", (d) => { out += d; logf?.write(d); });
  live.add(() => { try { process.kill(-child.pid, "SIGTERM"); } catch {} });
  const t0 = Date.now();
  while (Date.now() - t0 < 90000) {
    try { const r = await fetch(GUARD + "/admin/keys/lookup", { method: "POST", headers: { authorization: "Bearer " + adminToken() }, body: JSON.stringify({ key: "sk-probe" }) }); if (r.status === 200) break; } catch {}
    await sleep(500);
  }
  if (Date.now() - t0 >= 90000) { stop(); throw new Error("guard did not start:\n" + out.slice(-3000)); }
  function stop() { live.delete(stop); try { process.kill(-child.pid, "SIGTERM"); } catch {} try { fs.rmSync(dir, { recursive: true, force: true }); } catch {} }
  live.add(stop);
  return { stop, output: () => out, dir };
}

export async function admin(method, p, body) {
  const r = await fetch(GUARD + "/admin" + p, { method, headers: { authorization: "Bearer " + adminToken(), "content-type": "application/json" }, body: body ? JSON.stringify(body) : undefined });
  const t = await r.text(); try { return JSON.parse(t); } catch { return t; }
}
export async function keyId(key) { return (await admin("POST", "/keys/lookup", { key })).keyId; }
export async function keyState(key) { return admin("GET", "/keys/" + (await keyId(key))); }

// run fn with origin + guard up, always stop both
export async function withStack(policy, originOpts, fn) {
  const origin = await startOrigin(originOpts);
  let guard;
  try { guard = await startGuard({ policy }); return await fn({ origin, guard }); }
  finally { guard?.stop(); await origin.close(); }
}

// read an SSE response, calling onData(textSoFar) after each chunk; abort when it returns true
export async function streamAndCut(url, init, shouldCut) {
  const ac = new AbortController();
  const r = await fetch(url, { ...init, signal: ac.signal });
  if (!r.ok || !r.body) return { status: r.status, text: await r.text(), cut: false, headers: r.headers };
  const rd = r.body.getReader(); const dec = new TextDecoder(); let raw = ""; let cut = false;
  try {
    for (;;) { const { value, done } = await rd.read(); if (done) break; raw += dec.decode(value, { stream: true }); if (shouldCut(raw)) { cut = true; ac.abort(); break; } }
  } catch (e) { if (!cut) throw e; }
  return { status: r.status, raw, cut, headers: r.headers };
}
