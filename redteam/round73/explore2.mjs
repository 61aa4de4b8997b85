import { rng, pick, int, problem, sbsAsk, SYSTEM, chatBody, promptTokens, arrivals, keyNet, runReplay, fmt } from './common.mjs';
const seed = Number(process.argv[2] ?? 1);
const specs = process.argv.slice(3); // ask:lo-hi:max[:extra]
const KEYS = 5, PER_DAY = 500, DAYS = 3;
const REWORD_OPEN = ['Solve the following problem. Show all of your working and justify every line before stating the result.', 'Work out the answer below, writing down each calculation and why you made it.', 'Here is a problem. Explain your method in full, derive each intermediate result, then give the answer.', 'Please solve this. Lay out the reasoning behind each stage of the derivation and finish with the final answer.', 'Derive the solution, showing every transformation and the rule that allows it.'];
const FILL = 'Context for the tutor: the student is preparing for a written examination in which partial credit is awarded only for visible working, so the marker needs to see how each quantity was obtained, which formula or rule was applied, and how the numbers were substituted and simplified. Answers that only state a result receive no marks under this scheme, and a clear layout helps the marker follow the argument from the data given to the conclusion reached. ';
function ask(r, kind) {
  const p = problem(r).text;
  if (kind === 'sbs') return sbsAsk(r, p);
  if (kind === 'bare') return p;
  if (kind === 'reword') { const o = pick(r, REWORD_OPEN); return r() < 0.5 ? `${o}\n\n${p}` : `${p}\n\n${o}`; }
  if (kind === 'mid') return `${p}\n\n${FILL}Please go step by step. ${FILL}`;
}
for (const spec of specs) {
  const [kind, band, max] = spec.split(':');
  const [lo, hi] = band.split('-').map(Number);
  const r = rng(seed * 1000 + spec.length * 7 + 13);
  const lines = [];
  for (let k = 0; k < KEYS; k++) {
    const key = `sk-r73-x-${seed}-${k}`;
    for (const ts of arrivals(r, PER_DAY, DAYS)) {
      const body = chatBody('gpt-4.1', SYSTEM, ask(r, kind), max === 'none' ? null : Number(max));
      lines.push({ ts, key, ...keyNet(k), method: 'POST', path: '/v1/chat/completions', body, usage: { prompt_tokens: promptTokens(body), completion_tokens: int(r, lo, hi) }, tag: 'harvest' });
    }
  }
  const f = runReplay(`x2-${spec.replace(/:/g, '_')}-s${seed}`, lines);
  console.log(fmt(spec, f), `max ${f.maxScore.toFixed(2)}`);
}
