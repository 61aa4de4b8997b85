// Suite C: labelled API traffic for evaluating an LLM edge guard (honest customers vs. harvesters).
// Emphasis: parameters and routes (logprobs, n, best_of, echo, logit_bias, tools / tool_result
// trajectories, Anthropic thinking and documents, embeddings, Responses API with reasoning),
// key rotation and hydras across networks, and honest heavy API users that look automated.
//
// Written without reading the detector. All prompt text is composed here.
//
// Usage: node --experimental-strip-types eval/suites/c/generate.ts [--seed N] [--out DIR]
// Writes DIR/trace.jsonl (replay trace, ordered by ts) and DIR/keys.json (labels).

import { mkdirSync, createWriteStream, writeFileSync } from "node:fs";
import { join } from "node:path";

// ---------------------------------------------------------------------------------------------
// CLI

function parseArgs(argv: string[]): { seed: number; out: string } {
  let seed = 1;
  let out = "eval/suites/c/out";
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--seed") seed = Number(argv[++i]);
    else if (a.startsWith("--seed=")) seed = Number(a.slice(7));
    else if (a === "--out") out = argv[++i];
    else if (a.startsWith("--out=")) out = a.slice(6);
    else if (a === "--help" || a === "-h") {
      console.log("usage: generate.ts [--seed N] [--out DIR]");
      process.exit(0);
    } else {
      console.error(`unknown argument: ${a}`);
      process.exit(2);
    }
  }
  if (!Number.isFinite(seed)) {
    console.error("--seed must be a number");
    process.exit(2);
  }
  return { seed: Math.trunc(seed), out };
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

class Rng {
  s: number;
  constructor(seed: number) {
    this.s = seed >>> 0 || 0x9e3779b9;
  }
  next(): number {
    // mulberry32
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  float(lo: number, hi: number): number {
    return lo + this.next() * (hi - lo);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(a: readonly T[]): T {
    return a[Math.floor(this.next() * a.length)];
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let tot = 0;
    for (const [, w] of items) tot += w;
    let r = this.next() * tot;
    for (const [v, w] of items) {
      r -= w;
      if (r <= 0) return v;
    }
    return items[items.length - 1][0];
  }
  normal(): number {
    const u = Math.max(1e-12, this.next());
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  // log-normal with given median and spread (sigma of the log)
  logn(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }
  exp(mean: number): number {
    return -Math.log(Math.max(1e-12, 1 - this.next())) * mean;
  }
  poisson(mean: number): number {
    if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal()));
    const L = Math.exp(-mean);
    let k = 0;
    let p = 1;
    do {
      k++;
      p *= this.next();
    } while (p > L);
    return k - 1;
  }
  shuffle<T>(a: T[]): T[] {
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  }
  sample<T>(a: readonly T[], k: number): T[] {
    return this.shuffle(a.slice()).slice(0, Math.min(k, a.length));
  }
  fork(label: string): Rng {
    return new Rng(fnv1a(label) ^ Math.floor(this.next() * 4294967296));
  }
}

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x));

// ---------------------------------------------------------------------------------------------
// Output model

type Usage = { prompt_tokens: number; completion_tokens: number };
type Net = { ip: string; asn: number; country: string };
type Ev = {
  ts: number;
  key: string;
  ip: string;
  asn: number;
  country: string;
  method: "POST";
  path: string;
  body: unknown;
  usage: Usage;
};
type Label = { scenario: string; class: "honest" | "distill"; family: string };

const events: Ev[] = [];
const labels: Record<string, Label> = {};

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MIN = 60_000;
const SEC = 1000;
const T0 = Date.UTC(2026, 2, 2, 0, 0, 0); // Monday 2 March 2026, 00:00 UTC
const DAYS = 3;
const T_END = T0 + DAYS * DAY;

let GLOBAL: Rng;

function newKey(rng: Rng, scenario: string, cls: "honest" | "distill", family: string): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  // key format independent of the class
  const prefix = GLOBAL.pick(["sk-", "sk-proj-", "sk-live-", "eg_"]);
  let k = prefix;
  const n = prefix === "eg_" ? 32 : 40;
  for (let i = 0; i < n; i++) k += alphabet[Math.floor(GLOBAL.next() * alphabet.length)];
  void rng;
  labels[k] = { scenario, class: cls, family };
  return k;
}

function emit(key: string, net: Net, ts: number, path: string, body: unknown, usage: Usage) {
  if (ts < T0 || ts >= T_END + 6 * HOUR) return;
  events.push({
    ts: Math.round(ts),
    key,
    ip: net.ip,
    asn: net.asn,
    country: net.country,
    method: "POST",
    path,
    body,
    usage: { prompt_tokens: Math.max(1, Math.round(usage.prompt_tokens)), completion_tokens: Math.max(0, Math.round(usage.completion_tokens)) },
  });
}

// ---------------------------------------------------------------------------------------------
// Token estimates (rough, per script)

function tok(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) n += 0.26;
    else if (c < 0x0600) n += 0.45; // Latin extended, Greek, Cyrillic
    else if (c < 0x0800) n += 0.5; // Arabic
    else if (c < 0x3000) n += 0.45; // Vietnamese precomposed, misc
    else n += 1.1; // CJK
  }
  return Math.max(1, Math.round(n));
}

function blockTok(c: unknown): number {
  if (c == null) return 0;
  if (typeof c === "string") return tok(c);
  if (Array.isArray(c)) return c.reduce((a: number, b) => a + blockTok(b), 0);
  if (typeof c === "object") {
    const o = c as Record<string, unknown>;
    if (o.type === "text") return tok(String(o.text));
    if (o.type === "thinking") return tok(String(o.thinking));
    if (o.type === "tool_use") return 8 + tok(JSON.stringify(o.input));
    if (o.type === "tool_result") return 6 + blockTok(o.content);
    if (o.type === "document") {
      const src = o.source as Record<string, unknown>;
      return 10 + tok(String(src.data ?? "")) + tok(String(o.title ?? ""));
    }
    return tok(JSON.stringify(o));
  }
  return 0;
}

type ChatMsg = Record<string, unknown>;

function chatPromptTokens(body: Record<string, unknown>): number {
  let n = 3;
  for (const m of body.messages as ChatMsg[]) {
    n += 4 + blockTok(m.content);
    if (m.tool_calls) n += tok(JSON.stringify(m.tool_calls));
  }
  if (body.tools) n += tok(JSON.stringify(body.tools));
  return n;
}

function anthropicPromptTokens(body: Record<string, unknown>): number {
  let n = 5;
  if (typeof body.system === "string") n += tok(body.system);
  else if (Array.isArray(body.system)) n += blockTok(body.system);
  for (const m of body.messages as ChatMsg[]) n += 4 + blockTok(m.content);
  if (body.tools) n += tok(JSON.stringify(body.tools));
  return n;
}

// ---------------------------------------------------------------------------------------------
// Networks (documentation ranges, private / shared address space, private-use ASNs: labels only)

const TZ: Record<string, number> = {
  US: -6, CA: -5, MX: -6, BR: -3, AR: -3, CO: -5, GB: 0, IE: 0, ES: 1, FR: 1, DE: 1, NL: 1, IT: 1, PL: 1, SE: 1, NO: 1,
  TR: 3, EG: 2, SA: 3, AE: 4, MA: 1, NG: 1, KE: 3, IN: 5.5, PK: 5, VN: 7, ID: 7, TH: 7, PH: 8, MY: 8, SG: 8, JP: 9, KR: 9, AU: 10,
};
const RES_COUNTRIES = Object.keys(TZ);

type Cloud = { asn: number; country: string; prefix: string };
const CLOUDS: Cloud[] = [
  { asn: 64496, country: "US", prefix: "198.51.100." },
  { asn: 64497, country: "US", prefix: "203.0.113." },
  { asn: 64498, country: "DE", prefix: "192.0.2." },
  { asn: 64499, country: "IE", prefix: "198.18.4." },
  { asn: 64500, country: "SG", prefix: "198.18.9." },
  { asn: 64501, country: "NL", prefix: "198.19.2." },
  { asn: 64502, country: "JP", prefix: "198.19.40." },
  { asn: 64503, country: "US", prefix: "198.18.77." },
  { asn: 64504, country: "BR", prefix: "198.19.120." },
  { asn: 64505, country: "IN", prefix: "198.18.200." },
];

function cloudNet(rng: Rng, country?: string): Net {
  const pool = country ? CLOUDS.filter((c) => c.country === country) : CLOUDS;
  const c = rng.pick(pool.length ? pool : CLOUDS);
  return { ip: c.prefix + rng.int(2, 254), asn: c.asn, country: c.country };
}

