// R89-4: "A request refused by any limit consumes nothing from any limit" (config.md, Exactness), and "Every metered
// answer, allowed or refused, carries the IETF draft fields" (README). A request refused request_too_large against
// tpm reports tpd as if the refused reservation had been taken (RateLimit "tpd";r=...), while the admin API shows
// the key's tpd untouched. A client budgeting its day from the headers sees 300,009 tokens gone.
import { api, newKey, chat, state } from './lib.mjs';
const k = newKey('hdr');
const r = await api(k, 'POST', '/v1/chat/completions', chat('Hello', { max_tokens: 300000 }));
const m = /"tpd";r=(\d+)/.exec(r.h.ratelimit || '');
const s = await state(k); const d = s.usage.find((u) => u.name === 'tpd');
console.log(`refusal: ${r.status} ${r.j?.error?.code} | RateLimit: ${r.h.ratelimit}`);
console.log(`header tpd remaining ${m?.[1]} | admin API tpd remaining ${d.remaining} of ${d.quota} | counters ${JSON.stringify(s.counters)}`);
console.log(m && Number(m[1]) < d.remaining - 1000 ? 'REPRODUCED' : 'not reproduced');
