// R20 honest cost: Retry-After when more than one limit is short. Key tpm 5,000 / tpd 20,000 (tier small); one answer
// billed ~40k (two image_url parts by URL at origin20.mjs) puts both buckets in debt. The next request's 429: which limit
// does it name, what Retry-After, and what the RateLimit field says of tpd. Then wait out Retry-After (if <= WAITMAX s) and retry.
import { setTier, sleep, req } from "./lib20.mjs";
const KEY = "sk-rt20-ra-" + Date.now().toString(36); await setTier(KEY, "small");
const img = (u) => ({ type: "image_url", image_url: { url: u } });
const a = await req("POST", "/v1/chat/completions", { key: KEY, body: { model: "m@out=20", max_tokens: 20, messages: [{ role: "user", content: [{ type: "text", text: "x" }, img("https://e.com/1.png"), img("https://e.com/2.png")] }] } });
await sleep(1500);
const body = { model: "m@out=20", max_tokens: 20, messages: [{ role: "user", content: "hi" }] };
const r = await req("POST", "/v1/chat/completions", { key: KEY, body });
const ra = +r.h.get("retry-after");
console.log(`first: ${a.status}; then: ${r.status} ${JSON.parse(r.text).error.message} retry-after=${ra} retry-after-ms=${r.h.get("retry-after-ms")} should-retry=${r.h.get("x-should-retry")}\n  RateLimit: ${r.rl}`);
const WAITMAX = +(process.env.WAITMAX ?? 0);
if (ra <= WAITMAX) { await sleep(ra * 1000 + 200); const r2 = await req("POST", "/v1/chat/completions", { key: KEY, body }); console.log(`after waiting ${ra} s: ${r2.status} ${r2.status !== 200 ? JSON.parse(r2.text).error.message : ""} retry-after=${r2.h.get("retry-after")}`); }