// residential ISPs: 5 per country, private-use ASNs, addresses in 100.64.0.0/10 and 10.0.0.0/8
function residentialNet(rng: Rng, country?: string): Net {
  const cc = country ?? rng.pick(RES_COUNTRIES);
  const ci = RES_COUNTRIES.indexOf(cc);
  const isp = rng.int(0, 4);
  const asn = 65000 + ci * 8 + isp;
  const ip =
    isp % 2 === 0
      ? `100.${64 + ((ci * 5 + isp) % 64)}.${rng.int(0, 255)}.${rng.int(1, 254)}`
      : `10.${(ci * 7 + isp) % 256}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
  return { ip, asn, country: cc };
}

function mobileNet(rng: Rng, country: string): Net {
  const ci = RES_COUNTRIES.indexOf(country);
  return { ip: `100.${64 + ((ci * 3 + 1) % 64)}.${rng.int(0, 255)}.${rng.int(1, 254)}`, asn: 4200000000 + ci, country };
}

// ---------------------------------------------------------------------------------------------
// Time

// relative activity by local hour
const PROFILE_HUMAN = [0.12, 0.07, 0.04, 0.03, 0.03, 0.05, 0.12, 0.3, 0.55, 0.75, 0.85, 0.9, 0.85, 0.85, 0.9, 0.95, 0.95, 0.9, 0.85, 0.9, 0.95, 0.85, 0.55, 0.28];
const PROFILE_STUDENT = [0.1, 0.05, 0.02, 0.02, 0.02, 0.03, 0.08, 0.2, 0.35, 0.4, 0.45, 0.45, 0.5, 0.6, 0.8, 0.95, 1.0, 1.0, 0.95, 1.0, 1.0, 0.9, 0.6, 0.3];
const PROFILE_OFFICE = [0, 0, 0, 0, 0, 0, 0, 0.05, 0.6, 1, 1, 0.95, 0.5, 0.85, 1, 1, 0.9, 0.6, 0.15, 0.05, 0.03, 0.02, 0, 0];
const PROFILE_BUSINESS = [0.05, 0.03, 0.02, 0.02, 0.02, 0.03, 0.1, 0.3, 0.7, 0.95, 1, 1, 0.8, 0.9, 1, 1, 0.95, 0.8, 0.5, 0.35, 0.3, 0.25, 0.15, 0.08];
const PROFILE_FLAT = new Array(24).fill(1);

function localHour(ts: number, country: string): number {
  const h = ((ts - T0) / HOUR + (TZ[country] ?? 0)) % 24;
  return (h + 24) % 24;
}

// a timestamp on simulated day `day` (0-based), following `profile` in local time of `country`
function diurnalTs(rng: Rng, day: number, country: string, profile: number[]): number {
  for (let i = 0; i < 200; i++) {
    const ts = T0 + day * DAY + rng.next() * DAY;
    if (rng.next() < profile[Math.floor(localHour(ts, country))]) return ts;
  }
  return T0 + day * DAY + rng.next() * DAY;
}

// human think-and-type gap before a follow-up
function humanGap(rng: Rng, median = 75 * SEC): number {
  return clamp(rng.logn(median, 0.7), 8 * SEC, 20 * MIN);
}

// ---------------------------------------------------------------------------------------------
// Text banks (all composed for this suite)

const fill = (t: string, v: Record<string, string | number>) => t.replace(/\{(\w+)\}/g, (_, k) => String(v[k] ?? `{${k}}`));

// General knowledge: field -> concepts
const FIELDS: Record<string, string[]> = {
  physics: ["quantum entanglement", "the photoelectric effect", "entropy", "time dilation in special relativity", "superconductivity", "the Doppler effect", "black-body radiation", "conservation of angular momentum", "wave-particle duality", "nuclear fusion in stars", "the Casimir effect", "Bernoulli's principle"],
  biology: ["CRISPR gene editing", "the Krebs cycle", "natural selection", "immunological memory", "epigenetics", "protein folding", "the human gut microbiome", "synaptic transmission", "the light reactions of photosynthesis", "mitochondrial inheritance", "horizontal gene transfer", "apoptosis"],
  economics: ["inflation", "comparative advantage", "the Phillips curve", "quantitative easing", "moral hazard", "price elasticity of demand", "the tragedy of the commons", "opportunity cost", "central bank independence", "network effects", "rent control", "the paradox of thrift"],
  computing: ["the CAP theorem", "garbage collection", "public-key cryptography", "the halting problem", "consistent hashing", "dynamic programming", "attention in transformer models", "B-trees", "TCP congestion control", "vector clocks", "copy-on-write", "Bloom filters"],
  history: ["the fall of the Western Roman Empire", "the causes of the French Revolution", "the Silk Road", "the Meiji Restoration", "the impact of the printing press", "the Cold War arms race", "the decline of the Ottoman Empire", "the Industrial Revolution in Britain", "decolonization in Africa", "the Hanseatic League", "the Congress of Vienna", "the Bronze Age collapse"],
  philosophy: ["Kant's categorical imperative", "utilitarianism", "the trolley problem", "Descartes' cogito", "existentialism", "the ship of Theseus", "Plato's allegory of the cave", "free will and determinism", "the is-ought problem", "virtue ethics", "the veil of ignorance", "Zeno's paradoxes"],
  medicine: ["how vaccines train the immune system", "type 2 diabetes", "antibiotic resistance", "general anesthesia", "the placebo effect", "hypertension", "the blood-brain barrier", "obstructive sleep apnea", "migraine", "mRNA vaccines", "sepsis", "statins"],
  law: ["civil law versus common law", "fair use in copyright", "the burden of proof", "consideration in contract law", "the GDPR right to erasure", "adverse possession", "the presumption of innocence", "non-compete clauses", "trademark dilution", "sovereign immunity", "strict liability", "habeas corpus"],
  mathematics: ["the fundamental theorem of calculus", "eigenvalues and eigenvectors", "Bayes' theorem", "the central limit theorem", "unique prime factorization", "the Fourier transform", "group theory", "Markov chains", "Gödel's incompleteness theorems", "the pigeonhole principle", "mathematical induction", "the law of large numbers"],
  chemistry: ["chemical equilibrium", "catalysis", "hydrogen bonding", "redox reactions", "pH and buffer solutions", "chirality", "polymerization", "periodic trends", "activation energy", "galvanic cells", "Le Chatelier's principle", "resonance structures"],
  earth: ["plate tectonics", "the greenhouse effect", "thermohaline circulation", "how hurricanes form", "the carbon cycle", "El Niño", "glacier dynamics", "earthquake magnitude scales", "soil erosion", "the ozone layer", "monsoons", "permafrost thaw"],
  finance: ["compound interest", "index funds", "why bond prices fall when yields rise", "diversification", "the Black-Scholes model", "the time value of money", "credit scores", "dollar-cost averaging", "inflation-linked bonds", "leverage", "duration risk", "the efficient market hypothesis"],
  psychology: ["cognitive dissonance", "the Dunning-Kruger effect", "confirmation bias", "classical conditioning", "working memory", "the bystander effect", "attachment theory", "loss aversion", "habit formation", "the spacing effect", "anchoring", "learned helplessness"],
  arts: ["magical realism", "the Petrarchan sonnet", "Impressionism", "the hero's journey", "unreliable narrators", "Baroque counterpoint", "the Harlem Renaissance", "minimalism in design", "film noir", "haiku", "chiaroscuro", "the Bauhaus"],
  engineering: ["how jet engines work", "load paths in bridges", "PID controllers", "lithium-ion battery degradation", "how a MOSFET works", "heat exchangers", "reinforced concrete", "signal-to-noise ratio", "gear ratios", "how GPS determines position", "fatigue failure in metals", "regenerative braking"],
};
const FIELD_NAMES = Object.keys(FIELDS);
const ALL_CONCEPTS = FIELD_NAMES.flatMap((f) => FIELDS[f]);

const Q_TEMPLATES = [
  "Explain {c} in simple terms.",
  "What is {c}, and why does it matter?",
  "Can you explain {c} with a concrete example?",
  "What are the most common misconceptions about {c}?",
  "How would you teach {c} to a high-school student?",
  "Compare {c} with {c2}. Where do they overlap and where do they differ?",
  "Give a detailed explanation of {c}, including its history and the current understanding.",
  "Summarize the key ideas behind {c} in five bullet points.",
  "Write an exam question about {c}, then answer it thoroughly.",
  "What would go wrong if people ignored {c}?",
  "Walk me through {c} as if I were a new graduate student.",
  "What are the open questions or debates around {c}?",
];

const CODE_TASKS = [
  "parses an ISO 8601 duration string into seconds",
  "merges overlapping intervals",
  "finds the longest palindromic substring",
  "implements an LRU cache with O(1) get and put",
  "validates a Sudoku board",
  "computes the edit distance between two strings",
  "serializes and deserializes a binary tree",
  "rate-limits calls with a token bucket",
  "detects a cycle in a directed graph",
  "converts a Roman numeral to an integer",
  "flattens an arbitrarily nested list",
  "returns the k most frequent words in a text",
  "computes the median of a data stream",
  "implements binary search on a rotated sorted array",
  "topologically sorts build targets and reports cycles",
  "parses a CSV line with quoted fields",
  "computes the shortest path in a weighted grid",
  "groups anagrams together",
  "evaluates an arithmetic expression with parentheses",
  "deduplicates records by fuzzy name matching",
];
const LANGS_CODE = ["Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#"];

const STORY_SEEDS = ["a lighthouse keeper who finds a message in a bottle", "a robot learning to bake bread", "two rival chess players stuck in an elevator", "a city where it never stops raining", "a botanist on a generation ship", "the last video-rental store on Earth", "a detective who can hear lies", "a grandmother's secret recipe", "a cartographer mapping a shifting desert", "an astronaut's first day back home"];
const EMAIL_SITUATIONS = ["asking a landlord to fix a broken heater", "declining a job offer politely", "requesting a deadline extension from a professor", "following up after a job interview", "apologizing to a customer for a late delivery", "asking a colleague to review a pull request", "negotiating a freelance rate", "inviting neighbours to a community clean-up"];

function mathWordProblemEn(rng: Rng): string {
  const t = rng.int(0, 7);
  const a = rng.int(2, 40), b = rng.int(2, 60), c = rng.int(3, 25);
  switch (t) {
    case 0: return `A shop raises the price of a jacket by ${a}% and later discounts it by ${b % 50 + 5}%. By what percentage has the final price changed relative to the original?`;
    case 1: return `${c} workers can build a wall in ${a + 3} days. How many days would ${c + rng.int(2, 12)} workers need, assuming they work at the same rate?`;
    case 2: return `Pipe A fills a tank in ${a + 2} hours and pipe B in ${b + 3} hours. Both are opened together. How long until the tank is full?`;
    case 3: return `In a room of ${c + 5} people everyone shakes hands with everyone else exactly once. How many handshakes take place?`;
    case 4: return `Find the minimum value of f(x) = ${c}x^2 - ${b}x + ${a}.`;
    case 5: return `A car travels ${a * 10} km at ${b + 40} km/h and then ${c * 10} km at ${a + 60} km/h. What is its average speed for the whole trip?`;
    case 6: return `How many positive integers less than ${a * 100 + b} are divisible by ${c % 7 + 3} or ${c % 5 + 4} but not both?`;
    default: return `A bag has ${a} red and ${b} blue marbles. Two are drawn without replacement. What is the probability that they have different colours?`;
  }
}

function generalQuestion(rng: Rng): string {
  const r = rng.next();
  if (r < 0.58) {
    const c = rng.pick(ALL_CONCEPTS);
    let c2 = rng.pick(ALL_CONCEPTS);
    if (c2 === c) c2 = rng.pick(ALL_CONCEPTS);
    return fill(rng.pick(Q_TEMPLATES), { c, c2 });
  }
  if (r < 0.72) return `Write a ${rng.pick(LANGS_CODE)} function that ${rng.pick(CODE_TASKS)}. Explain the approach and its complexity.`;
  if (r < 0.84) return mathWordProblemEn(rng);
  if (r < 0.92) return `Write a short story (about ${rng.pick([300, 500, 800])} words) about ${rng.pick(STORY_SEEDS)}.`;
  return `Draft an email ${rng.pick(EMAIL_SITUATIONS)}.`;
}

// Follow-ups used by people in conversations (English)
const FOLLOWUPS_EN = [
  "Can you give me a concrete example?", "Thanks. Can you make that shorter?", "I'm not sure I follow the second part, can you rephrase it?", "What would you recommend in my case?",
  "Ok and how does that compare with the alternative?", "Can you put that in a table?", "Is there a source I could read on this?", "Great, now can you turn that into a checklist?",
  "Hmm, that doesn't seem right to me. Are you sure?", "Can you expand on point 3?", "Write it in a more casual tone please.", "What are the downsides?",
];

// ---------------------------------------------------------------------------------------------
// Education app (students in several languages)

type Lang = "en" | "es" | "pt" | "id" | "tr" | "vi" | "fr";
type EduBank = { math: string[]; concepts: string[]; followups: string[]; step: string; fillers: string[] };
const EDU: Record<Lang, EduBank> = {
  en: {
    math: ["How do I solve {a}x + {b} = {c}?", "What is {p}% of {q}? Can you show me how to work it out?", "A train goes {d} km in {h} hours. What is its average speed?", "How do I add {f1} and {f2}?", "Find the area of a triangle with base {b} cm and height {h} cm.", "my homework says simplify {a}(x + {b}) - {h}x, how??"],
    concepts: ["Why does ice float on water?", "What is photosynthesis and why is it important?", "Can you explain what a metaphor is with examples?", "What caused the First World War?", "How does the water cycle work?", "What is the difference between mitosis and meiosis?", "What is Newton's second law?", "How do I find the main idea of a paragraph?", "What are prime numbers?", "Why do we have seasons?", "whats the difference between weather and climate", "How do vaccines work? its for a project"],
    followups: ["I don't get step 2, can you explain it differently?", "Can you give me another example?", "So is the answer {x}?", "Why did you divide there?", "Can you make it simpler?", "Thanks! Can you give me a practice problem?", "ok what about if the numbers are negative"],
    step: "Step", fillers: ["First, write down what we know.", "Next, we isolate the unknown on one side.", "Now we simplify both sides.", "Let's check the result by substituting it back.", "Think of it like sharing sweets equally between friends.", "This works because both sides must stay balanced."],
  },
  es: {
    math: ["¿Cómo resuelvo {a}x + {b} = {c}?", "¿Cuánto es el {p}% de {q}? ¿Me explicas cómo se calcula?", "Un tren recorre {d} km en {h} horas. ¿Cuál es su velocidad media?", "¿Cómo sumo {f1} y {f2}?", "Calcula el área de un triángulo de base {b} cm y altura {h} cm.", "me piden simplificar {a}(x + {b}) - {h}x y no sé"],
    concepts: ["¿Por qué el hielo flota en el agua?", "¿Qué es la fotosíntesis?", "¿Qué es una metáfora? Dame ejemplos", "¿Cuáles fueron las causas de la independencia de México?", "¿Cómo funciona el ciclo del agua?", "¿Cuál es la diferencia entre mitosis y meiosis?", "Explícame la segunda ley de Newton", "¿Qué son los números primos?", "¿Por qué hay estaciones en el año?", "como funcionan las vacunas? es para una exposición"],
    followups: ["No entiendo el paso 2, ¿me lo explicas de otra forma?", "¿Me das otro ejemplo?", "Entonces, ¿la respuesta es {x}?", "¿Por qué dividiste ahí?", "¿Puedes explicarlo más fácil?", "¡Gracias! ¿Me das un ejercicio para practicar?"],
    step: "Paso", fillers: ["Primero anotamos lo que sabemos.", "Después dejamos la incógnita sola en un lado.", "Ahora simplificamos ambos lados.", "Comprobamos el resultado sustituyendo.", "Piensa que la balanza debe quedar equilibrada."],
  },
  pt: {
    math: ["Como resolvo {a}x + {b} = {c}?", "Quanto é {p}% de {q}? Pode me mostrar como calcular?", "Um trem percorre {d} km em {h} horas. Qual é a velocidade média?", "Como somo {f1} e {f2}?", "Qual é a área de um triângulo com base {b} cm e altura {h} cm?", "como simplifica {a}(x + {b}) - {h}x ??"],
    concepts: ["Por que o gelo flutua na água?", "O que é fotossíntese?", "O que é uma metáfora? Me dá exemplos", "Quais foram as causas da Independência do Brasil?", "Como funciona o ciclo da água?", "Qual a diferença entre mitose e meiose?", "Me explica a segunda lei de Newton", "O que são números primos?", "Por que existem as estações do ano?"],
    followups: ["Não entendi o passo 2, pode explicar de outro jeito?", "Pode dar outro exemplo?", "Então a resposta é {x}?", "Por que você dividiu aí?", "Pode explicar mais fácil?", "Valeu! Me passa um exercício pra treinar?"],
    step: "Passo", fillers: ["Primeiro anotamos o que sabemos.", "Depois isolamos a incógnita de um lado.", "Agora simplificamos os dois lados.", "Conferimos o resultado substituindo.", "Pense numa balança que precisa ficar equilibrada."],
  },
  id: {
    math: ["Bagaimana cara menyelesaikan {a}x + {b} = {c}?", "Berapa {p}% dari {q}? Tolong jelaskan caranya.", "Sebuah kereta menempuh {d} km dalam {h} jam. Berapa kecepatan rata-ratanya?", "Bagaimana cara menjumlahkan {f1} dan {f2}?", "Hitung luas segitiga dengan alas {b} cm dan tinggi {h} cm.", "kak gimana cara sederhanakan {a}(x + {b}) - {h}x"],
    concepts: ["Kenapa es bisa mengapung di air?", "Apa itu fotosintesis?", "Apa itu majas metafora? Beri contoh", "Apa penyebab Perang Diponegoro?", "Bagaimana siklus air terjadi?", "Apa beda mitosis dan meiosis?", "Jelaskan hukum Newton kedua", "Apa itu bilangan prima?", "Kenapa di Indonesia ada musim hujan dan kemarau?"],
    followups: ["Aku belum paham langkah 2, bisa dijelaskan dengan cara lain?", "Bisa kasih contoh lain?", "Jadi jawabannya {x}?", "Kenapa dibagi di situ?", "Bisa dijelaskan lebih sederhana?", "Makasih! Boleh minta soal latihan?"],
    step: "Langkah", fillers: ["Pertama, tuliskan apa yang diketahui.", "Lalu pindahkan variabel ke satu sisi.", "Sekarang sederhanakan kedua sisi.", "Cek hasilnya dengan substitusi.", "Bayangkan timbangan yang harus tetap seimbang."],
  },
  tr: {
    math: ["{a}x + {b} = {c} denklemini nasıl çözerim?", "{q} liranın yüzde {p} kadarı ne eder? Nasıl hesaplanır?", "Bir tren {h} saatte {d} km yol alıyor. Ortalama hızı nedir?", "{f1} ile {f2} kesirlerini nasıl toplarım?", "Tabanı {b} cm, yüksekliği {h} cm olan üçgenin alanı nedir?", "{a}(x + {b}) - {h}x ifadesini sadeleştirmem lazım yardım"],
    concepts: ["Buz neden suyun üzerinde yüzer?", "Fotosentez nedir, neden önemlidir?", "Metafor nedir? Örnek verir misin?", "Kurtuluş Savaşı'nın nedenleri nelerdir?", "Su döngüsü nasıl işler?", "Mitoz ile mayoz arasındaki fark nedir?", "Newton'un ikinci yasasını açıklar mısın?", "Asal sayılar nedir?", "Mevsimler neden oluşur?"],
    followups: ["2. adımı anlamadım, başka şekilde anlatır mısın?", "Başka bir örnek verir misin?", "Yani cevap {x} mi?", "Orada neden böldün?", "Daha basit anlatabilir misin?", "Teşekkürler! Alıştırma için bir soru verir misin?"],
    step: "Adım", fillers: ["Önce bildiklerimizi yazalım.", "Sonra bilinmeyeni bir tarafta yalnız bırakalım.", "Şimdi iki tarafı da sadeleştirelim.", "Sonucu yerine koyarak kontrol edelim.", "Dengede kalması gereken bir terazi düşün."],
  },
  vi: {
    math: ["Làm sao để giải phương trình {a}x + {b} = {c}?", "{p}% của {q} là bao nhiêu? Bạn chỉ mình cách tính với.", "Một đoàn tàu đi {d} km trong {h} giờ. Vận tốc trung bình là bao nhiêu?", "Cộng hai phân số {f1} và {f2} như thế nào?", "Tính diện tích tam giác có đáy {b} cm và chiều cao {h} cm.", "rút gọn {a}(x + {b}) - {h}x giúp mình với"],
    concepts: ["Tại sao băng nổi trên mặt nước?", "Quang hợp là gì?", "Ẩn dụ là gì? Cho mình ví dụ", "Ý nghĩa lịch sử của chiến thắng Điện Biên Phủ là gì?", "Vòng tuần hoàn của nước diễn ra như thế nào?", "Nguyên phân và giảm phân khác nhau thế nào?", "Giải thích định luật II Newton giúp mình", "Số nguyên tố là gì?", "Tại sao có các mùa trong năm?"],
    followups: ["Mình chưa hiểu bước 2, bạn giải thích cách khác được không?", "Cho mình thêm một ví dụ nữa nhé?", "Vậy đáp án là {x} đúng không?", "Sao chỗ đó lại chia?", "Giải thích đơn giản hơn được không?", "Cảm ơn! Cho mình một bài tập để luyện nhé?"],
    step: "Bước", fillers: ["Đầu tiên, ghi lại những gì đã biết.", "Tiếp theo, chuyển ẩn số về một vế.", "Bây giờ rút gọn hai vế.", "Kiểm tra lại bằng cách thay vào.", "Hãy tưởng tượng một chiếc cân phải luôn thăng bằng."],
  },
  fr: {
    math: ["Comment résoudre {a}x + {b} = {c} ?", "Combien font {p} % de {q} ? Tu peux me montrer le calcul ?", "Un train parcourt {d} km en {h} heures. Quelle est sa vitesse moyenne ?", "Comment additionner {f1} et {f2} ?", "Calcule l'aire d'un triangle de base {b} cm et de hauteur {h} cm.", "je dois simplifier {a}(x + {b}) - {h}x je comprends rien"],
    concepts: ["Pourquoi la glace flotte-t-elle sur l'eau ?", "C'est quoi la photosynthèse ?", "Qu'est-ce qu'une métaphore ? Donne-moi des exemples", "Quelles sont les causes de la Révolution française ?", "Comment fonctionne le cycle de l'eau ?", "Quelle est la différence entre mitose et méiose ?", "Explique-moi la deuxième loi de Newton", "C'est quoi un nombre premier ?", "Pourquoi y a-t-il des saisons ?"],
    followups: ["Je ne comprends pas l'étape 2, tu peux l'expliquer autrement ?", "Tu peux me donner un autre exemple ?", "Donc la réponse c'est {x} ?", "Pourquoi tu divises à cet endroit ?", "Tu peux expliquer plus simplement ?", "Merci ! Tu peux me donner un exercice pour m'entraîner ?"],
    step: "Étape", fillers: ["D'abord, on note ce qu'on sait.", "Ensuite, on isole l'inconnue d'un côté.", "Maintenant on simplifie les deux côtés.", "On vérifie en remplaçant.", "Imagine une balance qui doit rester en équilibre."],
  },
};

function eduVars(rng: Rng): Record<string, string | number> {
  const d1 = rng.int(2, 9), d2 = rng.int(2, 12);
  return { a: rng.int(2, 12), b: rng.int(1, 40), c: rng.int(10, 120), p: rng.pick([5, 10, 12, 15, 20, 25, 30, 40, 75]), q: rng.int(2, 80) * 10, d: rng.int(6, 90) * 10, h: rng.int(2, 9), f1: `${rng.int(1, d1 - 1)}/${d1}`, f2: `${rng.int(1, d2 - 1)}/${d2}`, x: rng.int(2, 30) };
}
function eduQuestion(rng: Rng, lang: Lang): string {
  const bank = EDU[lang];
  return fill(rng.chance(0.55) ? rng.pick(bank.math) : rng.pick(bank.concepts), eduVars(rng));
}
function stepAnswer(rng: Rng, lang: Lang, nSteps: number): string {
  const b = EDU[lang];
  const parts: string[] = [];
  for (let i = 1; i <= nSteps; i++) parts.push(`**${b.step} ${i}.** ${rng.pick(b.fillers)} ${rng.pick(b.fillers)}`);
  return parts.join("\n\n");
}

// ---------------------------------------------------------------------------------------------
// Native-language reasoning harvest banks (Turkish, Vietnamese, Indonesian, Polish, Arabic)

type HLang = "tr" | "vi" | "id" | "pl" | "ar";
type HarvestBank = { sys: string[]; math: string[]; conceptT: string; concepts: string[]; angles: string[]; codeT: string; tasks: string[]; demand: string[] };
const HARVEST: Record<HLang, HarvestBank> = {
  tr: {
    sys: ["Sen titiz bir uzmansın. Her soruyu adım adım çöz, akıl yürütmeni ayrıntılı biçimde yaz ve sonunda kesin cevabı ver.", "Cevap vermeden önce tüm düşünce sürecini adım adım açıkla. Her adımın gerekçesini yaz. Son satırda yalnızca sonucu belirt."],
    math: ["Bir mağaza bir ürünün fiyatını önce %{p} artırıyor, sonra %{q} indiriyor. Son fiyat ilk fiyata göre yüzde kaç değişmiştir?", "{a} işçi bir işi {b} günde bitiriyor. {c} işçi aynı işi kaç günde bitirir?", "Bir havuzu A musluğu {a} saatte, B musluğu {b} saatte dolduruyor. İkisi birlikte açılırsa havuz kaç saatte dolar?", "{n} kişilik bir grupta herkes birbiriyle bir kez tokalaşıyor. Toplam kaç tokalaşma olur?", "f(x) = {a}x² − {b}x + {c} fonksiyonunun minimum değerini bul.", "Bir torbada {a} kırmızı ve {b} mavi bilye var. Çekilen iki bilyenin farklı renkte olma olasılığı nedir?"],
    conceptT: "{concept} konusunu {angle} derinlemesine açıkla; önce temel kavramları tanımla, sonra mantığını adım adım kur.",
    concepts: ["enflasyon ile faiz arasındaki ilişki", "kuantum dolanıklık", "doğal seçilim", "ortak malların trajedisi", "yapay sinir ağlarında geri yayılım", "Osmanlı'da tımar sistemi", "fotoelektrik olay", "Nash dengesi", "entropi", "sözleşme hukukunda irade uyuşması", "bağışıklık hafızası", "karbon döngüsü", "merkezi limit teoremi", "para politikası"],
    angles: ["tarihsel gelişimiyle birlikte", "gündelik hayattan örneklerle", "matematiksel temelleriyle", "yaygın yanılgılara değinerek"],
    codeT: "Bir Python fonksiyonu yaz: {task}. Önce algoritmayı adım adım tasarla, karmaşıklığını analiz et, sonra kodu ver.",
    tasks: ["bir dizideki en uzun artan alt diziyi bulsun", "iki sıralı listeyi birleştirsin", "bir metinde en sık geçen kelimeyi bulsun", "ağırlıklı bir grafikte en kısa yolu bulsun", "parantezlerin dengeli olup olmadığını kontrol etsin", "bir sayının asal çarpanlarını döndürsün"],
    demand: ["Adım adım düşün.", "Her adımı gerekçesiyle açıkla.", "Çözümünü ayrıntılı göster.", "Akıl yürütmeni adım adım yaz, sonra cevabı ver.", "Tüm ara hesaplamaları göster ve neden öyle yaptığını açıkla."],
  },
  vi: {
    sys: ["Bạn là một chuyên gia cẩn thận. Hãy suy nghĩ từng bước, trình bày chi tiết toàn bộ quá trình lập luận rồi mới đưa ra đáp án cuối cùng.", "Trước khi trả lời, hãy giải thích đầy đủ chuỗi suy luận của bạn, nêu lý do cho từng bước. Dòng cuối chỉ ghi kết quả."],
    math: ["Một cửa hàng tăng giá một sản phẩm {p}% rồi giảm {q}%. Giá cuối cùng thay đổi bao nhiêu phần trăm so với giá ban đầu?", "{a} công nhân làm xong một công việc trong {b} ngày. Hỏi {c} công nhân làm xong trong bao nhiêu ngày?", "Vòi A chảy đầy bể trong {a} giờ, vòi B trong {b} giờ. Nếu mở cả hai vòi cùng lúc thì bao lâu bể đầy?", "Trong một nhóm {n} người, mỗi người bắt tay mọi người khác đúng một lần. Có tất cả bao nhiêu cái bắt tay?", "Tìm giá trị nhỏ nhất của hàm số f(x) = {a}x² − {b}x + {c}.", "Một túi có {a} bi đỏ và {b} bi xanh. Lấy ngẫu nhiên hai bi, xác suất hai bi khác màu là bao nhiêu?"],
    conceptT: "Hãy giải thích sâu về {concept} {angle}: trước hết định nghĩa các khái niệm cơ bản, sau đó xây dựng lập luận từng bước.",
    concepts: ["mối quan hệ giữa lạm phát và lãi suất", "rối lượng tử", "chọn lọc tự nhiên", "bi kịch của mảnh đất công", "thuật toán lan truyền ngược trong mạng nơ-ron", "hiệu ứng quang điện", "cân bằng Nash", "entropy", "trí nhớ miễn dịch", "chu trình carbon", "định lý giới hạn trung tâm", "chính sách tiền tệ", "cải cách ruộng đất", "thuyết tương đối hẹp"],
    angles: ["kèm theo lịch sử phát triển", "với các ví dụ trong đời sống", "kèm cơ sở toán học", "chỉ ra những hiểu lầm phổ biến"],
    codeT: "Viết một hàm Python để {task}. Trước tiên hãy thiết kế thuật toán từng bước, phân tích độ phức tạp, rồi mới viết mã.",
    tasks: ["tìm dãy con tăng dài nhất trong một mảng", "gộp hai danh sách đã sắp xếp", "tìm từ xuất hiện nhiều nhất trong một đoạn văn", "tìm đường đi ngắn nhất trong đồ thị có trọng số", "kiểm tra một chuỗi ngoặc có cân bằng hay không", "phân tích một số thành thừa số nguyên tố"],
    demand: ["Hãy suy nghĩ từng bước.", "Giải thích lý do từng bước.", "Trình bày lời giải chi tiết.", "Hãy lập luận từng bước rồi mới kết luận.", "Ghi rõ mọi phép tính trung gian và giải thích vì sao."],
  },
  id: {
    sys: ["Kamu adalah pakar yang teliti. Pikirkan langkah demi langkah, tuliskan seluruh proses penalaranmu secara rinci, lalu berikan jawaban akhir.", "Sebelum menjawab, jelaskan rantai penalaranmu secara lengkap dan berikan alasan untuk setiap langkah. Baris terakhir hanya berisi hasil akhir."],
    math: ["Sebuah toko menaikkan harga barang sebesar {p}% lalu memberi diskon {q}%. Berapa persen perubahan harga akhir dibanding harga awal?", "{a} pekerja dapat menyelesaikan sebuah pekerjaan dalam {b} hari. Berapa hari yang dibutuhkan {c} pekerja?", "Keran A mengisi kolam dalam {a} jam dan keran B dalam {b} jam. Jika keduanya dibuka bersamaan, berapa lama kolam penuh?", "Dalam kelompok {n} orang, setiap orang berjabat tangan dengan semua orang lain tepat satu kali. Berapa banyak jabat tangan?", "Tentukan nilai minimum fungsi f(x) = {a}x² − {b}x + {c}.", "Sebuah kantong berisi {a} kelereng merah dan {b} kelereng biru. Dua kelereng diambil acak. Berapa peluang warnanya berbeda?"],
    conceptT: "Jelaskan secara mendalam tentang {concept} {angle}: definisikan dulu konsep dasarnya, lalu bangun penalarannya langkah demi langkah.",
    concepts: ["hubungan inflasi dan suku bunga", "keterikatan kuantum", "seleksi alam", "tragedi milik bersama", "algoritma backpropagation", "efek fotolistrik", "keseimbangan Nash", "entropi", "memori sistem imun", "siklus karbon", "teorema limit pusat", "kebijakan moneter bank sentral", "hukum kontrak", "relativitas khusus"],
    angles: ["beserta sejarah perkembangannya", "dengan contoh dari kehidupan sehari-hari", "beserta dasar matematisnya", "dengan membahas miskonsepsi yang umum"],
    codeT: "Tulis fungsi Python untuk {task}. Rancang algoritmanya langkah demi langkah, analisis kompleksitasnya, baru tuliskan kodenya.",
    tasks: ["mencari subbarisan naik terpanjang dalam array", "menggabungkan dua list yang sudah terurut", "mencari kata yang paling sering muncul dalam teks", "mencari jalur terpendek pada graf berbobot", "memeriksa apakah tanda kurung seimbang", "memfaktorkan bilangan menjadi faktor prima"],
    demand: ["Pikirkan langkah demi langkah.", "Jelaskan alasan setiap langkah.", "Tunjukkan penyelesaian secara rinci.", "Uraikan penalaranmu langkah demi langkah, lalu simpulkan.", "Tulis semua perhitungan antara dan jelaskan alasannya."],
  },
  pl: {
    sys: ["Jesteś skrupulatnym ekspertem. Rozwiązuj każde zadanie krok po kroku, szczegółowo opisz cały tok rozumowania, a na końcu podaj ostateczną odpowiedź.", "Zanim odpowiesz, wyjaśnij pełny łańcuch rozumowania i uzasadnij każdy krok. W ostatniej linii podaj tylko wynik."],
    math: ["Sklep podnosi cenę produktu o {p}%, a następnie obniża ją o {q}%. O ile procent zmieniła się cena końcowa względem początkowej?", "{a5} robotników wykonuje pracę w {b} dni. W ile dni wykona ją {c5} robotników?", "Kran A napełnia basen w {a} godz., a kran B w {b} godz. Ile czasu zajmie napełnienie basenu, gdy oba krany są otwarte?", "W grupie {n} osób każdy wita się z każdym dokładnie raz. Ile jest powitań?", "Znajdź najmniejszą wartość funkcji f(x) = {a}x² − {b}x + {c}.", "W worku jest {a5} kul czerwonych i {b5} niebieskich. Losujemy dwie kule. Jakie jest prawdopodobieństwo, że będą różnych kolorów?"],
    conceptT: "Wyjaśnij dogłębnie zagadnienie: {concept}, {angle}. Najpierw zdefiniuj podstawowe pojęcia, potem zbuduj rozumowanie krok po kroku.",
    concepts: ["związek inflacji ze stopami procentowymi", "splątanie kwantowe", "dobór naturalny", "tragedia wspólnego pastwiska", "propagacja wsteczna w sieciach neuronowych", "efekt fotoelektryczny", "równowaga Nasha", "entropia", "pamięć immunologiczna", "obieg węgla w przyrodzie", "centralne twierdzenie graniczne", "polityka pieniężna banku centralnego", "rozbiory Polski", "szczególna teoria względności"],
    angles: ["wraz z historią rozwoju", "na przykładach z życia codziennego", "wraz z podstawami matematycznymi", "omawiając częste błędne przekonania"],
    codeT: "Napisz funkcję w Pythonie, która {task}. Najpierw zaprojektuj algorytm krok po kroku, przeanalizuj złożoność, a dopiero potem podaj kod.",
    tasks: ["znajduje najdłuższy rosnący podciąg w tablicy", "scala dwie posortowane listy", "znajduje najczęściej występujące słowo w tekście", "wyznacza najkrótszą ścieżkę w grafie ważonym", "sprawdza, czy nawiasy są zrównoważone", "rozkłada liczbę na czynniki pierwsze"],
    demand: ["Myśl krok po kroku.", "Uzasadnij każdy krok.", "Przedstaw szczegółowe rozwiązanie.", "Opisz rozumowanie krok po kroku, a potem podaj wniosek.", "Pokaż wszystkie obliczenia pośrednie i wyjaśnij, skąd się biorą."],
  },
  ar: {
    sys: ["أنت خبير دقيق. فكّر خطوة بخطوة، واكتب عملية الاستدلال كاملة بالتفصيل، ثم قدّم الإجابة النهائية.", "قبل أن تجيب، اشرح سلسلة تفكيرك كاملة وبرّر كل خطوة. اكتب في السطر الأخير النتيجة فقط."],
    math: ["رفع متجر سعر منتج بنسبة {p}% ثم خفّضه بنسبة {q}%. بكم في المئة تغيّر السعر النهائي مقارنة بالسعر الأصلي؟", "ينجز {a} عمال عملاً ما في {b} أيام. في كم يوماً ينجزه {c} عمال؟", "يملأ الصنبور أ حوضاً في {a} ساعات، ويملؤه الصنبور ب في {b} ساعات. إذا فُتح الصنبوران معاً، ففي كم ساعة يمتلئ الحوض؟", "في مجموعة من {n} شخصاً يصافح كل شخص جميع الآخرين مرة واحدة. كم عدد المصافحات؟", "أوجد القيمة الصغرى للدالة f(x) = {a}x² − {b}x + {c}.", "في كيس {a} كرات حمراء و{b} كرات زرقاء. سُحبت كرتان عشوائياً. ما احتمال أن تكونا بلونين مختلفين؟"],
    conceptT: "اشرح بعمق موضوع {concept} {angle}: عرّف أولاً المفاهيم الأساسية، ثم ابنِ الاستدلال خطوة بخطوة.",
    concepts: ["العلاقة بين التضخم وأسعار الفائدة", "التشابك الكمي", "الانتقاء الطبيعي", "مأساة المشاع", "خوارزمية الانتشار العكسي", "الظاهرة الكهروضوئية", "توازن ناش", "الإنتروبيا", "الذاكرة المناعية", "دورة الكربون", "نظرية النهاية المركزية", "السياسة النقدية للبنوك المركزية", "أصول الفقه المقارن", "النسبية الخاصة"],
    angles: ["مع تطوره التاريخي", "مع أمثلة من الحياة اليومية", "مع أسسه الرياضية", "مع التطرق إلى المفاهيم الخاطئة الشائعة"],
    codeT: "اكتب دالة بلغة بايثون {task}. صمّم الخوارزمية خطوة بخطوة أولاً، وحلّل تعقيدها، ثم اكتب الشيفرة.",
    tasks: ["تجد أطول متتالية جزئية متزايدة في مصفوفة", "تدمج قائمتين مرتبتين", "تجد الكلمة الأكثر تكراراً في نص", "تجد أقصر مسار في رسم بياني موزون", "تتحقق من توازن الأقواس", "تحلل عدداً إلى عوامله الأولية"],
    demand: ["فكّر خطوة بخطوة.", "علّل كل خطوة.", "اعرض الحل بالتفصيل.", "اشرح استدلالك خطوة بخطوة ثم استنتج.", "اكتب كل الحسابات الوسيطة واشرح سببها."],
  },
};

function harvestQuestion(rng: Rng, lang: HLang): string {
  const b = HARVEST[lang];
  const v = { p: rng.int(5, 60), q: rng.int(5, 50), a: rng.int(3, 10), b: rng.int(3, 10), c: rng.int(3, 10), a5: rng.int(5, 30), b5: rng.int(5, 30), c5: rng.int(5, 40), n: rng.int(11, 60), concept: rng.pick(b.concepts), angle: rng.pick(b.angles), task: rng.pick(b.tasks) };
  const r = rng.next();
  let q: string;
  if (r < 0.45) q = fill(rng.pick(b.math), v);
  else if (r < 0.8) q = fill(b.conceptT, v);
  else q = fill(b.codeT, v);
  return `${q} ${rng.pick(b.demand)}`;
}

// ---------------------------------------------------------------------------------------------
// Content writing

const CW_SUBJECTS = [
  "how to start composting in a small apartment", "choosing between a fixed and a variable mortgage", "the history of the bicycle", "remote onboarding for engineering teams", "what to pack for a week of winter hiking",
  "why sleep matters for athletes", "a beginner's guide to sourdough", "cybersecurity basics for small law firms", "how heat pumps work", "the rise of electric cargo bikes in cities", "planning a budget wedding",
  "caring for indoor ferns", "the economics of solar panels for homeowners", "how to write a cover letter that gets read", "hidden costs of owning a dog", "managing screen time for teenagers",
  "what a product manager actually does", "sustainable fashion on a budget", "the basics of index investing", "how coffee is decaffeinated", "visiting Lisbon in three days", "accessible web design",
  "what to know before adopting a cat", "the benefits of strength training after 50", "a guide to reading nutrition labels", "why bees matter for agriculture", "how to run an effective retrospective",
  "lessons from the history of containerized shipping", "how to negotiate a salary", "first steps in learning the piano as an adult", "how noise-cancelling headphones work", "the psychology of habit streaks",
  "preparing a home for a heatwave", "choosing a CRM for a 10-person company", "how to photograph the night sky with a phone", "the basics of GDPR for e-commerce", "meal prepping for a busy week",
  "how credit card interest is calculated", "the story of the humble paperclip", "how to write clear API documentation", "why cities are planting micro-forests", "what to expect at a first therapy session",
  "a guide to travel insurance", "the history of chess engines", "how to reduce food waste in restaurants", "an introduction to birdwatching", "why typography matters in branding", "how VAT works for freelancers in the EU",
  "restoring a vintage wooden chair", "what makes a good onboarding email", "the science of sourcing ethical chocolate", "how to choose running shoes", "building a home office on a budget", "the benefits of learning a second language",
];
const CW_FORMATS = ["blog post", "long-form guide", "newsletter issue", "opinion column", "product landing page", "case study", "FAQ page", "LinkedIn article", "listicle", "three-email nurture sequence"];
const CW_AUDIENCES = ["first-time buyers", "small-business owners", "busy parents", "university students", "retirees", "HR managers", "engineering leads", "outdoor enthusiasts", "a general audience", "healthcare professionals"];
const CW_TONES = ["friendly and practical", "authoritative but warm", "playful", "formal", "conversational", "inspirational", "no-nonsense"];
const CW_EXTRAS = ["", "", " Include a short FAQ at the end.", " Add three suggested titles first.", " Include a call to action for our newsletter.", " Use at least four subheadings.", " Mention one common mistake and how to avoid it.", " Write it in Spanish.", " Write it in German.", " Add a meta description under 155 characters."];

// ---------------------------------------------------------------------------------------------
// Translation service

const TR_SENTENCES = [
  "Thank you for choosing our service; we are delighted to welcome you on board.", "Your order has been shipped and should arrive within three to five business days.", "To reset your password, click the link below and follow the instructions.",
  "Please note that refunds are processed within ten working days of receiving the returned item.", "Our support team is available Monday to Friday from 9 a.m. to 6 p.m.", "The warranty does not cover damage caused by improper use or unauthorized repairs.",
  "If you have any questions about your invoice, reply to this email and we will get back to you.", "The new dashboard lets you track usage, export reports and manage team permissions in one place.", "Before installing the update, make sure your device is connected to a power source.",
  "By continuing to use the application, you agree to the updated terms of service.", "We have detected an unusual sign-in attempt on your account.", "Hi {{name}}, your subscription will renew automatically on {{date}}.",
  "The meeting has been moved to Thursday at 14:00 in conference room B.", "Each unit is tested at our facility before it leaves the warehouse.", "Data is encrypted in transit and at rest using industry-standard algorithms.",
  "Customers in the European Union may withdraw from the contract within fourteen days.", "Wash at 30 °C, do not tumble dry, and iron on a low setting.", "Our mission is to make sustainable products affordable for every household.",
  "Select the language you prefer from the settings menu in the top right corner.", "This product contains small parts and is not suitable for children under three years of age.", "The quarterly results exceeded expectations, driven by strong demand in Asia.",
  "Employees must complete the safety training before accessing the production floor.", "In case of a power outage, the system saves your progress automatically.", "The hotel offers free breakfast, a rooftop pool and airport transfers on request.",
  "Please bring a valid photo ID and your booking confirmation to the check-in desk.", "The tenant is responsible for minor repairs and the landlord for structural maintenance.", "Any dispute arising from this agreement shall be settled by the courts of the seller's domicile.",
  "The battery lasts up to twelve hours under typical use and charges fully in ninety minutes.", "We value your feedback and use it to improve every release.", "Click 'Save changes' to apply the new settings to all projects in this workspace.",
  "Delivery to remote islands may take up to two additional days.", "Our recipes are developed by nutritionists and tested by home cooks.", "## Getting started\n\n1. Create an account.\n2. Verify your email address.\n3. Invite your team.",
  "The exhibition explores how artists responded to rapid urban change in the early twentieth century.", "Patients should fast for eight hours before the procedure.", "All prices include VAT unless stated otherwise.",
];
const TR_TARGETS = ["Spanish", "German", "French", "Brazilian Portuguese", "Japanese", "Turkish", "Polish", "Vietnamese", "Indonesian", "Arabic", "Italian", "Dutch", "Korean", "Swedish"];

function translationSource(rng: Rng, nSent: number): string {
  const out: string[] = [];
  let para: string[] = [];
  for (let i = 0; i < nSent; i++) {
    para.push(rng.pick(TR_SENTENCES));
    if (para.length >= rng.int(2, 5)) {
      out.push(para.join(" "));
      para = [];
    }
  }
  if (para.length) out.push(para.join(" "));
  return out.join("\n\n");
}

// ---------------------------------------------------------------------------------------------
// Office (one company, shared internal system prompt)

const OFFICE_SYS = "You are HML Assist, the internal assistant of Halvorsen Marine Logistics B.V. Answer concisely in British English. Follow the company style guide: short paragraphs, no emojis, dates as DD Month YYYY. Never include customer personal data in your answers. When asked about procedures, point to the relevant section of the HML Operations Handbook if you know it, and say so when you are unsure.";
const OFFICE_TASKS = [
  "Draft a short email to {client} explaining that container {cont} is delayed at {port} by about {n} days because of congestion. Apologetic but factual.",
  "Rewrite this paragraph to sound more professional: 'hi, so the invoice you sent is wrong again, the rate is {n}00 not what you put, pls fix asap'",
  "What's the Excel formula to look up a booking reference in column A of sheet 'Bookings' and return the vessel name from column D?",
  "Summarise these meeting notes into action items with owners: {notes}",
  "Explain the difference between FOB and CIF in two short paragraphs for a new sales colleague.",
  "Write a SQL query that returns the 10 customers with the most TEU shipped in {month}, from tables shipments(customer_id, teu, shipped_at) and customers(id, name).",
  "Can you make this LinkedIn post about our new {port} warehouse shorter and less salesy? '{notes}'",
  "Give me a checklist for onboarding a new freight forwarder partner.",
  "Translate into Dutch: 'The cargo will be released once the customs declaration has been approved.'",
  "How should I reply to a customer who asks for a discount of {n}% on a long-term contract? Give me two options.",
  "Turn these bullet points into a one-page incident report: {notes}",
  "What does demurrage mean, and how is it different from detention?",
  "Create an agenda for a 45-minute quarterly review with {client}.",
  "Proofread: 'Please find attached the revised quotation for the shipment of {n} containers from {port} to Gdansk, valid until end of month.'",
];
const OFFICE_CLIENTS = ["Nordvik Foods", "Baltic Timber AS", "Carrow Pharma", "Osei Textiles", "Brandt Maschinenbau", "Iberia Fresh", "Kestrel Electronics"];
const OFFICE_PORTS = ["Rotterdam", "Antwerp", "Hamburg", "Felixstowe", "Le Havre", "Algeciras", "Piraeus"];
const OFFICE_NOTES = ["- Jan to chase customs broker re: missing certificate\n- Priya: update rate card before Friday\n- agreed to pilot the new tracking portal with two clients\n- next meeting 2 weeks", "crane 4 down 3h tuesday, 2 vessels delayed, no injuries, maintenance says hydraulic hose, replacement ordered, ops rerouted to berth 7", "we are proud to open our new cross-dock facility with 12,000 m2 of space, 40 loading docks and solar roof, a big step for our customers and the planet!!", "- Q3 volumes up 8%\n- reefer capacity tight in Nov\n- IT wants feedback on the new TMS by 15th\n- Maarten leaving end of month"];

function officeTask(rng: Rng): string {
  return fill(rng.pick(OFFICE_TASKS), { client: rng.pick(OFFICE_CLIENTS), cont: `HMLU${rng.int(1000000, 9999999)}`, port: rng.pick(OFFICE_PORTS), n: rng.int(2, 15), notes: rng.pick(OFFICE_NOTES), month: rng.pick(["January", "February", "March", "Q4"]) });
}

// ---------------------------------------------------------------------------------------------
// Reviews and tickets (classifiers)

const PRODUCTS = ["wireless earbuds", "standing desk", "air fryer", "yoga mat", "phone case", "electric kettle", "hiking backpack", "robot vacuum", "mechanical keyboard", "baby monitor", "coffee grinder", "LED desk lamp", "kids' scooter", "water filter pitcher"];
const REVIEW_OPEN = ["Bought this last month.", "Second one I've ordered.", "Gift for my husband.", "Honestly,", "Update after 3 weeks:", "Long-time customer here.", "", "", "Not my first review but"];
const REVIEW_BODY_POS = ["the {p} works perfectly and setup took two minutes", "really happy with the {p}, solid build and fast shipping", "the {p} exceeded my expectations for the price", "love the {p}, would buy again"];
const REVIEW_BODY_NEG = ["the {p} stopped working after a week", "the {p} arrived scratched and support never answered", "the {p} is much smaller than pictured and feels cheap", "returned the {p}, it was noisy and overheated"];
const REVIEW_BODY_MID = ["the {p} is okay, does the job but nothing special", "the {p} is fine but the instructions were confusing", "mixed feelings about the {p}: good battery, bad app", "the {p} works, delivery was late though"];
const REVIEW_CLOSE = ["", "", "5 stars.", "Would not recommend.", "3/5.", "Thanks!", "Meh.", "Great seller."];
function review(rng: Rng): string {
  const body = rng.pick([REVIEW_BODY_POS, REVIEW_BODY_NEG, REVIEW_BODY_MID]);
  return `${rng.pick(REVIEW_OPEN)} ${fill(rng.pick(body), { p: rng.pick(PRODUCTS) })}. ${rng.pick(REVIEW_CLOSE)}`.trim();
}
const TICKETS = ["I was charged twice for order #{n}, please refund one of the payments.", "My package shows delivered but I never received it.", "How do I return the {p}? The box is already opened.", "The app crashes every time I open the settings page.", "Can I change the delivery address for order #{n}?", "I want to cancel my subscription before the next billing date.", "The {p} won't connect to wifi after the update.", "Do you ship to Norway? And how much does it cost?", "Where can I download the invoice for my last purchase?", "Your courier left the {p} in the rain and it's damaged."];
function ticket(rng: Rng): string {
  return fill(rng.pick(TICKETS), { n: rng.int(100000, 999999), p: rng.pick(PRODUCTS) });
}

// ---------------------------------------------------------------------------------------------
// Code-evaluation problems (pass@k), fixed set built from a fixed seed

type CodeProblem = { stub: string };
function buildCodeProblems(count: number): CodeProblem[] {
  const r = new Rng(424242);
  const nouns = ["numbers", "words", "intervals", "prices", "temperatures", "scores", "timestamps", "grid", "matrix", "tokens", "edges", "brackets"];
  const specs = [
    ["count_{x}", "xs: list[int], k: int", "int", "Return how many contiguous sub-lists of xs have a sum divisible by k."],
    ["longest_{x}_run", "xs: list[int]", "int", "Return the length of the longest strictly increasing contiguous run in xs."],
    ["merge_{x}", "a: list[tuple[int, int]]", "list[tuple[int, int]]", "Merge overlapping closed intervals and return them sorted by start."],
    ["is_balanced_{x}", "s: str", "bool", "Return True if every bracket in s ((), [], {}) is closed in the right order."],
    ["rotate_{x}", "m: list[list[int]]", "list[list[int]]", "Return the matrix m rotated 90 degrees clockwise without modifying m."],
    ["top_k_{x}", "items: list[str], k: int", "list[str]", "Return the k most frequent items, ties broken alphabetically."],
    ["decode_{x}", "s: str", "str", "Decode a run-length encoded string such as '3a2b' into 'aaabb'."],
    ["second_largest_{x}", "xs: list[int]", "int | None", "Return the second largest distinct value in xs, or None if it does not exist."],
    ["paths_in_{x}", "rows: int, cols: int, blocked: set[tuple[int, int]]", "int", "Count monotone paths from the top-left to the bottom-right cell avoiding blocked cells."],
    ["to_base_{x}", "n: int, b: int", "str", "Return the representation of the non-negative integer n in base b (2 <= b <= 16)."],
    ["window_max_{x}", "xs: list[int], w: int", "list[int]", "Return the maximum of every sliding window of width w."],
    ["parse_{x}_duration", "s: str", "int", "Parse strings like '1h30m15s' or '45m' into a number of seconds."],
  ];
  const out: CodeProblem[] = [];
  for (let i = 0; i < count; i++) {
    const [name, args, ret, doc] = specs[i % specs.length];
    const x = nouns[(i * 7 + r.int(0, 11)) % nouns.length];
    const ex1 = r.int(1, 9), ex2 = r.int(10, 99);
    const stub = `def ${name.replace("{x}", x)}(${args}) -> ${ret}:\n    """${doc}\n\n    >>> # example ${i + 1}: values ${ex1}, ${ex2}\n    """\n`;
    out.push({ stub });
  }
  return out;
}

// Benchmark items (fixed): math word problems and multiple-choice science
type BenchItem = { q: string; mc: boolean; options?: string[] };
function buildBench(seed: number, count: number): BenchItem[] {
  const r = new Rng(seed);
  const out: BenchItem[] = [];
  for (let i = 0; i < count; i++) {
    if (r.chance(0.55)) out.push({ q: mathWordProblemEn(r), mc: false });
    else {
      const field = r.pick(FIELD_NAMES);
      const others = FIELD_NAMES.filter((f) => f !== field);
      let opts: string[];
      let stem: string;
      if (r.chance(0.6)) {
        opts = [r.pick(FIELDS[field]), ...r.sample(others, 3).map((f) => r.pick(FIELDS[f]))];
        stem = r.pick([`Which of the following is a topic studied in ${field}?`, `A textbook on ${field} would most likely contain a chapter on which of these?`, `Which of these belongs to ${field}?`]);
      } else {
        opts = [...r.sample(FIELDS[field], 3), r.pick(FIELDS[r.pick(others)])];
        stem = `Which of the following is NOT usually studied in ${field}?`;
      }
      r.shuffle(opts);
      out.push({ q: stem, mc: true, options: opts });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Tools

type ToolSpec = { name: string; description: string; params: Record<string, { type: string; description: string; enum?: string[] }>; required: string[]; domain: string };
const TOOL_SPECS: ToolSpec[] = [
  { domain: "travel", name: "search_flights", description: "Search flights between two airports on a date.", params: { origin: { type: "string", description: "IATA code" }, destination: { type: "string", description: "IATA code" }, date: { type: "string", description: "YYYY-MM-DD" }, cabin: { type: "string", description: "Cabin class", enum: ["economy", "premium", "business"] } }, required: ["origin", "destination", "date"] },
  { domain: "travel", name: "book_hotel", description: "Book a hotel room.", params: { hotel_id: { type: "string", description: "Hotel identifier" }, check_in: { type: "string", description: "YYYY-MM-DD" }, nights: { type: "integer", description: "Number of nights" } }, required: ["hotel_id", "check_in", "nights"] },
  { domain: "travel", name: "get_weather", description: "Get the weather forecast for a city.", params: { city: { type: "string", description: "City name" }, days: { type: "integer", description: "Days ahead (1-7)" } }, required: ["city"] },
  { domain: "data", name: "run_sql", description: "Run a read-only SQL query against the analytics warehouse.", params: { query: { type: "string", description: "SQL" } }, required: ["query"] },
  { domain: "data", name: "plot_chart", description: "Render a chart from tabular data.", params: { data: { type: "string", description: "CSV data" }, kind: { type: "string", description: "Chart type", enum: ["line", "bar", "scatter"] } }, required: ["data", "kind"] },
  { domain: "data", name: "describe_table", description: "Return the schema of a warehouse table.", params: { table: { type: "string", description: "Table name" } }, required: ["table"] },
  { domain: "files", name: "read_file", description: "Read a text file from the workspace.", params: { path: { type: "string", description: "Relative path" } }, required: ["path"] },
  { domain: "files", name: "write_file", description: "Write a text file in the workspace.", params: { path: { type: "string", description: "Relative path" }, content: { type: "string", description: "File content" } }, required: ["path", "content"] },
  { domain: "files", name: "run_shell", description: "Run a shell command in the sandbox and return stdout/stderr.", params: { command: { type: "string", description: "Command line" } }, required: ["command"] },
  { domain: "web", name: "web_search", description: "Search the web and return the top results.", params: { query: { type: "string", description: "Search query" }, num_results: { type: "integer", description: "How many results" } }, required: ["query"] },
  { domain: "web", name: "fetch_url", description: "Fetch a web page and return its readable text.", params: { url: { type: "string", description: "URL" } }, required: ["url"] },
  { domain: "crm", name: "find_customer", description: "Find a customer by email or name.", params: { query: { type: "string", description: "Email or name" } }, required: ["query"] },
  { domain: "crm", name: "create_ticket", description: "Create a support ticket.", params: { customer_id: { type: "string", description: "Customer id" }, subject: { type: "string", description: "Subject" }, priority: { type: "string", description: "Priority", enum: ["low", "normal", "high"] } }, required: ["customer_id", "subject"] },
  { domain: "crm", name: "send_email", description: "Send an email.", params: { to: { type: "string", description: "Recipient" }, subject: { type: "string", description: "Subject" }, body: { type: "string", description: "Body" } }, required: ["to", "subject", "body"] },
  { domain: "finance", name: "get_stock_quote", description: "Latest quote for a ticker.", params: { ticker: { type: "string", description: "Ticker symbol" } }, required: ["ticker"] },
  { domain: "finance", name: "convert_currency", description: "Convert an amount between currencies.", params: { amount: { type: "number", description: "Amount" }, from: { type: "string", description: "ISO code" }, to: { type: "string", description: "ISO code" } }, required: ["amount", "from", "to"] },
  { domain: "finance", name: "calculator", description: "Evaluate an arithmetic expression.", params: { expression: { type: "string", description: "Expression" } }, required: ["expression"] },
  { domain: "home", name: "set_thermostat", description: "Set the target temperature.", params: { room: { type: "string", description: "Room" }, celsius: { type: "number", description: "Target" } }, required: ["room", "celsius"] },
  { domain: "home", name: "list_devices", description: "List smart-home devices.", params: { room: { type: "string", description: "Room filter" } }, required: [] },
  { domain: "calendar", name: "list_events", description: "List calendar events in a range.", params: { start: { type: "string", description: "ISO date" }, end: { type: "string", description: "ISO date" } }, required: ["start", "end"] },
  { domain: "calendar", name: "create_event", description: "Create a calendar event.", params: { title: { type: "string", description: "Title" }, start: { type: "string", description: "ISO datetime" }, minutes: { type: "integer", description: "Duration" }, attendees: { type: "string", description: "Comma-separated emails" } }, required: ["title", "start"] },
  { domain: "food", name: "search_recipes", description: "Search recipes by ingredients and diet.", params: { ingredients: { type: "string", description: "Comma-separated" }, diet: { type: "string", description: "Diet", enum: ["none", "vegetarian", "vegan", "gluten-free"] } }, required: ["ingredients"] },
  { domain: "food", name: "order_groceries", description: "Add items to the grocery order.", params: { items: { type: "string", description: "Comma-separated items" } }, required: ["items"] },
  { domain: "maps", name: "get_directions", description: "Route between two places.", params: { from: { type: "string", description: "Origin" }, to: { type: "string", description: "Destination" }, mode: { type: "string", description: "Mode", enum: ["driving", "walking", "transit", "cycling"] } }, required: ["from", "to"] },
  { domain: "maps", name: "find_places", description: "Find places near a location.", params: { near: { type: "string", description: "Location" }, category: { type: "string", description: "Category" } }, required: ["near", "category"] },
];

function openaiTool(t: ToolSpec) {
  return { type: "function", function: { name: t.name, description: t.description, parameters: { type: "object", properties: t.params, required: t.required } } };
}
function anthropicTool(t: ToolSpec) {
  return { name: t.name, description: t.description, input_schema: { type: "object", properties: t.params, required: t.required } };
}

// plausible argument values for a tool call
function toolArgs(rng: Rng, t: ToolSpec): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, p] of Object.entries(t.params)) {
    if (!t.required.includes(k) && rng.chance(0.5)) continue;
    if (p.enum) out[k] = rng.pick(p.enum);
    else if (p.type === "integer") out[k] = rng.int(1, 7);
    else if (p.type === "number") out[k] = Math.round(rng.float(1, 900) * 100) / 100;
    else if (k === "query" && t.name === "run_sql") out[k] = `SELECT ${rng.pick(["region", "product", "channel"])}, SUM(${rng.pick(["revenue", "units", "sessions"])}) FROM ${rng.pick(["sales", "orders", "events"])} WHERE day >= '2026-0${rng.int(1, 2)}-01' GROUP BY 1 ORDER BY 2 DESC LIMIT ${rng.int(5, 20)}`;
    else if (k === "origin" || k === "destination") out[k] = rng.pick(["AMS", "JFK", "SIN", "GRU", "IST", "CGK", "SGN", "WAW", "CAI", "LHR", "NRT"]);
    else if (k.includes("date") || k === "start" || k === "end" || k === "check_in") out[k] = `2026-0${rng.int(3, 6)}-${String(rng.int(1, 28)).padStart(2, "0")}`;
    else if (k === "path") out[k] = rng.pick(["src/", "lib/", "app/", "tests/"]) + rng.pick(["parser", "config", "handlers", "utils", "models"]) + rng.pick([".py", ".ts", ".go"]);
    else if (k === "command") out[k] = rng.pick(["pytest -x -q", "npm test", "ls -la", "git diff --stat", "go test ./...", "cat requirements.txt"]);
    else if (k === "city" || k === "near" || k === "from" || k === "to") out[k] = rng.pick(["Lisbon", "Hanoi", "Istanbul", "Jakarta", "Warsaw", "Cairo", "Osaka", "Bogotá", "Nairobi", "Oslo"]);
    else if (k === "ticker") out[k] = rng.pick(["ACME", "GLOBX", "INIT", "UMBR", "WAYN", "STRK"]);
    else if (k === "url") out[k] = `https://example.${rng.pick(["com", "org", "net"])}/${rng.pick(["guide", "news", "docs", "blog"])}/${rng.int(100, 9999)}`;
    else out[k] = rng.pick(["quarterly report", "budget review", "vegetarian lasagna", "team offsite", "renewal reminder", "living room", "jane.doe@example.com", "contract 44-B", "tomatoes, basil, garlic"]);
  }
  return out;
}

