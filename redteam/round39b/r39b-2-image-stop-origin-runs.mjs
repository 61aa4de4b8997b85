// R39b-2: Stop pressed on a streamed chat answer about an image: the guard keeps reading the origin after the client
// left (up to 20 s, docs/config.md), so the origin generates -- and the provider bills -- the whole answer the user
// stopped. Without the guard the origin stops when the client leaves.
import OpenAI from "openai";
import { startGuard, startOrigin39, sleep, settled, ORIGIN, POLICY } from "./lib.mjs";
const o = await startOrigin39(ORIGIN, { chunkDelayMs: 40, answerWords: 900 });
const g = await startGuard({ policy: POLICY, tag: "r2" });
const res = {};
try {
  for (const via of ["guard", "direct"]) {
    const key = `sk-r39b2-${via}`; const oa = new OpenAI({ apiKey: key, baseURL: via === "guard" ? g.base + "/v1" : `http://127.0.0.1:${ORIGIN}/v1`, maxRetries: 0 });
    const ac = new AbortController(); let got = 0;
    try { const st = await oa.chat.completions.create({ model: "gpt-4o", stream: true, max_tokens: 4096, messages: [{ role: "user", content: [{ type: "text", text: "Describe this receipt in detail" }, { type: "image_url", image_url: { url: "https://example.com/receipt.jpg" } }] }] }, { signal: ac.signal }); const t0 = Date.now(); for await (const _ of st) { got++; if (Date.now() - t0 > 1000) { ac.abort(); break; } } } catch {}
    await sleep(6000); const s = via === "guard" ? await settled(g, key, 25000) : null;
    const rec = o.log.filter((x) => x.key === key).at(-1); res[via] = o.billed[key];
    console.log(`${via.padEnd(6)} client read ${got} chunks then pressed Stop; origin ${rec.whole ? "generated the WHOLE answer" : "stopped"}; provider billed ${o.billed[key]}${s ? `, guard charged ${s.charged}` : ""}`);
  }
} finally { g.kill(); await o.close(); }
console.log(`billed through the guard / billed direct: x${(res.guard / res.direct).toFixed(2)}`);
console.log(res.guard > res.direct * 1.5 ? "REPRODUCED" : "not reproduced");
process.exit(0);
