// R43-4 (honest customers): every image part costs the fixed 1,600 (docs/config.md, "The prompt's estimate"), whatever
// its detail and size. gpt-4o bills a `detail: "low"` image 85 tokens and a scanned letter page at high detail 765
// (OpenAI's published rules, origin42b.mjs). On the free tier (tpm 40,000): (a) a product-catalogue request with 30
// low-detail thumbnails (billed ~2,700) and (b) a 26-page scanned PDF sent as page images (billed ~20,000) are refused
// `request_too_large`. (c) held: a Stop on 20 thumbnails is read on (R36) and charged the billed input exactly.
import { startGuard, startOrigin42b, ORIGIN, chatPromptTokens, ask, settled, sleep } from "./lib.mjs";
const TPM = 40000;
const o = await startOrigin42b(ORIGIN);
const g = await startGuard({ policy: { defaults: { rpm: 20, tpm: TPM, tpd: 500000, concurrency: 2 }, detection: { mode: "off" }, defaultMaxOutputTokens: 1024 } });
const img = (i, w, h, detail) => ({ type: "image_url", image_url: { url: `https://cdn.example.com/img/${i}.jpg?w=${w}&h=${h}`, detail } });
const req = (parts, ask1, stream) => ({ model: "gpt-4o|words=200|rate=150", max_tokens: 1024, ...(stream ? { stream: true } : {}), messages: [{ role: "user", content: [{ type: "text", text: ask1 }, ...parts] }] });
try {
  const cases = [
    ["(a) 30 product thumbnails, detail low", req(Array.from({ length: 30 }, (_, i) => img(i, 512, 512, "low")), "For each product photo, write a one-line alt text.")],
    ["(b) 26-page scanned PDF as page images (1024x1325, auto)", req(Array.from({ length: 26 }, (_, i) => img("page" + i, 1024, 1325, "auto")), "Extract the invoice totals from these scanned pages.")],
    ["control: 12 thumbnails, detail low", req(Array.from({ length: 12 }, (_, i) => img(i, 512, 512, "low")), "For each product photo, write a one-line alt text.")],
  ];
  const st = [];
  for (const [name, body] of cases) {
    const k = "sk-r43-4-" + st.length + "-" + Date.now();
    const r = await ask(g.base, k, "POST", "/v1/chat/completions", body);
    const s = await settled(g, k); const msg = r.status === 200 ? `charged ${s.charged}` : (JSON.parse(r.text).error?.message || "").slice(0, 100);
    console.log(`${name.padEnd(58)} origin bills ${chatPromptTokens(body)} input (${(100 * chatPromptTokens(body) / TPM).toFixed(0)} % of tpm): ${r.status} ${msg}`);
    st.push(r.status);
  }
  // (c) a Stop on 20 thumbnails
  const body = req(Array.from({ length: 20 }, (_, i) => img(i, 512, 512, "low")), "For each product photo, write a one-line alt text.", true);
  const k = "sk-r43-4-stop-" + Date.now(); const t0 = Date.now();
  const r = await ask(g.base, k, "POST", "/v1/chat/completions", body, (b) => (b.match(/"delta":\{"content":"/g) || []).length >= 3);
  await sleep(1000); const s = await settled(g, k); const b = o.billed[k] || {};
  console.log(`(c) Stop on 20 thumbnails (status ${r.status}): origin billed input ${b.prompt}, output ${b.completion}; guard charged input ${s.prompt}, output ${s.completion} (settled ${((Date.now() - t0) / 1000).toFixed(1)} s after the request)`);
  const ok = st[0] === 429 && st[1] === 429 && st[2] === 200;
  console.log(ok ? `REPRODUCED: free tier (tpm ${TPM}): 30 low-detail thumbnails (billed ${chatPromptTokens(cases[0][1])}) and a 26-page scan (billed ${chatPromptTokens(cases[1][1])}) refused request_too_large; Stop on 20 thumbnails: charged input ${s.prompt} for ${b.prompt} billed` : "not reproduced");
} finally { await g.stop(); await o.close(); }
process.exit(0);
