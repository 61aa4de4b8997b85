// R89-2: README: "the origin receives only that key, other credential headers such as `api-key`, `x-goog-api-key`
// and `cookie` are dropped"; config.md: "The origin receives the metered key ... and no other credential."
// With FORWARD_HEADERS='*' (or 'x-*', accepted silently) a second key reaches the origin. An origin that reads
// `api-key` (Azure OpenAI style, gateways such as LiteLLM) then bills that key while the guard meters a made-up one.
// Guard B: FORWARD_HEADERS='*', defaults rpm 2.
import { apiB, O, sleep } from './lib.mjs';
const real = 'sk-real-victim-or-harvester-' + Date.now().toString(36);
const r0 = await apiB({ authorization: 'Bearer sk-junk-0-' + Date.now(), 'api-key': real, 'x-goog-api-key': 'sk-goog-2', cookie: 'session=abc' }, 'POST', '/v1/chat/completions', { model: 'm', messages: [{ role: 'user', content: 'Hi' }] });
const seen = r0.j?.echo?.headers || {};
console.log('status', r0.status, '| origin received: authorization=', seen.authorization, '| api-key=', seen['api-key'], '| x-goog-api-key=', seen['x-goog-api-key'], '| cookie=', seen.cookie);
// rpm 2 per key: one real key behind 10 made-up guard keys
const before = (await (await fetch(O + '/__count')).json())[real] || 0;
let served = 0;
for (let i = 1; i <= 10; i++) {
  const r = await apiB({ authorization: `Bearer sk-junk-${i}-${Date.now()}`, 'api-key': real }, 'POST', '/v1/chat/completions', { model: 'm', messages: [{ role: 'user', content: 'Hi ' + i }] });
  if (r.status === 200) served++;
}
const after = (await (await fetch(O + '/__count')).json())[real] || 0;
console.log(`one origin credential (api-key) behind 10 guard keys, rpm 2 each: served ${served}/10; the origin saw that credential ${after - before} more times`);
console.log(seen['api-key'] || seen['x-goog-api-key'] || seen.cookie ? 'REPRODUCED' : 'not reproduced');
