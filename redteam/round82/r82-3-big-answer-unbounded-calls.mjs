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
// R82-3: a foreground Responses request with no logprobs sets no max_tool_calls (none is written in: only background,
// batch items and logprobs requests get one), yet its answer passes 8 MiB by another field: include
// code_interpreter_call.outputs with a program printing 9 MiB. Read at its two ends, it is charged "the calls its
// request may make" = 5 searches a tool, while the unbounded origin ran 40 (OpenAI runs as many as the model asks
// when max_tool_calls is absent). Control: the same request with a small answer is read whole and charged exactly.
async function run(label, mib) {
  await origin(`/__set?searches=40&outcome=complete&logsMiB=${mib}`);
  const key = await newKey('r3' + label); await origin('/__reset');
  for (let i = 0; i < 2; i++) {
    const r = await req('POST', '/v1/responses', key, { model: 'gpt-4.1', input: 'search the web for every listing, then dump them with python', max_output_tokens: 100,
      tools: [{ type: 'web_search' }, { type: 'code_interpreter', container: { type: 'auto' } }], include: ['code_interpreter_call.outputs'] });
    const ws = (r.text.match(/"web_search_call"/g) || []).length;
    if (i === 0) console.log(label, 'status', r.status, 'answer bytes', r.text.length, 'web_search_call items served', ws);
  }
  await sleep(3000);
  const lg = await origin('/__log'); const c = await charged(key);
  const billed = lg.bill.tokens + lg.bill.searches * WEB_SEARCH + (lg.bill.containers || 0) * CONTAINER;
  console.log(`${label}: forwarded max_tool_calls=${JSON.stringify(lg.log.at(-1)?.body?.max_tool_calls)} searches=${lg.bill.searches} containers=${lg.bill.containers} billed=${billed} charged=${c} ratio=${(billed / Math.max(c, 1)).toFixed(1)}x`);
  return { billed, c };
}
const ctl = await run('control-small-answer', 0);
const atk = await run('9MiB-answer', 9);
await origin('/__set?logsMiB=0&searches=0');
console.log(atk.billed > 2.5 * atk.c && ctl.billed <= 1.2 * ctl.c ? 'REPRODUCED' : 'not reproduced');