// fake tool output
function toolOutput(rng: Rng, t: ToolSpec): string {
  switch (t.domain) {
    case "travel": return JSON.stringify({ results: Array.from({ length: rng.int(1, 4) }, () => ({ id: `R${rng.int(1000, 9999)}`, price_eur: rng.int(40, 900), detail: rng.pick(["direct", "1 stop", "sunny 24°C", "light rain 12°C", "breakfast included"]) })) });
    case "data": return `region,value\n${Array.from({ length: rng.int(3, 8) }, () => `${rng.pick(["north", "south", "east", "west", "emea", "apac"])},${rng.int(100, 99999)}`).join("\n")}`;
    case "files": return rng.chance(0.5) ? codeFile(rng, rng.int(15, 60)) : `${rng.int(1, 40)} passed, ${rng.int(0, 3)} failed in ${rng.float(0.4, 30).toFixed(2)}s`;
    case "web": return Array.from({ length: rng.int(2, 5) }, (_, i) => `${i + 1}. ${generalQuestion(rng).slice(0, 70)} - https://example.org/${rng.int(1, 9999)}`).join("\n");
    case "crm": return JSON.stringify({ id: `C-${rng.int(10000, 99999)}`, status: rng.pick(["ok", "created", "sent"]), tier: rng.pick(["free", "pro", "enterprise"]) });
    case "finance": return JSON.stringify({ value: Math.round(rng.float(1, 5000) * 100) / 100, currency: rng.pick(["EUR", "USD", "TRY", "IDR"]) });
    default: return JSON.stringify({ ok: true, items: rng.int(0, 12) });
  }
}

