// R20: exactness of rpm / tpm / concurrency on a key leased by the isolate. Fresh key with override LIM (JSON).
// MODE=burst: N requests at once. MODE=rate: RATE requests/s for DUR s (open loop). Counts statuses, and the requests the
// ORIGIN received with this key (its log), against what the limit allows: rpm capacity + rpm/60 x elapsed s.
import { setTier, info, sleep, G, logLen, logSince } from "./lib20.mjs";
const MODE = process.env.MODE ?? "burst", N = +(process.env.N ?? 300), RATE = +(process.env.RATE ?? 40), DUR = +(process.env.DUR ?? 10);
const LIM = JSON.parse(process.env.LIM ?? '{"rpm":100,"concurrency":1000}'); const MODEL = process.env.MODEL ?? "m@out=20"; const MAXT = +(process.env.MAXT ?? 20);
const BODY = process.env.BODY ? JSON.parse(process.env.BODY) : null;
const KEY = `sk-rt20-rb-${Date.now().toString(36)}`; await setTier(KEY, process.env.TIER ?? "nodet", LIM); const ex = {};
const st = {}; const k0 = logLen(); const t0 = Date.now(); const tOk = [];
const one = async () => { try { const r = await fetch(`${G}/v1/chat/completions`, { method: "POST", headers: { authorization: "Bearer " + KEY, "content-type": "application/json" }, body: JSON.stringify(BODY ?? { model: MODEL, max_tokens: MAXT, messages: [{ role: "user", content: "hi" }] }), signal: AbortSignal.timeout(30000) }); const t = await r.text(); const c = r.status === 429 ? "429:" + (JSON.parse(t).error?.message ?? "").replace(/\d+(\.\d+)?/g, "#").slice(0, 60) : r.status; st[c] = (st[c] ?? 0) + 1; if (r.status === 429 && !ex[c]) ex[c] = r.headers.get("ratelimit") + " | retry-after-ms " + r.headers.get("retry-after-ms"); if (r.status === 200) tOk.push(Date.now() - t0); } catch (e) { st.err = (st.err ?? 0) + 1; } };
const all = [];
if (MODE === "burst") { for (let i = 0; i < N; i++) all.push(one()); }
else { const n = RATE * DUR; for (let i = 0; i < n; i++) { all.push(one()); const due = t0 + ((i + 1) * 1000) / RATE; const w = due - Date.now(); if (w > 0) await sleep(w); } }
await Promise.all(all); const el = (Date.now() - t0) / 1000; await sleep(2500);
const got = logSince(k0).filter((e) => (e.headers.authorization ?? "").includes(KEY));
const billed = got.reduce((a, e) => a, 0);
const i = await info(KEY);
const allowR = LIM.rpm != null ? Math.floor(LIM.rpm + (LIM.rpm / 60) * el) : null;
console.log(`RESULT ${MODE} ${MODE === "burst" ? N : RATE + "/s x " + DUR + " s"} lim=${JSON.stringify(LIM)} elapsed ${el.toFixed(1)} s: statuses ${JSON.stringify(st)}; origin got ${got.length}; rpm allows at most ${allowR}; guard counters ${JSON.stringify(i.counters)} inFlight=${i.inFlight}; remaining ${i.usage.map((u) => u.name + "=" + u.remaining).join(" ")}\n  first refusal of each kind: ${JSON.stringify(ex, null, 1)}`);
