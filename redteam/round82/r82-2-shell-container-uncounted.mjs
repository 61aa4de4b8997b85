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
// R82-2: the hosted shell tool ({"type":"shell","environment":{"type":"container_auto"}}) runs in a container the
// origin bills per container, as a code interpreter's (modelled at the code interpreter's price, hostedCalls.containers
// 7,500). The guard reserves and counts containers only for code_interpreter_call items: a shell's container is
// never reserved, never counted (JSON answer read whole), and a background job gets no bound.
await origin('/__set?searches=0&outcome=complete&logsMiB=0');
const N = 5;
async function run(label, tool, background) {
  const key = await newKey('r2' + label); await origin('/__reset');
  for (let i = 0; i < N; i++) { const r = await req('POST', '/v1/responses', key, { model: 'gpt-5.1', input: 'count the lines of data.csv', max_output_tokens: 100, background, tools: [tool], ...(tool.type === 'code_interpreter' ? { include: ['code_interpreter_call.outputs'] } : {}) }); if (r.status !== 200) console.log(label, r.status, r.text.slice(0, 200)); }
  await sleep(2500);
  const lg = await origin('/__log'); const c = await charged(key);
  const billed = lg.bill.tokens + (lg.bill.containers || 0) * CONTAINER;
  console.log(`${label}: containers billed=${lg.bill.containers} billed=${billed} charged=${c} ratio=${(billed / Math.max(c, 1)).toFixed(1)}x`);
  return { billed, c };
}
const ctl = await run('control-code-interpreter-fg', { type: 'code_interpreter', container: { type: 'auto' } }, false);
const fg = await run('shell-container-fg', { type: 'shell', environment: { type: 'container_auto' } }, false);
const bg = await run('shell-container-bg', { type: 'shell', environment: { type: 'container_auto' } }, true);
console.log(fg.billed > 3 * fg.c && ctl.billed <= 1.2 * ctl.c ? 'REPRODUCED' : 'not reproduced');