// ---------------------------------------------------------------------------------------------
// Code files (for coding agents)

const IDENTS = ["parseConfig", "loadUser", "renderTable", "retryWithBackoff", "normalizePath", "computeTotals", "validateSchema", "flushQueue", "resolveImports", "tokenize", "buildIndex", "applyPatch", "scheduleJob", "hashPassword", "formatDate"];
function codeFile(rng: Rng, lines: number): string {
  const out: string[] = [`import { ${rng.pick(IDENTS)} } from "./${rng.pick(["util", "core", "io", "db"])}";`, ""];
  while (out.length < lines) {
    const fn = rng.pick(IDENTS);
    out.push(`export function ${fn}${rng.int(1, 9)}(input: ${rng.pick(["string", "number[]", "Record<string, unknown>", "Buffer"])}, opts = {}) {`);
    const body = rng.int(3, 9);
    for (let i = 0; i < body; i++)
      out.push(
        rng.pick([
          `  const ${rng.pick(["x", "tmp", "acc", "res", "node"])} = ${rng.pick(IDENTS)}(input${rng.chance(0.5) ? ", opts" : ""});`,
          `  if (!input) throw new Error("${rng.pick(["empty input", "invalid state", "missing field"])}");`,
          `  for (const item of ${rng.pick(["items", "rows", "entries"])}) total += item.${rng.pick(["size", "amount", "weight"])};`,
          `  // TODO(${rng.pick(["ana", "ben", "chen", "dario"])}): ${rng.pick(["handle unicode", "remove after migration", "cache this"])}`,
          `  return ${rng.pick(["res", "acc", "null", "total"])};`,
        ]),
      );
    out.push("}", "");
  }
  return out.join("\n");
}

// ---------------------------------------------------------------------------------------------
// Documents (RAG / thinking)

const POLICY_SENTENCES = [
  "Claims must be submitted within 30 days of the incident, accompanied by receipts and a completed claim form.", "Water damage caused by gradual leaks is excluded unless the leak was hidden and sudden.",
  "The deductible applies per incident and is deducted from the settlement amount.", "Policyholders may add a named driver at any time; the premium is adjusted pro rata.",
  "Emergency medical expenses abroad are covered up to EUR 250,000 per trip.", "Pre-existing conditions are covered only if declared and accepted in writing.",
  "Cancellation within 14 days of purchase entitles the customer to a full refund.", "Theft from an unlocked vehicle is not covered.", "The insurer may appoint an independent loss adjuster for claims above EUR 5,000.",
  "Premiums are payable monthly or annually; annual payment includes a 4% discount.", "Storm damage is covered when wind speeds exceed 75 km/h at the nearest weather station.",
  "Legal assistance covers disputes with contractors up to EUR 20,000.", "Personal liability cover extends to household members living at the insured address.", "Jewellery above EUR 2,500 per item must be listed individually.",
];
function policyDoc(rng: Rng, n: number): string {
  return Array.from({ length: n }, (_, i) => `${i + 1}. ${rng.pick(POLICY_SENTENCES)}`).join("\n");
}

const PAPER_PARTS = {
  intro: ["We study", "This paper investigates", "We present an empirical analysis of", "We revisit"],
  topic: ["the effect of sleep deprivation on working memory in shift workers", "price dispersion in online grocery markets", "thermal fatigue in solder joints under cyclic loading", "the impact of class size on reading outcomes", "drought resilience of smallholder maize farms", "latency-aware routing in mesh networks", "remote work and commuting emissions", "microplastic uptake in freshwater mussels"],
  method: ["Using a randomized controlled design with {n} participants,", "Drawing on panel data covering {n} firms over eight years,", "With a finite-element model validated against {n} specimens,", "Using a difference-in-differences strategy across {n} districts,", "Through a field survey of {n} households,"],
  finding: ["we find a statistically significant reduction of {p}% in the primary outcome.", "we observe no effect on average but strong heterogeneity across subgroups.", "we report an elasticity of 0.{p} that is robust to alternative specifications.", "we find that the effect reverses after the first {n2} months."],
  limits: ["Limitations include self-reported measures and a short follow-up.", "Results may not generalize beyond the studied region.", "The sample is not representative of the wider population.", "Measurement error in the key variable may bias estimates toward zero."],
};
function paperAbstract(rng: Rng): string {
  const v = { n: rng.int(40, 4000), p: rng.int(3, 45), n2: rng.int(3, 18) };
  return `${rng.pick(PAPER_PARTS.intro)} ${rng.pick(PAPER_PARTS.topic)}. ${fill(rng.pick(PAPER_PARTS.method), v)} ${fill(rng.pick(PAPER_PARTS.finding), v)} ${rng.pick(PAPER_PARTS.limits)}`;
}
function paperDoc(rng: Rng, sections: number): string {
  const out: string[] = [`Abstract\n${paperAbstract(rng)}`];
  const heads = ["1 Introduction", "2 Related work", "3 Data", "4 Method", "5 Results", "6 Robustness", "7 Discussion", "8 Conclusion"];
  for (let i = 0; i < sections; i++) out.push(`${heads[i % heads.length]}\n${paperAbstract(rng)} ${paperAbstract(rng)}`);
  return out.join("\n\n");
}

// Invoices (data pipeline)
function invoiceText(rng: Rng): string {
  const lines = Array.from({ length: rng.int(2, 9) }, () => `${rng.pick(["Consulting hours", "Freight EU-UK", "License seat", "Maintenance", "Spare part #" + rng.int(100, 999), "Cloud storage 1TB", "Travel expenses"])}  ${rng.int(1, 40)} x ${rng.int(10, 900)}.00`);
  return `INVOICE ${rng.pick(["INV", "F", "RE"])}-${rng.int(2025000, 2026999)}\nSupplier: ${rng.pick(["Brightwater Supplies Ltd", "Kovacs & Partner GmbH", "Nimbus Data SAS", "Ortega Logistics SL", "Sato Precision KK"])}\nDate: ${rng.int(1, 28)}/${rng.int(1, 12)}/2026\nBill to: ${rng.pick(OFFICE_CLIENTS)}\n\n${lines.join("\n")}\n\nVAT ${rng.pick([0, 7, 19, 20, 21])}%\nPayment terms: ${rng.pick([14, 30, 45, 60])} days\nIBAN: XX${rng.int(10, 99)} 0000 ${rng.int(1000, 9999)} ${rng.int(1000, 9999)}`;
}

// ---------------------------------------------------------------------------------------------
// Request helpers (compute plausible usage)

function outTok(rng: Rng, median: number, sigma: number, cap: number): number {
  return Math.round(clamp(rng.logn(median, sigma), 1, cap));
}

type B = Record<string, unknown>;

function sendChat(key: string, net: Net, ts: number, body: B, rng: Rng, median: number, sigma = 0.45): number {
  const cap = (body.max_tokens as number) ?? (body.max_completion_tokens as number) ?? 4096;
  const n = (body.n as number) ?? 1;
  let c = 0;
  for (let i = 0; i < n; i++) c += outTok(rng, median, sigma, cap);
  emit(key, net, ts, "/v1/chat/completions", body, { prompt_tokens: chatPromptTokens(body), completion_tokens: c });
  return c;
}

function sendMessages(key: string, net: Net, ts: number, body: B, rng: Rng, median: number, sigma = 0.45): number {
  const cap = body.max_tokens as number;
  let c = outTok(rng, median, sigma, cap);
  const th = body.thinking as { budget_tokens: number } | undefined;
  if (th) c = Math.min(cap, c + outTok(rng, th.budget_tokens * 0.35, 0.6, th.budget_tokens));
  emit(key, net, ts, "/v1/messages", body, { prompt_tokens: anthropicPromptTokens(body), completion_tokens: c });
  return c;
}

function sendResponses(key: string, net: Net, ts: number, body: B, rng: Rng, median: number, sigma = 0.45): number {
  const cap = (body.max_output_tokens as number) ?? 16000;
  let c = outTok(rng, median, sigma, cap);
  const r = body.reasoning as { effort: string } | undefined;
  if (r) {
    const m = r.effort === "high" ? 4500 : r.effort === "medium" ? 1500 : 350;
    c = Math.min(cap, c + outTok(rng, m, 0.6, cap));
  }
  const p = 4 + tok(String(body.instructions ?? "")) + blockTok(typeof body.input === "string" ? body.input : (body.input as ChatMsg[]).map((m) => m.content)) + (body.tools ? tok(JSON.stringify(body.tools)) : 0);
  emit(key, net, ts, "/v1/responses", body, { prompt_tokens: p, completion_tokens: c });
  return c;
}

function sendCompletions(key: string, net: Net, ts: number, body: B, rng: Rng, median: number, sigma = 0.45): void {
  const prompts = Array.isArray(body.prompt) ? (body.prompt as string[]) : [body.prompt as string];
  const cap = (body.max_tokens as number) ?? 16;
  const gen = Math.max((body.n as number) ?? 1, (body.best_of as number) ?? 1);
  let c = 0;
  for (let i = 0; i < prompts.length * gen; i++) c += cap === 0 ? 0 : outTok(rng, median, sigma, cap);
  const p = prompts.reduce((a, s) => a + tok(s), 0);
  emit(key, net, ts, "/v1/completions", body, { prompt_tokens: p, completion_tokens: c });
}

