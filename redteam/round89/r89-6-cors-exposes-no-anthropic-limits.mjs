// R89-6: config.md CORS_ORIGINS: the guard "marks every answer and refusal to them readable, the puzzle, standing and
// limit headers included". Access-Control-Expose-Headers lists retry-after and the OpenAI/IETF limit fields, but not
// `retry-after-ms` (what both official SDKs read first) nor the `anthropic-ratelimit-*` fields an Anthropic route's
// answers carry: a browser page using the Anthropic SDK cannot read its limits. Guard B: CORS_ORIGINS=https://app.example.com.
import { apiB } from './lib.mjs';
const hdr = { origin: 'https://app.example.com', 'x-api-key': 'sk-ant-cors-' + Date.now(), 'anthropic-version': '2023-06-01' };
const r = await apiB(hdr, 'POST', '/v1/messages', { model: 'm', max_tokens: 10, messages: [{ role: 'user', content: 'Hi' }] });
const exposed = (r.h['access-control-expose-headers'] || '').split(',').map((s) => s.trim().toLowerCase());
const anth = Object.keys(r.h).filter((h) => h.startsWith('anthropic-ratelimit-'));
console.log('status', r.status, '| allow-origin', r.h['access-control-allow-origin']);
console.log('anthropic limit headers on the answer:', anth.join(', '));
console.log('exposed:', exposed.join(','));
const missing = [...anth, 'retry-after-ms'].filter((h) => !exposed.includes(h));
console.log('not readable by the page:', missing.join(', '));
console.log(missing.length ? 'REPRODUCED' : 'not reproduced');
