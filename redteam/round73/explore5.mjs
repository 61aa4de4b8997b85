import { rng, pick, int, problem, sbsAsk, SYSTEM, chatBody, promptTokens, arrivals, keyNet, runReplay, fmt } from './common.mjs';
const seed = Number(process.argv[2] ?? 1);
const KEYS = 5, PER_DAY = 500, DAYS = 3;
const H1 = ['For my exam revision', 'Homework question from my course', 'My teacher set this for class', 'Practice exam question', 'From the student workbook', 'Our tutor gave us this homework', 'Revision sheet for the final exam', 'Question from last year\'s exam paper', 'Course assignment for my class', 'Study group homework'];
const H2 = ['(week ', '(unit ', '(lesson ', '(chapter ', '(set '];
function head(r) { return `${pick(r, H1)} ${pick(r, H2)}${int(r, 1, 40)}):`; }
for (const spec of process.argv.slice(3)) {
  const [kind, band] = spec.split(':'); const [lo, hi] = band.split('-').map(Number);
  const r = rng(seed * 1000 + 29); const L = [];
  for (let k = 0; k < KEYS; k++) {
    const key = `sk-r73-p-${seed}-${k}`; const net = keyNet(k);
    for (const ts of arrivals(r, PER_DAY, DAYS)) {
      const p = problem(r).text;
      let u;
      if (kind === 'pin') u = `${head(r)} ${sbsAsk(r, p)}`;
      else if (kind === 'pinbare') u = `${head(r)} ${p}`;
      else u = sbsAsk(r, p);
      const body = chatBody('gpt-4.1', SYSTEM, u, 1400);
      L.push({ ts, key, ...net, method: 'POST', path: '/v1/chat/completions', body, usage: { prompt_tokens: promptTokens(body), completion_tokens: int(r, lo, hi) }, tag: 'harvest' });
    }
  }
  const f = runReplay(`x5-${spec.replace(/:/g, '_')}-s${seed}`, L);
  console.log(fmt(spec, f), `max ${f.maxScore.toFixed(2)}`);
}
