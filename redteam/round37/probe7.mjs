// probe 7: a background response retrieved as a stream (GET /v1/responses/{id}?stream=true) while it runs; the client
// hangs up after `response.output_text.done` (the whole text) and before `response.completed` (the usage).
import { startGuard, sleep, call } from "./lib.mjs";
import { origin36, counters } from "../round36/origin36.mjs";
const CTX = 50000, RUN = Number(process.env.RUN || 3000), TAILGAP = Number(process.env.TAILGAP || 400);
const { origin, billed, records } = await origin36(9803, { CTX, TAILMS: RUN });
const base36 = origin.opts.hook;
origin.opts.hook = async (req, res, rec, body) => {
  let m;
  if (req.method === "GET" && (m = rec.path.match(/^\/v1\/responses\/([^/]+)$/)) && /stream=true/.test(rec.query)) {
    const r = records.get(m[1]); if (!r) return base36(req, res, rec, body);
    res.writeHead(200, { "content-type": "text/event-stream" });
    const ev = (e, d) => res.write(`event: ${e}\ndata: ${JSON.stringify({ type: e, ...d })}\n\n`);
    ev("response.created", { response: { ...r.full, status: "in_progress", output: [], usage: null } });
    const text = r.full.output[0].content[0].text; const left = Math.max(0, r.doneAt - Date.now()); const step = 400, n = Math.ceil(text.length / step);
    for (let j = 0; j < text.length; j += step) { if (res.destroyed) return true; ev("response.output_text.delta", { delta: text.slice(j, j + step) }); await sleep(left / n); }
    ev("response.output_text.done", { text: text + " <DONE>" });
    await sleep(TAILGAP); if (res.destroyed) { rec.cutBeforeCompleted = true; return true; }
    ev("response.completed", { response: r.full }); res.end(); return true;
  }
  return base36(req, res, rec, body);
};
const policy = { defaults: { rpm: 100000, tpm: 1000000000, tpd: 1000000000, concurrency: 64 }, defaultMaxOutputTokens: 1024, detection: { mode: "off" } };
const g = await startGuard({ port: 9801, inspectorPort: 9809, upstream: "http://127.0.0.1:9803", policy, tag: "p7" });
const charged = async (k) => { const c = await counters(g, k); return c.promptTokens + c.completionTokens; };
try {
  for (const mode of ["full", "cut"]) {
    const key = "sk-r37-p7-" + mode; let got = 0; const N = 3;
    for (let i = 0; i < N; i++) {
      const p = await call(g.base, key, "POST", "/v1/responses", { model: "m", background: true, max_output_tokens: 1000, prompt: { id: "pmpt_longdoc", variables: { q: "clause " + i } } });
      const ac = new AbortController();
      const r = await fetch(`${g.base}/v1/responses/${p.body.id}?stream=true`, { headers: { authorization: "Bearer " + key }, signal: ac.signal });
      const rd = r.body.getReader(); const dec = new TextDecoder(); let buf = "";
      try { for (;;) { const { value, done } = await rd.read(); if (done) break; buf += dec.decode(value, { stream: true }); if (mode === "cut" && buf.includes("<DONE>")) { ac.abort(); break; } } } catch {}
      if (buf.includes("<DONE>")) got++;
    }
    await sleep(RUN + 25000);
    console.log(`${mode}: ${got} whole answers by a streamed retrieval; origin billed ${billed[key]}; guard charged ${await charged(key)}`);
  }
} finally { g.kill(); await origin.close(); }
