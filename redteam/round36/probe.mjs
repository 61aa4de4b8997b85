// Probe: cut streams whose input the origin adds, by shape; paced (GAP ms) so that R35-2's lag is not measured.
import { startGuard, sleep, call, jsonlForm } from "./lib.mjs";
import { origin36, ask, counters, charged } from "./origin36.mjs";
const TPD = 200000, N = Number(process.env.N || 12), GAP = Number(process.env.GAP || 1500);
const { origin, billed, reads } = await origin36(9703, {});
const policy = { defaults: { rpm: 600, tpm: 5000000, tpd: TPD, concurrency: 8 }, defaultMaxOutputTokens: 1024, detection: { mode: "off" } };
const g = await startGuard({ port: 9701, inspectorPort: 9709, upstream: "http://127.0.0.1:9703", policy, tag: "probe" });
try {
  const Q = "What does clause 7 say about termination?";
  const up = async (key) => { const fd = new FormData(); fd.append("purpose", "user_data"); fd.append("file", new Blob(["%PDF-1.4 fake"], { type: "application/pdf" }), "doc.pdf"); const r = await call(g.base, key, "POST", "/v1/files", fd); return r.body?.id; };
  let v = 0;
  const defs = {
    bgprompt: ["/v1/responses", () => ({ model: "m", stream: true, background: true, max_output_tokens: 1000, prompt: { id: "pmpt_longdoc", version: "3", variables: { q: Q } } })],
    bgprev: ["/v1/responses", (a) => ({ model: "m", stream: true, background: true, max_output_tokens: 1000, previous_response_id: a.anchor, input: Q })],
    prompt: ["/v1/responses", () => ({ model: "m", stream: true, max_output_tokens: 1000, prompt: { id: "pmpt_longdoc", version: "3", variables: { q: Q } } })],
    promptnostore: ["/v1/responses", () => ({ model: "m", stream: true, store: false, max_output_tokens: 1000, prompt: { id: "pmpt_longdoc", version: "3", variables: { q: Q } } })],
    promptnostorerot: ["/v1/responses", () => ({ model: "m", stream: true, store: false, max_output_tokens: 1000, prompt: { id: "pmpt_longdoc", version: String(++v), variables: { q: Q } } })],
    fileurlnostore: ["/v1/responses", () => ({ model: "m", stream: true, store: false, max_output_tokens: 1000, input: [{ role: "user", content: [{ type: "input_file", file_url: "https://example.com/contract.pdf" }, { type: "input_text", text: Q }] }] })],
    fileidnostore: ["/v1/responses", (a) => ({ model: "m", stream: true, store: false, max_output_tokens: 1000, input: [{ role: "user", content: [{ type: "input_file", file_id: a.fid }, { type: "input_text", text: Q }] }] })],
    chatfile: ["/v1/chat/completions", (a) => ({ model: "m", stream: true, max_completion_tokens: 1000, messages: [{ role: "user", content: [{ type: "file", file: { file_id: a.fid } }, { type: "text", text: Q }] }] })],
  };
  const shapes = (process.env.SHAPES || Object.keys(defs).join(",")).split(",");
  const mk = await ask(g.base, "sk-r36-maker", "/v1/responses", { model: "m", input: "x".repeat(Number(process.env.MAKERLEN || 40)), max_output_tokens: 10 }, false);
  for (const s of shapes) for (const cut of [false, true]) {
    const [path, mkb] = defs[s];
    const key = `sk-r36-${s}-${cut}`;
    const a = { anchor: mk.json?.id };
    if (s.includes("file") && !s.includes("url")) a.fid = await up(key);
    let served = 0, refused = 0, first = ""; const r0 = reads.length; const t0 = Date.now();
    for (let i = 0; i < N && Date.now() - t0 < 60000; i++) {
      const r = await ask(g.base, key, path, mkb(a), cut);
      if (r.status === 200 && r.text.includes("<END>")) served++; else { refused++; if (!first) first = `${r.status} ${r.text.slice(0, 140)}`; if (!cut && refused >= 2) break; }
      await sleep(GAP);
    }
    await sleep(3000);
    const c = await counters(g, key); const posts = origin.log.filter((x) => x.key === key && x.method === "POST" && x.path === path).length;
    console.log(`${s} ${cut ? "CUT" : "control"}: ${served} served, ${refused} refused (${first}); origin POSTs ${posts}; billed ${billed[key] || 0}, charged ${c.promptTokens + c.completionTokens}; reads ${reads.length - r0}; counters ${JSON.stringify(c)}`);
  }
} finally { g.kill(); await origin.close(); }
