// R86-4: a list filtered to the key's own entries now reads up to 10 origin pages (100 entries each) to fill
// the client's page (R85-1's fix). On a provider account where other keys' batches are newer, every
// GET /v1/messages/batches?limit=1 of a key makes 10 origin requests and reads 1,000 entries of other keys,
// and its cursor (last_id) names another key's batch. Measured: origin list requests per client request,
// against the key's rpm (set to 10 for the run), and what last_id names.
import { api, newKey, setTier, admin, keyId, O, sleep } from './lib.mjs';
const H = { 'anthropic-version': '2023-06-01' };
const K = newKey('lst'); await setTier(K, 'small', { rpm: 10 });
const own = await api(K, 'POST', '/v1/messages/batches', { requests: [{ custom_id: 'a', params: { model: 'claude-3-5-haiku-latest', max_tokens: 16, messages: [{ role: 'user', content: 'hi' }] } }] }, H);
await fetch(O + '/__seed', { method: 'POST', body: JSON.stringify({ n: 3000 }) }); // other keys' newer batches on the same account
const count = async () => (await (await fetch(O + '/__count')).json()).lists;
const c0 = await count();
const one = await api(K, 'GET', '/v1/messages/batches?limit=1', null, H);
const c1 = await count();
const foreign = one.j.last_id;
const peek = foreign ? await api(K, 'GET', `/v1/messages/batches/${foreign}`, null, H) : null;
// a burst of 30 list requests within the minute on rpm 10
let ok = 0, refused = 0; const t0 = Date.now();
for (let i = 0; i < 30 && Date.now() - t0 < 20000; i++) { const r = await api(K, 'GET', '/v1/messages/batches?limit=1' + (i % 2 && foreign ? '&after_id=' + foreign : ''), null, H); if (r.status === 200) ok++; else refused++; }
const c2 = await count();
console.log(`own batch ${own.status} ${own.j.id}; one client list (limit=1): ${c1 - c0} origin list requests, answer: data ${one.j.data?.length}, has_more ${one.j.has_more}, last_id ${foreign} (own: ${foreign === own.j.id}); GET of that id: ${peek?.status}`);
console.log(`burst: 30 client lists on rpm 10 -> ${ok} served, ${refused} refused; origin list requests ${c2 - c1} (${((c2 - c1) / Math.max(ok, 1)).toFixed(1)} per served list, ${(c2 - c1)} in ${Date.now() - t0} ms)`);
const amp = (c2 - c1) / 10;
console.log(amp > 3 || ok > 10 ? `REPRODUCED: ${c2 - c1} origin list requests in ${Date.now() - t0} ms from a key allowed 10 requests a minute (${(c2 - c1) / 10}x its rpm); cursor names another key's batch: ${foreign !== own.j.id}` : `not reproduced: ${c2 - c1} origin requests, ${ok} served`);
