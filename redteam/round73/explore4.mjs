import { rng, pick, int, problem, sbsAsk, SYSTEM, chatBody, promptTokens, arrivals, keyNet, runReplay, fmt } from './common.mjs';
const seed = Number(process.argv[2] ?? 1);
const KEYS = 5, PER_DAY = 500, DAYS = 3;
const CHAT = ['hey, can you help me plan my study week?', 'ok thanks', 'shorter please', 'what about weekends?', 'cool', 'and breaks?', 'sounds good', 'one more tip?'];
function cover(r, kind, model) {
  const a = int(r, 12, 99), b = int(r, 12, 99);
  if (kind === 'sbs') return pick(r, [`Step by step: what is ${a} times ${b}?`, `Solve step by step: ${a} + ${b} * ${int(r, 2, 9)}`, `Step-by-step, what is ${a}% of ${b * 10}?`, `Compute ${a} squared minus ${b}, step by step.`]);
  if (kind === 'chat') return `${pick(r, CHAT)} (${a})`;
}
for (const spec of process.argv.slice(3)) {
  // kind:count:lo-hi:order:warmup:model
  const [kind, cnt, band, order, warm, model = 'gpt-4.1-mini', cmax = '300'] = spec.split(':');
  const [lo, hi] = band.split('-').map(Number);
  const r = rng(seed * 1000 + 17); const L = [];
  for (let k = 0; k < KEYS; k++) {
    const key = `sk-r73-c-${seed}-${k}`; const net = keyNet(k);
    const ts0 = arrivals(r, PER_DAY, DAYS);
    for (let w = 0; w < Number(warm); w++) { const cb = chatBody(model, SYSTEM, cover(r, kind), Number(cmax)); L.push({ ts: ts0[0] - 3 * 3600e3 + w * 40e3, key, ...net, method: 'POST', path: '/v1/chat/completions', body: cb, usage: { prompt_tokens: promptTokens(cb), completion_tokens: int(r, lo, hi) }, tag: 'cover' }); }
    for (const ts of ts0) {
      const body = chatBody('gpt-4.1', SYSTEM, sbsAsk(r, problem(r).text), 1400);
      const off = order === 'before' ? -3000 * (Number(cnt) + 1) : 3000;
      L.push({ ts, key, ...net, method: 'POST', path: '/v1/chat/completions', body, usage: { prompt_tokens: promptTokens(body), completion_tokens: int(r, 600, 1400) }, tag: 'harvest' });
      for (let j = 0; j < Number(cnt); j++) { const cb = chatBody(model, SYSTEM, cover(r, kind), Number(cmax)); L.push({ ts: ts + off + j * 3000, key, ...net, method: 'POST', path: '/v1/chat/completions', body: cb, usage: { prompt_tokens: promptTokens(cb), completion_tokens: int(r, lo, hi) }, tag: 'cover' }); }
    }
  }
  const f = runReplay(`x4-${spec.replace(/:/g, '_')}-s${seed}`, L);
  console.log(fmt(spec, f), `max ${f.maxScore.toFixed(2)}`);
}
