// R85-1: a key's own batches and files cannot be listed once other keys of the same provider account
// (organisation) have created a page's worth after them. The guard filters the origin's page to the key's
// own items, answers `data: []`, `has_more: true` and nulls `first_id` / `last_id`, so the SDKs' auto-
// pagination (OpenAI: the last item's id; Anthropic: `last_id`) stops at once. The origin pages as the
// providers do (newest first, 20 batches a page; `limit` for files).
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
const { toFile } = await import('../../node_modules/openai/index.mjs');
const A = await newKey('pro'), B = await newKey('pro');            // two services of one customer account
const oa = new OpenAI({ apiKey: A.key, baseURL: G + '/v1' }), ob = new OpenAI({ apiKey: B.key, baseURL: G + '/v1' });
const line = JSON.stringify({ custom_id: 'x', method: 'POST', url: '/v1/chat/completions', body: { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Classify: great product' }], max_tokens: 5 } });
const fa = await oa.files.create({ file: await toFile(Buffer.from(line + '\n'), 'nightly.jsonl'), purpose: 'batch' });
const ba = await oa.batches.create({ input_file_id: fa.id, endpoint: '/v1/chat/completions', completion_window: '24h' });
for (let i = 0; i < 25; i++) { const f = await ob.files.create({ file: await toFile(Buffer.from(line + '\n'), 'b.jsonl'), purpose: 'batch' }); await ob.batches.create({ input_file_id: f.id, endpoint: '/v1/chat/completions', completion_window: '24h' }); }
const seenB = []; for await (const b of oa.batches.list()) { seenB.push(b.id); if (seenB.length > 500) break; }
const seenF = []; for await (const f of oa.files.list({ limit: 10 })) { seenF.push(f.id); if (seenF.length > 500) break; }
const raw = await (await fetch(G + '/v1/batches', { headers: { authorization: 'Bearer ' + A.key } })).json();
console.log(`OpenAI: key A's batch ${ba.id}; B created 25 after it. A's batches.list() auto-paginated: ${seenB.length} items, own found: ${seenB.includes(ba.id)}`);
console.log(`        A's files.list({limit:10}) auto-paginated: ${seenF.length} items, own file found: ${seenF.includes(fa.id)}`);
console.log(`        raw GET /v1/batches for A: ${JSON.stringify(raw)}`);
const aa = new Anthropic({ apiKey: (await newKey('pro', 'sk-ant-r85-')).key, baseURL: G }); const AA = aa.apiKey;
const ab = new Anthropic({ apiKey: (await newKey('pro', 'sk-ant-r85-')).key, baseURL: G });
const req = (i) => ({ custom_id: 'c' + i, params: { model: 'claude-sonnet-4-6', max_tokens: 20, messages: [{ role: 'user', content: 'Tag ticket ' + i }] } });
const mine = await aa.messages.batches.create({ requests: [req(0)] });
for (let i = 0; i < 22; i++) await ab.messages.batches.create({ requests: [req(i)] });
const seenM = []; for await (const x of aa.messages.batches.list()) { seenM.push(x.id); if (seenM.length > 500) break; }
const rawM = await (await fetch(G + '/v1/messages/batches', { headers: { 'x-api-key': AA, 'anthropic-version': '2023-06-01' } })).json();
console.log(`Anthropic: own message batch ${mine.id}; another key created 22 after it. messages.batches.list() auto-paginated: ${seenM.length} items, own found: ${seenM.includes(mine.id)}`);
console.log(`        raw GET /v1/messages/batches: ${JSON.stringify(rawM)}`);
console.log(!seenB.includes(ba.id) || !seenF.includes(fa.id) || !seenM.includes(mine.id) ? 'REPRODUCED' : 'not reproduced');
