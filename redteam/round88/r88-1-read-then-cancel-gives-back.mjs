// R88-1 (harvester): a background job's answer is read while it runs, by the streamed retrieval OpenAI documents for
// background mode (GET /v1/responses/{id}?stream=true, starting_after), or by a JSON poll / the cancel's own answer
// where the origin shows the output so far; then the job is cancelled just before it ends (or it fails at the end).
// Round 87's give-back (a job seen `cancelled` or `failed` gives back the output its request reserved) returns the
// whole output reserve although the client got ~95 % of the answer and the origin billed it.
// Origin: origin.mjs (a job produces its 8,000 tokens over x-job-ms; a cancel bills input + tokens produced).
import { G, newKey, billed, state, sleep, setTier, api } from './lib.mjs';
const N = 5;
const counted = async (K) => { await sleep(2000); const s = await state(K); return { charged: s.counters.promptTokens + s.counters.completionTokens, refused: s.counters.refused }; };
const hdr = (K, extra = {}) => ({ authorization: `Bearer ${K}`, 'content-type': 'application/json', 'x-out': '8000', 'x-job-ms': '4000', ...extra });
const body = { model: 'gpt-4.1', background: true, max_output_tokens: 8000, input: 'Derive the result step by step, in full.' };
async function streamRead(res, ctrl, ms) {
  const rd = res.body.getReader(); const dec = new TextDecoder(); let buf = '', words = 0; const t0 = Date.now();
  try { while (Date.now() - t0 < ms) { const { value, done } = await rd.read(); if (done) break; buf += dec.decode(value, { stream: true });
      let i; while ((i = buf.indexOf('\n\n')) >= 0) { const ev = buf.slice(0, i); buf = buf.slice(i + 2); const d = ev.split('\n').find((l) => l.startsWith('data: ')); if (!d) continue; const j = JSON.parse(d.slice(6)); if (j.type === 'response.output_text.delta') words += j.delta.trim().split(/\s+/).length; } } } catch {}
  ctrl.abort(); return words;
}
const wordsIn = (o) => (o?.output || []).flatMap((i) => i.content || []).map((c) => c.text || '').join(' ').split(/\s+/).filter(Boolean).length;
async function run(mode) {
  const K = newKey(mode); await setTier(K, 'free'); let read = 0, served = 0; const t0 = Date.now();
  for (let n = 0; n < N && Date.now() - t0 < 50000; n++) {
    const extra = mode === 'stream' ? { 'x-o-no-partial': '1', 'x-o-no-cancel-output': '1' } : mode === 'failed' ? { 'x-o-no-partial': '1', 'x-o-fail-at': '0.95' } : {};
    const p = await fetch(G + '/v1/responses', { method: 'POST', headers: hdr(K, extra), body: JSON.stringify(body) });
    if (p.status !== 200) { await p.text(); continue; } const id = (await p.json()).id; served++;
    if (mode === 'stream' || mode === 'failed') { const ctrl = new AbortController(); const res = await fetch(`${G}/v1/responses/${id}?stream=true`, { headers: hdr(K), signal: ctrl.signal }); read += await streamRead(res, ctrl, mode === 'failed' ? 6000 : 3800); }
    if (mode === 'poll') { await sleep(3800); read += wordsIn((await api(K, 'GET', '/v1/responses/' + id)).j); }
    if (mode === 'stream' || mode === 'poll') await fetch(`${G}/v1/responses/${id}/cancel`, { method: 'POST', headers: hdr(K) }).then((r) => r.text());
    if (mode === 'control') { await sleep(4300); read += wordsIn((await api(K, 'GET', '/v1/responses/' + id)).j); }
    if (mode === 'failed') await api(K, 'GET', '/v1/responses/' + id);
  }
  const k = await counted(K); const b = await billed(K);
  console.log(`${mode.padEnd(8)} jobs served ${served}/${N}, refused ${k.refused}, answer tokens read ${read}, billed ${b}, charged ${k.charged} (${(b / Math.max(k.charged, 1)).toFixed(1)}x under)`);
  return { read, b, charged: k.charged };
}
console.log('free tier (tpm 40,000, tpd 500,000); each job 8,000 output tokens over 4 s');
const c = await run('control'); const s = await run('stream'); const p = await run('poll'); const f = await run('failed');
const bad = [s, p, f].filter((x) => x.read > 10000 && x.b > 5 * Math.max(x.charged, 1));
console.log(bad.length ? `REPRODUCED: read-then-cancel via streamed retrieval read ${s.read} tokens, billed ${s.b}, charged ${s.charged}; JSON poll ${p.read}/${p.b}/${p.charged}; failed at 95 % ${f.read}/${f.b}/${f.charged}; control ${c.read}/${c.b}/${c.charged}` : `not reproduced: stream ${s.b}/${s.charged}, poll ${p.b}/${p.charged}, failed ${f.b}/${f.charged}`);
