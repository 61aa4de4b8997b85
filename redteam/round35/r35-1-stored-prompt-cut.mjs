// R35-1: a Responses stream on a stored prompt (`prompt: {id, version, variables}`, no `input`) cut by the client
// right after the useful part, before `response.completed`: the template the origin adds as input is never
// charged (only the cut turn's reservation: the variables and the output cap). previous_response_id (R33-2's fix)
// is the held control: the guard reads the stored record and charges it.
import { startGuard, sleep } from "./lib.mjs";
import { ctxOrigin, ask, charged } from "./ctxorigin.mjs";
const TPD = 200000, CTX = Number(process.env.CTX || 50000), N = Number(process.env.N || 60);
const { origin, billed } = await ctxOrigin(9603, { CTX });
const policy = { defaults: { rpm: 600, tpm: 5000000, tpd: TPD, concurrency: 8 }, defaultMaxOutputTokens: 1024, detection: { mode: "off" } };
const g = await startGuard({ port: 9601, inspectorPort: 9609, upstream: "http://127.0.0.1:9603", policy, tag: "r1" });
let rep = false;
try {
  const body = () => ({ model: "m", stream: true, max_output_tokens: 1000, prompt: { id: "pmpt_longdoc", version: "3", variables: { q: "What does clause 7 say about termination?" } } });
  const res = {};
  for (const cut of [false, true]) {
    const key = `sk-r35-1-${cut}`;
    let served = 0, refused = 0; const t0 = Date.now();
    // the cut key first has one turn on the same stored prompt read to the end (its usage seen: 50k+ input),
    // so the key's object has seen what the template takes
    let b0 = 0, c0 = 0;
    if (cut) { const w = await ask(g.base, key, body(), false); await sleep(2500); b0 = billed[key]; c0 = await charged(g, key); console.log(`   cut key: one turn on the prompt read to the end first (${w.status}): billed ${b0}, charged ${c0}`); }
    // paced at one request every 1.5 s after the first 10 (so the settlement lag of R35-2 is not what is measured)
    for (let i = 0; i < N && Date.now() - t0 < 150000; i++) {
      const r = await ask(g.base, key, body(), cut);
      if (r.status === 200 && r.text.includes("<END>")) served++; else refused++;
      if (!cut && refused >= 3) break;
      await sleep(1500);
    }
    await sleep(2500);
    const c = await charged(g, key) - c0;
    billed[key] -= b0;
    res[cut] = { served, refused, billed: billed[key] || 0, charged: c };
    console.log(`stored prompt (template ${CTX} tokens at the origin), ${cut ? "client hangs up after the useful part" : "control, read to the end"}: ${served} answers served, ${refused} refused; origin billed ${billed[key] || 0} tokens, guard charged ${c} (the cut key's first, full turn left out of both); tpd ${TPD}`);
  }
  const a = res[true];
  rep = a.billed > TPD * 1.5 && a.billed > a.charged * 3;
  console.log(rep ? `REPRODUCED: cut streams on a stored prompt: ${a.served} answers, origin billed ${a.billed} tokens (${(a.billed / TPD).toFixed(1)}x tpd), guard charged ${a.charged}; control served ${res[false].served}` : `not reproduced: cut: billed ${a.billed}, charged ${a.charged}`);
} finally { g.kill(); await origin.close(); }
