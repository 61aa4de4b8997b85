// R83-4: an Anthropic agent with the code execution tool gets max_uses 5 written on its web search and
// on its web fetch (a fetch is priced 0 by default: the bound buys the guard nothing). It needed 10
// searches and silently got 5; the same request without code execution keeps its 10.
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

const k = await newKey();
const tools = [{ type: 'code_execution_20250522', name: 'code_execution' }, { type: 'web_search_20250305', name: 'web_search' }, { type: 'web_fetch_20250910', name: 'web_fetch' }];
const H = { 'x-mock-web-searches': '10', 'anthropic-beta': 'code-execution-2025-05-22,web-fetch-2025-09-10' };
const body = (t) => ({ model: 'claude-sonnet-4-5', max_tokens: 2048, messages: [{ role: 'user', content: 'Gather 10 sources and chart them' }], tools: t });
const r1 = await call(k.key, '/v1/messages', body(tools), H);
const s1 = (await lastTo('/v1/messages')).body.tools;
const r2 = await call(k.key, '/v1/messages', body(tools.slice(1)), H);
const s2 = (await lastTo('/v1/messages')).body.tools;
const r3 = await call(k.key, '/v1/messages', body([tools[0], { ...tools[1], max_uses: 10 }, tools[2]]), H);
const n = (r) => r.json?.usage?.server_tool_use?.web_search_requests;
console.log('with code execution   : origin tools', JSON.stringify(s1.map((t) => [t.name, t.max_uses ?? null])), 'searches', n(r1));
console.log('without code execution: origin tools', JSON.stringify(s2.map((t) => [t.name, t.max_uses ?? null])), 'searches', n(r2));
console.log('way back max_uses 10  : searches', n(r3), r3.status);
const fetchBound = s1.find((t) => t.name === 'web_fetch')?.max_uses;
console.log(`web_fetch bound written: ${fetchBound ?? 'none'} (hostedCalls.webFetch default 0)`);
console.log(n(r1) === 5 && n(r2) === 10 ? 'REPRODUCED' : 'not reproduced');
