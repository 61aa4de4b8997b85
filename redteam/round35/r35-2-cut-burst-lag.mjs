// R35-2: a cut Responses turn on a stored context (previous_response_id) is charged that context correctly
// (R33-2's read), but only ~1-1.5 s after the cut; a client that cuts right away and sends the next turn
// at once is admitted on the turn's small reservation until the charges land. Sequential and 8 parallel
// workers, against a tpd of 200,000 tokens with a 50,000-token context. Control: the same turns read to the end.
import { startGuard, sleep } from "./lib.mjs";
import { ctxOrigin, ask, charged } from "./ctxorigin.mjs";
const TPD = 200000, CTX = 50000, N = Number(process.env.N || 150);
const { origin, billed } = await ctxOrigin(9603, { CTX });
const policy = { defaults: { rpm: 600, tpm: 5000000, tpd: TPD, concurrency: 8 }, defaultMaxOutputTokens: 1024, detection: { mode: "off" } };
const g = await startGuard({ port: 9601, inspectorPort: 9609, upstream: "http://127.0.0.1:9603", policy, tag: "r2" });
let rep = false;
try {
  const mk = await ask(g.base, "sk-r35-2-maker", { model: "m", input: "CREATE CONTEXT", max_output_tokens: 10 }, false);
  const anchor = mk.json.id;
  const runs = [
    ["control: streams read to the end, 1 worker", false, 1, true],
    ["cut after the useful part, 1 worker", true, 1, true],
    ["cut after the useful part, 8 workers", true, 8, true],
    ["JSON (no stream), max_output_tokens 16, 8 workers", false, 8, false],
  ];
  const out = [];
  for (const [name, cut, W, stream] of runs) {
    const key = `sk-r35-2-${name.length}-${W}-${cut}`;
    let served = 0, refused = 0, sent = 0; const t0 = Date.now();
    const body = () => ({ model: "m", stream, max_output_tokens: stream ? 1000 : 16, previous_response_id: anchor, input: "What does clause 7 say about termination?" });
    await Promise.all(Array.from({ length: W }, async () => {
      while (sent < N && Date.now() - t0 < 30000) { sent++; const r = await ask(g.base, key, body(), cut); if (r.status === 200) served++; else refused++; if (!cut && stream && refused >= 3) break; }
    }));
    const el = Date.now() - t0;
    await sleep(3000);
    const c = await charged(g, key);
    out.push({ name, served, billed: billed[key] || 0, charged: c });
    console.log(`${name}: ${served} served, ${refused} refused in ${el} ms; origin billed ${billed[key] || 0} (${((billed[key] || 0) / TPD).toFixed(1)}x tpd ${TPD}), guard charged ${c} afterwards`);
  }
  const ctl = out[0], seq = out[1], par = out[2];
  rep = par.billed > TPD * 3;
  console.log(rep ? `REPRODUCED: one key on tpd ${TPD}: ${seq.served} answers (${(seq.billed / TPD).toFixed(1)}x tpd billed) sequentially and ${par.served} (${(par.billed / TPD).toFixed(1)}x) with 8 workers before the charge landed; control ${ctl.served} answers (${(ctl.billed / TPD).toFixed(1)}x)` : "not reproduced");
} finally { g.kill(); await origin.close(); }
