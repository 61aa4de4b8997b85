// Round 73 shared helpers: a seeded PRNG, a worked-problem bank, trace writing, replay and figures.
// The repo is ../.. relative to this file; outputs go to ./out.
import { writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(HERE, '..', '..');
export const OUT = join(HERE, 'out');
mkdirSync(OUT, { recursive: true });

export function rng(seed) {
  let a = (seed >>> 0) || 1;
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export const pick = (r, a) => a[Math.floor(r() * a.length)];
export const int = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));

// Worked problems across 12 subjects; numbers drawn per ask so no payload repeats.
export const SUBJECTS = {
  algebra: [
    (r) => `Solve the system of equations ${int(r,2,9)}x + ${int(r,2,9)}y = ${int(r,10,90)} and ${int(r,2,9)}x - ${int(r,1,9)}y = ${int(r,1,40)} for x and y.`,
    (r) => `Find all real roots of the polynomial x^3 - ${int(r,2,12)}x^2 + ${int(r,5,40)}x - ${int(r,2,60)} = 0.`,
    (r) => `Factor the quadratic expression ${int(r,2,12)}x^2 + ${int(r,3,30)}x - ${int(r,2,40)} and find where it equals zero.`,
  ],
  calculus: [
    (r) => `Compute the definite integral of x^${int(r,2,5)} * e^(${int(r,2,4)}x) from 0 to ${int(r,1,3)}.`,
    (r) => `Find the derivative of f(x) = sin(${int(r,2,9)}x) * ln(x^2 + ${int(r,1,9)}) and evaluate it at x = ${int(r,1,4)}.`,
    (r) => `A tank drains so that its volume obeys dV/dt = -${int(r,2,9)} sqrt(V). If V(0) = ${int(r,50,400)} litres, when is the tank empty?`,
  ],
  physics: [
    (r) => `A block of mass ${int(r,2,30)} kg slides down an incline of ${int(r,15,50)} degrees with a friction coefficient of 0.${int(r,10,45)}. Find its acceleration and its speed after ${int(r,2,9)} metres.`,
    (r) => `A projectile is launched at ${int(r,15,60)} m/s at an angle of ${int(r,20,70)} degrees above the horizontal. Find its range, maximum height and time of flight.`,
    (r) => `A circuit has resistors of ${int(r,2,90)} ohm and ${int(r,2,90)} ohm in parallel, in series with ${int(r,2,50)} ohm, across a ${int(r,3,24)} V battery. Find the current through each resistor.`,
  ],
  chemistry: [
    (r) => `How many grams of sodium chloride are needed to prepare ${int(r,100,900)} mL of a 0.${int(r,10,90)} M solution? Then find the molality if the density is 1.0${int(r,1,9)} g/mL.`,
    (r) => `Balance the combustion of C${int(r,3,9)}H${int(r,8,20)} and find the mass of carbon dioxide produced from ${int(r,10,200)} g of the fuel.`,
    (r) => `The equilibrium constant for a reaction at ${int(r,300,700)} K is ${int(r,2,90)}. Starting from ${int(r,1,5)}.0 mol of reactant in a ${int(r,1,10)} L flask, find the equilibrium concentrations.`,
  ],
  statistics: [
    (r) => `A sample of ${int(r,20,200)} students has a mean score of ${int(r,55,85)} with a standard deviation of ${int(r,5,15)}. Test at the 5% level whether the population mean exceeds ${int(r,50,80)}.`,
    (r) => `Two dice are rolled ${int(r,3,8)} times. What is the probability that a sum of ${int(r,5,10)} appears at least twice?`,
    (r) => `In a clinical trial, ${int(r,20,80)} of ${int(r,100,200)} patients respond to the drug and ${int(r,10,60)} of ${int(r,100,200)} to the placebo. Construct a 95% confidence interval for the difference in proportions.`,
  ],
  economics: [
    (r) => `Demand is Q = ${int(r,100,900)} - ${int(r,2,9)}P and supply is Q = ${int(r,2,9)}P - ${int(r,10,90)}. Find the equilibrium price, quantity, and the deadweight loss of a tax of ${int(r,2,20)} per unit.`,
    (r) => `A monopolist faces P = ${int(r,100,500)} - ${int(r,1,5)}Q with marginal cost ${int(r,10,60)}. Find the profit-maximising output, price and the consumer surplus.`,
    (r) => `GDP grows from ${int(r,1000,5000)} to ${int(r,5001,9000)} billion over ${int(r,3,12)} years while inflation averages ${int(r,1,6)}%. Compute the average real growth rate.`,
  ],
  finance: [
    (r) => `A bond with face value ${int(r,1,10)}000 pays a ${int(r,2,9)}% annual coupon and matures in ${int(r,3,30)} years. Find its price if the market yield is ${int(r,2,10)}%.`,
    (r) => `A loan of ${int(r,50,500)},000 at ${int(r,2,9)}.${int(r,0,9)}% annual interest is repaid monthly over ${int(r,10,30)} years. Find the monthly payment and the total interest paid.`,
    (r) => `A project costs ${int(r,100,900)},000 and returns ${int(r,20,300)},000 a year for ${int(r,3,10)} years. Find its net present value at a discount rate of ${int(r,4,15)}% and its internal rate of return.`,
  ],
  programming: [
    (r) => `Write a function that finds the longest increasing subsequence of an array of ${int(r,10,100000)} integers and analyse its time complexity.`,
    (r) => `Given a graph of ${int(r,5,50)} nodes with weighted edges, explain how Dijkstra's algorithm finds the shortest path from node ${int(r,0,4)} and implement it in Python.`,
    (r) => `Design an algorithm that merges ${int(r,3,20)} sorted linked lists of total length ${int(r,100,9000)} and prove its complexity.`,
  ],
  biology: [
    (r) => `In a population of ${int(r,200,9000)} individuals, the frequency of a recessive allele is 0.${int(r,10,60)}. Using Hardy-Weinberg, find the expected number of heterozygous carriers.`,
    (r) => `A bacterial culture doubles every ${int(r,15,90)} minutes. Starting with ${int(r,100,900)} cells, how many cells are present after ${int(r,3,12)} hours, and when does it reach one million?`,
    (r) => `A cross between two heterozygous pea plants for ${int(r,2,3)} independent traits is made. What fraction of ${int(r,100,1600)} offspring show the dominant phenotype for every trait?`,
  ],
  geometry: [
    (r) => `A triangle has sides of ${int(r,3,20)} cm, ${int(r,4,21)} cm and ${int(r,5,22)} cm. Find its area, its largest angle and the radius of its circumscribed circle.`,
    (r) => `A cone of height ${int(r,5,30)} cm and base radius ${int(r,2,15)} cm is cut by a plane parallel to the base at ${int(r,1,4)} cm from the apex. Find the volume of the frustum.`,
    (r) => `Find the equation of the circle through the points (${int(r,-5,5)}, ${int(r,-5,5)}), (${int(r,6,9)}, ${int(r,-5,5)}) and (${int(r,-5,5)}, ${int(r,6,9)}).`,
  ],
  logic: [
    (r) => `${int(r,3,7)} friends sit around a round table. Two of them refuse to sit together. In how many ways can they be seated?`,
    (r) => `A lock has ${int(r,3,6)} dials each with ${int(r,5,10)} digits, and no digit may repeat. How many combinations contain at least one even digit?`,
    (r) => `On an island, knights always tell the truth and knaves always lie. Of ${int(r,3,6)} inhabitants, person A says that exactly ${int(r,1,2)} of the others are knaves. Determine every consistent assignment.`,
  ],
  history: [
    (r) => `Analyse the economic causes of the ${pick(r,['French Revolution','fall of the Roman Republic','collapse of the Bretton Woods system','Great Depression','Industrial Revolution in Britain','partition of India'])} and weigh the relative importance of ${int(r,2,4)} of them.`,
    (r) => `Evaluate how ${pick(r,['the printing press','the steam engine','railways','the telegraph','antibiotics'])} changed ${pick(r,['trade','warfare','government','religion','cities'])} in ${int(r,16,20)}th-century Europe, citing specific events.`,
  ],
};
export const SUBJECT_NAMES = Object.keys(SUBJECTS);
export function problem(r, subject) {
  const s = subject ?? pick(r, SUBJECT_NAMES);
  return { subject: s, text: pick(r, SUBJECTS[s])(r) };
}

