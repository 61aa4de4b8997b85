// R21: background Responses (jobs BGMS ms at the origin, polled until completed, which frees their slot) mixed with a
// leased foreground pool, on a key of concurrency C. The ORIGIN reports maxCombined = background jobs running + requests
// open at once (all keys: run alone). An exact limiter keeps it <= C (+1 for a bg POST being answered).
import { setTier, sleep, G } from "./lib20.mjs";
const E = process.env; const C = +(E.C ?? 8), FG = +(E.FG ?? 8), BG = +(E.BG ?? 4), DUR = +(E.DUR ?? 12), BGMS = +(E.BGMS ?? 800), OP = E.OP ?? 19702;
const KEY = `sk-rt21-bg-${Date.now().toString(36)}`; await setTier(KEY, "nodet", { concurrency: C });
await fetch(`http://127.0.0.1:${OP}/stats/reset`); const st = {}; const end = Date.now() + DUR * 1000; const H = { authorization: "Bearer " + KEY, "content-type": "application/json" };
const cnt = (k) => (st[k] = (st[k] ?? 0) + 1);
const fg = async () => { while (Date.now() < end) { const r = await fetch(`${G}/v1/chat/completions`, { method: "POST", headers: H, body: JSON.stringify({ model: "m@dl=40,out=5", max_tokens: 5, messages: [{ role: "user", content: "hi" }] }), signal: AbortSignal.timeout(20000) }); await r.text(); cnt("fg:" + r.status); } };
const bg = async () => { while (Date.now() < end) { const r = await fetch(`${G}/v1/responses`, { method: "POST", headers: H, body: JSON.stringify({ model: `m@bgms=${BGMS},out=5`, background: true, max_output_tokens: 5, input: "hi" }), signal: AbortSignal.timeout(20000) }); const j = await r.json(); cnt("bg:" + r.status);
  if (r.status !== 200) { await sleep(50); continue; } for (let i = 0; i < 60; i++) { await sleep(100); const g = await fetch(`${G}/v1/responses/${j.id}`, { headers: H, signal: AbortSignal.timeout(20000) }); const gj = await g.json(); if (gj.status === "completed") { cnt("bgread"); break; } } } };
await Promise.all([...Array.from({ length: FG }, fg), ...Array.from({ length: BG }, bg)]); await sleep(500);
const o = await (await fetch(`http://127.0.0.1:${OP}/stats`)).json();
console.log(`RESULT C=${C} fg ${FG} bg ${BG} (${BGMS} ms jobs) ${DUR}s: ${JSON.stringify(st)}; ORIGIN max bg running ${o.maxRunning}, max fg open ${o.maxInflight}, max combined ${o.maxCombined} (limit ${C})`);
