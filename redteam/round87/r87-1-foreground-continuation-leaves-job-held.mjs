// R87-1: a webhook-driven agent on `free` (concurrency 2). Each step: a background research job (the app learns
// it finished from the provider's webhook, sent straight to the app, not through the guard), then a foreground
// turn continuing it (`previous_response_id`) that writes the user-facing answer, which carries the job's
// output. The app never GETs the job: its continuation already brought the result back. The guard reads a
// continued job's record only for a continuation whose own usage it does not see (a background job, a cut
// stream), so each job stays "unread": it holds its slot for backgroundHoldSeconds (600 s) and its output cap
// stays charged. Variant: a chat app's user stops a stream, the next (foreground) turn continues it.
// Control: the same agent that retrieves each job once (responses.retrieve) before continuing it.
import OpenAI from 'openai';
import { G, newKey, setTier, billed, waitDone, state, sleep } from './lib.mjs';
const sdk = (key) => new OpenAI({ apiKey: key, baseURL: G + '/v1', maxRetries: 2 });
const doc = 'Quarterly ledger analysis. ' + 'The contract clause names the party and the invoice amount. '.repeat(200);
const counted = async (K) => { await sleep(1200); const s = await state(K); return { charged: s.counters.promptTokens + s.counters.completionTokens, inFlight: s.inFlight }; };
async function agent(K, retrieveFirst) {
  const c = sdk(K); const log = []; const t0 = Date.now();
  for (let i = 0; i < 3; i++) {
    let step = 'bg';
    try {
      const j = await c.responses.create({ model: 'o4-mini', background: true, input: doc + ' Research question ' + i, max_output_tokens: 8000 }, { headers: { 'x-out': '800', 'x-job-ms': '500' } });
      await waitDone(j.id); // the webhook "response.completed" arrives at the app
      if (retrieveFirst) await c.responses.retrieve(j.id);
      step = 'fg';
      const f = await c.responses.create({ model: 'o4-mini', previous_response_id: j.id, input: 'Summarise that for the user in two lines.', max_output_tokens: 300 }, { headers: { 'x-out': '80' } });
      log.push(`step ${i}: ok (${f.status})`);
    } catch (e) { log.push(`step ${i} ${step}: ${e.status} "${e.message}" retry-after ${e.headers?.get?.('retry-after')}`); }
  }
  return { log, ms: Date.now() - t0 };
}
const A = newKey('hook'); await setTier(A, 'free');
const a = await agent(A, false); const ac = await counted(A); const ab = await billed(A);
// does waiting as told help? retry the next job after 10 s (the refusal said 1 s)
await sleep(10000);
let later; try { await sdk(A).responses.create({ model: 'o4-mini', background: true, input: 'next question', max_output_tokens: 500 }, { headers: { 'x-job-ms': '300' } }); later = 'admitted'; } catch (e) { later = `${e.status} "${e.message}"`; }
const C = newKey('ctl'); await setTier(C, 'free');
const c = await agent(C, true); const cc = await counted(C); const cb = await billed(C);
// variant: stream stopped by the user, next turn continues it in the foreground
const S = newKey('stop'); const cs = sdk(S);
const st = await cs.responses.create({ model: 'gpt-4.1', input: 'Write a long story about ledgers.', max_output_tokens: 4000, stream: true }, { headers: { 'x-out': '2000', 'x-chunk-ms': '50' } });
let sid, n = 0; for await (const ev of st) { if (ev.type === 'response.created') sid = ev.response.id; if (++n > 4) break; }
await sleep(1500); await waitDone(sid);
await cs.responses.create({ model: 'gpt-4.1', previous_response_id: sid, input: 'Shorter please.', max_output_tokens: 300 }, { headers: { 'x-out': '200' } });
const sc = await counted(S); const sb = await billed(S);
console.log('webhook agent (never GETs a job):', a.log.join(' | '));
console.log(`  after 3 steps: key inFlight ${ac.inFlight} (no request running), charged ${ac.charged}, billed ${ab} (${(ac.charged / ab).toFixed(2)}x); a new job 10 s after the "Retry after 1 s": ${later}`);
console.log('control (GETs each job once):', c.log.join(' | '));
console.log(`  charged ${cc.charged}, billed ${cb} (${(cc.charged / cb).toFixed(2)}x), inFlight ${cc.inFlight}`);
console.log(`stopped stream continued in the foreground: charged ${sc.charged}, billed ${sb} (${(sc.charged / sb).toFixed(2)}x)`);
const bad = a.log.some((l) => l.includes('429')) && !c.log.some((l) => l.includes('429'));
console.log(bad || ac.charged > ab * 1.3 ? `REPRODUCED: ${a.log.filter((l) => l.includes('429')).length} of 3 steps refused 429 (control 0), ${ac.inFlight} slots held by jobs already continued, charged ${(ac.charged / ab).toFixed(2)}x billed (control ${(cc.charged / cb).toFixed(2)}x); stopped stream ${(sc.charged / sb).toFixed(2)}x` : `not reproduced: refusals ${a.log.filter((l) => l.includes('429')).length}, ${(ac.charged / ab).toFixed(2)}x`);
