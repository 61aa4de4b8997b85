// held check: lease reports stored before the object answers (today's change 3, R42a-1). 3 isolates (10030-10032).
// (1) a pool of 6 on concurrency 6, 2 workers in each of isolates 0-1... for 3 s, a 30 s pause (the object idles out),
//     then the pool back through isolate 2: concurrency free, tpd charged = the origin's usage, few refusals;
// (2) rpm exactness across isolates: 3 x 40 requests at once on rpm 60: at most 60 admitted;
// (3) a hot key's latency with the writes: median / p95 of 200 sequential requests through one isolate.
import { startGuard, ORIGIN, sleep } from "./lib.mjs";
import { startOrigin } from "../round33/lib.mjs";
const origin = await startOrigin(ORIGIN, { defaultOut: 300, respondDelayMs: 50 });
const g = await startGuard({ n: 3, policy: { defaults: { rpm: 100000, tpm: 100000000, tpd: 5000000, concurrency: 6 }, tiers: { r: { rpm: 60, concurrency: 1000 } }, defaultMaxOutputTokens: 16, detection: { mode: "off" } } });
const chat = async (base, key) => { const r = await fetch(base + "/v1/chat/completions", { method: "POST", headers: { authorization: "Bearer " + key, "content-type": "application/json" }, body: JSON.stringify({ model: "m", max_tokens: 300, messages: [{ role: "user", content: "hello " + Math.random() }] }) }); await r.text(); return r.status; };
const view = async (key) => { const v = (await g.admin("GET", "/keys/" + (await g.keyId(key)))).body; const u = (n) => v.usage.find((x) => x.name === n).remaining; return { inFlight: v.inFlight, concLeft: u("concurrency"), tpdLeft: u("tpd"), charged: v.counters.promptTokens + v.counters.completionTokens }; };
const pool = async (key, bases, ms) => { const t0 = Date.now(); const st = {}; await Promise.all(bases.flatMap((b) => [0, 1, 2].map(async () => { let n = 0; while (Date.now() - t0 < ms && n++ < 400) { const s = await chat(b, key); st[s] = (st[s] || 0) + 1; if (s !== 200) await sleep(50); } }))); return st; };
let broke = 0; const line = (ok, s) => { if (!ok) broke++; console.log((ok ? "held  " : "BROKE ") + s); };
try {
  const key = "sk-r43-lease-" + Date.now();
  const b1 = await pool(key, g.bases.slice(0, 2), 3000); await sleep(2000); const v1 = await view(key);
  await sleep(30000); const v2 = await view(key);
  const b2 = await pool(key, g.bases.slice(2, 3), 3000); await sleep(1500); const v3 = await view(key);
  const billed = origin.log.filter((x) => x.key === key).reduce((a, x) => a + (x.servedPrompt || 0) + (x.servedCompletion || 0), 0);
  line(v2.inFlight === 0 && v2.concLeft === 6 && (b2[429] || 0) <= 6 && Math.abs((5000000 - v3.tpdLeft) - billed) < 58 * 45, `pool of 6 over isolates 0-1 for 3 s ${JSON.stringify(b1)}; after 30 s idle: in flight ${v2.inFlight}, concurrency left ${v2.concLeft}/6; back through isolate 2: ${JSON.stringify(b2)}; tpd used ${5000000 - v3.tpdLeft} (refilled ~58/s), origin billed ${billed}, counters ${v3.charged}`);
  const kr = "sk-r43-rpm-" + Date.now(); await g.admin("PUT", `/keys/${await g.keyId(kr)}/overrides`, { tier: "r" });
  await chat(g.bases[0], kr); await chat(g.bases[1], kr); await chat(g.bases[2], kr); // warm the key in each isolate
  const rs = await Promise.all(g.bases.flatMap((b) => Array.from({ length: 40 }, () => chat(b, kr))));
  const ok = rs.filter((s) => s === 200).length; line(ok + 3 <= 60 + 1, `rpm 60, 3 warm-up + 3 x 40 at once over 3 isolates: ${ok} admitted in the burst (+3 warm-up)`);
  const kl = "sk-r43-lat-" + Date.now(); const lat = [];
  for (let i = 0; i < 200; i++) { const t = performance.now(); await chat(g.bases[0], kl); lat.push(performance.now() - t - 50); }
  lat.sort((a, b) => a - b); console.log(`info  200 sequential requests on one hot key: guard overhead median ${lat[100].toFixed(1)} ms, p95 ${lat[190].toFixed(1)} ms (the origin's 50 ms taken out)`);
  console.log(broke ? `REPRODUCED: ${broke} broke` : "not reproduced (held)");
} finally { await g.stop(); await origin.close(); }
process.exit(0);
