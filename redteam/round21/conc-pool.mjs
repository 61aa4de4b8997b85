// R21 (from R20): a client that never has more than C requests in flight (a worker pool sized to the key's concurrency
// limit C), each a short stream (~ST ms), TOTAL requests; any 429 is a wrong refusal. POOL may be set below C.
import { setTier, info, G } from "./lib20.mjs";
const C = +(process.env.C ?? 4), POOL = +(process.env.POOL ?? C), TOTAL = +(process.env.TOTAL ?? 200), OUT = +(process.env.OUT ?? 20);
const KEY = `sk-rt21-pool-${Date.now().toString(36)}`; await setTier(KEY, process.env.TIER ?? "nodet", { concurrency: C });
const st = {}; const reasons = {}; let next = 0; const t0 = Date.now();
const worker = async () => { while (next < TOTAL) { next++; const r = await fetch(`${G}/v1/chat/completions`, { method: "POST", headers: { authorization: "Bearer " + KEY, "content-type": "application/json" }, body: JSON.stringify({ model: `m@out=${OUT}`, stream: !!process.env.STREAM, max_tokens: OUT, messages: [{ role: "user", content: "hi" }] }), signal: AbortSignal.timeout(30000) }); const t = await r.text(); st[r.status] = (st[r.status] ?? 0) + 1; if (r.status !== 200) { const m = (JSON.parse(t).error?.message ?? "").replace(/\d+/g, "#").slice(0, 70); reasons[m] = (reasons[m] ?? 0) + 1; } } };
await Promise.all(Array.from({ length: POOL }, worker)); const el = (Date.now() - t0) / 1000; const inf = await info(KEY);
console.log(`RESULT pool of ${POOL} on concurrency ${C}${process.env.STREAM ? " (streams)" : ""}: ${TOTAL} requests in ${el.toFixed(1)} s (${(TOTAL / el).toFixed(0)}/s): ${JSON.stringify(st)} ${JSON.stringify(reasons)}; inFlight at end ${inf.inFlight}; standing ${inf.detection.standing} limits ${JSON.stringify(inf.limits)}`);
