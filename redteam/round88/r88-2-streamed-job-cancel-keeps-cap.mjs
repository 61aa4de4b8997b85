// R88-2 (honest overcharge, slot held): a chat UI runs long answers as background streams (`background: true,
// stream: true`, as OpenAI recommends for long reasoning, so a dropped connection can resume); its user presses Stop
// 0.5 s in: the app cancels the job (POST /v1/responses/{id}/cancel, answered `cancelled`), with the stream still
// open or cut first. Round 87's give-back is not applied on this path: the whole 8,000 cap stays charged, the slot held.
// Control: the same job without `stream` cancelled at 0.5 s.
import { G, newKey, billed, state, sleep } from './lib.mjs';
const counted = async (K, w) => { await sleep(w); const s = await state(K); return { charged: s.counters.promptTokens + s.counters.completionTokens, inFlight: s.inFlight }; };
const hdr = (K) => ({ authorization: `Bearer ${K}`, 'content-type': 'application/json', 'x-out': '8000', 'x-job-ms': '6000' });
const body = { model: 'gpt-4.1', background: true, max_output_tokens: 8000, input: 'Explain the reconciliation rules.' };
const rows = [];
for (const mode of ['control', 'open', 'cut']) {
  const K = newKey('st' + mode); const ctrl = new AbortController(); let id; let pump = Promise.resolve();
  if (mode === 'control') id = (await (await fetch(G + '/v1/responses', { method: 'POST', headers: hdr(K), body: JSON.stringify(body) })).json()).id;
  else {
    const res = await fetch(G + '/v1/responses', { method: 'POST', headers: hdr(K), body: JSON.stringify({ ...body, stream: true }), signal: ctrl.signal });
    const rd = res.body.getReader(); let buf = ''; const t0 = Date.now();
    while (!id && Date.now() - t0 < 5000) { const { value, done } = await rd.read(); if (done) break; buf += new TextDecoder().decode(value); const m = buf.match(/"id":"(resp_[^"]+)"/); if (m) id = m[1]; }
    pump = (async () => { try { const t1 = Date.now(); while (Date.now() - t1 < 30000 && !(await rd.read()).done); } catch {} })();
  }
  await sleep(500); if (mode === 'cut') ctrl.abort();
  const cs = await fetch(`${G}/v1/responses/${id}/cancel`, { method: 'POST', headers: hdr(K) }); const cj = await cs.json();
  await pump; const k1 = await counted(K, 2000); const k2 = await counted(K, 20000); const b = await billed(K);
  rows.push({ mode, b, c: k2.charged, inFlight: k2.inFlight });
  console.log(`${mode.padEnd(7)} cancel ${cs.status} ${cj.status}; billed ${b}; charged ${k1.charged} at 2 s, ${k2.charged} at 22 s; inFlight ${k2.inFlight} at 22 s`);
}
const bad = rows.filter((r) => r.mode !== 'control' && (r.c > 4 * r.b || r.inFlight > 0));
console.log(bad.length ? `REPRODUCED: background stream cancelled at 0.5 s: ${bad.map((r) => `${r.mode} charged ${r.c} for ${r.b} billed, inFlight ${r.inFlight}`).join('; ')}; control (no stream) ${rows[0].c} for ${rows[0].b}, inFlight ${rows[0].inFlight}` : `not reproduced: ${rows.map((r) => `${r.mode} ${r.c}/${r.b}/${r.inFlight}`).join(', ')}`);
