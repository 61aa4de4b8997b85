// R14 target: concurrency and rpm exactness of a HOT key (permit leases: the isolate admits locally). Key tier pro with
// concurrency CONC and rpm RPM. W waves of P parallel streaming chat requests (each stream ~1 s at the origin), waves
// WGAP ms apart; the origin counts streams open at once.
import { setTier, info, sleep, G } from "./lib20.mjs";
const CONC = +(process.env.CONC ?? 4), RPM = +(process.env.RPM ?? 6000), P = +(process.env.P ?? 12), W = +(process.env.W ?? 10), WGAP = +(process.env.WGAP ?? 150); const OP = process.env.OP ?? 19702;
const KEY = `sk-rt21-lease-${Date.now().toString(36)}`; await setTier(KEY, process.env.TIER ?? "nodet", { concurrency: CONC, rpm: RPM });
await fetch(`http://127.0.0.1:${OP}/stats/reset`);
const st = {}; const all = [];
const one = async () => { try { const r = await fetch(`${G}/v1/chat/completions`, { method: "POST", headers: { authorization: "Bearer " + KEY, "content-type": "application/json" }, body: JSON.stringify({ model: "gpt-4o", stream: true, max_tokens: 40, messages: [{ role: "user", content: "hi" }] }), signal: AbortSignal.timeout(20000) }); await r.text(); st[r.status] = (st[r.status] ?? 0) + 1; } catch (e) { st.err = (st.err ?? 0) + 1; } };
for (let w = 0; w < W; w++) { for (let i = 0; i < P; i++) all.push(one()); await sleep(WGAP); }
await Promise.all(all); await sleep(1500);
const o = await (await fetch(`http://127.0.0.1:${OP}/stats`)).json(); const i = await info(KEY);
console.log(`RESULT concurrency ${CONC}, rpm ${RPM}: ${W * P} requests in ${W} waves of ${P}: ${JSON.stringify(st)}; origin: at most ${o.maxStreams} streams at once; guard counters ${JSON.stringify(i.counters)} inFlight=${i.inFlight}`);
