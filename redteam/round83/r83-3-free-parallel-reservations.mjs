// R83-3: on the free tier (tpm 40,000, concurrency 2) two overlapping requests of an app whose stored
// prompt has no tools reserve 5 searches + a container each (~21,000): the second is refused 429 though
// neither searches. The same pair without `prompt` is served. An assistant with web search, file search
// and code interpreter (~24,000 reserved each, using one search) likewise. Nothing is used in the end.
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

const pair = async (name, body, searches = '0') => {
  const k = await newKey('free');
  const rs = await Promise.all([0, 1].map(async (i) => { await new Promise((s) => setTimeout(s, i * 150)); return call(k.key, '/v1/responses', body, { 'x-mock-delay-ms': '1500', 'x-mock-web-searches': searches }); }));
  await new Promise((s) => setTimeout(s, 500)); const info = await keyInfo(k.keyId);
  const st = rs.map((r) => r.status);
  console.log(name.padEnd(46), 'statuses', st.join(','), rs.find((r) => r.status !== 200)?.json?.error?.message || '', '| counters', JSON.stringify(info.counters));
  return st;
};
const a = await pair('plain, no prompt (control)', { model: 'gpt-4.1-mini', input: 'where is my order?', max_output_tokens: 1024 });
const b = await pair('stored prompt, no tools in it', { model: 'gpt-4.1-mini', prompt: { id: 'pmpt_support', version: '7' }, input: 'where is my order?', max_output_tokens: 1024 });
const c = await pair('web_search+file_search+code_interpreter', { model: 'gpt-4.1-mini', input: 'where is my order?', max_output_tokens: 1024, tools: [{ type: 'web_search' }, { type: 'file_search', vector_store_ids: ['vs_1'] }, { type: 'code_interpreter', container: { type: 'auto' } }] }, '1');
const d = await pair('way back? stored prompt + max_tool_calls 1', { model: 'gpt-4.1-mini', prompt: { id: 'pmpt_support', version: '7' }, input: 'where is my order?', max_output_tokens: 1024, max_tool_calls: 1 });
console.log(a.every((s) => s === 200) && (b.includes(429) || c.includes(429)) ? 'REPRODUCED' : 'not reproduced');
