// R83-1: a research agent that asks `include` for ordinary reasons (search sources; encrypted reasoning
// for a stateless store:false app) gets max_tool_calls 5 written into its request: it needed 12 searches
// and silently got 5. Without include the same request runs its 12. Way back: its own max_tool_calls.
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
const base = { model: 'o4-mini', input: 'Survey the 12 newest papers on X, cite each', tools: [{ type: 'web_search' }] };
const H = { 'x-mock-web-searches': '12' };
const searches = (r) => (r.json?.output || []).filter((o) => o.type === 'web_search_call').length;
const cases = [
  ['no include (control)', base],
  ['include action.sources', { ...base, include: ['web_search_call.action.sources'] }],
  ['store:false + reasoning.encrypted_content', { ...base, store: false, include: ['reasoning.encrypted_content'] }],
  ['way back: own max_tool_calls 12', { ...base, include: ['web_search_call.action.sources'], max_tool_calls: 12 }],
];
const res = {};
for (const [name, body] of cases) {
  const r = await call(k.key, '/v1/responses', body, H);
  const sent = (await lastTo('/v1/responses')).body;
  const hint = Object.keys(r.headers).filter((h) => /guard|tool|bound/i.test(h));
  res[name] = { status: r.status, origin_max_tool_calls: sent.max_tool_calls ?? null, searches: searches(r), headers_hinting: hint };
  console.log(name.padEnd(44), JSON.stringify(res[name]));
}
const capped = res['include action.sources'].searches === 5 && res['store:false + reasoning.encrypted_content'].searches === 5 && res['no include (control)'].searches === 12;
const silent = res['include action.sources'].headers_hinting.length === 0;
console.log(`needed 12 searches; with include served ${res['include action.sources'].searches}; answer headers naming the bound: ${silent ? 'none' : res['include action.sources'].headers_hinting}`);
console.log(capped && silent ? 'REPRODUCED' : 'not reproduced');
