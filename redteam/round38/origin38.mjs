// Round 38 origin: non-streamed answers whose framing the test picks through the model name
// ("m|chunk|stall=2500|split=usage"): `chunk` sends the body chunked (no content-length), else with a
// content-length; the body is written in two parts, the head (everything before `"usage"`) and the tail
// (the usage), `stall` ms apart. Billing is the origin's:
//  - chat: prompt = chars/4 of messages + FILE tokens per file part (a PDF by file_id, as OpenAI bills it);
//    output = cap * n; `logprobs`+`top_logprobs` add per-token alternatives (~40 bytes each) to the answer.
//  - responses: prompt = chars/4 of input + CTX tokens when a stored prompt (`prompt.id`) is named; background
//    jobs are stored and end after TAILMS; GET /v1/responses/{id} (JSON or ?stream=true), POST .../cancel.
//  - embeddings: prompt = 1 token per CJK char, chars/4 otherwise; 1,536 floats per input.
import { startOrigin, sleep } from "./lib.mjs";
export async function origin38(port, { CTX = 50000, FILE = 50000, TAILMS = 300 } = {}) {
  const origin = await startOrigin(port, {});
  const billed = {}; const records = new Map(); let seq = 0; const events = [];
  const bill = (k, n) => { billed[k] = (billed[k] || 0) + n; };
  const tok = (x) => Math.ceil(JSON.stringify(x ?? "").length / 4);
  const cjkTok = (s) => { let n = 0, o = 0; for (const ch of s) { if (ch.codePointAt(0) > 0x2e80) n++; else o++; } return n + Math.ceil(o / 4); };
  const filesIn = (x) => { let n = 0; const walk = (v) => { if (!v || typeof v !== "object") return; if (Array.isArray(v)) return v.forEach(walk);
    if ((v.type === "input_file" && (v.file_url || v.file_id)) || (v.type === "file" && v.file?.file_id)) n++; Object.values(v).forEach(walk); }; walk(x); return n; };
  const mode = (model) => { const o = { chunk: false, stall: 0 }; for (const p of String(model || "").split("|").slice(1)) { const [k, v] = p.split("="); o[k] = v === undefined ? true : isNaN(+v) ? v : +v; } return o; };
  // write obj as JSON, split before "usage", framed per mode
  async function send(res, obj, md, rec) {
    const s = JSON.stringify(obj); const i = s.lastIndexOf('"usage"'); const head = i > 0 ? s.slice(0, i) : s, tail = i > 0 ? s.slice(i) : "";
    const h = { "content-type": "application/json" }; if (!md.chunk) h["content-length"] = Buffer.byteLength(s);
    res.writeHead(200, h);
    // write the head in 64 KiB pieces so a client sees it as it comes
    for (let j = 0; j < head.length; j += 65536) { if (res.destroyed) { rec.cut = "head"; return; } res.write(head.slice(j, j + 65536)); }
    if (md.stall) await sleep(md.stall);
    if (res.destroyed) { rec.cut = "beforeUsage"; return; }
    res.end(tail); rec.sentWhole = true;
  }
  const text = (cap) => "The answer <END> " + "word ".repeat(Math.max(1, cap - 3));
  origin.opts.hook = async (req, res, rec, body) => {
    let m; const p = rec.path; const key = rec.key;
    events.push({ t: Date.now(), method: req.method, path: p + (rec.query || ""), key });
    if (req.method === "POST" && p === "/v1/chat/completions" && !body.stream) {
      const md = mode(body.model); const cap = body.max_completion_tokens ?? body.max_tokens ?? 1000; const n = body.n ?? 1;
      const pt = cjkTok(JSON.stringify(body.messages)) + FILE * filesIn(body.messages);
      bill(key, pt + cap * n); rec.billed = pt + cap * n;
      const lp = body.logprobs && body.top_logprobs ? { content: Array.from({ length: cap }, (_, i) => ({ token: " word", logprob: -0.01, top_logprobs: Array.from({ length: body.top_logprobs }, (_, k) => ({ token: " alt" + k, logprob: -1.5 - k / 10 })) })) } : null;
      const obj = { id: "chatcmpl-" + (++seq), object: "chat.completion", model: body.model, choices: Array.from({ length: n }, (_, i) => ({ index: i, message: { role: "assistant", content: text(cap) }, ...(lp ? { logprobs: lp } : {}), finish_reason: "length" })), usage: { prompt_tokens: pt, completion_tokens: cap * n, total_tokens: pt + cap * n } };
      await send(res, obj, md, rec); return true;
    }
    if (req.method === "POST" && p === "/v1/embeddings") {
      const md = mode(body.model); const inp = Array.isArray(body.input) ? body.input : [body.input];
      const pt = inp.reduce((a, s) => a + cjkTok(String(s)), 0); bill(key, pt); rec.billed = pt;
      const vec = Array.from({ length: 1536 }, (_, i) => Math.round(Math.sin(i) * 1e8) / 1e8);
      const obj = { object: "list", data: inp.map((_, i) => ({ object: "embedding", index: i, embedding: vec })), model: body.model, usage: { prompt_tokens: pt, total_tokens: pt } };
      await send(res, obj, md, rec); return true;
    }
    if (req.method === "POST" && p === "/v1/responses" && !body.stream) {
      const md = mode(body.model); const cap = body.max_output_tokens ?? 1000;
      let pt = tok(body.input) + tok(body.prompt?.variables) + tok(body.instructions); if (body.prompt?.id) pt += CTX; pt += FILE * filesIn(body.input);
      bill(key, pt + cap); rec.billed = pt + cap;
      const id = "resp_" + (++seq) + "_" + Math.random().toString(36).slice(2, 8); const bg = body.background === true;
      const lp = body.include?.includes("message.output_text.logprobs") || body.top_logprobs ? Array.from({ length: cap }, () => ({ token: " word", logprob: -0.01, top_logprobs: Array.from({ length: body.top_logprobs || 20 }, (_, k) => ({ token: " alt" + k, logprob: -1.5 })) })) : undefined;
      const full = { id, object: "response", status: "completed", background: bg, model: body.model, output: [{ type: "message", role: "assistant", content: [{ type: "output_text", text: text(cap), ...(lp ? { logprobs: lp } : {}) }] }], usage: { input_tokens: pt, output_tokens: cap, total_tokens: pt + cap } };
      const r = { full, doneAt: Date.now() + (bg ? TAILMS : 0), key, md, input: body.input };
      if (body.store !== false) records.set(id, r);
      if (bg) { res.writeHead(200, { "content-type": "application/json" }); res.end(JSON.stringify({ ...full, status: "queued", output: [], usage: null })); return true; }
      await send(res, full, md, rec); return true;
    }
    if ((m = p.match(/^\/v1\/responses\/([^/]+)(\/cancel|\/input_items)?$/))) {
      const r = records.get(m[1]);
      if (!r) { res.writeHead(404, { "content-type": "application/json" }); res.end(JSON.stringify({ error: { message: "No response found", type: "invalid_request_error" } })); return true; }
      if (m[2] === "/input_items") { res.writeHead(200, { "content-type": "application/json" }); res.end(JSON.stringify({ object: "list", data: [{ type: "message", role: "user", content: [{ type: "input_text", text: JSON.stringify(r.input) }] }] })); return true; }
      const done = Date.now() >= r.doneAt;
      const cur = done ? r.full : { ...r.full, status: "in_progress", output: [], usage: null };
      if (rec.query?.includes("stream=true")) {
        res.writeHead(200, { "content-type": "text/event-stream" });
        const ev = (e, d) => res.write(`event: ${e}\ndata: ${JSON.stringify({ type: e, ...d })}\n\n`);
        ev("response.created", { response: { ...r.full, status: "queued", output: [], usage: null } });
        while (Date.now() < r.doneAt) await sleep(50);
        const t = r.full.output[0].content[0].text;
        for (let j = 0; j < t.length; j += 400) { if (res.destroyed) return true; ev("response.output_text.delta", { delta: t.slice(j, j + 400) }); await sleep(2); }
        if (r.md.stall) await sleep(r.md.stall);
        if (res.destroyed) return true;
        ev("response.completed", { response: r.full }); res.end(); return true;
      }
      await send(res, cur, r.md, rec); return true;
    }
    return false;
  };
  return { origin, billed, records, events };
}
export async function counters(g, key) { const v = (await g.admin("GET", `/keys/${await g.keyId(key)}`)).body; return v.counters; }
export async function charged(g, key) { const c = await counters(g, key); return c.promptTokens + c.completionTokens; }
// one JSON request; cutAt: a string; hang up as soon as it has arrived (before the rest of the body)
export async function ask(base, key, method, path, body, cutAt, extra = {}) {
  const ac = new AbortController(); let r;
  try { r = await fetch(base + path, { method, headers: { authorization: "Bearer " + key, ...(body ? { "content-type": "application/json" } : {}), ...extra }, body: body ? JSON.stringify(body) : undefined, signal: ac.signal }); }
  catch (e) { return { status: 0, text: String(e) }; }
  const rd = r.body.getReader(); const dec = new TextDecoder(); let buf = ""; let cut = false; const t0 = Date.now();
  try { for (;;) { const { value, done } = await rd.read(); if (done) break; buf += dec.decode(value, { stream: true }); if (cutAt && buf.includes(cutAt)) { cut = true; ac.abort(); break; } } } catch {}
  return { status: r.status, text: buf, cut, bytes: buf.length, ms: Date.now() - t0, headers: r.headers };
}
