// R83-2: on the free tier (tpm 40,000) a background research job with web search, or a background job
// naming a stored prompt that carries no tools at all, is refused 429 request_too_large "can never be
// admitted": 32,768 (backgroundMaxOutputTokens) + 5 searches x 2,500 (+ a container 7,500 for a prompt)
// pass 40,000. The same job without the tool is served. The message names neither the hosted calls nor
// the fix; ways back tried: max_output_tokens, max_tool_calls.
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

const out = {};
const run = async (name, body) => { const k = await newKey('free'); const r = await call(k.key, '/v1/responses', body); out[name] = r.status === 200 ? 200 : `${r.status} ${r.json?.error?.code}`; console.log(name.padEnd(58), r.status, r.status !== 200 ? r.json?.error?.message : ''); return r; };
await run('bg plain (control)', { model: 'o3', input: 'deep research on X', background: true });
await run('bg + web_search', { model: 'o3', input: 'deep research on X', background: true, tools: [{ type: 'web_search' }] });
await run('bg + stored prompt (no tools in it)', { model: 'o3', prompt: { id: 'pmpt_support', version: '2' }, input: 'hi', background: true });
await run('way back? bg + web_search + max_tool_calls 2', { model: 'o3', input: 'deep research on X', background: true, tools: [{ type: 'web_search' }], max_tool_calls: 2 });
await run('way back? bg + web_search + max_output_tokens 16000', { model: 'o3', input: 'deep research on X', background: true, tools: [{ type: 'web_search' }], max_output_tokens: 16000 });
await run('way back? bg + stored prompt + max_tool_calls 0', { model: 'o3', prompt: { id: 'pmpt_support', version: '2' }, input: 'hi', background: true, max_tool_calls: 0 });
await run('way back? bg + stored prompt + max_output_tokens 16000', { model: 'o3', prompt: { id: 'pmpt_support', version: '2' }, input: 'hi', background: true, max_output_tokens: 16000 });
const ok = out['bg plain (control)'] === 200 && /request_too_large/.test(out['bg + web_search']) && /request_too_large/.test(out['bg + stored prompt (no tools in it)']);
console.log(ok ? 'REPRODUCED' : 'not reproduced');
