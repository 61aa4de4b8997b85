// Self-contained (Node built-ins). Guard on PORT (8991), scripted origin (origin.mjs) on 8993.
import fs from 'node:fs';
const PORT = process.env.PORT || 8991, BASE = `http://127.0.0.1:${PORT}`, O = `http://127.0.0.1:${process.env.ORIGIN_PORT || 8993}`;
const T = fs.readFileSync(new URL('../../.dev.vars', import.meta.url), 'utf8').match(/GUARD_ADMIN_TOKEN=(.*)/)[1].trim();
const sleep = ms => new Promise(r => setTimeout(r, ms));
async function req(method, path, key, body, headers = {}) {
  const h = { ...headers }; if (key) h.authorization = `Bearer ${key}`;
  let b = body; if (body && typeof body === 'object' && !(body instanceof FormData)) { b = JSON.stringify(body); h['content-type'] = 'application/json'; }
  const r = await fetch(BASE + path, { method, headers: h, body: b }); const text = await r.text();
  let json; try { json = JSON.parse(text); } catch {} return { status: r.status, text, json, headers: r.headers };
}
const admin = (m, p, b) => req(m, '/admin' + p, T, b);
const keyId = async key => (await admin('POST', '/keys/lookup', { key })).json.keyId;
// tokens charged = tpd quota - remaining (tpd set to 864,000: refill 10 tokens/s, so a few tens of tokens of noise)
async function charged(key) { const s = (await admin('GET', '/keys/' + await keyId(key))).json; const t = s.usage.find(u => u.name === 'tpd'); return t.quota - t.remaining; }
async function newKey(tag) { const key = `sk-r82-${tag}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`; await admin('PUT', '/keys/' + await keyId(key) + '/overrides', { tpd: 864000 }); return key; }
const origin = async (p) => (await fetch(O + p)).json();
const WEB_SEARCH = 2500, CONTAINER = 7500; // hostedCalls defaults
// R82-1: a background Responses job whose web search comes from a stored prompt (prompt.id) names no tool in the
// request: no max_tool_calls is written in, no search is reserved; never retrieved, its searches are never charged.
// Origin model: OpenAI's stored prompt objects carry tools; the job runs 20 searches (a research prompt), honouring
// max_tool_calls when the request carries one.
await origin('/__set?searches=20&outcome=complete&logsMiB=0');
const JOBS = 3;
async function run(label, body) {
  const key = await newKey('r1' + label); await origin('/__reset');
  for (let i = 0; i < JOBS; i++) { const r = await req('POST', '/v1/responses', key, body); if (r.status !== 200) console.log(label, 'status', r.status, r.text.slice(0, 200)); }
  await sleep(2500);
  const lg = await origin('/__log'); const c = await charged(key);
  const billed = lg.bill.tokens + lg.bill.searches * WEB_SEARCH;
  console.log(`${label}: forwarded max_tool_calls=${JSON.stringify(lg.log.at(-1)?.body?.max_tool_calls)} searches billed=${lg.bill.searches} billed=${billed} charged=${c} ratio=${(billed / Math.max(c, 1)).toFixed(1)}x`);
  return { billed, c };
}
const ctl = await run('control-tool-in-request', { model: 'gpt-4.1', input: 'research the market for X', background: true, max_output_tokens: 100, tools: [{ type: 'web_search' }] });
const atk = await run('stored-prompt', { model: 'gpt-4.1', prompt: { id: 'pmpt_web_research', version: '3' }, input: 'research the market for X', background: true, max_output_tokens: 100 });
console.log(atk.billed > 3 * atk.c && ctl.billed <= 1.2 * ctl.c ? 'REPRODUCED' : 'not reproduced');
