// R85-5: the quota headers a busy client reads contradict themselves and the refusals. A sequential client
// at a hot key's pace (a classification loop, default tier: rpm 60, tpm 200,000) reads
// x-ratelimit-remaining-tokens above x-ratelimit-limit-tokens on most answers, and is then refused 429
// "requests per minute" by answers that say x-ratelimit-remaining-requests 5 (RateLimit r=5).
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
const G = 'http://127.0.0.1:' + (process.env.PORT || 9030), O = 'http://127.0.0.1:' + (process.env.ORIGIN_PORT || 9032);
const T = readFileSync(new URL('../../.dev.vars', import.meta.url), 'utf8').match(/GUARD_ADMIN_TOKEN=(\S+)/)[1];
const OpenAI = (await import('../../node_modules/openai/index.mjs')).default;
const Anthropic = (await import('../../node_modules/@anthropic-ai/sdk/index.mjs')).default;
const admin = async (m, p, b) => (await fetch(G + '/admin' + p, { method: m, headers: { authorization: 'Bearer ' + T, 'content-type': 'application/json' }, body: b && JSON.stringify(b) })).json();
const newKey = async (tier, prefix = 'sk-r85-') => { const key = prefix + randomBytes(8).toString('hex'); const { keyId } = await admin('POST', '/keys/lookup', { key }); if (tier) await admin('PUT', '/keys/' + keyId + '/overrides', { tier }); return { key, keyId }; };
const keyInfo = (k) => admin('GET', '/keys/' + k.keyId);
const rem = (info, name) => info.usage.find((u) => u.name === name)?.remaining;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const errInfo = (e) => `${e.constructor?.name} ${e.status ?? ''} ${JSON.stringify(String(e.message).slice(0, 200))}`;
const k = await newKey(null); const c = new OpenAI({ apiKey: k.key, baseURL: G + '/v1', maxRetries: 0 });
let served = 0, over = 0, maxRem = 0, first429 = null, refused = 0;
for (let i = 0; i < 62; i++) {
  try {
    const { response: r } = await c.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Label the sentiment: review #' + i }], max_tokens: 5 }).withResponse();
    served++; const rt = +r.headers.get('x-ratelimit-remaining-tokens'); maxRem = Math.max(maxRem, rt); if (rt > +r.headers.get('x-ratelimit-limit-tokens')) over++;
  } catch (e) { refused++; first429 ??= { at: i, message: e.message, 'retry-after': e.headers?.get('retry-after'), 'retry-after-ms': e.headers?.get('retry-after-ms'), 'x-ratelimit-remaining-requests': e.headers?.get('x-ratelimit-remaining-requests'), RateLimit: e.headers?.get('ratelimit') }; }
}
await sleep(1500); const info = await keyInfo(k);
console.log(`served ${served} of 62, refused ${refused}; answers with x-ratelimit-remaining-tokens > x-ratelimit-limit-tokens (200000): ${over}, highest ${maxRem}`);
console.log(`first refusal: ${JSON.stringify(first429)}`);
console.log(`admin: rpm remaining ${rem(info, 'rpm')}, counters ${JSON.stringify(info.counters)}`);
console.log(over > 0 || (first429 && +first429['x-ratelimit-remaining-requests'] > 0) ? 'REPRODUCED' : 'not reproduced');