// The classic step-by-step ask: 300 variants (openers x closers), before or after the problem.
const SBS_OPEN = ['Solve this step by step.', 'Please work through this step by step.', 'Think step by step and solve:', 'Step by step, solve the following.', 'Go step by step:', 'Explain step-by-step:', 'Work it out step by step, please.', 'Reason step by step about this problem.', 'Show a step-by-step solution.', 'Let us go through it step by step.', 'I need a step by step answer.', 'Break it down step by step.', 'Walk through it step by step.', 'Solve step-by-step and box the result.', 'Take it one step at a time, step by step.'];
const TAIL = ['', ' Thanks!', ' Give the final answer at the end.', ' Be careful with units.', ' Explain as you go.', ' Check your answer.', ' State the final result clearly.', ' Please.', ' Keep it rigorous.', ' I am studying for an exam.', ' This is for homework practice.', ' Use standard notation.', ' Show each calculation.', ' Double-check the arithmetic.', ' End with the answer on its own line.', ' Use plain text.', ' Use LaTeX for formulas.', ' Be precise.', ' Please be clear.', ' I want to learn the method.'];
export function sbsAsk(r, p) {
  const o = pick(r, SBS_OPEN) + pick(r, TAIL);
  return r() < 0.5 ? `${o}\n\n${p}` : `${p}\n\n${o}`;
}

