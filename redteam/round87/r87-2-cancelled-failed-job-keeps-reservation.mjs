// R87-2: a deep-research product on `free` (tpm 40,000) starts a background job without max_output_tokens (the
// guard writes and reserves backgroundMaxOutputTokens, 32,768), its user clicks Cancel 0.3 s later (the origin
// bills what it generated: 50 tokens here) and starts the corrected question at once. And a job that ends
// `failed` at the origin (billed nothing), polled by the SDK loop the provider documents.
// The guard frees the cancelled / failed job's slot, but keeps the whole reservation charged.
import OpenAI from 'openai';
import { G, newKey, setTier, billed, state, sleep } from './lib.mjs';
const sdk = (key) => new OpenAI({ apiKey: key, baseURL: G + '/v1', maxRetries: 0 });
const counted = async (K) => { await sleep(1200); const s = await state(K); const tpm = s.usage.find((u) => u.name === 'tpm'); return { charged: s.counters.promptTokens + s.counters.completionTokens, inFlight: s.inFlight, tpmLeft: tpm.remaining }; };
const Q = 'Deep research: compare the three vendors\' ledger reconciliation features and cite sources.';
// cancel
const K = newKey('cancel'); await setTier(K, 'free'); const c = sdk(K);
const j = await c.responses.create({ model: 'o4-mini', background: true, input: Q }, { headers: { 'x-out': '1500', 'x-job-ms': '30000', 'x-o-cancel-bill': '50' } });
await sleep(300);
const x = await c.responses.cancel(j.id);
const kc = await counted(K); const kb = await billed(K);
let retry; const t1 = Date.now();
try { await c.responses.create({ model: 'o4-mini', background: true, input: Q + ' Only vendors in the EU.' }, { headers: { 'x-out': '1500', 'x-job-ms': '500' } }); retry = 'admitted'; }
catch (e) { retry = `${e.status} ${e.code ?? ''} "${e.message}"`; }
// failed
const F = newKey('failed'); await setTier(F, 'free'); const cf = sdk(F);
let f = await cf.responses.create({ model: 'o4-mini', background: true, input: Q }, { headers: { 'x-job-ms': '400', 'x-o-fail': '1' } });
for (let i = 0; i < 30 && (f.status === 'queued' || f.status === 'in_progress'); i++) { await sleep(250); f = await cf.responses.retrieve(f.id); }
const fc = await counted(F); const fb = await billed(F);
let fretry; try { await cf.responses.create({ model: 'o4-mini', background: true, input: Q }, { headers: { 'x-out': '1500', 'x-job-ms': '500' } }); fretry = 'admitted'; } catch (e) { fretry = `${e.status} "${e.message}"`; }
console.log(`cancelled job (status ${x.status}): charged ${kc.charged}, billed ${kb}, tpm left ${kc.tpmLeft} of 40000, inFlight ${kc.inFlight}`);
console.log(`  the corrected question, sent at once: ${retry}`);
console.log(`failed job (status ${f.status}, error ${f.error?.code}): charged ${fc.charged}, billed ${fb}, tpm left ${fc.tpmLeft}; its retry: ${fretry}`);
console.log(kc.charged > 10 * Math.max(kb, 1) || fc.charged > 1000 ? `REPRODUCED: cancelled job charged ${kc.charged} for ${kb} billed (retry: ${retry.slice(0, 60)}), failed job charged ${fc.charged} for ${fb} billed` : `not reproduced: cancelled ${kc.charged}/${kb}, failed ${fc.charged}/${fb}`);
