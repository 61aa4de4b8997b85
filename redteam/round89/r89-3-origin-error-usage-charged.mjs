// R89-3: README / config.md (Tokens): "An origin error (non-2xx) costs no tokens." An origin whose error body carries
// a `usage` (as OpenAI-compatible servers do for a generation that failed part way) gets the key charged that usage,
// and the key's counters read it as an answer.
import { api, newKey, chat, state, sleep, tpdDrawn } from './lib.mjs';
let bad = false;
for (const st of [500, 429, 400, 200]) {
  const k = newKey('err');
  const t0 = Date.now();
  const r = await api(k, 'POST', '/v1/chat/completions', chat('Hi', { max_tokens: 1000 }), { 'x-o-status': String(st), 'x-o-words': '3' });
  await sleep(2000);
  const s = await state(k);
  const drawn = tpdDrawn(s); // raw: the bucket refills ~58 tokens/s, so ~120 less than charged after 2 s
  console.log(`origin ${st} (body usage ${st === 200 ? '5+3' : '5+500'}) -> client ${r.status} | tpd drawn after 2 s ${drawn} | counters ${JSON.stringify(s.counters)}`);
  if (st !== 200 && (drawn > 100 || s.counters.completionTokens >= 500)) bad = true;
}
console.log(bad ? 'REPRODUCED' : 'not reproduced');
