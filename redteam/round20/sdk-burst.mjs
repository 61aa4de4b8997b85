// R20 honest cost: the official openai SDK (default maxRetries 2, honours retry-after-ms / Retry-After) sends N chat
// requests at once on a key with rpm RPM (concurrency high). Counts how many the app got and how many raised
// RateLimitError after the SDK's retries, and the refusal reasons. An exact limiter serves min(N, RPM + refill).
import OpenAI from "openai"; import { setTier, info, G } from "./lib20.mjs";
const N = +(process.env.N ?? 150), LIM = JSON.parse(process.env.LIM ?? '{"rpm":100,"concurrency":1000}');
const KEY = `sk-rt20-sdk-${Date.now().toString(36)}`; await setTier(KEY, "pro", LIM);
const seen = {}; const myFetch = async (u, init) => { const r = await fetch(u, init); if (r.status !== 200) { const t = await r.clone().text(); const k = r.status + " " + (JSON.parse(t).error?.message ?? "").replace(/\d+(\.\d+)?/g, "#").slice(0, 50) + " ra=" + r.headers.get("retry-after-ms"); seen[k] = (seen[k] ?? 0) + 1; } return r; };
const c = new OpenAI({ apiKey: KEY, baseURL: G + "/v1", fetch: myFetch, timeout: 60000 });
const t0 = Date.now(); const res = { ok: 0, rateLimited: 0, other: 0 };
await Promise.all(Array.from({ length: N }, () => c.chat.completions.create({ model: "m@out=20", max_tokens: 20, messages: [{ role: "user", content: "hi" }] }).then(() => res.ok++, (e) => (e.status === 429 ? res.rateLimited++ : res.other++))));
const el = (Date.now() - t0) / 1000; const i = await info(KEY);
console.log(`RESULT SDK burst ${N} on ${JSON.stringify(LIM)}: app got ${res.ok} answers, ${res.rateLimited} RateLimitError after retries, ${res.other} other, in ${el.toFixed(1)} s (rpm allows ${Math.floor(LIM.rpm + LIM.rpm / 60 * el)}); refusals seen by the SDK (retries included): ${JSON.stringify(seen)}; rpm remaining at end ${i.usage[0].remaining}`);
