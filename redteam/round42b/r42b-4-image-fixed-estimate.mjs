// R42b-4: docs/security.md says images are reserved "a fixed 1,600 tokens"; over HTTP a chat image by URL is reserved
// ~12 tokens (its URL text, it seems) and OpenAI bills an image by model and size (platform docs, "Calculating costs"):
// gpt-4o-mini 2,833 + 5,667 a 512px tile, so a 1536x768 photo is 36,835 prompt tokens (gpt-4o: 85 + 170 a tile).
//  (a) a stream with 3 such photos (110,518 prompt tokens), cut by the client after 1 s: the guard reads it on for its
//      usage (docs: a chat completion with an image is read on, at most 20 s), the answer runs longer, and the cut is
//      charged its reservation: ~42 + the 4,000 cap, against ~112,600 billed. 3 at once on tpd 100,000.
//  (b) 8 non-streamed one-photo requests at once on tpm 20,000 / tpd 100,000: all admitted on a ~120-token reservation
//      each; billed ~295,000 (every usage read, the overrun is the admission's).
import { startGuard, settled, override, call, ask, sleep, ORIGIN } from "./lib.mjs";
import { startOrigin42b, chatPromptTokens } from "./origin42b.mjs";
import zlib from "node:zlib";
const TPM = 20000, TPD = 100000;
const o = await startOrigin42b(ORIGIN);
const g = await startGuard({ policy: { defaults: { rpm: 600, tpm: TPM, tpd: TPD, concurrency: 8 }, tiers: { q: { detection: { mode: "off" } }, big: { rpm: 600, tpm: 100000000, tpd: TPD, concurrency: 8, detection: { mode: "off" } } }, defaultMaxOutputTokens: 1024 }, tag: "r4" });
function png(w, h) { const sig = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]); const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr[8] = 8; const chunk = (t, d) => { const l = Buffer.alloc(4); l.writeUInt32BE(d.length); return Buffer.concat([l, Buffer.from(t), d, Buffer.alloc(4)]); }; return Buffer.concat([sig, chunk("IHDR", ihdr), chunk("IDAT", zlib.deflateSync(Buffer.alloc(100))), chunk("IEND", Buffer.alloc(0))]); }
const URL1 = "https://images.example.com/p.jpg?w=1536&h=768";
const img = (url) => ({ type: "image_url", image_url: { url } });
let okA = false, okB = false;
try {
  // what one image reserves (admission headers of a stream, read at once and closed after the answer)
  for (const [name, url] of [["by URL", URL1], ["inline PNG (data URL)", "data:image/png;base64," + png(1536, 768).toString("base64")]]) {
    const k = await override(g, `sk-r42b-4r-${name.length}-${Date.now() % 1e5}`, { tier: "big" });
    const base = { model: "gpt-4o-mini|words=5", stream: true, max_tokens: 5 };
    const r0 = await ask(g.base, k, "POST", "/v1/chat/completions", { ...base, messages: [{ role: "user", content: [{ type: "text", text: "Tag." }] }] }, null);
    const r1 = await ask(g.base, k, "POST", "/v1/chat/completions", { ...base, messages: [{ role: "user", content: [{ type: "text", text: "Tag." }, img(url)] }] }, null);
    const rem = (r) => +r.headers.get("x-ratelimit-remaining-tokens");
    await sleep(500);
    console.log(`  one gpt-4o-mini image ${name}: reserved ${(100000000 - rem(r1)) - (100000000 - rem(r0)) + (rem(r0) > rem(r1) ? 0 : 0)} tokens more than the same request without it (stream admission headers: ${rem(r0)} vs ${rem(r1)} left); billed ${imageTokensOf(url)}`);
  }
  {
    const b = { model: "gpt-4o-mini|words=4000|rate=100", stream: true, max_tokens: 4000, messages: [{ role: "user", content: [{ type: "text", text: "Describe these photos in detail." }, img(URL1), img(URL1), img(URL1)] }] };
    const k = await override(g, `sk-r42b-4a-${Date.now() % 1e5}`, { tier: "big" });
    const rs = await Promise.all([0, 1, 2].map(() => ask(g.base, k, "POST", "/v1/chat/completions", b, (t, ms) => ms > 1000)));
    await sleep(1000); const s = await settled(g, k, 60000); const bl = o.billed[k] || { total: 0 };
    okA = rs.every((r) => r.status === 200) && bl.total > 2 * TPD && bl.total > 10 * s.charged;
    console.log(`(a) 3 streams at once, 3 gpt-4o-mini photos each (prompt ${chatPromptTokens(b)} each), cut after 1 s, tpd ${TPD}: ${rs.filter((r) => r.status === 200).length} served; origin billed ${bl.total} (prompt ${bl.prompt}, completion ${bl.completion}; x${(bl.total / TPD).toFixed(2)} tpd); guard charged ${s.charged} (prompt ${s.prompt}, completion ${s.completion}): x${(bl.total / s.charged).toFixed(1)} under`);
  }
  {
    const b = { model: "gpt-4o-mini|rate=100|words=100", max_tokens: 100, messages: [{ role: "user", content: [{ type: "text", text: "Describe this photo." }, img(URL1)] }] };
    const k = await override(g, `sk-r42b-4b-${Date.now() % 1e5}`, { tier: "q" });
    const rs = await Promise.all(Array.from({ length: 8 }, () => call(g.base, k, "POST", "/v1/chat/completions", b)));
    const served = rs.filter((r) => r.status === 200).length;
    await sleep(2000); const s = await settled(g, k); const bl = o.billed[k] || { total: 0 };
    const after = await call(g.base, k, "POST", "/v1/chat/completions", { model: "gpt-4o-mini", max_tokens: 5, messages: [{ role: "user", content: "hi" }] });
    okB = served === 8 && bl.total > 2 * TPD;
    console.log(`(b) 8 non-streamed one-photo requests at once (prompt ${chatPromptTokens(b)} each) on tpm ${TPM} / tpd ${TPD}: ${served} served; origin billed ${bl.total} (x${(bl.total / TPM).toFixed(1)} tpm, x${(bl.total / TPD).toFixed(2)} tpd); guard charged ${s.charged} afterwards; next request ${after.status}, retry-after ${after.headers.get("retry-after")} s`);
  }
  console.log(okA && okB ? "REPRODUCED: (a) cut image streams charged a fraction of the bill, over tpd; (b) a one-minute image burst billed >2x tpd" : okA || okB ? `REPRODUCED (part): a ${okA} b ${okB}` : "not reproduced");
} finally { g.kill(); await o.close(); }
function imageTokensOf() { return 36835; }
process.exit(0);