function sendEmbeddings(key: string, net: Net, ts: number, body: B): void {
  const inp = Array.isArray(body.input) ? (body.input as string[]) : [body.input as string];
  emit(key, net, ts, "/v1/embeddings", body, { prompt_tokens: inp.reduce((a, s) => a + tok(s), 0), completion_tokens: 0 });
}

const hex = (rng: Rng, n: number) => Array.from({ length: n }, () => "0123456789abcdef"[rng.int(0, 15)]).join("");
const fakeSig = (rng: Rng) => Array.from({ length: 64 }, () => "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"[rng.int(0, 63)]).join("") + "==";

const LANG_COUNTRIES: Record<Lang, string[]> = { en: ["US", "GB", "CA", "PH", "NG", "IN"], es: ["MX", "ES", "CO", "AR"], pt: ["BR"], id: ["ID"], vi: ["VN"], tr: ["TR"], fr: ["FR", "MA"] };

// =============================================================================================
// HONEST scenarios

// H1. Education app: tutor system prompt asking for step-by-step explanations, students in several
// languages, follow-ups, thousands of requests a day across four regional backends.
function honestEducation(rng: Rng) {
  const SYS = "You are Lumi, a friendly tutor for secondary-school students. Explain every answer step by step, numbering the steps, and check the student's understanding at the end with one short question. Reply in the language the student writes in. Never give only the final answer without the reasoning. Keep explanations at the student's level and be encouraging.";
  const deployments: { langs: [Lang, number][]; sessions: number; cloud: string }[] = [
    { langs: [["en", 5], ["es", 2], ["fr", 1]], sessions: 320, cloud: "US" },
    { langs: [["es", 3], ["pt", 4]], sessions: 295, cloud: "BR" },
    { langs: [["id", 3], ["vi", 3], ["en", 1]], sessions: 295, cloud: "SG" },
    { langs: [["tr", 4], ["fr", 1], ["en", 1]], sessions: 240, cloud: "DE" },
  ];
  for (const d of deployments) {
    const key = newKey(rng, "edu-tutor-app", "honest", "education-app");
    const nets = [cloudNet(rng, d.cloud), cloudNet(rng, d.cloud)];
    for (let day = 0; day < DAYS; day++) {
      const ns = rng.poisson(d.sessions * (day === 2 ? 0.9 : 1));
      for (let s = 0; s < ns; s++) {
        const lang = rng.weighted(d.langs);
        const country = rng.pick(LANG_COUNTRIES[lang]);
        let ts = diurnalTs(rng, day, country, PROFILE_STUDENT);
        const user = `stu_${hex(rng, 12)}`;
        const messages: ChatMsg[] = [{ role: "system", content: SYS }, { role: "user", content: eduQuestion(rng, lang) }];
        let turns = 1;
        while (turns < 7 && rng.chance(turns === 1 ? 0.5 : 0.4)) turns++;
        for (let t = 0; t < turns; t++) {
          const body: B = { model: "gpt-4o-mini", messages: messages.slice(), temperature: 0.7, max_tokens: 1200, stream: true, stream_options: { include_usage: true }, user };
          sendChat(key, rng.pick(nets), ts, body, rng, 380, 0.4);
          messages.push({ role: "assistant", content: stepAnswer(rng, lang, rng.int(3, 6)) });
          messages.push({ role: "user", content: rng.chance(0.8) ? fill(rng.pick(EDU[lang].followups), eduVars(rng)) : eduQuestion(rng, lang) });
          ts += humanGap(rng, 70 * SEC);
        }
      }
    }
  }
}

// H2. Content-writing service: one system prompt, long outputs, wide range of subjects.
function honestContentWriter(rng: Rng) {
  const SYS = "You are a senior content writer at Quillfire Studio. Write original, well-structured pieces in the requested format, tone and length. Use headings where appropriate, avoid clichés and invented statistics, and end with a clear takeaway. Never mention that you are an AI.";
  const keys = [
    { perDay: 120, batch: false },
    { perDay: 90, batch: true },
    { perDay: 15, batch: false },
  ];
  for (const k of keys) {
    const key = newKey(rng, "content-writing-service", "honest", "content-writer");
    const net = cloudNet(rng, "IE");
    for (let day = 0; day < DAYS; day++) {
      const times: number[] = [];
      if (k.batch) {
        // queue drained a few times a day
        for (let b = 0; b < 3; b++) {
          let t = T0 + day * DAY + rng.pick([7, 12, 17]) * HOUR + rng.int(0, 50) * MIN + b * 3 * HOUR;
          const n = rng.poisson(k.perDay / 3);
          for (let i = 0; i < n; i++) times.push((t += rng.float(4, 25) * SEC));
        }
      } else for (let i = 0, n = rng.poisson(k.perDay); i < n; i++) times.push(diurnalTs(rng, day, rng.pick(["US", "GB", "DE"]), PROFILE_BUSINESS));
      for (const ts of times) {
        const words = rng.pick([400, 600, 800, 1000, 1200, 1500, 2000]);
        const fmt = rng.pick(CW_FORMATS);
        const user = `Write ${/^[aeiou]/.test(fmt) ? "an" : "a"} ${fmt} of about ${words} words on "${rng.pick(CW_SUBJECTS)}" for ${rng.pick(CW_AUDIENCES)}. Tone: ${rng.pick(CW_TONES)}.${rng.pick(CW_EXTRAS)}`;
        const body: B = { model: "gpt-4.1", messages: [{ role: "system", content: SYS }, { role: "user", content: user }], temperature: 0.8, max_tokens: 4096, presence_penalty: 0.3 };
        sendChat(key, net, ts, body, rng, words * 1.4, 0.18);
      }
    }
  }
}

function benchPrompt(it: BenchItem): string {
  if (!it.mc) return `${it.q}\n\nLet's think step by step. Give the final answer on the last line as "Answer: <value>".`;
  const letters = ["A", "B", "C", "D"];
  return `Question: ${it.q}\n${it.options!.map((o, i) => `${letters[i]}. ${o}`).join("\n")}\n\nThink step by step, then give the letter of the correct option on the last line as "Answer: X".`;
}

// run a fixed item list with `conc` parallel workers; returns timestamps per item
function concurrentSchedule(rng: Rng, start: number, n: number, conc: number, latMedian: number): number[] {
  const workers = new Array(conc).fill(0).map((_, i) => start + i * rng.float(0.05, 0.4) * SEC);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    let w = 0;
    for (let j = 1; j < conc; j++) if (workers[j] < workers[w]) w = j;
    out.push(workers[w]);
    workers[w] += rng.logn(latMedian, 0.4) + rng.float(0.01, 0.2) * SEC;
  }
  return out;
}

// H3. Benchmark, one-off chain-of-thought runs (a lab evaluating models).
function honestBenchOneOff(rng: Rng) {
  const itemsA = buildBench(777, 520);
  const keyA = newKey(rng, "benchmark-cot-oneoff", "honest", "benchmark-oneoff");
  const netA = cloudNet(rng, "US");
  const shots: ChatMsg[] = [
    { role: "user", content: benchPrompt({ q: "A notebook costs 3 dollars and a pen costs 2 dollars less than the notebook. How much do 4 notebooks and 3 pens cost?", mc: false }) },
    { role: "assistant", content: "A pen costs 3 - 2 = 1 dollar. Four notebooks cost 4 x 3 = 12 dollars. Three pens cost 3 x 1 = 3 dollars. Total 12 + 3 = 15.\nAnswer: 15" },
  ];
  const tsA = concurrentSchedule(rng, T0 + 13 * HOUR + 20 * MIN, itemsA.length, 12, 9 * SEC);
  itemsA.forEach((it, i) => {
    const body: B = { model: "gpt-4o", messages: [...shots, { role: "user", content: benchPrompt(it) }], temperature: 0, max_tokens: 1024, seed: 1234 };
    sendChat(keyA, netA, tsA[i], body, rng, 260, 0.4);
  });
  const itemsB = buildBench(778, 380);
  const keyB = newKey(rng, "benchmark-cot-oneoff", "honest", "benchmark-oneoff");
  const netB = residentialNet(rng, "DE");
  const tsB = concurrentSchedule(rng, T0 + DAY + 9 * HOUR, itemsB.length, 4, 12 * SEC);
  itemsB.forEach((it, i) => {
    const body: B = { model: "claude-sonnet-4-5", max_tokens: 2048, temperature: 0, messages: [{ role: "user", content: benchPrompt(it) }] };
    sendMessages(keyB, netB, tsB[i], body, rng, 300, 0.4);
  });
}

// H4. Nightly regression runs of the same fixed set (chat CoT, and Responses API with reasoning).
function honestBenchNightly(rng: Rng) {
  const set1 = buildBench(9001, 280);
  const k1 = newKey(rng, "benchmark-nightly", "honest", "benchmark-nightly");
  const n1 = cloudNet(rng, "US");
  const set2 = buildBench(9002, 220);
  const k2 = newKey(rng, "benchmark-nightly", "honest", "benchmark-nightly");
  const n2 = cloudNet(rng, "NL");
  for (let day = 0; day < DAYS; day++) {
    const t1 = concurrentSchedule(rng, T0 + day * DAY + 2 * HOUR + rng.int(0, 4) * MIN, set1.length, 8, 7 * SEC);
    set1.forEach((it, i) => {
      const body: B = { model: "gpt-4o-2024-11-20", messages: [{ role: "system", content: "You are being evaluated. Reason carefully." }, { role: "user", content: benchPrompt(it) }], temperature: 0, max_tokens: 1024, seed: 7 };
      sendChat(k1, n1, t1[i], body, rng, 250, 0.4);
      if (rng.chance(0.015)) sendChat(k1, n1, t1[i] + rng.float(2, 8) * SEC, body, rng, 250, 0.4); // retry after a 5xx
    });
    const t2 = concurrentSchedule(rng, T0 + day * DAY + 3 * HOUR + 30 * MIN, set2.length, 6, 20 * SEC);
    set2.forEach((it, i) => {
      const body: B = { model: "o4-mini", input: benchPrompt(it), reasoning: { effort: "medium" }, max_output_tokens: 8000, store: false };
      sendResponses(k2, n2, t2[i], body, rng, 120, 0.4);
    });
  }
}

// H5. pass@k code evaluation with n > 1 at moderate temperature (chat and legacy completions).
function honestPassAtK(rng: Rng) {
  const probs = buildCodeProblems(120);
  const k1 = newKey(rng, "passk-code-eval", "honest", "passk-eval");
  const n1 = cloudNet(rng, "US");
  const runs1 = [
    { start: T0 + 15 * HOUR, n: 10, temp: 0.8 },
    { start: T0 + DAY + 10 * HOUR, n: 20, temp: 0.8 },
    { start: T0 + 2 * DAY + 11 * HOUR, n: 5, temp: 0.2 },
  ];
  for (const r of runs1) {
    const ts = concurrentSchedule(rng, r.start, probs.length, 8, 14 * SEC);
    probs.forEach((p, i) => {
      const body: B = { model: "gpt-4.1", messages: [{ role: "system", content: "You are an expert Python programmer. Complete the function. Reply with a single ```python code block containing the full function and nothing else." }, { role: "user", content: p.stub }], n: r.n, temperature: r.temp, top_p: 0.95, max_tokens: 512 };
      sendChat(k1, n1, ts[i], body, rng, 130, 0.5);
    });
  }
  const k2 = newKey(rng, "passk-code-eval", "honest", "passk-eval");
  const n2 = residentialNet(rng, "CA");
  for (const r of [{ start: T0 + DAY + 20 * HOUR, n: 10, temp: 0.6 }, { start: T0 + 2 * DAY + 14 * HOUR, n: 10, temp: 0.8 }]) {
    const ts = concurrentSchedule(rng, r.start, probs.length, 4, 10 * SEC);
    probs.forEach((p, i) => {
      const body: B = { model: "gpt-3.5-turbo-instruct", prompt: p.stub, n: r.n, temperature: r.temp, top_p: 0.95, max_tokens: 384, stop: ["\ndef ", "\nclass ", "\nif __name__", "\nprint("] };
      sendCompletions(k2, n2, ts[i], body, rng, 110, 0.5);
    });
  }
}

// H6. Classifiers: logprobs + logit_bias with max_tokens 1.
function honestClassifier(rng: Rng) {
  // sentiment of incoming reviews (chat)
  const k1 = newKey(rng, "logprob-classifier", "honest", "classifier");
  const n1 = cloudNet(rng, "US");
  const sys1 = "Classify the sentiment of the customer review as positive, negative or neutral. Answer with exactly one word in lowercase.";
  for (let day = 0; day < DAYS; day++) {
    const n = rng.poisson(200);
    for (let i = 0; i < n; i++) {
      const body: B = { model: "gpt-4o-mini", messages: [{ role: "system", content: sys1 }, { role: "user", content: review(rng) }], max_tokens: 1, temperature: 0, logprobs: true, top_logprobs: 3, logit_bias: { "31587": 100, "43324": 100, "60200": 100 } };
      sendChat(k1, n1, diurnalTs(rng, day, "US", PROFILE_HUMAN), body, rng, 1, 0);
    }
  }
  // ticket router (chat), micro-batches every 15 minutes
  const k2 = newKey(rng, "logprob-classifier", "honest", "classifier");
  const n2 = cloudNet(rng, "DE");
  const sys2 = "Route the support ticket to a queue. Queues: 1 billing, 2 shipping, 3 returns, 4 technical, 5 other. Answer with the queue number only.";
  for (let t = T0; t < T_END; t += 15 * MIN) {
    const lvl = PROFILE_BUSINESS[Math.floor(localHour(t, "DE"))];
    const n = rng.poisson(lvl * 9);
    let ts = t + rng.float(0, 20) * SEC;
    for (let i = 0; i < n; i++) {
      const body: B = { model: "gpt-4.1-nano", messages: [{ role: "system", content: sys2 }, { role: "user", content: ticket(rng) }], max_tokens: 1, temperature: 0, logprobs: true, top_logprobs: 5, logit_bias: { "16": 100, "17": 100, "18": 100, "19": 100, "20": 100 } };
      sendChat(k2, n2, (ts += rng.float(0.2, 1.5) * SEC), body, rng, 1, 0);
    }
  }
  // legacy completions sentiment scorer with few-shot prompt
  const k3 = newKey(rng, "logprob-classifier", "honest", "classifier");
  const n3 = cloudNet(rng, "SG");
  const fewshot = "Review: Arrived broken and the seller ignored me.\nSentiment: negative\n\nReview: Exactly as described, very happy.\nSentiment: positive\n\nReview: It's fine, nothing special.\nSentiment: neutral\n\n";
  for (let day = 0; day < DAYS; day++) {
    const n = rng.poisson(120);
    for (let i = 0; i < n; i++) {
      const body: B = { model: "gpt-3.5-turbo-instruct", prompt: `${fewshot}Review: ${review(rng)}\nSentiment:`, max_tokens: 1, temperature: 0, logprobs: 5, logit_bias: { "3967": 100, "4633": 100, "8500": 100 } };
      sendCompletions(k3, n3, diurnalTs(rng, day, "SG", PROFILE_BUSINESS), body, rng, 1, 0);
    }
  }
}

// H7. Translation service: one wrapper, long outputs, high volume, documents split in chunks.
function honestTranslation(rng: Rng) {
  const SYS = "You are the translation engine of Polyglot Docs. Translate the text in the user message into the target language named on its first line. Preserve markdown, line breaks, numbers and placeholders such as {{name}} exactly. Output only the translation.";
  const factor = (t: string) => (["Japanese", "Korean"].includes(t) ? 1.35 : t === "Vietnamese" ? 1.5 : t === "Arabic" ? 1.4 : 1.15);
  for (const perDay of [380, 300]) {
    const key = newKey(rng, "translation-service", "honest", "translation");
    const nets = [cloudNet(rng, "DE"), cloudNet(rng, "DE")];
    for (let day = 0; day < DAYS; day++) {
      let made = 0;
      while (made < perDay) {
        // one job: a document in 1-30 chunks to one target language
        const chunks = rng.chance(0.6) ? 1 : rng.int(3, 30);
        const tgt = rng.pick(TR_TARGETS);
        let ts = diurnalTs(rng, day, rng.pick(["DE", "US", "FR"]), PROFILE_BUSINESS);
        for (let c = 0; c < chunks; c++) {
          const src = translationSource(rng, rng.int(6, 35));
          const body: B = { model: "gpt-4.1-mini", messages: [{ role: "system", content: SYS }, { role: "user", content: `Target language: ${tgt}\n\n${src}` }], temperature: 0.2, max_tokens: 4096 };
          sendChat(key, rng.pick(nets), ts, body, rng, tok(src) * factor(tgt), 0.12);
          ts += rng.float(0.3, 3) * SEC;
          made++;
        }
      }
    }
  }
}

// H8. One company's employees: keys share one office network and one internal system prompt, human pace.
function honestOffice(rng: Rng) {
  const office: Net = { ip: "198.51.100.23", asn: 64510, country: "NL" };
  const office2: Net = { ip: "198.51.100.24", asn: 64510, country: "NL" };
  for (let e = 0; e < 40; e++) {
    const key = newKey(rng, "company-office", "honest", "office-employees");
    const home = residentialNet(rng, "NL");
    const rate = rng.float(3, 14);
    const model = rng.pick(["gpt-4o", "gpt-4o", "gpt-4.1-mini"]);
    for (let day = 0; day < DAYS; day++) {
      const wfh = rng.chance(0.15);
      const sessions = rng.poisson(rate / 1.6);
      for (let s = 0; s < sessions; s++) {
        let ts = diurnalTs(rng, day, "NL", PROFILE_OFFICE);
        const messages: ChatMsg[] = [{ role: "system", content: OFFICE_SYS }, { role: "user", content: officeTask(rng) }];
        let turns = 1;
        while (turns < 5 && rng.chance(0.35)) turns++;
        for (let t = 0; t < turns; t++) {
          const body: B = { model, messages: messages.slice(), temperature: 0.4, max_tokens: 1500, user: `emp-${e}` };
          const c = sendChat(key, wfh ? home : rng.chance(0.5) ? office : office2, ts, body, rng, 260, 0.5);
          messages.push({ role: "assistant", content: `Here is a draft.\n\n${"The shipment is currently scheduled for departure later this week; we will confirm the new ETA as soon as the terminal releases its berth plan. ".repeat(Math.max(1, Math.round(c / 40)))}` });
          messages.push({ role: "user", content: rng.pick(["Shorter please.", "Make it a bit warmer.", "Can you add a line about the revised ETA?", "Thanks, now in Dutch.", "Use bullet points instead.", "Good. Also give me a subject line."]) });
          ts += humanGap(rng, 90 * SEC);
        }
      }
    }
  }
}

// H9. Individual developers / hobbyists using their own keys for chat at human pace.
function honestChatUsers(rng: Rng) {
  for (let u = 0; u < 32; u++) {
    const key = newKey(rng, "personal-chat-users", "honest", "chat-user");
    const country = rng.pick(RES_COUNTRIES);
    const home = residentialNet(rng, country);
    const mobile = mobileNet(rng, country);
    const anthropic = rng.chance(0.35);
    const model = anthropic ? rng.pick(["claude-sonnet-4-5", "claude-haiku-4-5"]) : rng.pick(["gpt-4o", "gpt-4.1", "gpt-4o-mini"]);
    const rate = rng.float(2, 9);
    const favField = rng.pick(FIELD_NAMES);
    for (let day = 0; day < DAYS; day++) {
      if (rng.chance(0.2)) continue;
      const sessions = rng.poisson(rate / 2);
      for (let s = 0; s < sessions; s++) {
        let ts = diurnalTs(rng, day, country, PROFILE_HUMAN);
        const net = rng.chance(0.25) ? mobile : home;
        const first = rng.chance(0.4) ? fill(rng.pick(Q_TEMPLATES), { c: rng.pick(FIELDS[favField]), c2: rng.pick(ALL_CONCEPTS) }) : generalQuestion(rng);
        const msgs: ChatMsg[] = [{ role: "user", content: first }];
        let turns = 1;
        while (turns < 8 && rng.chance(0.55)) turns++;
        for (let t = 0; t < turns; t++) {
          let c: number;
          if (anthropic) c = sendMessages(key, net, ts, { model, max_tokens: 4096, messages: msgs.slice(), stream: true }, rng, 450, 0.5);
          else c = sendChat(key, net, ts, { model, messages: msgs.slice(), stream: true }, rng, 450, 0.5);
          msgs.push({ role: "assistant", content: `${"Sure. In short, it depends on a few factors that interact. ".repeat(Math.max(1, Math.round(c / 60)))}` });
          msgs.push({ role: "user", content: rng.pick(FOLLOWUPS_EN) });
          ts += humanGap(rng, 100 * SEC);
        }
      }
    }
  }
}

