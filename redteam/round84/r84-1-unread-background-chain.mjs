// R84-1: a chain of background jobs, each continuing the previous one by previous_response_id, none of
// them retrieved through the guard (completion learnt as from OpenAI's response.completed webhook: here
// the origin's bookkeeping is polled directly), then one tiny foreground turn on the chain's end and
// GET /v1/responses/{that turn}/input_items, which lists every job's answer. Each job after the first
// bills the whole chain before it as input; the guard charges each only its reservation.
// Control: the same chain with each job retrieved (GET /v1/responses/{id}) before the next.
import { api, billed, charged, newKey, sleep, waitDone, words } from './lib.mjs';
const N = +(process.env.N || 8), OUT = 2000, MODEL = 'gpt-4o';
const doc = words(12000, 3); // ~20,000 billed tokens of document
async function run(label, retrieve) {
  const key = newKey(label), reader = newKey(label + '-reader'), t0 = Date.now(); let prev = null; const ids = []; let refused = 0;
  for (let i = 0; i < N; i++) {
    const body = { model: MODEL, background: true, max_output_tokens: OUT, input: i === 0 ? `Read this contract and answer questions about it.\n${doc}\nQuestion 1: summarise clause ${i + 1}.` : `Question ${i + 1}: explain clause ${i + 1} in detail.` };
    if (prev) body.previous_response_id = prev;
    const r = await api(key, 'POST', '/v1/responses', body, { 'x-out': String(OUT), 'x-job-ms': '300' });
    if (r.status !== 200) { refused++; console.log(`  ${label} job ${i + 1}: ${r.status} ${JSON.stringify(r.j).slice(0, 160)}`); break; }
    ids.push(r.j.id); prev = r.j.id;
    if (!(await waitDone(prev))) { console.log('  job did not end'); break; }
    if (retrieve) { const g = await api(key, 'GET', `/v1/responses/${prev}`); if (g.status !== 200) console.log(`  retrieve ${g.status}`); }
  }
  // one tiny foreground turn on the chain's end, then its input_items (every answer of the chain)
  // (on a second key of the harvester: the first one's 8 concurrency slots are held by its unread jobs)
  const f = await api(reader, 'POST', '/v1/responses', { model: MODEL, previous_response_id: prev, input: 'ok', max_output_tokens: 16 }, { 'x-out': '16' });
  let answers = 0, pages = 0, after = null, chars = 0;
  if (f.status === 200) {
    for (; pages < 10; pages++) {
      const q = await api(reader, 'GET', `/v1/responses/${f.j.id}/input_items?limit=100&order=asc${after ? '&after=' + after : ''}`);
      if (q.status !== 200) { console.log('  input_items', q.status); break; }
      for (const it of q.j.data) if (it.role === 'assistant') { answers++; chars += JSON.stringify(it.content).length; }
      if (!q.j.has_more) { pages++; break; } after = q.j.last_id;
    }
  } else console.log(`  ${label} final turn ${f.status} ${JSON.stringify(f.j).slice(0, 200)}`);
  const c1 = await charged(key, t0), c2 = await charged(reader, t0, 0), b = (await billed(key)) + (await billed(reader));
  const c = { drawn: c1.drawn + c2.drawn, counters: { promptTokens: c1.counters.promptTokens + c2.counters.promptTokens, completionTokens: c1.counters.completionTokens + c2.counters.completionTokens }, standing: c1.standing + '/' + c2.standing };
  console.log(`  ${label}: job key billed ${await billed(key)} charged ${c1.drawn}; reader key billed ${await billed(reader)} charged ${c2.drawn}`);
  console.log(`${label}: ${ids.length} jobs${refused ? ' (then refused)' : ''}, final turn ${f.status}, answers read back via input_items ${answers} (${chars} chars); origin billed ${b}, guard charged ${c.drawn} (counters prompt ${c.counters.promptTokens} completion ${c.counters.completionTokens}); ratio billed/charged ${(b / c.drawn).toFixed(2)}; standing ${c.standing}`);
  return { b, c: c.drawn, answers, jobs: ids.length };
}
const ctl = await run('control-retrieved', true);
const atk = await run('unread-chain', false);
console.log(`attack: ${atk.answers} answers, billed ${atk.b}, charged ${atk.c} (${(atk.b / atk.c).toFixed(2)}x under); control: billed ${ctl.b}, charged ${ctl.c} (${(ctl.b / ctl.c).toFixed(2)}x)`);
console.log(atk.answers >= N - 1 && atk.b > 1.5 * atk.c && ctl.b <= 1.2 * ctl.c ? 'REPRODUCED' : 'not reproduced');
