// R20 honest cost, with the official openai SDK (maxRetries 2, honours retry-after-ms): a pool of C workers on a key of
// concurrency C (tier nodet: detection off, rpm and tokens high). Counts 429s the SDK saw and RateLimitErrors the app got.
import OpenAI from "openai"; import { setTier, G } from "./lib20.mjs";
const C = +(process.env.C ?? 4), TOTAL = +(process.env.TOTAL ?? 400);
const KEY = `sk-rt21-sdkpool-${Date.now().toString(36)}`; await setTier(KEY, "nodet", { concurrency: C });
let seen429 = 0; const f = async (u, i) => { const r = await fetch(u, i); if (r.status === 429) seen429++; return r; };
const c = new OpenAI({ apiKey: KEY, baseURL: G + "/v1", fetch: f, timeout: 30000 }); const res = { ok: 0, rl: 0, other: 0 }; let next = 0; const t0 = Date.now();
await Promise.all(Array.from({ length: C }, async () => { while (next < TOTAL) { next++; try { if (process.env.STREAM) { const s = await c.chat.completions.create({ model: "m@out=20", max_tokens: 20, stream: true, messages: [{ role: "user", content: "hi" }] }); for await (const _ of s) {} } else await c.chat.completions.create({ model: "m@out=20", max_tokens: 20, messages: [{ role: "user", content: "hi" }] }); res.ok++; } catch (e) { e.status === 429 ? res.rl++ : res.other++; } } }));
console.log(`RESULT SDK pool${process.env.STREAM ? " (streams)" : ""} of ${C} on concurrency ${C}: ${TOTAL} calls in ${((Date.now() - t0) / 1000).toFixed(1)} s: app got ${res.ok}, RateLimitError ${res.rl}, other ${res.other}; 429s the SDK absorbed or passed on: ${seen429}`);