// H10. Coding agents: long conversations with tool_use / tool_result (Anthropic) or tool_calls (OpenAI),
// some with extended thinking, started by developers during working hours.
const AGENT_SYS = "You are Forge, a command-line coding agent. You help the user with software engineering tasks in their repository. Use the provided tools to read files, search the code, run commands and make edits. Prefer small, reviewable changes; run the tests after editing; never commit or push unless asked. Keep responses short: the user reads them in a terminal. When a command fails, read the error before retrying. Respect the project's existing style and tooling.";
const DEV_TASKS = [
  "The test `test_parse_empty_header` fails after my last change in src/parser.py. Can you find out why and fix it?", "Add pagination (limit/offset) to the GET /orders endpoint and update the tests.",
  "Refactor utils/date.ts to use Intl.DateTimeFormat instead of moment.", "Why is the CI job `lint` failing on main?", "Rename the `UserRecord` type to `Account` everywhere and keep the build green.",
  "Add a --dry-run flag to the migrate command.", "There's a race condition in the job scheduler when two workers pick the same job. Investigate.", "Write unit tests for the retry helper in lib/http.ts.",
  "Upgrade the project from Python 3.10 to 3.12 and fix whatever breaks.", "The CSV export puts dates in the wrong timezone. Fix it.", "Explain how the caching layer in services/cache works and where invalidation happens.",
];
const DEV_TOOLS: ToolSpec[] = [
  TOOL_SPECS.find((t) => t.name === "read_file")!, TOOL_SPECS.find((t) => t.name === "write_file")!, TOOL_SPECS.find((t) => t.name === "run_shell")!,
  { domain: "files", name: "search_code", description: "Search the repository with a regular expression.", params: { pattern: { type: "string", description: "Regex" }, glob: { type: "string", description: "File glob" } }, required: ["pattern"] },
  { domain: "files", name: "list_dir", description: "List a directory.", params: { path: { type: "string", description: "Relative path" } }, required: ["path"] },
];
function honestCodingAgents(rng: Rng) {
  for (let d = 0; d < 9; d++) {
    const anthropic = d < 6;
    const key = newKey(rng, "coding-agent-devs", "honest", "coding-agent");
    const country = rng.pick(["US", "DE", "IN", "BR", "PL", "GB", "JP"]);
    const net = rng.chance(0.5) ? residentialNet(rng, country) : cloudNet(rng);
    const thinking = anthropic && rng.chance(0.5);
    for (let day = 0; day < DAYS; day++) {
      const sessions = rng.int(1, 4);
      for (let s = 0; s < sessions; s++) {
        let ts = diurnalTs(rng, day, country, PROFILE_OFFICE);
        const steps = rng.int(4, 20);
        const task = rng.pick(DEV_TASKS);
        const msgs: ChatMsg[] = anthropic ? [{ role: "user", content: task }] : [{ role: "system", content: AGENT_SYS }, { role: "user", content: task }];
        for (let st = 0; st < steps; st++) {
          const last = st === steps - 1;
          if (anthropic) {
            const body: B = { model: "claude-sonnet-4-5", max_tokens: thinking ? 16000 : 8192, system: [{ type: "text", text: AGENT_SYS, cache_control: { type: "ephemeral" } }], tools: DEV_TOOLS.map(anthropicTool), messages: msgs.slice() };
            if (thinking) body.thinking = { type: "enabled", budget_tokens: 4096 };
            sendMessages(key, net, ts, body, rng, last ? 220 : 110, 0.5);
            const t = rng.pick(DEV_TOOLS);
            const id = `toolu_${hex(rng, 24)}`;
            const content: unknown[] = [];
            if (thinking) content.push({ type: "thinking", thinking: `I should ${rng.pick(["look at the failing test first", "check how this function is called", "run the tests to see the current state", "search for other usages"])}.`, signature: fakeSig(rng) });
            content.push({ type: "text", text: rng.pick(["Let me look at that.", "Running the tests.", "Checking the callers.", "I'll make the edit now."]) });
            content.push({ type: "tool_use", id, name: t.name, input: toolArgs(rng, t) });
            msgs.push({ role: "assistant", content });
            msgs.push({ role: "user", content: [{ type: "tool_result", tool_use_id: id, content: toolOutput(rng, t) }] });
          } else {
            const body: B = { model: "gpt-4.1", messages: msgs.slice(), tools: DEV_TOOLS.map(openaiTool), tool_choice: "auto", temperature: 0.2, max_tokens: 4096, parallel_tool_calls: true };
            sendChat(key, net, ts, body, rng, last ? 220 : 90, 0.5);
            const t = rng.pick(DEV_TOOLS);
            const id = `call_${hex(rng, 24)}`;
            msgs.push({ role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name: t.name, arguments: JSON.stringify(toolArgs(rng, t)) } }] });
            msgs.push({ role: "tool", tool_call_id: id, content: toolOutput(rng, t) });
          }
          ts += rng.logn(9 * SEC, 0.6);
          // the developer sometimes interjects
          if (!last && rng.chance(0.08)) {
            ts += humanGap(rng, 40 * SEC);
            const note = rng.pick(["Don't touch the migrations folder.", "Use pytest fixtures, not setUp.", "Looks good, continue.", "Actually keep the old function name as an alias."]);
            const lastMsg = msgs[msgs.length - 1];
            if (anthropic) (lastMsg.content as unknown[]).push({ type: "text", text: note });
            else msgs.push({ role: "user", content: note });
          }
        }
      }
    }
  }
}

// H11. RAG apps over an insurer's own policy documents (Anthropic documents, OpenAI chat, Responses).
const POLICY_QUESTIONS = ["Am I covered if my basement floods after a storm?", "How long do I have to submit a claim?", "Is my daughter covered under my liability insurance?", "Does my travel policy cover a hospital stay in Thailand?", "My bike was stolen from an unlocked garage, can I claim?", "Can I cancel the policy I bought last week?", "Do I need to list my engagement ring separately?", "Who pays if a contractor damages my kitchen?", "What's the deductible on a storm claim?", "Is there a discount for paying yearly?", "Kann ich die Police innerhalb von 14 Tagen kündigen?", "Is water damage from a slow leak under the sink covered?"];
function honestRag(rng: Rng) {
  const SYS = "You are the customer assistant of Fjordline Insurance. Answer only from the provided policy documents. Quote the relevant clause number. If the documents do not answer the question, say so and offer to connect the customer with an agent.";
  const k1 = newKey(rng, "rag-insurer", "honest", "rag-app");
  const k2 = newKey(rng, "rag-insurer", "honest", "rag-app");
  const k3 = newKey(rng, "rag-insurer", "honest", "rag-app");
  const net = cloudNet(rng, "NL");
  for (let day = 0; day < DAYS; day++) {
    for (let i = 0, n = rng.poisson(140); i < n; i++) {
      const docs = Array.from({ length: rng.int(2, 4) }, (_, j) => ({ type: "document", source: { type: "text", media_type: "text/plain", data: policyDoc(rng, rng.int(5, 14)) }, title: `Policy ${rng.pick(["Home", "Travel", "Motor", "Liability"])} section ${j + 1}`, citations: { enabled: true } }));
      const body: B = { model: "claude-haiku-4-5", max_tokens: 1024, system: SYS, messages: [{ role: "user", content: [...docs, { type: "text", text: rng.pick(POLICY_QUESTIONS) }] }] };
      sendMessages(k1, net, diurnalTs(rng, day, "NO", PROFILE_HUMAN), body, rng, 180, 0.4);
    }
    for (let i = 0, n = rng.poisson(120); i < n; i++) {
      const ctx = Array.from({ length: rng.int(3, 6) }, (_, j) => `[${j + 1}] ${policyDoc(rng, rng.int(2, 5))}`).join("\n\n");
      const body: B = { model: "gpt-4o-mini", messages: [{ role: "system", content: SYS }, { role: "user", content: `Context:\n${ctx}\n\nQuestion: ${rng.pick(POLICY_QUESTIONS)}` }], temperature: 0.1, max_tokens: 600 };
      sendChat(k2, net, diurnalTs(rng, day, "SE", PROFILE_HUMAN), body, rng, 160, 0.4);
    }
    for (let i = 0, n = rng.poisson(100); i < n; i++) {
      const ctx = Array.from({ length: rng.int(2, 5) }, () => policyDoc(rng, rng.int(2, 5))).join("\n---\n");
      const body: B = { model: "gpt-4.1-mini", instructions: SYS, input: [{ role: "user", content: `Documents:\n${ctx}\n\nCustomer question: ${rng.pick(POLICY_QUESTIONS)}` }], max_output_tokens: 800, store: false };
      sendResponses(k3, net, diurnalTs(rng, day, "NO", PROFILE_HUMAN), body, rng, 170, 0.4);
    }
  }
}

// H12. Embeddings for search indexing: nightly catalog re-index (arrays) and daytime query embeddings.
function honestEmbeddings(rng: Rng) {
  const cat = new Rng(31337);
  const catalog = Array.from({ length: 4800 }, (_, i) => `${cat.pick(["Premium", "Compact", "Eco", "Classic", "Pro", "Kids'"])} ${cat.pick(PRODUCTS)} - SKU ${100000 + i}. ${cat.pick(["Black", "White", "Sage green", "Navy"])}, ${cat.pick(["2-year warranty", "free returns", "ships in 24h", "bestseller"])}. ${cat.pick(REVIEW_BODY_POS).replace("{p}", "product")}.`);
  const k1 = newKey(rng, "embeddings-search-index", "honest", "embeddings-indexer");
  const n1 = cloudNet(rng, "US");
  const QUERIES = ["cheap {p}", "{p} for kids", "best {p} under 50", "quiet {p}", "{p} black", "eco {p} free returns", "gift ideas {p}", "{p} with warranty", "kabellose {p}", "{p} barato"];
  for (let day = 0; day < DAYS; day++) {
    let ts = T0 + day * DAY + 7 * HOUR + rng.int(0, 20) * MIN; // 01:00 US central
    const changed = day === 0 ? catalog : catalog.filter(() => rng.chance(0.3));
    for (let i = 0; i < changed.length; i += 96) {
      sendEmbeddings(k1, n1, ts, { model: "text-embedding-3-small", input: changed.slice(i, i + 96), encoding_format: "base64" });
      ts += rng.float(0.8, 3) * SEC;
    }
    for (let i = 0, n = rng.poisson(230); i < n; i++) sendEmbeddings(k1, n1, diurnalTs(rng, day, "US", PROFILE_HUMAN), { model: "text-embedding-3-small", input: fill(rng.pick(QUERIES), { p: rng.pick(PRODUCTS) }), encoding_format: "base64" });
  }
  // documentation site: one-off chunk indexing, then multilingual queries
  const k2 = newKey(rng, "embeddings-search-index", "honest", "embeddings-indexer");
  const n2 = cloudNet(rng, "DE");
  const chunks = Array.from({ length: 1100 }, (_, i) => `## ${rng.pick(["Installation", "Configuration", "Troubleshooting", "API reference", "Billing"])} (${i})\n${translationSource(rng, rng.int(3, 8))}`);
  let ts = T0 + DAY + 10 * HOUR;
  for (let i = 0; i < chunks.length; i += 32) {
    sendEmbeddings(k2, n2, ts, { model: "text-embedding-3-large", input: chunks.slice(i, i + 32), dimensions: 1024 });
    ts += rng.float(1, 4) * SEC;
  }
  const DOCQ = ["how do I reset my password", "wie ändere ich die Rechnungsadresse", "comment exporter mes données", "api rate limit error 429", "cómo invito a mi equipo", "refund policy", "webhook signature verification", "o que fazer se o pagamento falhar"];
  for (let day = 1; day < DAYS; day++) for (let i = 0, n = rng.poisson(120); i < n; i++) sendEmbeddings(k2, n2, diurnalTs(rng, day, "DE", PROFILE_BUSINESS), { model: "text-embedding-3-large", input: rng.pick(DOCQ), dimensions: 1024 });
}

// H13. Support bot of an online shop with a fixed tool set (order lookup, returns, escalation).
const SHOP_TOOLS: ToolSpec[] = [
  { domain: "shop", name: "lookup_order", description: "Look up an order by number.", params: { order_number: { type: "string", description: "Order number" } }, required: ["order_number"] },
  { domain: "shop", name: "create_return", description: "Create a return label for an order item.", params: { order_number: { type: "string", description: "Order number" }, reason: { type: "string", description: "Reason", enum: ["damaged", "wrong_item", "changed_mind", "other"] } }, required: ["order_number", "reason"] },
  { domain: "shop", name: "escalate_to_human", description: "Hand the conversation to a human agent.", params: { summary: { type: "string", description: "Short summary" } }, required: ["summary"] },
];
function honestSupportBot(rng: Rng) {
  const SYS = "You are Pia, the support assistant of Parcelio, an online home-goods shop. Be brief and kind. Use the tools to check orders and create returns; never promise refunds yourself. Escalate to a human for payment disputes or if the customer asks.";
  for (const [perDay, country] of [[50, "DE"], [38, "FR"], [32, "ES"]] as [number, string][]) {
    const key = newKey(rng, "shop-support-bot", "honest", "support-bot");
    const net = cloudNet(rng, "DE");
    for (let day = 0; day < DAYS; day++) {
      for (let c = 0, n = rng.poisson(perDay); c < n; c++) {
        let ts = diurnalTs(rng, day, country, PROFILE_HUMAN);
        const msgs: ChatMsg[] = [{ role: "system", content: SYS }, { role: "user", content: ticket(rng) }];
        const turns = rng.int(1, 4);
        for (let t = 0; t < turns; t++) {
          const body: B = { model: "gpt-4o-mini", messages: msgs.slice(), tools: SHOP_TOOLS.map(openaiTool), temperature: 0.3, max_tokens: 500 };
          sendChat(key, net, ts, body, rng, 70, 0.5);
          if (rng.chance(0.55)) {
            const tl = rng.pick(SHOP_TOOLS);
            const id = `call_${hex(rng, 24)}`;
            const args = tl.name === "escalate_to_human" ? { summary: "Customer reports a payment issue" } : { order_number: String(rng.int(100000, 999999)), ...(tl.name === "create_return" ? { reason: rng.pick(["damaged", "wrong_item", "changed_mind"]) } : {}) };
            msgs.push({ role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name: tl.name, arguments: JSON.stringify(args) } }] });
            msgs.push({ role: "tool", tool_call_id: id, content: JSON.stringify({ status: rng.pick(["shipped", "delivered", "processing", "label_created", "escalated"]), eta: "2026-03-06" }) });
            ts += rng.float(1, 3) * SEC;
            sendChat(key, net, ts, { model: "gpt-4o-mini", messages: msgs.slice(), tools: SHOP_TOOLS.map(openaiTool), temperature: 0.3, max_tokens: 500 }, rng, 90, 0.4);
          }
          msgs.push({ role: "assistant", content: "I've checked that for you. Your order is on its way and should arrive by Friday. Is there anything else I can help with?" });
          msgs.push({ role: "user", content: rng.pick(["Thanks!", "Can I still change the address?", "It's damaged, I want to return it.", "I want to talk to a person.", "ok", "And when will I get my money back?"]) });
          ts += humanGap(rng, 50 * SEC);
        }
      }
    }
  }
}

// H14. Data pipelines on the Responses API with reasoning: invoice field extraction (nightly batch)
// and contract-clause review (business hours).
function honestDataPipeline(rng: Rng) {
  const k1 = newKey(rng, "responses-data-pipeline", "honest", "data-pipeline");
  const n1 = cloudNet(rng, "IE");
  const INSTR = "Extract the invoice fields into JSON following the schema. Use null for missing values. Amounts as numbers without currency symbols. Dates as YYYY-MM-DD.";
  const schema = { type: "json_schema", name: "invoice", strict: true, schema: { type: "object", additionalProperties: false, required: ["invoice_number", "supplier", "date", "total", "vat_rate", "payment_terms_days"], properties: { invoice_number: { type: "string" }, supplier: { type: "string" }, date: { type: ["string", "null"] }, total: { type: ["number", "null"] }, vat_rate: { type: ["number", "null"] }, payment_terms_days: { type: ["integer", "null"] } } } };
  for (let day = 0; day < DAYS; day++) {
    let ts = T0 + day * DAY + 30 * MIN + rng.int(0, 10) * MIN;
    const n = rng.poisson(210);
    for (let i = 0; i < n; i++) {
      sendResponses(k1, n1, ts, { model: "o4-mini", instructions: INSTR, input: invoiceText(rng), reasoning: { effort: "low" }, text: { format: schema }, max_output_tokens: 2000, store: false, metadata: { batch: `nightly-${day}` } }, rng, 90, 0.3);
      ts += rng.float(2, 6) * SEC;
    }
    for (let i = 0, m = rng.poisson(60); i < m; i++) sendResponses(k1, n1, diurnalTs(rng, day, "IE", PROFILE_BUSINESS), { model: "o4-mini", instructions: INSTR, input: invoiceText(rng), reasoning: { effort: "low" }, text: { format: schema }, max_output_tokens: 2000, store: false }, rng, 90, 0.3);
  }
  const k2 = newKey(rng, "responses-data-pipeline", "honest", "data-pipeline");
  const n2 = cloudNet(rng, "US");
  const CLAUSES = ["The Supplier shall indemnify the Customer against all losses arising from any breach of this Agreement, without limitation.", "Either party may terminate this Agreement for convenience on thirty (30) days' written notice.", "All intellectual property created under this Agreement shall vest in the Supplier.", "The Customer shall pay all invoices within ninety (90) days of receipt.", "This Agreement shall be governed by the laws of the State of New York.", "Supplier's aggregate liability shall not exceed the fees paid in the twelve months preceding the claim.", "Customer data may be processed by sub-processors located outside the EEA."];
  for (let day = 0; day < DAYS; day++) {
    for (let i = 0, n = rng.poisson(90); i < n; i++) {
      const clauses = rng.sample(CLAUSES, rng.int(2, 5)).map((c, j) => `${j + 1}.${rng.int(1, 9)} ${c}`).join("\n");
      sendResponses(k2, n2, diurnalTs(rng, day, "US", PROFILE_OFFICE), { model: "o3", instructions: "You review contract clauses for a procurement team. For each clause, flag risk as low/medium/high for the Customer, explain in one or two sentences, and suggest a fallback wording. Output a markdown table.", input: clauses, reasoning: { effort: "medium" }, max_output_tokens: 6000 }, rng, 450, 0.3);
    }
  }
}

// H15. Researchers using extended thinking at human pace, with follow-ups and occasional documents.
function honestThinkingResearchers(rng: Rng) {
  const fields = ["physics", "law", "economics", "biology", "computing", "history", "mathematics"];
  for (const f of fields) {
    const key = newKey(rng, "researchers-extended-thinking", "honest", "thinking-researcher");
    const country = rng.pick(["US", "GB", "DE", "JP", "BR", "IN", "FR"]);
    const net = rng.chance(0.5) ? residentialNet(rng, country) : cloudNet(rng);
    for (let day = 0; day < DAYS; day++) {
      const sessions = rng.int(1, 4);
      for (let s = 0; s < sessions; s++) {
        let ts = diurnalTs(rng, day, country, PROFILE_HUMAN);
        const first: unknown[] = [];
        if (rng.chance(0.35)) first.push({ type: "document", source: { type: "text", media_type: "text/plain", data: paperDoc(rng, rng.int(3, 7)) }, title: "draft.txt" });
        first.push({ type: "text", text: first.length ? `This is a draft I'm reviewing. ${rng.pick(["Is the identification strategy sound?", "What are the weakest points of the argument?", "Check whether the conclusions follow from the results.", "Suggest additional robustness checks."])}` : fill(rng.pick(Q_TEMPLATES), { c: rng.pick(FIELDS[f]), c2: rng.pick(FIELDS[f]) }) + " " + rng.pick(["I work on this professionally, so don't simplify.", "Be rigorous.", "", "Point out where the standard textbook account is misleading."]) });
        const msgs: ChatMsg[] = [{ role: "user", content: first }];
        let turns = 1;
        while (turns < 6 && rng.chance(0.5)) turns++;
        for (let t = 0; t < turns; t++) {
          const budget = rng.pick([4000, 8000, 10000, 16000]);
          const body: B = { model: rng.pick(["claude-opus-4-1", "claude-sonnet-4-5"]), max_tokens: budget + 8000, thinking: { type: "enabled", budget_tokens: budget }, messages: msgs.slice() };
          sendMessages(key, net, ts, body, rng, 900, 0.4);
          msgs.push({ role: "assistant", content: [{ type: "text", text: "There are three issues worth separating here. First, the mechanism you describe assumes... Second, ... Third, ..." }] });
          msgs.push({ role: "user", content: rng.pick(["Can you expand on the second issue?", "I disagree with your first point, the literature says otherwise. Reconsider.", "Give me a formal version of that argument.", "What would a referee say?", "OK, now write the response paragraph for the rebuttal."]) });
          ts += humanGap(rng, 4 * MIN);
        }
      }
    }
  }
}

