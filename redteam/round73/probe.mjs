// One key per phrasing, 40 asks each at machine pace: does the phrasing read as a step-by-step ask?
import { rng, problem, SYSTEM, chatBody, promptTokens, keyNet, runReplay, int, T0 } from './common.mjs';
const P = process.argv.slice(2);
const r = rng(5);
const lines = [];
P.forEach((ph, k) => { for (let i = 0; i < 40; i++) { const body = chatBody('gpt-4.1', SYSTEM, `${problem(r).text}\n\n${ph}`, 1400); lines.push({ ts: T0 + 6 * 3600e3 + k * 1e7 + i * 60e3, key: `sk-probe-${k}`, ...keyNet(k), method: 'POST', path: '/v1/chat/completions', body, usage: { prompt_tokens: promptTokens(body), completion_tokens: int(r, 800, 1200) }, tag: 'harvest' }); } });
runReplay('probe', lines);
import { readFileSync } from 'node:fs';
const dec = readFileSync(new URL('./out/probe.decisions.jsonl', import.meta.url), 'utf8').trim().split('\n').map(JSON.parse);
P.forEach((ph, k) => { const d = dec.filter((x) => x.key === `sk-probe-${k}`).at(-1); const rs = (d.reasons || []).filter((x) => /step-by-step|reasoning|cot|hidden/.test(x)).map((x) => x.replace(/.*\[/, '[')).join(' '); console.log(`${d.score.toFixed(2)} ${d.action.padEnd(8)} ${ph.slice(0, 70).padEnd(70)} ${rs}`); });
