import { rng, pick, int, problem, sbsAsk, SYSTEM, chatBody, promptTokens, arrivals, keyNet, runReplay, fmt } from './common.mjs';
const seed = Number(process.argv[2] ?? 1);
const which = process.argv.slice(3);
const KEYS = 5, PER_DAY = 500, DAYS = 3;
const SCHEMA = { type: 'json_schema', json_schema: { name: 'math_reasoning', strict: true, schema: { type: 'object', properties: { steps: { type: 'array', items: { type: 'object', properties: { explanation: { type: 'string' }, output: { type: 'string' } }, required: ['explanation', 'output'], additionalProperties: false } }, final_answer: { type: 'string' } }, required: ['steps', 'final_answer'], additionalProperties: false } } };
const SCHEMA2 = JSON.parse(JSON.stringify(SCHEMA)); SCHEMA2.json_schema.name = 'solution';
const V = {
  schema: (r, key, k, ts, L) => { const body = chatBody('gpt-4.1', SYSTEM, problem(r).text, 1400, { response_format: SCHEMA }); L.push({ ts, key, ...keyNet(k), method: 'POST', path: '/v1/chat/completions', body, usage: { prompt_tokens: promptTokens(body), completion_tokens: int(r, 600, 1400) }, tag: 'harvest' }); },
  schema2: (r, key, k, ts, L) => { const body = chatBody('gpt-4.1', SYSTEM, problem(r).text, 1400, { response_format: SCHEMA2 }); L.push({ ts, key, ...keyNet(k), method: 'POST', path: '/v1/chat/completions', body, usage: { prompt_tokens: promptTokens(body), completion_tokens: int(r, 600, 1400) }, tag: 'harvest' }); },
  // a step-by-step ask fetched in 400-token pieces: the ask, then "Continue." turns right after each piece
  pieces: (r, key, k, ts, L) => {
    const total = int(r, 900, 1400); const sys = SYSTEM; const ask = sbsAsk(r, problem(r).text);
    const msgs = [{ role: 'system', content: sys }, { role: 'user', content: ask }];
    let got = 0, t = ts;
    while (got < total) {
      const piece = Math.min(400, total - got);
      const body = { model: 'gpt-4.1', messages: JSON.parse(JSON.stringify(msgs)), temperature: 0.7, max_tokens: 400 };
      L.push({ ts: t, key, ...keyNet(k), method: 'POST', path: '/v1/chat/completions', body, usage: { prompt_tokens: promptTokens(body), completion_tokens: piece }, tag: 'harvest' });
      got += piece; t += 2000 + piece * 15;
      msgs.push({ role: 'assistant', content: 'x'.repeat(piece * 4).replace(/x{40}/g, 'the next part of the worked solution goes here ') }, { role: 'user', content: 'Continue.' });
    }
  },
  // the real traces (600-1400) beside K cheap step-by-step asks answered in 100-200 tokens
  cheapsbs: (r, key, k, ts, L) => {
    const body = chatBody('gpt-4.1', SYSTEM, sbsAsk(r, problem(r).text), 1400);
    L.push({ ts, key, ...keyNet(k), method: 'POST', path: '/v1/chat/completions', body, usage: { prompt_tokens: promptTokens(body), completion_tokens: int(r, 600, 1400) }, tag: 'harvest' });
    for (let j = 0; j < 6; j++) { const a = int(r, 12, 99), b = int(r, 12, 99); const cb = chatBody('gpt-4.1-mini', SYSTEM, pick(r, [`Step by step: what is ${a} times ${b}?`, `Solve step by step: ${a} + ${b} * ${int(r, 2, 9)}`, `Step-by-step, what is ${a}% of ${b * 10}?`]), 300); L.push({ ts: ts + 3000 + j * 4000, key, ...keyNet(k), method: 'POST', path: '/v1/chat/completions', body: cb, usage: { prompt_tokens: promptTokens(cb), completion_tokens: int(r, 100, 200) }, tag: 'cover' }); }
  },
};
for (const n of which) {
  const r = rng(seed * 1000 + n.length * 7 + 13); const lines = [];
  for (let k = 0; k < KEYS; k++) { const key = `sk-r73-${n}-${seed}-${k}`; for (const ts of arrivals(r, PER_DAY, DAYS)) V[n](r, key, k, ts, lines); }
  const f = runReplay(`x3-${n}-s${seed}`, lines);
  console.log(fmt(n, f), `max ${f.maxScore.toFixed(2)}`);
}
