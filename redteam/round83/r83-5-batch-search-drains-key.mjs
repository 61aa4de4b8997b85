// R83-5: a message batch of 20 research items with web search (no max_uses) reserves 5 searches each
// (20 x 13,500 = 270,000 > tpm 200,000): admitted, but the key's tpm is left at 0, so the customer's
// interactive traffic on the same key is refused 429 for the minute. Control: the batch without the tool.
import fs from 'node:fs';
const G = `http://127.0.0.1:${process.env.PORT || 9001}`, O = `http://127.0.0.1:${process.env.ORIGIN_PORT || 9003}`;
const T = fs.readFileSync(new URL('../../.dev.vars', import.meta.url), 'utf8').match(/GUARD_ADMIN_TOKEN=(\S+)/)[1];
const admin = async (m, p, b) => (await fetch(G + p, { method: m, headers: { authorization: `Bearer ${T}`, 'content-type': 'application/json' }, body: b && JSON.stringify(b) })).json();
const newKey = async (tier) => { const key = `sk-r83-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`; const { keyId } = await admin('POST', '/admin/keys/lookup', { key }); if (tier) await admin('PUT', `/admin/keys/${keyId}/overrides`, { tier }); return { key, keyId }; };
const call = async (key, path, body, h = {}) => { const anth = path.startsWith('/v1/messages'); const r = await fetch(G + path, { method: 'POST', headers: { 'content-type': 'application/json', ...(anth ? { 'x-api-key': key, 'anthropic-version': '2023-06-01' } : { authorization: `Bearer ${key}` }), ...h }, body: JSON.stringify(body) }); const text = await r.text(); let json = null; try { json = JSON.parse(text); } catch {} return { status: r.status, json, text, headers: Object.fromEntries(r.headers) }; };
const originLog = async () => (await fetch(O + '/__log')).json();
const clearLog = async () => fetch(O + '/__clear', { method: 'POST' });
const lastTo = async (path) => (await originLog()).filter((e) => e.url.startsWith(path)).at(-1);
const keyInfo = async (keyId) => admin('GET', `/admin/keys/${keyId}`);

const reqs = (tools) => Array.from({ length: 20 }, (_, i) => ({ custom_id: 'r' + i, params: { model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [{ role: 'user', content: 'research item ' + i }], ...(tools ? { tools } : {}) } }));
const chat = { model: 'claude-sonnet-4-5', max_tokens: 512, messages: [{ role: 'user', content: 'hello' }] };
const run = async (name, tools) => {
  const k = await newKey();
  const b = await call(k.key, '/v1/messages/batches', { requests: reqs(tools) });
  const after = b.headers['x-ratelimit-remaining-tokens'];
  const sent = (await lastTo('/v1/messages/batches'))?.body?.requests?.[0]?.params?.tools;
  let served = 0, refused = 0, msg = '';
  for (let i = 0; i < 5; i++) { const r = await call(k.key, '/v1/messages', chat); if (r.status === 200) served++; else { refused++; msg = r.json?.error?.message; } }
  console.log(name.padEnd(34), 'batch', b.status, 'tpm left', after, '| origin item tools', JSON.stringify(sent ?? null), '| 5 chats after: served', served, 'refused', refused, msg);
  return { status: b.status, refused };
};
const c = await run('batch without tools (control)', null);
const t = await run('batch with web_search, no max_uses', [{ type: 'web_search_20250305', name: 'web_search' }]);
const w = await run('way back: max_uses 1', [{ type: 'web_search_20250305', name: 'web_search', max_uses: 1 }]);
console.log(c.refused === 0 && t.refused > 0 ? 'REPRODUCED' : 'not reproduced');
