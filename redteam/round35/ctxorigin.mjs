// A recording origin that models input the origin adds to a Responses turn: a stored prompt's template
// (`prompt.id`), a stored response's context (`previous_response_id`), a conversation's items. It stores every
// response and serves GET /v1/responses/{id} as a real origin does. Input is billed when generation starts,
// output as it is generated (a client's hang-up stops it).
import { startOrigin, sleep } from "./lib.mjs";
export async function ctxOrigin(port, { CTX = 50000, TAILMS = 2000 } = {}) {
  const origin = await startOrigin(port, {});
  const billed = {}; const records = new Map(); const reads = []; let seq = 0;
  origin.opts.hook = async (req, res, rec, body) => {
    let m;
    if (req.method === "GET" && (m = rec.path.match(/^\/v1\/responses\/([^/]+)$/))) {
      reads.push({ id: m[1], headers: req.headers, t: Date.now() });
      const r = records.get(m[1]);
      if (!r) { res.writeHead(404, { "content-type": "application/json" }); res.end(JSON.stringify({ error: { message: "No response found", type: "invalid_request_error" } })); return true; }
      res.writeHead(200, { "content-type": "application/json" }); res.end(JSON.stringify(r.full)); return true;
    }
    if (!(req.method === "POST" && rec.path === "/v1/responses")) return false;
    const own = Math.ceil(JSON.stringify(body.input ?? "").length / 4) + Math.ceil(JSON.stringify(body.prompt?.variables ?? "").length / 4);
    let ctx = 0;
    if (body.prompt?.id) ctx += CTX;
    if (body.previous_response_id) { const r = records.get(body.previous_response_id); ctx += r ? r.full.usage.input_tokens + r.full.usage.output_tokens : 0; }
    if (body.conversation) ctx += CTX;
    if (body.input === "CREATE CONTEXT") ctx += CTX;
    const pt = own + ctx, out = body.max_output_tokens ?? 1000;
    const id = "resp_" + (++seq) + "_" + Math.random().toString(36).slice(2, 8);
    const full = { id, object: "response", status: "completed", output: [{ type: "message", role: "assistant", content: [{ type: "output_text", text: "The answer <END> " + "word ".repeat(Math.max(1, out - 3)) }] }], usage: { input_tokens: pt, output_tokens: out, total_tokens: pt + out } };
    records.set(id, { full });
    billed[rec.key] = (billed[rec.key] || 0) + pt;
    if (!body.stream) { billed[rec.key] += out; res.writeHead(200, { "content-type": "application/json" }); res.end(JSON.stringify(full)); return true; }
    res.writeHead(200, { "content-type": "text/event-stream" });
    const ev = (e, d) => res.write(`event: ${e}\ndata: ${JSON.stringify({ type: e, ...d })}\n\n`);
    ev("response.created", { response: { ...full, status: "in_progress", output: [], usage: null } });
    const t = full.output[0].content[0].text; const step = 400, nsteps = Math.ceil(t.length / step);
    for (let j = 0; j < t.length; j += step) { if (res.destroyed) return true; ev("response.output_text.delta", { delta: t.slice(j, j + step) }); billed[rec.key] += Math.round(out / nsteps); await sleep(TAILMS / nsteps); }
    ev("response.output_text.done", { text: t });
    await sleep(20);
    if (res.destroyed) return true;
    ev("response.completed", { response: full }); res.end(); return true;
  };
  return { origin, billed, records, reads };
}
// one Responses request; cut: hang up as soon as "<END>" (the useful part) has arrived
export async function ask(base, key, body, cut, extra = {}) {
  const ac = new AbortController();
  const r = await fetch(base + "/v1/responses", { method: "POST", headers: { authorization: "Bearer " + key, "content-type": "application/json", ...extra }, body: JSON.stringify(body), signal: ac.signal });
  if (r.status !== 200) { const t = await r.text(); return { status: r.status, text: t }; }
  if (!body.stream) { const t = await r.text(); return { status: 200, text: t, json: JSON.parse(t) }; }
  const rd = r.body.getReader(); const dec = new TextDecoder(); let buf = "";
  try { for (;;) { const { value, done } = await rd.read(); if (done) break; buf += dec.decode(value, { stream: true }); if (cut && buf.includes("<END>")) { ac.abort(); break; } } } catch {}
  return { status: r.status, text: buf };
}
export async function charged(g, key) { const v = (await g.admin("GET", `/keys/${await g.keyId(key)}`)).body; return v.counters.promptTokens + v.counters.completionTokens; }
