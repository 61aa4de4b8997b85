// R88-3 (low, origin load): every turn continuing one background anchor (already ended and read for its creator by the
// first continuation) makes the guard GET the anchor's record at the origin again: one extra origin request per
// continuation, not counted against the key's rpm. Fan-out of 6 foreground and 6 background turns off one anchor.
import { O, newKey, billed, state, sleep, api } from './lib.mjs';
const K = newKey('amp');
const a = await api(K, 'POST', '/v1/responses', { model: 'gpt-4.1', background: true, max_output_tokens: 2000, input: 'anchor' }, { 'x-out': '2000', 'x-job-ms': '300' });
await sleep(1000);
const gets = async () => (await (await fetch(`${O}/__gets?id=${a.j.id}`)).json()).gets;
for (let i = 0; i < 6; i++) await api(K, 'POST', '/v1/responses', { model: 'gpt-4.1', previous_response_id: a.j.id, input: 'fg ' + i, max_output_tokens: 50 }, { 'x-out': '50' });
const g1 = await gets();
for (let i = 0; i < 6; i++) await api(K, 'POST', '/v1/responses', { model: 'gpt-4.1', background: true, previous_response_id: a.j.id, input: 'bg ' + i, max_output_tokens: 50 }, { 'x-out': '50', 'x-job-ms': '200' });
const g2 = await gets(); await sleep(1500); const s = await state(K); const b = await billed(K);
const charged = s.counters.promptTokens + s.counters.completionTokens;
console.log(`anchor record GETs at the origin: ${g1} after 6 foreground continuations, ${g2} after 6 background ones; key requests ${s.counters.requests}; billed ${b}, charged ${charged}`);
console.log(g2 > 2 ? `REPRODUCED: ${g2} origin reads of one ended anchor for 12 continuations (1 needed), requests counted ${s.counters.requests}` : `not reproduced: ${g2} reads`);
