// R84-5 (honest, refusal): a staged research pipeline driven by OpenAI's background webhooks
// (response.completed names the id; the next stage continues it by previous_response_id, and only the
// last stage's answer is retrieved). The guard frees a background job's concurrency slot only when its
// answer is read or it is seen cancelled/failed, else after backgroundHoldSeconds (600 s): a stage the
// next stage has already continued (proof that it ended) keeps its slot. On `free` (concurrency 2) the
// third stage is refused "Retry after 1 s" again and again for ten minutes. Control: the same pipeline
// retrieving each stage (GET) before the next: every stage served.
import { admin, api, keyId, newKey, sleep, waitDone } from './lib.mjs';
const STAGES = 4, RETRY_BUDGET_MS = 25000;
async function run(label, retrieve) {
  const key = newKey(label); await admin('PUT', `/keys/${await keyId(key)}/overrides`, { tier: 'free' });
  let prev = null, served = 0, refusals = 0, firstMsg = null; const t0 = Date.now();
  for (let s = 0; s < STAGES; s++) {
    const body = { model: 'o3', background: true, max_output_tokens: 2000, input: s === 0 ? 'Stage 1: gather facts about the Baltic shipping market.' : `Stage ${s + 1}: continue the analysis.` };
    if (prev) body.previous_response_id = prev;
    let r; const deadline = Date.now() + RETRY_BUDGET_MS;
    for (let tries = 0; tries < 40; tries++) {
      r = await api(key, 'POST', '/v1/responses', body, { 'x-out': '800', 'x-job-ms': '300' });
      if (r.status !== 429 || Date.now() > deadline) break;
      refusals++; firstMsg ??= r.j.error?.message;
      await sleep(Math.min(5000, 1000 * (+r.h['retry-after'] || 1)));
    }
    if (r.status !== 200) { console.log(`  ${label} stage ${s + 1}: ${r.status} after ${refusals} refusals in ${((Date.now() - t0) / 1000).toFixed(0)} s`); break; }
    served++; prev = r.j.id;
    await waitDone(prev); // the webhook: response.completed
    if (retrieve || s === STAGES - 1) await api(key, 'GET', `/v1/responses/${prev}`);
  }
  console.log(`${label}: ${served} of ${STAGES} stages served, ${refusals} 429s${firstMsg ? ` ("${firstMsg}")` : ''}`);
  return { served, refusals };
}
const ctl = await run('pipeline-retrieving', true);
const hook = await run('pipeline-webhook', false);
console.log(hook.served < STAGES && ctl.served === STAGES ? 'REPRODUCED' : 'not reproduced');
