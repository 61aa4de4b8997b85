// R90-3: background continuations of a restricted creator's response are refused 403 creator_restricted after the
// origin queued their jobs; those jobs run on at the origin, but no concurrency slot is held for them, so a key of
// concurrency 2 keeps many jobs running at once at the provider (each charged, but bounded only by rpm / tokens).
import { api, admin, keyId, newKey, sleep, billed, waitDone, peak, setTier, state } from './lib.mjs';
const A = newKey('a');
const anchor = await api(A, 'POST', '/v1/responses', { model: 'gpt-4o', background: true, max_output_tokens: 50, input: 'Say hi.' }, { 'x-out': '50', 'x-job-ms': '200' });
await waitDone(anchor.j.id); await sleep(400);
const kA = await keyId(A); await admin('PUT', '/lists/deny/' + kA, { note: 'caught' }); await sleep(300);
const B = newKey('b'); await api(B, 'POST', '/v1/responses', { model: 'gpt-4o', input: 'hi', max_output_tokens: 5 }, { 'x-out': '5' }); await setTier(B, 'free'); await sleep(300);
const N = 15, st = {}; const t0 = Date.now();
for (let i = 0; i < N; i++) {
  const c = await api(B, 'POST', '/v1/responses', { model: 'gpt-4o', background: true, previous_response_id: anchor.j.id, input: 'job ' + i, max_output_tokens: 400 }, { 'x-out': '400', 'x-job-ms': '30000' });
  const k = c.status + (c.j?.error?.code ? ':' + c.j.error.code : ''); st[k] = (st[k] || 0) + 1;
}
const pk = await peak(B); const s = await state(B);
console.log(`${N} background continuations in ${Date.now() - t0} ms on a key of concurrency 2: ${JSON.stringify(st)}`);
console.log(`origin: ${pk.running} of B's jobs running at once (peak ${pk.peak}); guard inFlight ${s.inFlight}`);
// control: the same key's own background jobs on an allowed anchor are held to 2 slots
const C = newKey('c'); await api(C, 'POST', '/v1/responses', { model: 'gpt-4o', input: 'hi', max_output_tokens: 5 }, { 'x-out': '5' }); await setTier(C, 'free'); await sleep(300);
const st2 = {};
for (let i = 0; i < 6; i++) { const c = await api(C, 'POST', '/v1/responses', { model: 'gpt-4o', background: true, input: 'job ' + i, max_output_tokens: 400 }, { 'x-out': '400', 'x-job-ms': '30000' }); const k = c.status + (c.j?.error?.code ? ':' + c.j.error.code : ''); st2[k] = (st2[k] || 0) + 1; }
const pk2 = await peak(C);
console.log(`control, 6 background jobs of an allowed key of concurrency 2: ${JSON.stringify(st2)}, origin peak ${pk2.peak}`);
await admin('DELETE', '/lists/deny/' + kA);
console.log(pk.peak > 2 ? 'REPRODUCED' : 'not reproduced');
