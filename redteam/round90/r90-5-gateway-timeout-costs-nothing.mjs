// R90-5: "an origin error (non-2xx) costs no tokens whatever usage its body carries" (R89-3). An error the client
// can provoke while the model still works and bills: a gateway in front of the model (nginx proxy_read_timeout,
// Cloudflare's 524, an API manager) answers 504 when a non-streamed answer runs longer than its timeout, and the
// model runs on and bills. A key asks for long answers without streaming: every turn 504, nothing charged, the
// whole answer billed. Here the gateway waits 3 s and the model writes 2,000 tokens a second.
import { api, newKey, sleep, billed, state, setTier } from './lib.mjs';
const K = newKey('gw'); await api(K, 'POST', '/v1/responses', { model: 'gpt-4o', input: 'hi', max_output_tokens: 5 }, { 'x-out': '5' });
await setTier(K, 'free'); await sleep(300);
const b0 = await billed(K); const s0 = await state(K);
const N = 6; const st = {}; const t0 = Date.now();
// one at a time (each reserves its 30,000-token cap: two at once would not fit the free tier's tpm of 40,000)
for (let i = 0; i < N; i++) {
  const r = await api(K, 'POST', '/v1/responses', { model: 'gpt-4o', input: `Write volume ${i} in full, as long as you can.`, max_output_tokens: 30000 }, { 'x-out': '30000', 'x-o-tps': '2000', 'x-o-gw-timeout-ms': '3000' });
  const k = r.status + (r.j?.error?.code ? ':' + r.j.error.code : ''); st[k] = (st[k] || 0) + 1;
}
console.log(`${N} turns in ${Date.now() - t0} ms: ${JSON.stringify(st)}`);
await sleep(16000);
const s = await state(K); const bl = (await billed(K)) - b0;
const ch = s.counters.promptTokens + s.counters.completionTokens - (s0.counters.promptTokens + s0.counters.completionTokens);
const tpm = s.usage.find((u) => u.name === 'tpm'); const tpd = s.usage.find((u) => u.name === 'tpd');
console.log(`billed ${bl}, charged ${ch}; tpm remaining ${tpm.remaining}/${tpm.quota}, tpd remaining ${tpd.remaining}/${tpd.quota}; counters ${JSON.stringify(s.counters)}`);
console.log(`the free tier's tpm is ${tpm.quota}: ${N} turns billed ${bl} tokens within ${Math.round((Date.now() - t0) / 1000)} s`);
console.log(bl > 10 * Math.max(ch, 1) && bl > tpm.quota ? 'REPRODUCED' : 'not reproduced');
