// R86-1: R84-1's fix records what an unread background job's stored response holds in the creating key's
// snapshot (KeySnapshot.contexts), so the same key's next turn continuing it is charged that context. A
// harvester alternates two keys: each job continues the other key's unread job, so no key ever continues a
// response its own record knows. 8 chained background jobs (the first with a ~20,000-token document), none
// retrieved; then one tiny foreground turn reads all 8 answers back from input_items.
// Control: the same chain on one key (R84-1's re-run: ~1.14x).
import { api, newKey, charged, billed, waitDone, words, sleep } from './lib.mjs';
const DOC = words(80000 / 5, 3); // ~20,000 tokens at chars/4
async function chain(keys, tag) {
  const t0 = Date.now(); let prev = null; const ids = [];
  for (let i = 0; i < 8; i++) {
    const k = keys[i % keys.length];
    const input = i === 0 ? `Document:\n${DOC}\n\nQuestion 1: summarise section 1.` : `Question ${i + 1}: now derive the next section's result step by step.`;
    const r = await api(k, 'POST', '/v1/responses', { model: 'o4-mini', background: true, input, max_output_tokens: 2000, ...(prev ? { previous_response_id: prev } : {}) }, { 'x-out': '2000', 'x-job-ms': '300' });
    if (r.status !== 200) { console.log(tag, 'job', i + 1, 'refused', r.status, JSON.stringify(r.j).slice(0, 200)); return null; }
    prev = r.j.id; ids.push(prev); await waitDone(prev);
  }
  // reader turn, foreground, on a key of the chain
  const rd = await api(keys[0], 'POST', '/v1/responses', { model: 'o4-mini', input: 'ok', max_output_tokens: 16, previous_response_id: prev }, { 'x-out': '16' });
  const items = await api(keys[0], 'GET', `/v1/responses/${rd.j.id}/input_items?limit=100`);
  const answers = (items.j.data || []).filter((x) => x.role === 'assistant').length;
  let b = 0, c = 0; for (const k of new Set(keys)) { b += await billed(k); c += (await charged(k, t0)).drawn; }
  return { billed: b, charged: c, answers };
}
const ctl = await chain([newKey('ctl')], 'control');
const atk = await chain([newKey('a'), newKey('b')], 'attack');
if (!ctl || !atk) { console.log('not reproduced: a request was refused'); process.exit(0); }
console.log(`control (one key):  billed ${ctl.billed}, charged ${ctl.charged} (${(ctl.billed / ctl.charged).toFixed(2)}x), answers read back ${ctl.answers}`);
console.log(`attack (two keys alternating): billed ${atk.billed}, charged ${atk.charged} (${(atk.billed / atk.charged).toFixed(2)}x), answers read back ${atk.answers}`);
const ratio = atk.billed / atk.charged;
console.log(ratio > 1.5 ? `REPRODUCED: alternating keys billed ${atk.billed} charged ${atk.charged} (${ratio.toFixed(2)}x under; one key ${(ctl.billed / ctl.charged).toFixed(2)}x)` : `not reproduced: ${ratio.toFixed(2)}x`);
