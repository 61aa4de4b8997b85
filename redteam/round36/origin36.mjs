// Round 36 origin: models input the origin adds to a turn and bills as generation starts.
//  - Responses: a stored prompt's template (`prompt.id`, CTX tokens), a file by URL or by id (`input_file`, FILE tokens
//    each), a stored response (previous_response_id). `store: false` keeps no record. `background: true` runs on at
//    the origin after the client hangs up (as OpenAI's background mode does): its record is `in_progress` until the
//    generation ends (TAILMS), and its whole output is billed.
//  - Chat completions: a file part (`{type: "file", file: {file_id}}`) adds FILE tokens of input (a PDF's text and pages).
// Every stored response is served on GET /v1/responses/{id}. Answers start "The answer <END>" and stream for TAILMS.
import { startOrigin, sleep } from "./lib.mjs";
export async function origin36(port, { CTX = 50000, FILE = 50000, TAILMS = 2000, GETDELAYMS = 0 } = {}) {
  const origin = await startOrigin(port, {});
  const billed = {}; const records = new Map(); const reads = []; let seq = 0;
  const bill = (k, n) => { billed[k] = (billed[k] || 0) + n; };
  const filesIn = (x) => { let n = 0; const walk = (v) => { if (!v || typeof v !== "object") return; if (Array.isArray(v)) return v.forEach(walk);
    if ((v.type === "input_file" && (v.file_url || v.file_id)) || (v.type === "file" && v.file?.file_id)) n++; Object.values(v).forEach(walk); }; walk(x); return n; };
  const tok = (x) => Math.ceil(JSON.stringify(x ?? "").length / 4);
  origin.opts.hook = async (req, res, rec, body) => {
    let m;
    if (req.method === "GET" && (m = rec.path.match(/^\/v1\/responses\/([^/]+)$/))) {
      reads.push({ id: m[1], t: Date.now(), key: rec.key });
      if (GETDELAYMS) await sleep(GETDELAYMS);
      const r = records.get(m[1]);
      if (!r) { res.writeHead(404, { "content-type": "application/json" }); res.end(JSON.stringify({ error: { message: "No response found", type: "invalid_request_error" } })); return true; }
      const done = Date.now() >= r.doneAt;
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(done ? r.full : { ...r.full, status: "in_progress", output: [], usage: null })); return true;
    }
    const isResp = req.method === "POST" && rec.path === "/v1/responses";
    const isChat = req.method === "POST" && rec.path === "/v1/chat/completions";
    if (!isResp && !isChat) return false;
    const key = rec.key; const out = (isResp ? body.max_output_tokens : body.max_completion_tokens ?? body.max_tokens) ?? 1000;
    let pt = isResp ? tok(body.input) + tok(body.prompt?.variables) + tok(body.instructions) : tok(body.messages);
    if (isResp && body.prompt?.id) pt += CTX;
    if (isResp && body.previous_response_id) { const r = records.get(body.previous_response_id); pt += r ? r.full.usage.input_tokens + r.full.usage.output_tokens : 0; }
    pt += FILE * filesIn(isResp ? body.input : body.messages);
    rec.billedInput = pt;
    bill(key, pt);
    const text = "The answer <END> " + "word ".repeat(Math.max(1, out - 3));
    if (isChat) {
      const id = "chatcmpl-" + (++seq);
      const usage = { prompt_tokens: pt, completion_tokens: out, total_tokens: pt + out };
      if (!body.stream) { bill(key, out); res.writeHead(200, { "content-type": "application/json" }); res.end(JSON.stringify({ id, object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content: text }, finish_reason: "length" }], usage })); return true; }
      res.writeHead(200, { "content-type": "text/event-stream" });
      const step = 400, nsteps = Math.ceil(text.length / step);
      for (let j = 0; j < text.length; j += step) { if (res.destroyed) return true; res.write(`data: ${JSON.stringify({ id, object: "chat.completion.chunk", choices: [{ index: 0, delta: { content: text.slice(j, j + step) } }] })}\n\n`); bill(key, Math.round(out / nsteps)); await sleep(TAILMS / nsteps); }
      res.write(`data: ${JSON.stringify({ id, object: "chat.completion.chunk", choices: [{ index: 0, delta: {}, finish_reason: "length" }] })}\n\n`);
      await sleep(20); if (res.destroyed) return true;
      if (body.stream_options?.include_usage) res.write(`data: ${JSON.stringify({ id, object: "chat.completion.chunk", choices: [], usage })}\n\n`);
      res.write("data: [DONE]\n\n"); res.end(); return true;
    }
    const id = "resp_" + (++seq) + "_" + Math.random().toString(36).slice(2, 8);
    const bg = body.background === true;
    const full = { id, object: "response", status: "completed", background: bg, output: [{ type: "message", role: "assistant", content: [{ type: "output_text", text }] }], usage: { input_tokens: pt, output_tokens: out, total_tokens: pt + out } };
    const r = { full, doneAt: Date.now() + (bg ? TAILMS + 50 : 0), key };
    if (body.store !== false) records.set(id, r);
    if (bg) { bill(key, out); }                     // a background job runs to its end whatever the client does
    if (!body.stream) {
      if (!bg) bill(key, out);
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(bg ? { ...full, status: "queued", output: [], usage: null } : full)); return true;
    }
    res.writeHead(200, { "content-type": "text/event-stream" });
    const ev = (e, d) => res.write(`event: ${e}\ndata: ${JSON.stringify({ type: e, ...d })}\n\n`);
    ev("response.created", { response: { ...full, status: bg ? "queued" : "in_progress", output: [], usage: null } });
    const step = 400, nsteps = Math.ceil(text.length / step);
    for (let j = 0; j < text.length; j += step) { if (res.destroyed) return true; ev("response.output_text.delta", { delta: text.slice(j, j + step) }); if (!bg) bill(key, Math.round(out / nsteps)); await sleep(TAILMS / nsteps); }
    ev("response.output_text.done", { text });
    await sleep(20); if (res.destroyed) return true;
    ev("response.completed", { response: full }); res.end(); return true;
  };
  return { origin, billed, records, reads };
}
// one streamed/JSON request on `path`; cut: hang up as soon as "<END>" has arrived
export async function ask(base, key, path, body, cut, extra = {}) {
  const ac = new AbortController();
  let r;
  try { r = await fetch(base + path, { method: "POST", headers: { authorization: "Bearer " + key, "content-type": "application/json", ...extra }, body: JSON.stringify(body), signal: ac.signal }); }
  catch (e) { return { status: 0, text: String(e) }; }
  if (r.status !== 200) { const t = await r.text(); return { status: r.status, text: t }; }
  if (!body.stream) { const t = await r.text(); let j; try { j = JSON.parse(t); } catch {} return { status: 200, text: t, json: j }; }
  const rd = r.body.getReader(); const dec = new TextDecoder(); let buf = "";
  try { for (;;) { const { value, done } = await rd.read(); if (done) break; buf += dec.decode(value, { stream: true }); if (cut && buf.includes("<END>")) { ac.abort(); break; } } } catch {}
  return { status: r.status, text: buf };
}
export async function counters(g, key) { const v = (await g.admin("GET", `/keys/${await g.keyId(key)}`)).body; return v.counters; }
export async function charged(g, key) { const c = await counters(g, key); return c.promptTokens + c.completionTokens; }
