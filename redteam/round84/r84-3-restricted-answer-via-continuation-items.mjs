// R84-3: a denied key's background answers, which every direct read refuses (403 creator_restricted on
// GET, ?stream=true, input_items and cancel by any other key), are read verbatim by another key: it
// continues each job with a one-word turn capped at 16 output tokens (previous_response_id, R16-5's open
// path) and lists that turn's input_items, which carry the job's whole stored answer. The model is not
// asked to restate anything (R16-5 paid the answer again as output); the creator's detection never reads
// the answer (a background answer is read for its creator only on a retrieval or a cancel).
import { admin, api, billed, charged, keyId, newKey, sleep, waitDone } from './lib.mjs';
const A = newKey('denied'), B = newKey('helper'), t0 = Date.now(), N = 4, OUT = 3000;
const jobs = [];
for (let i = 0; i < N; i++) {
  const r = await api(A, 'POST', '/v1/responses', { model: 'o3', background: true, max_output_tokens: 4000, input: `Write a detailed worked solution to exercise ${i + 1} of chapter 7 (thermodynamics).` }, { 'x-out': String(OUT), 'x-job-ms': '800' });
  jobs.push(r.j.id);
}
console.log(`key A started ${jobs.length} background jobs`);
await admin('PUT', `/lists/deny/${await keyId(A)}`, { note: 'harvester' });
for (const id of jobs) await waitDone(id);
const direct = [];
for (const [k, path, m] of [['GET', `/v1/responses/${jobs[0]}`, 'GET'], ['GET ?stream=true', `/v1/responses/${jobs[0]}?stream=true`, 'GET'], ['input_items', `/v1/responses/${jobs[0]}/input_items`, 'GET'], ['cancel', `/v1/responses/${jobs[0]}/cancel`, 'POST']]) {
  const r = await api(B, m, path); direct.push(r.status); console.log(`  B direct ${k}: ${r.status} ${r.j?.error?.code ?? ''}`);
}
console.log(`  (info) A GET its own while denied: ${(await api(A, 'GET', `/v1/responses/${jobs[0]}`)).status}`);
let got = 0, chars = 0, outPaid = 0;
for (const id of jobs) {
  const f = await api(B, 'POST', '/v1/responses', { model: 'o3', previous_response_id: id, input: 'ok', max_output_tokens: 16 }, { 'x-out': '16' });
  if (f.status !== 200) { console.log(`  B continuation ${f.status} ${JSON.stringify(f.j).slice(0, 160)}`); continue; }
  outPaid += f.j.usage.output_tokens;
  const q = await api(B, 'GET', `/v1/responses/${f.j.id}/input_items?limit=100`);
  const ans = q.status === 200 ? q.j.data.filter((x) => x.role === 'assistant') : [];
  if (ans.length) { got++; chars += JSON.stringify(ans[0].content).length; }
}
const cb = await charged(B, t0), ca = await charged(A, t0, 0);
console.log(`B read ${got} of ${N} restricted answers verbatim (${chars} chars, ~${N * OUT} tokens of answer) paying ${outPaid} output tokens; B charged ${cb.drawn} (billed ${await billed(B)}), standing ${cb.standing}; A charged ${ca.drawn} (billed ${await billed(A)}), A's counters: completion ${ca.counters.completionTokens}`);
await admin('DELETE', `/lists/deny/${await keyId(A)}`);
console.log(direct.every((s) => s === 403) && got === N ? 'REPRODUCED' : 'not reproduced');
