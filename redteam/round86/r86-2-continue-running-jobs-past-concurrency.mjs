// R86-2: a continuation the origin accepted frees the continued background job's held slot (R84-5's fix).
// Against an origin that accepts continuing a response still in progress (LENIENT, as some compatible
// origins do: it runs on the context known so far), a key of concurrency 2 chains background jobs, each
// continuing the one before while it still runs: every accepted continuation frees its predecessor's slot,
// so the key never holds more than 2 while all its jobs run at the origin at once.
// Control: the same number of independent background jobs on a fresh key of the same tier.
import { api, newKey, setTier, peak, sleep } from './lib.mjs';
const N = 10, JOB_MS = 20000;
const body = (extra = {}) => ({ model: 'o4-mini', background: true, input: 'Research step: summarise the ledger clause.', max_output_tokens: 400, ...extra });
const hdr = { 'x-job-ms': String(JOB_MS), 'x-out': '300' };
// control
const C = newKey('ctl'); await setTier(C, 'free');
let cOk = 0, c429 = 0;
for (let i = 0; i < N; i++) { const r = await api(C, 'POST', '/v1/responses', body(), hdr); if (r.status === 200) cOk++; else if (r.status === 429) c429++; }
const cPeak = await peak(C);
// attack
const K = newKey('atk'); await setTier(K, 'free');
let prev = null, ok = 0, refused = 0; const t0 = Date.now();
for (let i = 0; i < N && Date.now() - t0 < 15000; i++) {
  const r = await api(K, 'POST', '/v1/responses', body(prev ? { previous_response_id: prev } : {}), hdr);
  if (r.status === 200) { ok++; prev = r.j.id; } else { refused++; await sleep(300); }
}
const p = await peak(K);
console.log(`control (independent jobs, concurrency 2): ${cOk} admitted, ${c429} refused 429, origin peak running ${cPeak.peak}`);
console.log(`attack (each job continues the one still running): ${ok} admitted, ${refused} refused, origin peak running ${p.peak} at once (key concurrency 2), ${Date.now() - t0} ms`);
console.log(p.peak > 2 ? `REPRODUCED: ${p.peak} concurrent background jobs on a concurrency-2 key (control ${cPeak.peak})` : `not reproduced: peak ${p.peak}`);
