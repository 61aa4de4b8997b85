// R20: a foreground JSON (non-stream) chat the client abandons at ABORT ms while the origin is still working (dl=DL ms
// before it answers; origin20.mjs bills at the request). IMGS image_url parts by URL (20,000 input tokens each at the
// origin). What the guard charges for it, vs what the origin billed; and whether the key's concurrency slot comes back.
import { setTier, info, sleep, G } from "./lib20.mjs"; const OP = process.env.OP ?? 19602;
const IMGS = +(process.env.IMGS ?? 5), N = +(process.env.N ?? 3), DL = +(process.env.DL ?? 2000), ABORT = +(process.env.ABORT ?? 300);
const KEY = `sk-rt20-abort-${Date.now().toString(36)}`; await setTier(KEY, "pro", { tpd: 10000000, concurrency: 2 });
const s0 = await (await fetch(`http://127.0.0.1:${OP}/stats`)).json(); const st = {};
for (let i = 0; i < N; i++) {
  const body = { model: `gpt-4o@out=400,dl=${DL}`, max_tokens: 400, messages: [{ role: "user", content: [{ type: "text", text: "Transcribe. " + i }, ...Array.from({ length: IMGS }, (_, k) => ({ type: "image_url", image_url: { url: `https://example.com/a${i}-${k}.png` } }))] }] };
  try { const r = await fetch(`${G}/v1/chat/completions`, { method: "POST", headers: { authorization: "Bearer " + KEY, "content-type": "application/json" }, body: JSON.stringify(body), signal: AbortSignal.timeout(ABORT) }); st[r.status] = (st[r.status] ?? 0) + 1; await r.text(); } catch (e) { st.aborted = (st.aborted ?? 0) + 1; }
}
await sleep(DL + 3000); const s1 = await (await fetch(`http://127.0.0.1:${OP}/stats`)).json(); const inf = await info(KEY);
console.log(`RESULT JSON chat abandoned at ${ABORT} ms (origin answers at ${DL} ms), ${N} x ${IMGS} URL images: ${JSON.stringify(st)}; origin billed ${s1.billed - (s0.billed ?? 0)}; guard charged prompt ${inf.counters.promptTokens} + completion ${inf.counters.completionTokens}, tpd remaining ${inf.usage.find((u) => u.name === "tpd").remaining}; inFlight ${inf.inFlight}`);
