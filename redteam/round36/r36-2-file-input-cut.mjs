// R36-2: input the origin adds from a *file* (a PDF uploaded through the guard as `user_data` and named by `file_id`,
// or a PDF by URL) on a stream the client cuts right after the useful part, on routes where the guard has no record
// to read: chat completions (no stored record at all) and a Responses turn sent with `store: false`. The docs' open
// list names only a conversation or a stored prompt with `store: false`. Control: the same requests read to the end.
import { startGuard, sleep, call } from "./lib.mjs";
import { origin36, ask, counters } from "./origin36.mjs";
const TPD = 200000, N = Number(process.env.N || 12), GAP = Number(process.env.GAP || 1500);
const { origin, billed, reads } = await origin36(9703, { FILE: 50000 });
const policy = { defaults: { rpm: 600, tpm: 5000000, tpd: TPD, concurrency: 8 }, defaultMaxOutputTokens: 1024, detection: { mode: "off" } };
const g = await startGuard({ port: 9701, inspectorPort: 9709, upstream: "http://127.0.0.1:9703", policy, tag: "r2" });
let rep = false;
try {
  const Q = "Summarise clause 7 of the attached contract.";
  const up = async (key) => { const fd = new FormData(); fd.append("purpose", "user_data"); fd.append("file", new Blob(["%PDF-1.4 (a 120-page contract)"], { type: "application/pdf" }), "contract.pdf"); return (await call(g.base, key, "POST", "/v1/files", fd)).body?.id; };
  const shapes = [
    ["chat completions, file_id part", "/v1/chat/completions", (fid) => ({ model: "m", stream: true, max_completion_tokens: 1000, messages: [{ role: "user", content: [{ type: "file", file: { file_id: fid } }, { type: "text", text: Q }] }] })],
    ["responses store:false, input_file by URL", "/v1/responses", () => ({ model: "m", stream: true, store: false, max_output_tokens: 1000, input: [{ role: "user", content: [{ type: "input_file", file_url: "https://example.com/contract.pdf" }, { type: "input_text", text: Q }] }] })],
  ];
  const out = [];
  for (const [name, path, mkb] of shapes) {
    const res = {};
    for (const cut of [false, true]) {
      const key = `sk-r36-2-${path.length}-${cut}`; const fid = await up(key);
      let served = 0, refused = 0; const t0 = Date.now();
      for (let i = 0; i < N && Date.now() - t0 < 60000; i++) {
        const r = await ask(g.base, key, path, mkb(fid), cut);
        if (r.status === 200 && r.text.includes("<END>")) served++; else { refused++; if (!cut && refused >= 2) break; }
        await sleep(GAP);
      }
      await sleep(3000);
      const c = await counters(g, key);
      res[cut] = { served, refused, billed: billed[key] || 0, charged: c.promptTokens + c.completionTokens };
      console.log(`${name}, file of 50,000 tokens at the origin, ${cut ? "CUT after the useful part" : "control, read to the end"}: ${served} served, ${refused} refused; origin billed ${res[cut].billed}, guard charged ${res[cut].charged}; tpd ${TPD}`);
    }
    out.push([name, res]);
  }
  rep = out.some(([, r]) => r[true].billed > TPD * 1.5 && r[true].billed > r[true].charged * 3);
  console.log(rep ? "REPRODUCED: " + out.map(([n, r]) => `${n}: cut ${r[true].served} answers, billed ${r[true].billed} (${(r[true].billed / TPD).toFixed(1)}x tpd), charged ${r[true].charged}; control ${r[false].served} answers`).join("; ") : "not reproduced");
} finally { g.kill(); await origin.close(); }