export const SYSTEM = 'You are a helpful tutor for university students.';

export function chatBody(model, system, user, maxTokens, extra = {}) {
  const messages = [];
  if (system) messages.push({ role: 'system', content: system });
  messages.push({ role: 'user', content: user });
  const b = { model, messages, temperature: 0.7, ...extra };
  if (maxTokens != null) b.max_tokens = maxTokens;
  return b;
}
export const tok = (s) => Math.ceil(s.length / 4);
export function promptTokens(body) {
  let c = 0;
  for (const m of body.messages ?? []) c += typeof m.content === 'string' ? m.content.length : JSON.stringify(m.content).length;
  if (body.response_format) c += JSON.stringify(body.response_format).length;
  if (body.tools) c += JSON.stringify(body.tools).length;
  return Math.ceil(c / 4) + 8 * (body.messages?.length ?? 1);
}

// Poisson arrivals between 06:00 and 23:00 for `perDay` asks a day over `days` days.
export const T0 = Date.UTC(2027, 0, 4, 0, 0, 0);
export function arrivals(r, perDay, days) {
  const out = [];
  const span = 17 * 3600e3;
  for (let d = 0; d < days; d++) {
    let t = T0 + d * 86400e3 + 6 * 3600e3;
    const end = t + span;
    const mean = span / perDay;
    for (;;) { t += -Math.log(1 - r()) * mean; if (t >= end) break; out.push(Math.round(t)); }
  }
  return out;
}

export function keyNet(k) { return { ip: `203.0.${(k * 37) % 250 + 1}.${(k * 11) % 250 + 2}`, asn: 64500 + k, country: 'US' }; }

export const POLICY = { defaults: { rpm: 600, tpm: 2000000, tpd: 50000000, concurrency: 64 } };

// lines: {ts, key, ip, asn, country, method, path, body, usage, tag}; tag ('harvest'/'cover') kept aside.
export function runReplay(name, lines) {
  lines.sort((a, b) => a.ts - b.ts);
  const trace = join(OUT, `${name}.trace.jsonl`);
  const dec = join(OUT, `${name}.decisions.jsonl`);
  const pol = join(OUT, 'policy.json');
  writeFileSync(pol, JSON.stringify(POLICY));
  writeFileSync(trace, lines.map(({ tag, ...l }) => JSON.stringify(l)).join('\n') + '\n');
  const res = spawnSync(process.execPath, [join(REPO, 'scripts/node22.mjs'), join(REPO, 'scripts/replay.ts'), '--trace', trace, '--out', dec, '--policy', pol, '--quiet'], { cwd: REPO, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (res.status !== 0) { process.stderr.write(res.stderr || ''); throw new Error(`replay failed for ${name}`); }
  const decisions = readFileSync(dec, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  return figures(lines, decisions);
}

export function figures(lines, decisions) {
  const f = { asks: 0, served: 0, degraded: 0, refused: 0, tokens: 0, full: 0, delivered: 0, cover: 0, coverTokens: 0, actions: {}, reasons: {}, maxScore: 0 };
  decisions.forEach((d) => {
    const l = lines[d.i];
    f.actions[d.action] = (f.actions[d.action] ?? 0) + 1;
    if (l.tag !== 'harvest') { if (l.tag === 'cover') { f.cover++; f.coverTokens += (l.usage?.completion_tokens ?? 0) + (l.usage?.prompt_tokens ?? 0); } return; }
    const c = l.usage?.completion_tokens ?? 0;
    f.asks++; f.tokens += c;
    f.maxScore = Math.max(f.maxScore, d.score ?? 0);
    for (const r of d.reasons ?? []) { const k = String(r).split(/[ :(]/)[0]; f.reasons[k] = (f.reasons[k] ?? 0) + 1; }
    if (!d.served) { f.refused++; return; }
    f.served++;
    if (d.degraded) { f.degraded++; f.delivered += Math.min(c, d.completion ?? c); }
    else { f.full += c; f.delivered += c; }
  });
  f.degradedShare = f.asks ? (f.degraded + f.refused) / f.asks : 0;
  f.fullShare = f.tokens ? f.full / f.tokens : 0;
  return f;
}

export function fmt(name, f) {
  const top = Object.entries(f.reasons).sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, v]) => `${k}:${v}`).join(' ');
  return `${name.padEnd(34)} asks ${String(f.asks).padStart(5)}  degraded/refused ${(100 * f.degradedShare).toFixed(1).padStart(5)} %  tokens in full ${(100 * f.fullShare).toFixed(1).padStart(5)} %  (refused ${f.refused}; cover reqs ${f.cover}) [${top}]`;
}
