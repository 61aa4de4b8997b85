// R86-6 (low, information): R85-3's fix drops the origin's rate-limit headers because they describe the
// provider's whole account. The same answers still carry the provider account's identifiers: the origin's
// `anthropic-organization-id`, `openai-organization` and `openai-project` reach every key's client unchanged.
// Also measured (held): the Anthropic answer's usage.iterations (3 iterations of 1 web search each, top level
// 3) is charged 3 searches, not 6; anthropic-ratelimit-unified-* and RateLimit from the origin are dropped.
import { api, newKey, charged } from './lib.mjs';
const K = newKey('hdr'); const t0 = Date.now();
const m = await api(K, 'POST', '/v1/messages', { model: 'claude-sonnet-4-5', max_tokens: 40, messages: [{ role: 'user', content: 'hi' }], tools: [{ type: 'web_search_20250305', name: 'web_search', max_uses: 5 }] }, { 'anthropic-version': '2023-06-01', 'x-o-iter': '3' });
const drawn = (await charged(K, t0, 500)).drawn;
const leaked = ['anthropic-organization-id', 'openai-organization', 'openai-project'].filter((h) => m.h[h]).map((h) => `${h}: ${m.h[h]}`);
const dropped = ['anthropic-ratelimit-unified-status', 'anthropic-ratelimit-unified-5h-utilization'].filter((h) => !m.h[h]).length;
console.log(`status ${m.status}; charged ${drawn} for 3 searches reported (3 x 2,500 + tokens: ${drawn < 10000 ? 'not double-counted' : 'DOUBLE-COUNTED'}); origin rate-limit headers dropped: ${dropped}/2; ratelimit: ${m.h.ratelimit}`);
console.log(`provider account identifiers passed to the key's client: ${leaked.join(' | ') || 'none'}`);
console.log(leaked.length ? `REPRODUCED: ${leaked.length} provider-account identifier headers reach a metered key's client` : 'not reproduced: none');
