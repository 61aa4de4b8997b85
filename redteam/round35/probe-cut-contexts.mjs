// Probe: cut Responses streams whose input the origin adds (stored prompt template, previous_response_id, conversation).
import { startOrigin, startGuard, sleep } from "./lib.mjs";
const TPD = 200000, CTX = 50000, N = Number(process.env.N || 12);
const origin = await startOrigin(9603, {});
const billed = {}; const records = new Map(); const reads = [];
let seq = 0;
origin.opts.hook = async (req, res, rec, body) => {
  let m;
  if (req.method === "GET" && (m = rec.path.match(/^\/v1\/responses\/([^/]+)$/))) {
    reads.push({ id: m[1], headers: req.headers, t: Date.now() });
    const r = records.get(m[1]);
    const proj = req.headers["openai-project"] || "default";
    if (!r || (process.env.SCOPED && r.project !== proj)) { res.writeHead(404, { "content-type": "application/json" }); res.end(JSON.stringify({ error: { message: "No response found", type: "invalid_request_error" } })); return true; }
    res.writeHead(200, { "content-type": "application/json" }); res.end(JSON.stringify(r.full)); return true;
  }
  if (!(req.method === "POST" && rec.path === "/v1/responses")) return false;
  const own = Math.ceil(JSON.stringify(body.input ?? "").length / 4) + Math.ceil(JSON.stringify(body.prompt?.variables ?? "").length / 4);
  let ctx = 0;
  if (body.prompt?.id) ctx += CTX;                                  // the stored template's messages
  if (body.previous_response_id) { const r = records.get(body.previous_response_id); ctx += r ? r.full.usage.input_tokens + r.full.usage.output_tokens : 0; }
  if (body.conversation) ctx += CTX;                                // the conversation's items
  if (body.input === "CREATE CONTEXT") ctx += CTX;                  // a big input the client sends itself (create)
  const pt = own + ctx, out = body.max_output_tokens ?? 1000;
  const id = "resp_" + (++seq) + "_" + Math.random().toString(36).slice(2, 8);
  const full = { id, object: "response", status: "completed", output: [{ type: "message", role: "assistant", content: [{ type: "output_text", text: "The answer <END> " + "word ".repeat(out - 3) }] }], usage: { input_tokens: pt, output_tokens: out, total_tokens: pt + out } };
  records.set(id, { full, project: req.headers["openai-project"] || "default" });
  billed[rec.key] = (billed[rec.key] || 0) + pt; // input billed at once; output as generated
  if (!body.stream) { billed[rec.key] += out; res.writeHead(200, { "content-type": "application/json" }); res.end(JSON.stringify(full)); return true; }
  res.writeHead(200, { "content-type": "text/event-stream" });
  const ev = (e, d) => res.write(`event: ${e}\ndata: ${JSON.stringify({ type: e, ...d })}\n\n`);
  ev("response.created", { response: { ...full, status: "in_progress", output: [], usage: null } });
  const t = full.output[0].content[0].text; const TAILMS = Number(process.env.TAILMS || 2000); const step = 400, nsteps = Math.ceil(t.length / step);
  for (let j = 0; j < t.length; j += step) { if (res.destroyed) return true; ev("response.output_text.delta", { delta: t.slice(j, j + step) }); billed[rec.key] += Math.round(out / nsteps); await sleep(TAILMS / nsteps); }
  ev("response.output_text.done", { text: t });
  await sleep(150);
  if (res.destroyed) return true;
  ev("response.completed", { response: full }); res.end(); return true;
};
const policy = { defaults: { rpm: 600, tpm: 5000000, tpd: TPD, concurrency: 8 }, defaultMaxOutputTokens: 1024, detection: { mode: "off" } };
const g = await startGuard({ port: 9601, inspectorPort: 9609, upstream: "http://127.0.0.1:9603", policy, tag: "p1" });
const H = (key, extra = {}) => ({ authorization: "Bearer " + key, "content-type": "application/json", ...extra });
async function ask(key, body, cut, extra) {
  const ac = new AbortController();
  const r = await fetch(g.base + "/v1/responses", { method: "POST", headers: H(key, extra), body: JSON.stringify(body), signal: ac.signal });
  if (r.status !== 200) { const t = await r.text(); return { status: r.status, text: t }; }
  if (!body.stream) { const t = await r.text(); return { status: 200, text: t, json: JSON.parse(t) }; }
  const rd = r.body.getReader(); const dec = new TextDecoder(); let buf = "";
  try { for (;;) { const { value, done } = await rd.read(); if (done) break; buf += dec.decode(value, { stream: true }); if (cut && buf.includes("<END>")) { ac.abort(); break; } } } catch {}
  return { status: r.status, text: buf };
}
try {
  const ctxOf = {}; // another key's stored 50k context
  const mk = await ask("sk-r35-maker", { model: "m", input: "CREATE CONTEXT", max_output_tokens: 10 }, false);
  const anchor = mk.json?.id;
  const shapes = (process.env.SHAPES || "prompt,prev,conv,prevproj").split(",");
  const defs = {
    prompt: ["stored prompt template (50k tokens at the origin), variables only", () => ({ model: "m", stream: true, max_output_tokens: 1000, prompt: { id: "pmpt_big", version: "3", variables: { q: "Question about clause 7?" } } }), {}],
    prev: ["previous_response_id of another key's 50k context", () => ({ model: "m", stream: true, max_output_tokens: 1000, previous_response_id: anchor, input: "Question about clause 7?" }), {}],
    conv: ["conversation of 50k tokens", () => ({ model: "m", stream: true, max_output_tokens: 1000, conversation: "conv_abc123", input: "Question about clause 7?" }), {}],
    prevproj: ["previous_response_id + OpenAI-Project header", () => ({ model: "m", stream: true, max_output_tokens: 1000, previous_response_id: anchor, input: "Question about clause 7?" }), { "openai-project": "proj_X", "openai-organization": "org_Y" }],
  };
  for (const s of shapes) for (const cut of [false, true]) {
    const [name, mkb, extra] = defs[s];
    const key = `sk-r35-${s}-${cut}`; const id = await g.keyId(key);
    let served = 0, refused = 0; const r0 = reads.length; const t0 = Date.now();
    for (let i = 0; i < N && Date.now() - t0 < 60000; i++) { const ts = Date.now(); const r = await ask(key, mkb(), cut, extra); if (process.env.TRACE) console.log("   ", i, r.status, Date.now() - ts, "ms"); if (r.status === 200 && r.text.includes("<END>")) served++; else { refused++; if (refused === 1) console.log("   first refusal", r.status, r.text.slice(0, 160)); } await sleep(Number(process.env.GAP || 30)); }
    await sleep(2500);
    const v = (await g.admin("GET", `/keys/${id}`)).body;
    const charged = v.counters.promptTokens + v.counters.completionTokens;
    const rd = reads.slice(r0);
    if (process.env.TRACE) { const posts = origin.log.filter((x) => x.key === key && x.method === "POST"); const T0 = posts[0]?.t; for (const x of posts.slice(0, 40)) console.log("     post at", x.t - T0, "origin saw close at", (x.end ?? 0) - T0); for (const x of rd.slice(0, 40)) console.log("     read at", x.t - T0); }
    console.log(`${name}, ${cut ? "CUT after <END>" : "control, read to the end"}: ${served} served, ${refused} refused; origin billed ${billed[key] || 0}, guard charged ${charged}; tpd ${TPD}; guard reads of the record: ${rd.length}${rd.length ? " hdrs " + JSON.stringify(Object.fromEntries(Object.entries(rd[0].headers).filter(([k]) => /auth|project|organi|beta|version|api-key/.test(k)))) : ""}`);
  }
} finally { g.kill(); await origin.close(); }
