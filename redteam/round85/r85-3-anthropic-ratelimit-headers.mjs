// R85-3: the origin's own `anthropic-ratelimit-*` headers (the provider account's limits, which Anthropic
// sends on every answer) reach the customer unchanged, beside the guard's x-ratelimit-* for the key. A Claude
// app that paces itself on them, as Anthropic's rate-limit docs describe, reads thousands of requests left
// and is refused by the guard. They also show every customer the provider's upstream capacity.
// The origin adds the headers Anthropic sends (x-o-add-headers); the key is on `free` (rpm 20).
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
const org = { 'anthropic-ratelimit-requests-limit': '4000', 'anthropic-ratelimit-requests-remaining': '3999', 'anthropic-ratelimit-requests-reset': new Date(Date.now() + 60000).toISOString(),
  'anthropic-ratelimit-input-tokens-limit': '2000000', 'anthropic-ratelimit-input-tokens-remaining': '1999000', 'anthropic-ratelimit-output-tokens-limit': '400000', 'anthropic-ratelimit-output-tokens-remaining': '399000',
  'anthropic-ratelimit-tokens-limit': '2400000', 'anthropic-ratelimit-tokens-remaining': '2398000' };
const k = await newKey('free', 'sk-ant-r85-');
const a = new Anthropic({ apiKey: k.key, baseURL: G, maxRetries: 0 });
// the customer's pacing: send while Anthropic's header says requests remain (bounded: 30 requests)
let served = 0, refused = 0, lastSeen = null, keyHeader = null, firstErr = null;
for (let i = 0; i < 30; i++) {
  if (lastSeen !== null && +lastSeen < 1) { console.log('pacer would wait here'); break; }
  try {
    const { response } = await a.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 64, messages: [{ role: 'user', content: 'Reply to ticket ' + i }] }, { headers: { 'x-o-add-headers': JSON.stringify(org) } }).withResponse();
    served++; lastSeen = response.headers.get('anthropic-ratelimit-requests-remaining'); keyHeader = response.headers.get('x-ratelimit-remaining-requests');
  } catch (e) { refused++; firstErr ??= `${errInfo(e)} (anthropic-ratelimit-requests-remaining on the refusal: ${e.headers?.get?.('anthropic-ratelimit-requests-remaining')})`; }
}
console.log(`served ${served}, refused ${refused}; last answer said anthropic-ratelimit-requests-remaining=${lastSeen} (the key's x-ratelimit-remaining-requests=${keyHeader}); first refusal: ${firstErr}`);
console.log(`every answer carried the provider account's limits: requests-limit 4000, input-tokens-limit 2000000 (the key's tier: rpm 20, tpm 40000)`);
console.log(refused > 0 && +lastSeen > 100 ? 'REPRODUCED' : 'not reproduced');
