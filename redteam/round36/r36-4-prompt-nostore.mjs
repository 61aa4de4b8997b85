// R36-4 (documented open case, quantified): a stored prompt sent with `store: false` and cut after the useful part.
// The guard charges the template as the key's answered turns on that prompt *and version* took it. Each key first
// has one turn on version "3" read to the end (so its object knows the 50k template), then cuts turns:
//   same    - store:false, version "3"          (the template memory applies: expected charged)
//   rotate  - store:false, a new version each turn (never answered: documented open)
//   latest  - store:false, no version (the origin's latest, here the same template)
import { startGuard, sleep } from "./lib.mjs";
import { origin36, ask, counters } from "./origin36.mjs";
const TPD = 200000, N = Number(process.env.N || 12), GAP = Number(process.env.GAP || 1500);
const { origin, billed } = await origin36(9703, {});
const policy = { defaults: { rpm: 600, tpm: 5000000, tpd: TPD, concurrency: 8 }, defaultMaxOutputTokens: 1024, detection: { mode: "off" } };
const g = await startGuard({ port: 9701, inspectorPort: 9709, upstream: "http://127.0.0.1:9703", policy, tag: "r4" });
let rep = false;
try {
  const P = (version, store) => ({ model: "m", stream: true, ...(store === false ? { store: false } : {}), max_output_tokens: 1000, prompt: { id: "pmpt_longdoc", ...(version === undefined ? {} : { version }), variables: { q: "What does clause 7 say about termination?" } } });
  let v = 10; const res = {};
  for (const [name, mk] of [["same", () => P("3", false)], ["rotate", () => P(String(++v), false)], ["latest", () => P(undefined, false)]]) {
    const key = `sk-r36-4-${name}`;
    await ask(g.base, key, "/v1/responses", P("3"), false); await sleep(2000);
    const b0 = billed[key]; const c0 = await counters(g, key); const ch0 = c0.promptTokens + c0.completionTokens;
    let served = 0, refused = 0; const t0 = Date.now();
    for (let i = 0; i < N && Date.now() - t0 < 60000; i++) { const r = await ask(g.base, key, "/v1/responses", mk(), true); if (r.status === 200 && r.text.includes("<END>")) served++; else refused++; await sleep(GAP); }
    await sleep(3000);
    const c = await counters(g, key);
    res[name] = { served, refused, billed: billed[key] - b0, charged: c.promptTokens + c.completionTokens - ch0 };
    console.log(`${name}: after one answered turn on version 3 (billed ${b0}, charged ${ch0}): cut store:false turns ${served} served, ${refused} refused; origin billed ${res[name].billed}, guard charged ${res[name].charged} (tpd ${TPD}, ${TPD - ch0} left)`);
  }
  const open = ["rotate", "latest"].filter((n) => res[n].billed > res[n].charged * 3);
  rep = open.length > 0;
  console.log(rep ? `REPRODUCED (documented open, quantified): ${open.map((n) => `${n}: ${res[n].served} answers, billed ${res[n].billed}, charged ${res[n].charged}`).join("; ")}; same version: ${res.same.served} answers, billed ${res.same.billed}, charged ${res.same.charged}` : "not reproduced");
} finally { g.kill(); await origin.close(); }
