// R90-2: a turn continuing a restricted creator's response is refused 403 creator_restricted only after it reached
// the origin (R84-3's "read while the origin answers"), and is "charged as a stream its client left plus what the
// continued response holds". Measured: (a) background continuations, whose jobs run on at the origin with no slot
// held for them (concurrency), (b) foreground continuations with no output cap on a long answer, plain and streamed:
// billed by the origin vs charged by the guard.
import { G, api, admin, keyId, newKey, sleep, billed, waitDone, peak, setTier, state } from './lib.mjs';
const A = newKey('a');
const anchor = await api(A, 'POST', '/v1/responses', { model: 'gpt-4o', background: true, max_output_tokens: 2000, input: 'Write the report.' }, { 'x-out': '2000', 'x-job-ms': '300' });
await waitDone(anchor.j.id); await sleep(500);
const kA = await keyId(A);
await admin('PUT', '/lists/deny/' + kA, { note: 'caught' }); await sleep(300);
const res = {};
// (a) background continuations on a free key (concurrency 2)
{
  const B = newKey('bg'); await api(B, 'POST', '/v1/responses', { model: 'gpt-4o', input: 'hi', max_output_tokens: 5 }, { 'x-out': '5' }); await setTier(B, 'free'); await sleep(300);
  const st = []; const N = 8;
  const t0 = Date.now();
  for (let i = 0; i < N; i++) { const c = await api(B, 'POST', '/v1/responses', { model: 'gpt-4o', background: true, previous_response_id: anchor.j.id, input: 'continue ' + i, max_output_tokens: 3000 }, { 'x-out': '3000', 'x-job-ms': '12000' }); st.push(c.status + (c.j?.error?.code ? ':' + c.j.error.code : '')); }
  const pk = await peak(B); const s = await state(B);
  console.log(`(a) ${N} background continuations by a free key (concurrency 2) in ${Date.now() - t0} ms: ${st.join(' ')}`);
  console.log(`    origin: ${pk.running} of B's jobs running now, peak ${pk.peak}; guard inFlight ${s.inFlight}`);
  res.peak = pk.peak;
  await sleep(13000);
  const bl = await billed(B); const s2 = await state(B); const ch = s2.counters.promptTokens + s2.counters.completionTokens;
  console.log(`    billed ${bl}, charged ${ch} (counters ${JSON.stringify(s2.counters)})`);
}
// (b) foreground, no output cap, a long answer (20,000 tokens at 2,000 tokens/s: 10 s), plain and streamed
for (const stream of [false, true]) {
  const B = newKey(stream ? 'fs' : 'fp'); const N = 3;
  const st = [];
  for (let i = 0; i < N; i++) {
    const t = Date.now();
    const c = await api(B, 'POST', '/v1/responses', { model: 'gpt-4o', previous_response_id: anchor.j.id, stream, input: 'Now write the whole appendix, as long as you can.' }, { 'x-out': '20000', 'x-o-tps': '2000', 'x-chunk-ms': '25' });
    st.push(`${c.status}${c.j?.error?.code ? ':' + c.j.error.code : ''} in ${Date.now() - t} ms`);
  }
  await sleep(12000);
  const bl = await billed(B); const s = await state(B); const ch = s.counters.promptTokens + s.counters.completionTokens;
  console.log(`(b) ${stream ? 'streamed' : 'plain'} x${N}: ${st.join(', ')}; billed ${bl}, charged ${ch} (${(bl / Math.max(ch, 1)).toFixed(2)}x under)`);
  res[stream ? 's' : 'p'] = bl / Math.max(ch, 1);
}
// control: the same long turn continuing a response of an allowed key is charged what it took
{
  const C = newKey('c'); const anc = await api(C, 'POST', '/v1/responses', { model: 'gpt-4o', background: true, max_output_tokens: 2000, input: 'Write the report.' }, { 'x-out': '2000', 'x-job-ms': '300' });
  await waitDone(anc.j.id); await sleep(300);
  const B = newKey('ctl'); const b0 = 0;
  const c = await api(B, 'POST', '/v1/responses', { model: 'gpt-4o', previous_response_id: anc.j.id, input: 'Now write the whole appendix, as long as you can.' }, { 'x-out': '20000', 'x-o-tps': '2000' });
  await sleep(1500); const bl = await billed(B); const s = await state(B);
  console.log(`control (creator allowed): ${c.status}; billed ${bl}, charged ${s.counters.promptTokens + s.counters.completionTokens}`);
}
await admin('DELETE', '/lists/deny/' + kA);
console.log(res.peak > 2 || res.p > 1.5 || res.s > 1.5 ? 'REPRODUCED' : 'not reproduced');