// H16. Log-likelihood evaluation harness: /v1/completions with echo + logprobs, max_tokens 0,
// each multiple-choice question scored once per option (one-off run and nightly runs).
function honestLoglikEval(rng: Rng) {
  const fewshot = "The following are multiple choice questions about general science.\n\nQuestion: Which gas do plants absorb from the air for photosynthesis?\nAnswer: carbon dioxide\n\n";
  const mk = (seed: number, n: number) => buildBench(seed, n * 2).filter((x) => x.mc).slice(0, n);
  const k1 = newKey(rng, "loglik-eval-harness", "honest", "loglik-eval");
  const n1 = cloudNet(rng, "US");
  const q1 = mk(555, 150);
  const starts1 = concurrentSchedule(rng, T0 + DAY + 16 * HOUR, q1.length * 4, 16, 1.6 * SEC);
  let i1 = 0;
  for (const it of q1) for (const o of it.options!) sendCompletions(k1, n1, starts1[i1++], { model: "davinci-002", prompt: `${fewshot}Question: ${it.q}\nAnswer: ${o}`, max_tokens: 0, echo: true, logprobs: 1, temperature: 0 }, rng, 1, 0);
  const k2 = newKey(rng, "loglik-eval-harness", "honest", "loglik-eval");
  const n2 = cloudNet(rng, "DE");
  const q2 = mk(556, 80);
  for (let day = 0; day < DAYS; day++) {
    const st = concurrentSchedule(rng, T0 + day * DAY + 1 * HOUR, q2.length, 4, 2 * SEC);
    // batched: one request per question with all options as a prompt array
    q2.forEach((it, i) => sendCompletions(k2, n2, st[i], { model: "babbage-002", prompt: it.options!.map((o) => `${fewshot}Question: ${it.q}\nAnswer: ${o}`), max_tokens: 0, echo: true, logprobs: 1, temperature: 0 }, rng, 1, 0));
  }
}

// H17. Personal-assistant product (agent platform) with a fixed tool set: diverse user tasks, tool loops.
function honestAssistantAgent(rng: Rng) {
  const tools = TOOL_SPECS.filter((t) => ["calendar", "travel", "maps", "food"].includes(t.domain) || t.name === "send_email" || t.name === "web_search");
  const SYS = "You are Juniper, a personal assistant app. You can manage the user's calendar, email, travel and errands with the tools provided. Confirm before sending emails or booking anything that costs money. Today's date is provided by the app in each conversation.";
  const ASKS = ["What's on my calendar tomorrow afternoon?", "Find me a flight to {city} next Friday morning, economy.", "Is it going to rain in {city} this weekend?", "Move my 3pm with Sam to Thursday.", "Find a vegetarian recipe with what I have: tomatoes, lentils, spinach.", "How do I get from the office to {city} central station by transit?", "Email Dana that I'll be 10 minutes late.", "Book the hotel near the conference for 2 nights from the 14th.", "Find a pharmacy open now near me.", "Add milk, eggs and coffee to my grocery order."];
  for (const [perDay, cloud] of [[90, "US"], [60, "SG"]] as [number, string][]) {
    const key = newKey(rng, "assistant-agent-platform", "honest", "agent-platform");
    const net = cloudNet(rng, cloud);
    for (let day = 0; day < DAYS; day++) {
      for (let c = 0, n = rng.poisson(perDay / 2.6); c < n; c++) {
        const country = cloud === "US" ? rng.pick(["US", "CA", "MX"]) : rng.pick(["SG", "MY", "ID", "PH", "AU"]);
        let ts = diurnalTs(rng, day, country, PROFILE_HUMAN);
        const msgs: ChatMsg[] = [{ role: "system", content: `${SYS}\nToday: 2026-03-0${2 + day}.` }, { role: "user", content: fill(rng.pick(ASKS), { city: rng.pick(["Lisbon", "Osaka", "Jakarta", "Boston", "Sydney"]) }) }];
        const steps = rng.int(1, 4);
        for (let st = 0; st < steps; st++) {
          sendChat(key, net, ts, { model: "gpt-4.1-mini", messages: msgs.slice(), tools: tools.map(openaiTool), temperature: 0.3, max_tokens: 800 }, rng, st === steps - 1 ? 90 : 40, 0.5);
          if (st < steps - 1) {
            const t = rng.pick(tools);
            const id = `call_${hex(rng, 24)}`;
            msgs.push({ role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name: t.name, arguments: JSON.stringify(toolArgs(rng, t)) } }] });
            msgs.push({ role: "tool", tool_call_id: id, content: toolOutput(rng, t) });
            ts += rng.float(0.8, 4) * SEC;
          }
        }
      }
    }
  }
}

// =============================================================================================
// DISTILLATION scenarios

// Hard reasoning prompts (English), used by several harvesters
function hardProblem(rng: Rng): string {
  const a = rng.int(2, 12), b = rng.int(3, 40), c = rng.int(2, 9), n = rng.int(5, 40);
  const t = rng.int(0, 11);
  switch (t) {
    case 0: return `Prove that for every integer n >= ${a}, ${rng.pick([`n^${c % 2 === 0 ? 3 : 5} - n is divisible by ${c % 2 === 0 ? 6 : 30}`, `${a}^n > n^2`, `the sum of the first n odd numbers is n^2`, `n! > ${a}^n for all sufficiently large n, and find the smallest such n`])}.`;
    case 1: return `Find all positive integers n <= ${b * 50} such that n^2 + ${a}n + ${b} is a perfect square. Justify that your list is complete.`;
    case 2: return `In how many ways can a 2 x ${n} board be tiled with 1 x 2 dominoes and 2 x 2 squares? Derive a recurrence and solve it.`;
    case 3: return `Design an algorithm that ${rng.pick(CODE_TASKS)} in the best possible time complexity. Prove its correctness and analyse its complexity, then give an implementation in ${rng.pick(LANGS_CODE)}.`;
    case 4: return `Estimate the number of ${rng.pick(["piano tuners", "dentists", "traffic lights", "coffee cups sold per day", "bicycles", "hospital beds"])} in ${rng.pick(["Jakarta", "Istanbul", "Hanoi", "Warsaw", "Cairo", "São Paulo", "Chicago"])}. State every assumption and give a confidence interval.`;
    case 5: return `A ${a} kg block slides down a ${rng.pick([20, 25, 30, 35, 40])} degree incline with kinetic friction coefficient 0.${c}${a % 10}. It starts from rest ${b} m above the ground. Find its speed at the bottom and the energy dissipated. Then discuss what changes if the incline accelerates horizontally.`;
    case 6: return `A monopolist faces inverse demand P = ${b * 10} - ${c}Q and has cost C(Q) = ${a}Q + ${b * 5}. Find the profit-maximizing output, price, consumer surplus and deadweight loss. Then redo it under perfect price discrimination.`;
    case 7: return `Construct the strongest argument for and the strongest argument against ${rng.pick(FIELDS.philosophy)} as applied to ${rng.pick(["autonomous vehicles", "organ donation", "climate policy", "AI governance", "criminal sentencing"])}, then adjudicate between them.`;
    case 8: return `On an island, knights always tell the truth and knaves always lie. ${n % 5 + 3} inhabitants make these statements: ${Array.from({ length: (n % 5) + 3 }, (_, i) => `${String.fromCharCode(65 + i)} says "${rng.pick(["exactly one of us is a knight", `${String.fromCharCode(65 + ((i + 1) % ((n % 5) + 3)))} is a knave`, "at least two of us are knaves", "I am a knight"])}"`).join("; ")}. Determine every consistent assignment.`;
    case 9: return `${mathWordProblemEn(rng)} Then generalize the result and prove the general formula.`;
    case 10: return `Explain ${rng.pick(ALL_CONCEPTS)} rigorously, derive its key result from first principles, and give two worked examples with full calculations.`;
    default: return `Let X_1, ..., X_${n} be i.i.d. ${rng.pick(["Exponential(1)", "Uniform(0,1)", "Bernoulli(1/3)", "Poisson(2)"])}. Find the distribution of ${rng.pick(["the maximum", "the minimum", "the sum", "the range"])} and its expectation. Show every step.`;
  }
}

// varied text for embeddings / echo harvest
function diverseText(rng: Rng): string {
  const r = rng.int(0, 8);
  switch (r) {
    case 0: return generalQuestion(rng);
    case 1: return `${rng.pick(ALL_CONCEPTS)} is ${rng.pick(["a principle", "a phenomenon", "a method", "an idea"])} in ${rng.pick(FIELD_NAMES)} that ${rng.pick(["explains why systems change over time", "describes how information is preserved", "predicts outcomes under uncertainty", "links structure to function"])}.`;
    case 2: return harvestQuestion(rng, rng.pick(["tr", "vi", "id", "pl", "ar"] as HLang[]));
    case 3: return codeFile(rng, rng.int(4, 10));
    case 4: return paperAbstract(rng);
    case 5: return review(rng);
    case 6: return rng.pick(TR_SENTENCES);
    case 7: return eduQuestion(rng, rng.pick(["en", "es", "pt", "id", "tr", "vi", "fr"] as Lang[]));
    default: return hardProblem(rng);
  }
}

// flat 24h arrivals with a rate per hour (harvest workers)
function flatArrivals(rng: Rng, perDay: number, start = T0, end = T_END): number[] {
  const out: number[] = [];
  let t = start + rng.exp(DAY / perDay);
  while (t < end) {
    out.push(t);
    t += rng.exp(DAY / perDay);
  }
  return out;
}

// D1. Reasoning harvest written natively in Turkish, Vietnamese, Indonesian, Polish, Arabic.
function distillMultilingualReasoning(rng: Rng) {
  const langs: HLang[] = ["tr", "vi", "id", "pl", "ar"];
  const homeCountry: Record<HLang, string> = { tr: "TR", vi: "VN", id: "ID", pl: "PL", ar: "EG" };
  for (let i = 0; i < 7; i++) {
    const lang = langs[i % 5];
    const key = newKey(rng, "multilingual-reasoning-harvest", "distill", "native-reasoning");
    const mixed = i >= 5; // two keys rotate through all languages
    const localStyle = i % 2 === 1; // looks like a local app: residential, local diurnal
    const nets = localStyle ? [residentialNet(rng, homeCountry[lang]), residentialNet(rng, homeCountry[lang])] : [cloudNet(rng), cloudNet(rng)];
    const anthropic = i === 3 || i === 6;
    const times = localStyle ? Array.from({ length: 3 * rng.poisson(80) }, (_, j) => diurnalTs(rng, j % DAYS, homeCountry[lang], PROFILE_HUMAN)) : flatArrivals(rng, 80);
    for (const ts of times) {
      const L = mixed ? rng.pick(langs) : lang;
      const b = HARVEST[L];
      const q = harvestQuestion(rng, L);
      if (anthropic) {
        sendMessages(key, rng.pick(nets), ts, { model: "claude-sonnet-4-5", max_tokens: 8192, system: rng.pick(b.sys), messages: [{ role: "user", content: q }], temperature: 0.7 }, rng, 1300, 0.35);
      } else {
        const body: B = { model: rng.pick(["gpt-4o", "gpt-4.1"]), messages: [{ role: "system", content: rng.pick(b.sys) }, { role: "user", content: q }], temperature: 0.7, max_tokens: 4096 };
        if (rng.chance(0.3)) body.n = 2;
        sendChat(key, rng.pick(nets), ts, body, rng, 1100, 0.35);
      }
    }
  }
}

// D2. Logprob extraction: top_logprobs with short outputs, logit_bias sweeps, /v1/completions with echo,
// best_of sampling.
function distillLogprobs(rng: Rng) {
  // chat next-token distributions
  const k1 = newKey(rng, "logprob-extraction", "distill", "logprob-harvest");
  const n1 = [cloudNet(rng, "US"), cloudNet(rng, "US")];
  for (const ts of flatArrivals(rng, 130)) {
    const prefix = rng.chance(0.5) ? generalQuestion(rng) : `Continue the text:\n${diverseText(rng)}`;
    sendChat(k1, rng.pick(n1), ts, { model: rng.pick(["gpt-4o", "gpt-4o-mini"]), messages: [{ role: "user", content: prefix }], max_tokens: rng.pick([1, 1, 2, 4, 8, 16]), temperature: rng.pick([0, 1]), logprobs: true, top_logprobs: 20 }, rng, 8, 0.5);
  }
  // logit_bias sweep: the same prompts re-asked with different biased token sets
  const k2 = newKey(rng, "logprob-extraction", "distill", "logit-bias-sweep");
  const n2 = cloudNet(rng, "SG");
  const probePrompts = Array.from({ length: 40 }, () => generalQuestion(rng));
  for (const ts of flatArrivals(rng, 110)) {
    const bias: Record<string, number> = {};
    const base = rng.int(0, 99000);
    for (let j = 0, m = rng.int(20, 300); j < m; j++) bias[String(base + j)] = rng.pick([5, 10, 20, 40, 100]);
    sendChat(k2, n2, ts, { model: "gpt-4o-mini", messages: [{ role: "user", content: rng.pick(probePrompts) }], max_tokens: 1, temperature: 0, logprobs: true, top_logprobs: 5, logit_bias: bias, seed: rng.int(1, 9) }, rng, 1, 0);
  }
  // completions with echo: full-prompt token logprobs on varied passages
  for (let i = 0; i < 2; i++) {
    const k = newKey(rng, "logprob-extraction", "distill", "echo-harvest");
    const nets = i === 0 ? [cloudNet(rng, "DE")] : Array.from({ length: 6 }, () => residentialNet(rng));
    for (const ts of flatArrivals(rng, 100)) {
      const prompt = rng.chance(0.35) ? Array.from({ length: rng.int(4, 16) }, () => diverseText(rng)) : diverseText(rng) + (rng.chance(0.5) ? "\n\n" + diverseText(rng) : "");
      sendCompletions(k, rng.pick(nets), ts, { model: rng.pick(["gpt-3.5-turbo-instruct", "davinci-002"]), prompt, echo: true, logprobs: 5, max_tokens: rng.pick([0, 0, 1]), temperature: 0 }, rng, 1, 0);
    }
  }
  // best_of sampling with logprobs
  const k5 = newKey(rng, "logprob-extraction", "distill", "best-of-harvest");
  const n5 = cloudNet(rng, "IE");
  for (const ts of flatArrivals(rng, 70)) {
    const bo = rng.pick([3, 5, 8]);
    sendCompletions(k5, n5, ts, { model: "gpt-3.5-turbo-instruct", prompt: `Question: ${generalQuestion(rng)}\nDetailed answer:`, best_of: bo, n: rng.pick([1, 1, Math.min(2, bo)]), logprobs: 5, max_tokens: 400, temperature: 0.9 }, rng, 260, 0.4);
  }
}

// D3. Embeddings harvest at volume (large arrays, dense single-string bursts, dimension sweeps).
function distillEmbeddings(rng: Rng) {
  const k1 = newKey(rng, "embeddings-harvest", "distill", "embedding-harvest");
  const n1 = cloudNet(rng, "US");
  for (const ts of flatArrivals(rng, 120)) sendEmbeddings(k1, n1, ts, { model: "text-embedding-3-large", input: Array.from({ length: rng.pick([128, 256, 256, 512]) }, () => diverseText(rng).slice(0, 400)) });
  const k2 = newKey(rng, "embeddings-harvest", "distill", "embedding-harvest");
  const n2 = [cloudNet(rng, "SG"), cloudNet(rng, "JP")];
  for (let day = 0; day < DAYS; day++) {
    for (let burst = 0; burst < 6; burst++) {
      let ts = T0 + day * DAY + rng.float(0, 23.5) * HOUR;
      for (let i = 0, n = rng.int(25, 45); i < n; i++) {
        sendEmbeddings(k2, rng.pick(n2), ts, { model: "text-embedding-3-small", input: diverseText(rng) });
        ts += rng.float(0.4, 2.5) * SEC;
      }
    }
  }
  const k3 = newKey(rng, "embeddings-harvest", "distill", "embedding-harvest");
  for (const ts of flatArrivals(rng, 90)) {
    const model = rng.pick(["text-embedding-3-large", "text-embedding-3-small"]);
    const dims = model === "text-embedding-3-large" ? rng.pick([256, 512, 1024, 3072]) : rng.pick([256, 512, 1024, 1536]);
    sendEmbeddings(k3, residentialNet(rng), ts, { model, input: Array.from({ length: rng.pick([32, 64, 96]) }, () => diverseText(rng).slice(0, 300)), dimensions: dims, encoding_format: rng.pick(["float", "base64"]) });
  }
}

// D4. Low-and-slow hydra: hundreds of keys, tens of requests each over days, many residential
// networks, a paraphrased wrapper per key, varied parameters and routes.
function paraphrasedWrapper(rng: Rng): { sys: string; place: "system" | "prefix" | "suffix" } {
  const role = rng.pick(["You are a helpful assistant.", "You are an expert tutor.", "You are a knowledgeable AI.", "Act as a domain expert.", "You are a careful and thorough assistant.", "Assume the role of a university professor.", "You're an experienced consultant.", ""]);
  const ask = rng.pick(["Answer the question thoroughly.", "Give a complete and detailed answer.", "Provide a comprehensive response.", "Explain your reasoning fully before concluding.", "Think it through step by step and show your work.", "Be precise and complete.", "Cover all relevant aspects.", "Respond in depth."]);
  const fmt = rng.pick(["Use markdown headings.", "Use numbered steps where useful.", "Write in clear paragraphs.", "End with a short summary.", "Include an example.", "", "Avoid unnecessary filler."]);
  return { sys: [role, ask, fmt].filter(Boolean).join(" "), place: rng.pick(["system", "system", "prefix", "suffix"] as const) };
}
function distillHydra(rng: Rng) {
  for (let h = 0; h < 240; h++) {
    const key = newKey(rng, "low-slow-hydra", "distill", "hydra");
    const country = rng.pick(RES_COUNTRIES);
    const nets = Array.from({ length: rng.int(1, 4) }, () => residentialNet(rng, rng.chance(0.8) ? country : undefined));
    const w = paraphrasedWrapper(rng);
    const route = rng.weighted([["chat", 70], ["messages", 18], ["responses", 12]] as const);
    const model = route === "messages" ? rng.pick(["claude-sonnet-4-5", "claude-opus-4-1"]) : rng.pick(["gpt-4o", "gpt-4.1", "o4-mini", "gpt-4o"]);
    const temp = Math.round(rng.float(0.2, 1.1) * 10) / 10;
    const maxTok = rng.pick([1024, 1500, 2048, 3000, 4096]);
    const useTopP = rng.chance(0.3);
    const n = rng.int(5, 20);
    const days = rng.int(1, 3);
    const firstDay = rng.int(0, DAYS - days);
    for (let i = 0; i < n; i++) {
      const ts = diurnalTs(rng, firstDay + (i % days), country, PROFILE_HUMAN);
      const q = rng.chance(0.85) ? generalQuestion(rng) : hardProblem(rng);
      const user = w.place === "prefix" ? `${w.sys}\n\n${q}` : w.place === "suffix" ? `${q}\n\n${w.sys}` : q;
      const net = rng.pick(nets);
      if (route === "chat") {
        const msgs: ChatMsg[] = w.place === "system" ? [{ role: "system", content: w.sys }, { role: "user", content: q }] : [{ role: "user", content: user }];
        const body: B = model.startsWith("o") ? { model, messages: msgs, max_completion_tokens: maxTok * 2 } : { model, messages: msgs, max_tokens: maxTok };
        if (!model.startsWith("o")) body.temperature = temp;
        if (useTopP && !model.startsWith("o")) body.top_p = 0.9;
        sendChat(key, net, ts, body, rng, 800, 0.4);
      } else if (route === "messages") {
        const body: B = { model, max_tokens: maxTok, messages: [{ role: "user", content: user === q && w.place === "system" ? q : user }], temperature: Math.min(1, temp) };
        if (w.place === "system") body.system = w.sys;
        sendMessages(key, net, ts, body, rng, 800, 0.4);
      } else {
        const body: B = { model, input: user === q && w.place === "system" ? q : user, max_output_tokens: maxTok * 2 };
        if (w.place === "system") body.instructions = w.sys;
        if (model.startsWith("o")) body.reasoning = { effort: rng.pick(["medium", "high"]) };
        sendResponses(key, net, ts, body, rng, 700, 0.4);
      }
    }
  }
}

