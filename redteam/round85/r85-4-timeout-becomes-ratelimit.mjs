// R85-4: an SDK timeout on a slow request (a reasoning model, `timeout: 2000`) ends in RateLimitError
// "concurrent requests" instead of APIConnectionTimeoutError on a free-tier key (concurrency 2): the guard
// keeps each abandoned attempt's slot, and the origin keeps running it, until the origin answers (measured
// under `npm start`, wrangler dev). The SDK's own retries fill the key's slots with its own dead attempts.
// Control: the same client against a slot-less key (`pro`, concurrency 64) gets the timeout error.
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
async function run(tier) {
  const k = await newKey(tier); const c = new OpenAI({ apiKey: k.key, baseURL: G + '/v1', timeout: 2000, maxRetries: 2 });
  const tag = 'plan-' + k.key.slice(-6); const t0 = Date.now(); let err;
  try { await c.chat.completions.create({ model: 'o4-mini', messages: [{ role: 'user', content: 'Plan my week ' + tag }], max_completion_tokens: 800 }, { headers: { 'x-o-delay-ms': '7000' } }); } catch (e) { err = e; }
  const info = await keyInfo(k);
  const log = (await (await fetch(O + '/__log')).json()).filter((l) => String(l.body?.messages?.[0]?.content ?? '').endsWith(tag));
  console.log(`${tier}: after ${Date.now() - t0} ms the customer got ${err ? errInfo(err) : 'an answer'}; origin received ${log.length} attempts; slots in flight now ${info.inFlight}`);
  await sleep(8000); const later = await keyInfo(k);
  console.log(`   8 s later: in flight ${later.inFlight}; counters ${JSON.stringify(later.counters)}`);
  return err;
}
const free = await run('free'); const pro = await run('pro');
console.log(free?.constructor?.name === 'RateLimitError' && pro?.constructor?.name === 'APIConnectionTimeoutError' ? 'REPRODUCED' : 'not reproduced');
