// held (not a finding): a backend fans out 61 product-description requests at once (10 ms apart) on
// a key at rpm 60; the 61st is refused 429 and the official SDKs retry it after `retry-after-ms`
// (which they prefer to the whole-second `Retry-After`). Six such bursts two minutes apart.
// Each key retries at a different delay after the 429 (the 429 comes at +600 ms; a token is back at +1,000 ms).
import { replay, T0 } from "./lib52.mjs";
const lines = [];
const offs = [350, 390, 400, 410, 450, 700, 1000, 1500];
for (const off of offs) {
  const key = `sk-catalog-retry-${off}`;
  for (let rep = 0; rep < 6; rep++) {
    const b = T0 + 9 * 3600_000 + rep * 120000;
    for (let i = 0; i < 61; i++) lines.push({ ts: b + i * 10, key, ip: "81.2.69.10", method: "POST", path: "/v1/chat/completions", body: { model: "gpt-4o-mini", max_tokens: 200, messages: [{ role: "system", content: "Write a two-sentence product description for an online shop." }, { role: "user", content: `Product ${rep}-${i}: ceramic mug, ${300 + i} ml, colour ${["sage", "sand", "ink"][i % 3]}` }] }, usage: { prompt_tokens: 40, completion_tokens: 60 } });
    lines.push({ ts: b + 600 + off, key, ip: "81.2.69.10", method: "POST", path: "/v1/chat/completions", body: { model: "gpt-4o-mini", max_tokens: 200, messages: [{ role: "system", content: "Write a two-sentence product description for an online shop." }, { role: "user", content: `Product ${rep}-60: ceramic mug, 360 ml, colour sage` }] }, usage: { prompt_tokens: 40, completion_tokens: 60 } });
  }
}
const d = replay("held-sdk-retry", lines, { defaults: { rpm: 60, tpm: 2000000, tpd: 50000000, concurrency: 64 } });
let ok = true;
for (const off of offs) {
  const ds = d.filter((x) => x.key === `sk-catalog-retry-${off}`);
  const last = ds[ds.length - 1];
  const retry = last.reasons.filter((r) => r.includes("[retry")).join("; ") || "no retry evidence";
  console.log(`retry ${off} ms after the 429: refused ${ds.filter((x) => !x.served).length} of ${ds.length}; last retry ${last.served ? "served" : "refused"}; ${retry}`);
  if (off >= 400 && (!last.served || retry !== "no retry evidence")) ok = false;
}
console.log(ok ? "not reproduced" : "REPRODUCED");