// D5. Tool-calling trajectory harvest: synthetic tasks over every domain, a different tool subset
// per episode, self-simulated tool outputs fed back, OpenAI and Anthropic formats.
const AGENT_TASKS = [
  "Plan a 4-day trip to {city} for two people in May on a budget of 1500 EUR, including flights from {from}.", "Find out which region had the highest revenue growth last quarter and make a bar chart.",
  "Look up the customer {email}, check their last ticket and email them an update.", "Convert 12,500 {cur} to EUR and tell me if buying {ticker} shares with it makes sense today.",
  "Schedule a 30-minute sync with the design team next week when everyone is free.", "Find a gluten-free dinner recipe for six and order the missing ingredients.",
  "Research recent developments on {concept} on the web and write a 200-word brief with sources.", "The build is failing. Inspect the repository, run the tests and fix the bug.",
  "Set the living room to 21 degrees and tell me which devices are still on.", "Get directions from {from} airport to the old town in {city} by transit and find a cafe nearby.",
  "Check the schema of the orders table and write a query for the 10 most returned products.", "Book a hotel in {city} for 3 nights from the 12th and add it to my calendar.",
];
function distillToolTrajectories(rng: Rng) {
  const generic = ["You are an autonomous agent. Use the available tools to complete the user's task. Think before each action. When done, give a final answer.", "You are a helpful assistant with access to tools. Call tools as needed, possibly in parallel, and explain your final result.", "You are an AI agent. Solve the task using tool calls. Be efficient."];
  for (let i = 0; i < 5; i++) {
    const anthropic = i >= 3;
    const thinking = i === 4;
    const key = newKey(rng, "tool-trajectory-harvest", "distill", "tool-trajectory");
    const nets = [cloudNet(rng), cloudNet(rng)];
    for (const start of flatArrivals(rng, 25)) {
      let ts = start;
      const tools = rng.sample(TOOL_SPECS, rng.int(4, 10));
      const task = fill(rng.pick(AGENT_TASKS), { city: rng.pick(["Lisbon", "Hanoi", "Istanbul", "Jakarta", "Warsaw", "Cairo", "Osaka", "Bogotá"]), from: rng.pick(["AMS", "JFK", "SIN", "GRU"]), email: `${rng.pick(["ana", "li", "omar", "kasia", "tuan"])}@example.com`, cur: rng.pick(["TRY", "IDR", "PLN", "VND", "USD"]), ticker: rng.pick(["ACME", "GLOBX", "INIT"]), concept: rng.pick(ALL_CONCEPTS) });
      const sys = rng.pick(generic);
      const steps = rng.int(2, 6);
      const msgs: ChatMsg[] = anthropic ? [{ role: "user", content: task }] : [{ role: "system", content: sys }, { role: "user", content: task }];
      const net = rng.pick(nets);
      for (let st = 0; st < steps; st++) {
        const last = st === steps - 1;
        const par = rng.chance(0.3) ? 2 : 1;
        if (anthropic) {
          const body: B = { model: "claude-sonnet-4-5", max_tokens: thinking ? 24000 : 4096, system: sys, tools: tools.map(anthropicTool), messages: msgs.slice() };
          if (thinking) body.thinking = { type: "enabled", budget_tokens: 12000 };
          else body.temperature = 1;
          sendMessages(key, net, ts, body, rng, last ? 400 : 160, 0.4);
          if (last) break;
          const content: unknown[] = [];
          if (thinking) content.push({ type: "thinking", thinking: `The user wants: ${task.slice(0, 60)}... I will call ${par} tool(s) next and then compare the results.`, signature: fakeSig(rng) });
          const results: unknown[] = [];
          for (let p = 0; p < par; p++) {
            const t = rng.pick(tools);
            const id = `toolu_${hex(rng, 24)}`;
            content.push({ type: "tool_use", id, name: t.name, input: toolArgs(rng, t) });
            results.push({ type: "tool_result", tool_use_id: id, content: toolOutput(rng, t), ...(rng.chance(0.05) ? { is_error: true } : {}) });
          }
          msgs.push({ role: "assistant", content });
          msgs.push({ role: "user", content: results });
        } else {
          sendChat(key, net, ts, { model: rng.pick(["gpt-4o", "gpt-4.1"]), messages: msgs.slice(), tools: tools.map(openaiTool), tool_choice: "auto", parallel_tool_calls: true, temperature: 0.8, max_tokens: 2048 }, rng, last ? 380 : 70, 0.4);
          if (last) break;
          const calls = Array.from({ length: par }, () => {
            const t = rng.pick(tools);
            return { t, id: `call_${hex(rng, 24)}` };
          });
          msgs.push({ role: "assistant", content: rng.chance(0.4) ? "Let me gather the information." : null, tool_calls: calls.map((c) => ({ id: c.id, type: "function", function: { name: c.t.name, arguments: JSON.stringify(toolArgs(rng, c.t)) } })) });
          for (const c of calls) msgs.push({ role: "tool", tool_call_id: c.id, content: toolOutput(rng, c.t) });
        }
        ts += rng.float(1, 5) * SEC;
      }
    }
  }
}

// D6. Anthropic extended-thinking harvest: large budgets, hard diverse problems, some with documents.
function distillThinking(rng: Rng) {
  for (let i = 0; i < 3; i++) {
    const key = newKey(rng, "anthropic-thinking-harvest", "distill", "thinking-harvest");
    const nets = i === 2 ? Array.from({ length: 8 }, () => residentialNet(rng)) : [cloudNet(rng)];
    for (const ts of flatArrivals(rng, 100)) {
      const budget = rng.pick([16000, 20000, 24000, 32000]);
      const content: unknown[] = [];
      if (rng.chance(0.25)) {
        content.push({ type: "document", source: { type: "text", media_type: "text/plain", data: paperDoc(rng, rng.int(3, 8)) }, title: `paper-${rng.int(1000, 9999)}.txt` });
        content.push({ type: "text", text: rng.pick(["Critically analyse the methodology of this paper and identify every threat to validity.", "Reconstruct the paper's argument step by step and check whether each inference is justified.", "Derive the main result independently and compare with the authors' approach."]) });
      } else content.push({ type: "text", text: rng.chance(0.8) ? hardProblem(rng) : harvestQuestion(rng, rng.pick(["tr", "vi", "id", "pl", "ar"] as HLang[])) });
      const body: B = { model: rng.pick(["claude-opus-4-1", "claude-sonnet-4-5"]), max_tokens: budget + rng.pick([8000, 16000]), thinking: { type: "enabled", budget_tokens: budget }, messages: [{ role: "user", content: content.length === 1 ? (content[0] as { text: string }).text : content }] };
      if (rng.chance(0.4)) body.system = "Reason exhaustively. Consider alternative approaches before committing, verify each step, and present a complete final solution.";
      sendMessages(key, rng.pick(nets), ts, body, rng, 1500, 0.4);
    }
  }
}

// D7. Responses API reasoning harvest: effort high, detailed reasoning summaries, encrypted reasoning.
function distillResponsesReasoning(rng: Rng) {
  for (let i = 0; i < 3; i++) {
    const key = newKey(rng, "responses-reasoning-harvest", "distill", "reasoning-summary-harvest");
    const net = cloudNet(rng);
    for (const ts of flatArrivals(rng, 80)) {
      const q = rng.chance(0.6) ? hardProblem(rng) : rng.chance(0.5) ? generalQuestion(rng) : harvestQuestion(rng, rng.pick(["tr", "vi", "id", "pl", "ar"] as HLang[]));
      const body: B = { model: rng.pick(["o3", "o4-mini", "gpt-5"]), input: rng.chance(0.5) ? q : [{ role: "user", content: q }], reasoning: { effort: "high", summary: "detailed" }, include: ["reasoning.encrypted_content"], store: false, max_output_tokens: rng.pick([16000, 25000, 32000]) };
      if (rng.chance(0.3)) body.instructions = "Solve the problem completely. Show a clear, rigorous final solution.";
      sendResponses(key, net, ts, body, rng, 900, 0.4);
    }
  }
}

// D8. n-sampling for rejection sampling: n = 4..16 at temperature 1, sometimes with logprobs.
function distillNSampling(rng: Rng) {
  for (let i = 0; i < 3; i++) {
    const key = newKey(rng, "n-sampling-harvest", "distill", "n-sampling");
    const net = i === 1 ? residentialNet(rng, "US") : cloudNet(rng);
    for (const ts of flatArrivals(rng, 60)) {
      const body: B = { model: rng.pick(["gpt-4o", "gpt-4.1-mini"]), messages: [{ role: "user", content: rng.chance(0.5) ? generalQuestion(rng) : `${mathWordProblemEn(rng)} Think step by step and put the final answer in \\boxed{}.` }], n: rng.pick([4, 8, 8, 16]), temperature: 1.0, top_p: 1, max_tokens: 2048 };
      if (rng.chance(0.5)) {
        body.logprobs = true;
        body.top_logprobs = rng.pick([0, 1, 5]);
      }
      sendChat(key, net, ts, body, rng, 450, 0.4);
    }
  }
}

// D9. Harvest mixed into a real-looking support bot (a quarter of requests are off-domain questions).
const THERMO_Q = ["My thermostat shows error E{n}, what does it mean?", "How do I pair the thermostat with the app?", "The heating doesn't turn off at night even though I set a schedule.", "Can I control two zones with one thermostat?", "The display is blank after I changed the batteries.", "How do I enable eco mode?", "Does it work with a heat pump?", "Wifi keeps disconnecting every evening.", "How do I reset to factory settings?", "Why is the temperature reading 2 degrees higher than my other thermometer?"];
function distillMixedSupport(rng: Rng) {
  const SYS = "You are the support assistant for Brightloop smart thermostats. Help customers with installation, pairing, schedules, error codes and energy-saving settings. Be friendly and clear.";
  for (let i = 0; i < 3; i++) {
    const key = newKey(rng, "support-bot-mixed-harvest", "distill", "mixed-app-harvest");
    const net = cloudNet(rng, rng.pick(["US", "DE", "IE"]));
    for (let day = 0; day < DAYS; day++) {
      for (let j = 0, n = rng.poisson(120); j < n; j++) {
        const ts = diurnalTs(rng, day, rng.pick(["US", "GB", "DE"]), PROFILE_HUMAN);
        const harvest = rng.chance(0.25);
        const q = harvest ? generalQuestion(rng) : fill(rng.pick(THERMO_Q), { n: rng.int(10, 99) });
        const body: B = { model: "gpt-4o-mini", messages: [{ role: "system", content: SYS }, { role: "user", content: q }], temperature: 0.5, max_tokens: harvest ? 2048 : 600, stream: true };
        sendChat(key, net, ts, body, rng, harvest ? 750 : 150, 0.4);
      }
    }
  }
}

// D10. Key rotation: a harvest job that moves to a fresh key every few hours, across cloud networks.
function distillRotation(rng: Rng) {
  const base = "You are an expert. Answer the question in detail, with examples, and end with a summary.";
  const tweaks = ["", " Use headings.", " Be thorough.", " Write for an educated reader.", " Include pitfalls."];
  let t = T0 + rng.float(0, 2) * HOUR;
  for (let k = 0; k < 32 && t < T_END; k++) {
    const key = newKey(rng, "key-rotation-harvest", "distill", "key-rotation");
    const net = cloudNet(rng);
    const sys = base + rng.pick(tweaks);
    const life = rng.float(1.5, 3.5) * HOUR;
    const end = t + life;
    let ts = t;
    while (ts < end) {
      const body: B = { model: rng.pick(["gpt-4o", "gpt-4.1"]), messages: [{ role: "system", content: sys }, { role: "user", content: generalQuestion(rng) }], temperature: 0.7, max_tokens: 3000 };
      if (rng.chance(0.2)) body.n = 2;
      sendChat(key, net, ts, body, rng, 900, 0.35);
      ts += rng.float(90, 300) * SEC;
    }
    t = end - rng.float(0, 20) * MIN; // next key starts just before the old one stops
  }
}

// D11. Imposter "tutoring app": tutor-style prompt, curriculum swept systematically, no follow-ups, flat timing.
function distillEduImposter(rng: Rng) {
  const SYS = "You are an AI tutor. For every question, give a complete worked explanation: restate the problem, explain each step with the reasoning behind it, and finish with the final answer and a one-line summary. Answer in the language of the question.";
  const langs: Lang[] = ["en", "es", "pt", "id", "tr", "vi", "fr"];
  for (let i = 0; i < 2; i++) {
    const key = newKey(rng, "tutor-app-imposter", "distill", "app-imposter");
    const nets = [cloudNet(rng, "SG"), cloudNet(rng, "US")];
    let li = 0;
    for (const ts of flatArrivals(rng, 150)) {
      const lang = langs[li++ % langs.length];
      const q = rng.chance(0.6) ? eduQuestion(rng, lang) : `For my homework (grade ${rng.int(7, 12)}): explain ${rng.pick(ALL_CONCEPTS)} step by step.`;
      sendChat(key, rng.pick(nets), ts, { model: "gpt-4o-mini", messages: [{ role: "system", content: SYS }, { role: "user", content: q }], temperature: 1, max_tokens: 2048, user: `stu_${hex(rng, 12)}` }, rng, 650, 0.35);
    }
  }
}

function fakeAnswer(rng: Rng, topic: string): string {
  const open = rng.pick(["Great question! Let's break it down.", "Sure, here is a structured explanation.", "Absolutely. Let's go step by step.", "Happy to help. Here's the short version first, then the details."]);
  const p1 = `**Core idea.** ${topic[0].toUpperCase() + topic.slice(1)} ${rng.pick(["is best understood as", "can be summarized as", "comes down to"])} ${rng.pick(["a relationship between cause and effect that only shows up at scale", "a trade-off between two competing pressures", "a rule that constrains what outcomes are possible", "a mechanism that turns small inputs into large effects"])}.`;
  const p2 = `**Why it matters.** ${rng.pick(["Without it, practitioners systematically misjudge risks.", "It explains a surprising number of everyday observations.", "Most modern methods in the field build on it.", "Policy decisions often hinge on getting it right."])} ${rng.pick(["Experts disagree mainly about its limits, not its core.", "The details are subtle, but the intuition is simple.", "Historically, it took decades to be accepted."])}`;
  const p3 = `**Example.** ${rng.pick(["Imagine a situation where", "Consider a case in which", "Suppose that", "Picture an experiment in which"])} ${rng.pick(["every change compounds over a year", "two goals pull in opposite directions", "a single assumption turns out to be false", "the obvious explanation is wrong"])}; ${topic} predicts exactly what happens next.`;
  return `${open}\n\n${p1}\n\n${p2}\n\n${p3}\n\n${rng.pick(["In summary, connect the idea to concrete cases.", "Let me know if you want a deeper dive.", "Key takeaway: the mechanism matters more than the label."])}`;
}

// D12. Fabricated multi-turn histories: long, stylised assistant turns written by the harvester,
// each request a new conversation, to harvest multi-turn behaviour.
function distillFakeHistory(rng: Rng) {
  for (let i = 0; i < 2; i++) {
    const key = newKey(rng, "fabricated-history-harvest", "distill", "fake-history");
    const net = i === 0 ? cloudNet(rng) : residentialNet(rng);
    for (const ts of flatArrivals(rng, 80)) {
      const turns = rng.int(2, 5);
      const topic = rng.pick(ALL_CONCEPTS);
      const msgs: ChatMsg[] = [];
      for (let t = 0; t < turns; t++) {
        msgs.push({ role: "user", content: t === 0 ? fill(rng.pick(Q_TEMPLATES), { c: topic, c2: rng.pick(ALL_CONCEPTS) }) : rng.pick(FOLLOWUPS_EN) });
        msgs.push({ role: "assistant", content: fakeAnswer(rng, topic) });
      }
      msgs.push({ role: "user", content: rng.pick(FOLLOWUPS_EN) + " " + rng.pick(["Also, go deeper this time.", "Explain your reasoning.", "", "Then give me an exercise with the solution."]) });
      sendChat(key, net, ts, { model: rng.pick(["gpt-4o", "gpt-4.1"]), messages: msgs, temperature: 0.9, max_tokens: 2500 }, rng, 800, 0.35);
    }
  }
}

// D13. Fake benchmark: benchmark-style CoT prompts run at concurrency every night, but the items are
// never repeated (an unbounded generator): harvesting under an evaluation disguise.
function distillFakeBenchmark(rng: Rng) {
  for (let i = 0; i < 2; i++) {
    const key = newKey(rng, "fake-benchmark-harvest", "distill", "eval-disguise");
    const net = cloudNet(rng, i === 0 ? "US" : "NL");
    for (let day = 0; day < DAYS; day++) {
      const items = buildBench(fnv1a(`${key}:${day}`), 150);
      const ts = concurrentSchedule(rng, T0 + day * DAY + rng.pick([1, 2, 4]) * HOUR, items.length, 8, 8 * SEC);
      items.forEach((it, j) => {
        const prompt = rng.chance(0.4) ? `${hardProblem(rng)}\n\nLet's think step by step. Give the final answer on the last line as "Answer: <value>".` : benchPrompt(it);
        sendChat(key, net, ts[j], { model: "gpt-4o", messages: [{ role: "user", content: prompt }], temperature: rng.pick([0, 0.7]), max_tokens: 2048 }, rng, 520, 0.4);
      });
    }
  }
}

// =============================================================================================
// main

function main() {
  const { seed, out } = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  GLOBAL = new Rng(fnv1a(`suite-c:${seed}`));
  const scenarios: [string, (r: Rng) => void][] = [
    ["edu", honestEducation], ["content", honestContentWriter], ["bench1", honestBenchOneOff], ["benchN", honestBenchNightly], ["passk", honestPassAtK],
    ["classifier", honestClassifier], ["translation", honestTranslation], ["office", honestOffice], ["chat", honestChatUsers], ["coding", honestCodingAgents],
    ["rag", honestRag], ["emb", honestEmbeddings], ["support", honestSupportBot], ["pipeline", honestDataPipeline], ["thinkers", honestThinkingResearchers],
    ["loglik", honestLoglikEval], ["assistant", honestAssistantAgent],
    ["d-ml", distillMultilingualReasoning], ["d-logprobs", distillLogprobs], ["d-emb", distillEmbeddings], ["d-hydra", distillHydra], ["d-tools", distillToolTrajectories],
    ["d-think", distillThinking], ["d-resp", distillResponsesReasoning], ["d-n", distillNSampling], ["d-mixed", distillMixedSupport], ["d-rot", distillRotation],
    ["d-imposter", distillEduImposter], ["d-fakehist", distillFakeHistory], ["d-fakebench", distillFakeBenchmark],
  ];
  for (const [name, fn] of scenarios) fn(new Rng(fnv1a(`${name}:${seed}`)));

  // stable order by time
  const idx = events.map((e, i) => [e.ts, i] as [number, number]);
  idx.sort((a, b) => a[0] - b[0] || a[1] - b[1]);

  mkdirSync(out, { recursive: true });
  const chunks: string[] = [];
  let size = 0;
  const ws = createWriteStream(join(out, "trace.jsonl"));
  for (const [, i] of idx) {
    const line = JSON.stringify(events[i]) + "\n";
    chunks.push(line);
    size += line.length;
    if (size > 4_000_000) {
      ws.write(chunks.join(""));
      chunks.length = 0;
      size = 0;
    }
  }
  ws.write(chunks.join(""));
  ws.end();
  writeFileSync(join(out, "keys.json"), JSON.stringify(labels, null, 1) + "\n");

  // summary on stderr
  const per = new Map<string, { cls: string; keys: Set<string>; req: number }>();
  for (const e of events) {
    const l = labels[e.key];
    let s = per.get(l.scenario);
    if (!s) per.set(l.scenario, (s = { cls: l.class, keys: new Set(), req: 0 }));
    s.keys.add(e.key);
    s.req++;
  }
  const keysWithoutEvents = Object.keys(labels).filter((k) => !events.some((e) => e.key === k)).length;
  let hk = 0, hr = 0, dk = 0, dr = 0;
  const rows = [...per.entries()].sort((a, b) => (a[1].cls === b[1].cls ? a[0].localeCompare(b[0]) : a[1].cls === "honest" ? -1 : 1));
  for (const [name, s] of rows) {
    console.error(`${s.cls.padEnd(7)} ${name.padEnd(32)} keys ${String(s.keys.size).padStart(4)}  requests ${String(s.req).padStart(6)}`);
    if (s.cls === "honest") (hk += s.keys.size), (hr += s.req);
    else (dk += s.keys.size), (dr += s.req);
  }
  console.error(`honest: ${hk} keys, ${hr} requests; distill: ${dk} keys, ${dr} requests; total ${hr + dr} requests, ${Object.keys(labels).length} keys (${keysWithoutEvents} without requests)`);
  console.error(`wrote ${join(out, "trace.jsonl")} and keys.json in ${((Date.now() - t0) / 1000).toFixed(1)} s (seed ${seed})`);
}

main();
