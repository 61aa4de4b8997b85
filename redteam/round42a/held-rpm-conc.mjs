// probe: sum of admissions across N isolates on one hot key vs rpm / concurrency
import { startGuards, startOrigin, chat, ORIGIN_PORT, sleep, pool, tally } from "./lib.mjs";
const N = +(process.env.N || 4), RPM = +(process.env.RPM || 120), CONC = +(process.env.CONC || 1000), SECS = +(process.env.SECS || 6), W = +(process.env.W || 8), DELAY = +(process.env.DELAY || 0);
const LEASES = process.env.LEASES !== "0";
const origin = await startOrigin(ORIGIN_PORT, { defaultOut: 8, respondDelayMs: DELAY });
const g = await startGuards({ n: N, policy: { defaults: { rpm: RPM, tpm: 100000000, tpd: 1000000000, concurrency: CONC }, defaultMaxOutputTokens: 16, detection: { mode: "off" }, leases: { enabled: LEASES } } });
try {
  const key = "sk-rpm-" + Date.now();
  await chat(g.bases[0], key); // create the object
  const from = origin.log.length;
  const t0 = Date.now();
  const per = await Promise.all(g.bases.map(async (b, i) => {
    const out = [];
    await Promise.all(Array.from({ length: W }, async () => { while (Date.now() - t0 < SECS * 1000) { const r = await chat(b, key); out.push(r.status); if (r.status !== 200) await sleep(20); } }));
    return out;
  }));
  const el = (Date.now() - t0) / 1000;
  await sleep(1500);
  const reached = origin.log.slice(from).filter((r) => r.key === key).length;
  const allowed = 1 + RPM / 60 * (el + 0.1) + RPM - 1; // capacity (one used before) + refill
  console.log((reached <= Math.floor(allowed) && origin.maxOpenByKey[key] <= CONC ? "held" : "NOT held") + ": " + JSON.stringify({ N, RPM, CONC, LEASES, secs: el, per: per.map((o) => tally(o.map((s) => ({ status: s })))), reachedOrigin: reached, bound: Math.floor(allowed), maxOpen: origin.maxOpenByKey[key] }));
  for (let i = 0; i < N; i++) console.log(i, JSON.stringify((await g.admin("GET", "/io", null, i)).body));
  const v = (await g.admin("GET", "/keys/" + (await g.keyId(key)))).body; console.log(JSON.stringify({ counters: v.counters, inFlight: v.inFlight, usage: v.usage }));
} finally { await g.stop(); await origin.close(); }
