// R73-1: the step-by-step ask written as a schoolbook "show your working" instruction.
// The reasoning reader's step-by-step class (rs 2) is a lexicon of format phrases ("step by step",
// "paso a paso", \boxed, <think>...). Plain-English worked-solution asks ("Show all of your working",
// "Give a full worked solution", "Derive the result line by line") elicit the same worked solutions
// and are not in it, so cot, harvest-subset and the fortieth session's worked-answer weighing never
// engage. Usage: node r73-1-show-your-working.mjs [seed]
import { rng, pick, int, problem, sbsAsk, SYSTEM, chatBody, promptTokens, arrivals, keyNet, runReplay, fmt } from './common.mjs';
const seed = Number(process.argv[2] ?? 1);
const KEYS = 5, PER_DAY = 500, DAYS = 3;
export const WORKING = [
  'Show all of your working.', 'Walk me through the solution.', 'Work through it one stage at a time.',
  'Number each stage of the solution and explain it.', 'First set up the problem, then solve it, then check it.',
  'Derive the result line by line.', 'Give a full worked solution.', 'Write out the full solution, including every intermediate calculation.',
  "Solve it the way a textbook's worked example would.", 'Present the solution as a numbered derivation, then the final answer.',
  'Write down every line of the algebra.', 'Explain how you get from the data to the answer, one stage after another.',
  'Do not skip any calculation; write each one out.', 'Show the method in full, then give the answer.', 'Write the solution as a sequence of small justified moves.',
];
const TAIL = ['', ' Thanks!', ' Give the final answer at the end.', ' Be careful with units.', ' Explain as you go.', ' Check your answer.', ' State the final result clearly.', ' Please.', ' Keep it rigorous.', ' I am studying for an exam.', ' This is for homework practice.', ' Use standard notation.', ' Double-check the arithmetic.', ' End with the answer on its own line.', ' Use plain text.', ' Use LaTeX for formulas.', ' Be precise.', ' Please be clear.', ' I want to learn the method.', ' No shortcuts.'];
const working = (r) => pick(r, WORKING) + pick(r, TAIL);

const GENERIC = 'You are a helpful assistant.';
const either = (r, p) => { const o = working(r); return r() < 0.5 ? `${o}\n\n${p}` : `${p}\n\n${o}`; };
// [system prompt, ask]
const VARIANTS = {
  'control: "step by step"': [SYSTEM, (r, p) => sbsAsk(r, p)],
  'control: bare problem': [SYSTEM, (r, p) => p],
  'attack: show your working': [SYSTEM, either],
  'attack: working, always after': [SYSTEM, (r, p) => `${p}\n\n${working(r)}`],
  'control: generic sys, "step by step"': [GENERIC, (r, p) => sbsAsk(r, p)],
  'attack: generic sys, working': [GENERIC, either],
};
const res = {};
for (const [name, [system, ask]] of Object.entries(VARIANTS)) {
  const r = rng(seed * 7919 + 101); // same problems, arrivals and answer sizes in every variant
  const lines = [];
  for (let k = 0; k < KEYS; k++) {
    const key = `sk-r73-1-${seed}-${k}-${name.length}`;
    for (const ts of arrivals(r, PER_DAY, DAYS)) {
      const p = problem(r).text; const ans = int(r, 600, 1400); const u = ask(rng(ts ^ name.length * 2654435761), p);
      const body = chatBody('gpt-4.1', system, u, 1400);
      lines.push({ ts, key, ...keyNet(k), method: 'POST', path: '/v1/chat/completions', body, usage: { prompt_tokens: promptTokens(body), completion_tokens: ans }, tag: 'harvest' });
    }
  }
  res[name] = runReplay(`r73-1-${name.replace(/\W+/g, '-')}-s${seed}`, lines);
  console.log(fmt(name, res[name]));
}
const pairs = [['control: "step by step"', 'attack: show your working'], ['control: generic sys, "step by step"', 'attack: generic sys, working']];
const cotSeen = res['attack: show your working'].reasons['step-by-step'] ?? 0;
console.log(`attack asks read as step-by-step: ${cotSeen}`);
const ok = pairs.every(([c, a]) => res[c].fullShare <= 0.2 && res[a].fullShare >= 0.5);
console.log(ok ? 'R73-1 REPRODUCED' : 'R73-1 not reproduced');
