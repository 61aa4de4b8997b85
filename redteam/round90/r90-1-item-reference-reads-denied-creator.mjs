// R90-1: a denied key's stored background answers, refused to key B on every direct read and (since R84-3) on
// continuation, read verbatim by B through `item_reference` input items naming the answers' message items, and the
// input_items of B's own (cheap) turn. The item ids came to A itself, in its own POST's stream (each output delta
// names its item), before A was denied.
import { G, api, admin, keyId, newKey, sleep, billed, waitDone } from './lib.mjs';
const A = newKey('a'), B = newKey('b');
const N = 3, OUT = 4000;
const jobs = [];
for (let i = 0; i < N; i++) {
  // A: background + stream; read until the first delta names the item, then leave (the job runs on at the origin)
  const ctl = new AbortController();
  const r = await fetch(G + '/v1/responses', { method: 'POST', signal: ctl.signal, headers: { authorization: `Bearer ${A}`, 'content-type': 'application/json', 'x-out': String(OUT), 'x-job-ms': '1500' },
    body: JSON.stringify({ model: 'gpt-4o', background: true, stream: true, max_output_tokens: OUT, input: `Write chapter ${i} of the treatise.` }) });
  const rd = r.body.getReader(); let buf = '', id = null, item = null;
  while (!item) { const { value, done } = await rd.read(); if (done) break; buf += new TextDecoder().decode(value);
    const m1 = buf.match(/"id":"(resp_[^"]+)"/); if (m1) id = m1[1]; const m2 = buf.match(/"item_id":"([^"]+)"/); if (m2) item = m2[1]; }
  ctl.abort();
  jobs.push({ id, item }); console.log(`A job ${i}: ${id} item ${item}`);
}
for (const j of jobs) await waitDone(j.id);
await sleep(1500);
const kA = await keyId(A);
console.log('deny A:', JSON.stringify(await admin('PUT', '/lists/deny/' + kA, { note: 'harvester caught' })));
await sleep(500);
let directRefused = 0, contRefused = 0, read = 0, chars = 0; const statuses = [];
for (const j of jobs) {
  const g = await api(B, 'GET', '/v1/responses/' + j.id); if (g.status === 403) directRefused++;
  const ii = await api(B, 'GET', `/v1/responses/${j.id}/input_items`); statuses.push(`get ${g.status} items ${ii.status}`);
  const c = await api(B, 'POST', '/v1/responses', { model: 'gpt-4o', previous_response_id: j.id, input: 'ok', max_output_tokens: 16 }, { 'x-out': '16' });
  if (c.status === 403) contRefused++; statuses.push(`continue ${c.status} ${c.j?.error?.code ?? ''}`);
  // the way around: name A's answer item by id in B's own turn, then list B's own turn's input items
  const t = await api(B, 'POST', '/v1/responses', { model: 'gpt-4o', input: [{ type: 'item_reference', id: j.item }, { role: 'user', content: 'ok' }], max_output_tokens: 16 }, { 'x-out': '16' });
  statuses.push(`item_reference turn ${t.status} ${t.j?.error?.code ?? ''}`);
  if (t.status !== 200) continue;
  const l = await api(B, 'GET', `/v1/responses/${t.j.id}/input_items?order=asc`);
  const got = (l.j.data || []).find((x) => x.id === j.item);
  const text = got?.content?.map((c) => c.text ?? '').join('') ?? '';
  if (text.length > 1000) { read++; chars += text.length; }
  statuses.push(`input_items ${l.status}: A's item ${got ? 'present' : 'absent'}, ${text.length} chars`);
}
console.log(statuses.join('\n'));
const sB = await admin('GET', '/keys/' + (await keyId(B)));
console.log(`B standing ${sB.detection?.standing}; B billed ${await billed(B)}; B charged ${sB.counters?.promptTokens + sB.counters?.completionTokens} (counters ${JSON.stringify(sB.counters)})`);
console.log(`direct reads refused ${directRefused}/${N}, continuations refused ${contRefused}/${N}; answers read by item_reference ${read}/${N}, ${chars} chars (~${Math.round(chars / 4)} tokens) of A's answers`);
await admin('DELETE', '/lists/deny/' + kA);
console.log(read > 0 && directRefused === N ? 'REPRODUCED' : 'not reproduced');
