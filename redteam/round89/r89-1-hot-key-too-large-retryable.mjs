// R89-1: a request larger than the key's tpm can ever hold must get 429 request_too_large with x-should-retry: false
// (README "Answers"). On a key with steady traffic (an app at ~10 requests/s, leased by its isolate) it gets
// 429 rate_limit_exceeded, "Retry after 1 s", which the SDKs retry and which never succeeds.
import { api, newKey, chat, sleep, admin, keyId } from './lib.mjs';
const k = newKey('hot'); const id = await keyId(k);
await admin('PUT', `/keys/${id}/overrides`, { tier: 'pro' }); // rpm 600, tpm 2,000,000: the app's traffic is far under every limit
let stop = false, bg = 0, bgRefused = 0;
const loop = (async () => { while (!stop) { const r = await api(k, 'POST', '/v1/chat/completions', chat('What is the capital of France? #' + bg, { max_tokens: 50 })); bg++; if (r.status !== 200) bgRefused++; await sleep(100); } })();
await sleep(1500);
const codes = {}; let retryable = 0;
// the cold path first, for comparison: a fresh key, same oversize request
const cold = await api(newKey('cold'), 'POST', '/v1/chat/completions', chat('Summarise the attached.', { max_tokens: 2100000 }));
console.log(`cold key: ${cold.status} ${cold.j?.error?.code} x-should-retry=${cold.h['x-should-retry']} retry-after=${cold.h['retry-after']}`);
for (let i = 0; i < 8; i++) {
  // an honest mistake: max_tokens above what the tier's tpm (2,000,000) can ever hold; the client honours Retry-After
  const r = await api(k, 'POST', '/v1/chat/completions', chat('Summarise the attached.', { max_tokens: 2100000 }));
  const c = r.j?.error?.code; codes[c] = (codes[c] || 0) + 1;
  if (c === 'rate_limit_exceeded' || (r.status === 429 && r.h['x-should-retry'] !== 'false')) retryable++;
  console.log(`hot key try ${i}: ${r.status} ${c} retry-after=${r.h['retry-after']} x-should-retry=${r.h['x-should-retry']} "${r.j?.error?.message?.slice(0, 90)}"`);
  await sleep(Number(r.h['retry-after'] || 1) * 1000 + 100);
}
stop = true; await loop;
console.log('codes', JSON.stringify(codes), `| background app requests ${bg}, refused ${bgRefused}`);
console.log(retryable > 0 ? 'REPRODUCED' : 'not reproduced');
