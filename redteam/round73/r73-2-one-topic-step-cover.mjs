// R73-2: cheap one-topic step-by-step asks beside each trace flatten the topics of the harvest subset.
// harvest-subset (the feature the fortieth session weighs by the key's worked answers) is
// 0.95 x rate x diversity of the harvest-shaped subset x ...: every step-by-step ask joins that
// subset, so 8 arithmetic step-by-step asks a trace (gpt-4.1-mini, answered in 2-45 tokens) make
// the subset one topic, and the feature reads ~0.07 whatever the worked answers' length. The same
// arithmetic without the words "step by step" does nothing. Usage: node r73-2-one-topic-step-cover.mjs [seed]
import { rng, pick, int, problem, sbsAsk, SYSTEM, chatBody, promptTokens, arrivals, keyNet, runReplay, fmt } from './common.mjs';
const seed = Number(process.argv[2] ?? 1);
const KEYS = 5, PER_DAY = 500, DAYS = 3, WARMUP = 100;

function arith(r, stepwise) {
  const a = int(r, 12, 99), b = int(r, 12, 99), c = int(r, 2, 9);
  const q = pick(r, [`what is ${a} times ${b}?`, `what is ${a} + ${b} * ${c}?`, `what is ${a}% of ${b * 10}?`, `what is ${a} squared minus ${b}?`, `what is ${a * c} divided by ${c}?`]);
  if (!stepwise) return q[0].toUpperCase() + q.slice(1);
  return pick(r, [`Step by step: ${q}`, `Solve step by step: ${q}`, `${q[0].toUpperCase() + q.slice(1)} Go step by step.`, `Step-by-step, ${q}`]);
}
// [covers per ask, stepwise covers?, cover answer band, cover max_tokens]
const VARIANTS = {
  'control: no cover': [0, true, [0, 0], 0],
  'control: 8 plain arithmetic covers': [8, false, [32, 45], 48],
  'attack: 8 step-by-step covers': [8, true, [32, 45], 48],
  'attack: 8 trivial step covers': [8, true, [2, 6], 8],
};
const res = {};
for (const [name, [n, stepwise, [lo, hi], cmax]] of Object.entries(VARIANTS)) {
  const r = rng(seed * 7919 + 202); const rc = rng(seed * 31 + 7);
  const lines = [];
  for (let k = 0; k < KEYS; k++) {
    const key = `sk-r73-2-${seed}-${k}-${name.length}`; const net = keyNet(k);
    const times = arrivals(r, PER_DAY, DAYS);
    const cover = (ts) => { const cb = chatBody('gpt-4.1-mini', SYSTEM, arith(rc, stepwise), cmax); lines.push({ ts, key, ...net, method: 'POST', path: '/v1/chat/completions', body: cb, usage: { prompt_tokens: promptTokens(cb), completion_tokens: int(rc, lo, hi) }, tag: 'cover' }); };
    if (n) { let t = times[0] - 2 * 3600e3; for (let w = 0; w < WARMUP; w++) { t += 20e3 + rc() * 40e3; cover(t); } }
    for (const ts of times) {
      const body = chatBody('gpt-4.1', SYSTEM, sbsAsk(r, problem(r).text), 1400);
      lines.push({ ts, key, ...net, method: 'POST', path: '/v1/chat/completions', body, usage: { prompt_tokens: promptTokens(body), completion_tokens: int(r, 600, 1400) }, tag: 'harvest' });
      let t = ts; for (let j = 0; j < n; j++) { t -= 1000 + rc() * 3000; cover(t); }
    }
  }
  const f = res[name] = runReplay(`r73-2-${name.replace(/\W+/g, '-')}-s${seed}`, lines);
  const harvestOut = f.tokens, coverTok = f.coverTokens;
  console.log(fmt(name, f), n ? `cover tokens (in+out, mini) per harvest answer token ${(coverTok / harvestOut).toFixed(2)}` : '');
}
const ctl = res['control: no cover'], plain = res['control: 8 plain arithmetic covers'], att = res['attack: 8 step-by-step covers'];
console.log(ctl.fullShare <= 0.2 && plain.fullShare <= 0.2 && att.fullShare >= 0.5 ? 'R73-2 REPRODUCED' : 'R73-2 not reproduced');
