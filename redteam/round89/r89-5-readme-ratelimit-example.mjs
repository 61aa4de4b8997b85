// R89-5: README ("Every metered answer ... The first request of a fresh key under `npm start` (the curl above)
// answers:") quoted tpm r=198974 / tpd r=4998974 / x-ratelimit-remaining-tokens 198974 and explained
// "(1,026 tokens reserved at admission: 2 for the prompt, 1,024 defaultMaxOutputTokens)". The README's own curl gets
// 198967: 1,033 reserved (the per-message 4 and per-request 3 tokens config.md adds to the estimate).
// (Forty-fourth session: compares with the figure the README quotes now, read from README.md, so it keeps
// checking the README after the fix.)
import { readFileSync } from 'node:fs';
import { api, newKey } from './lib.mjs';
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const quoted = /x-ratelimit-remaining-tokens: (\d+)/.exec(readme)?.[1];
const r = await api(newKey('readme'), 'POST', '/v1/chat/completions', { model: 'm', messages: [{ role: 'user', content: 'Hello' }] });
console.log('RateLimit:', r.h.ratelimit);
console.log('x-ratelimit-remaining-tokens:', r.h['x-ratelimit-remaining-tokens'], `(README: ${quoted})`);
console.log(r.h['x-ratelimit-remaining-tokens'] !== quoted ? 'REPRODUCED' : 'not reproduced');
