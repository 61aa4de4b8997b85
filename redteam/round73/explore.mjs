import { rng, pick, int, problem, sbsAsk, SYSTEM, chatBody, promptTokens, arrivals, keyNet, runReplay, fmt } from './common.mjs';
const seed = Number(process.argv[2] ?? 1);
const which = process.argv.slice(3);
const KEYS = 5, PER_DAY = 500, DAYS = 3;

const REWORD_OPEN = ['Solve the following problem. Show all of your working and justify every line before stating the result.', 'Work out the answer below, writing down each calculation and why you made it.', 'Here is a problem. Explain your method in full, derive each intermediate result, then give the answer.', 'Please solve this. Lay out the reasoning behind each stage of the derivation and finish with the final answer.', 'Derive the solution, showing every transformation and the rule that allows it.'];
function build(name, mk) {
  const r = rng(seed * 1000 + name.length * 7 + 13);
  const lines = [];
  for (let k = 0; k < KEYS; k++) {
    const key = `sk-r73-${name}-${seed}-${k}`;
    for (const ts of arrivals(r, PER_DAY, DAYS)) mk(r, key, k, ts, lines);
  }
  return lines;
}
const V = {
  control: (r, key, k, ts, L) => {
    const body = chatBody('gpt-4.1', SYSTEM, sbsAsk(r, problem(r).text), 1400);
    L.push({ ts, key, ...keyNet(k), method: 'POST', path: '/v1/chat/completions', body, usage: { prompt_tokens: promptTokens(body), completion_tokens: int(r, 600, 1400) }, tag: 'harvest' });
  },
  reword: (r, key, k, ts, L) => {
    const p = problem(r).text; const o = pick(r, REWORD_OPEN);
    const body = chatBody('gpt-4.1', SYSTEM, r() < 0.5 ? `${o}\n\n${p}` : `${p}\n\n${o}`, 1400);
    L.push({ ts, key, ...keyNet(k), method: 'POST', path: '/v1/chat/completions', body, usage: { prompt_tokens: promptTokens(body), completion_tokens: int(r, 600, 1400) }, tag: 'harvest' });
  },
  bare: (r, key, k, ts, L) => {
    const body = chatBody('gpt-4.1', SYSTEM, problem(r).text, 1400);
    L.push({ ts, key, ...keyNet(k), method: 'POST', path: '/v1/chat/completions', body, usage: { prompt_tokens: promptTokens(body), completion_tokens: int(r, 600, 1400) }, tag: 'harvest' });
  },
};
for (const n of which.length ? which : Object.keys(V)) {
  const t0 = Date.now();
  const f = runReplay(`explore-${n}-s${seed}`, build(n, V[n]));
  console.log(fmt(n, f), `max ${f.maxScore.toFixed(2)}`, `${((Date.now() - t0) / 1000).toFixed(1)}s`);
}
