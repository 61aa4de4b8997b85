// Red team round 64: shared helpers. All text is composed here from a seeded PRNG.
import { writeFileSync, readFileSync, mkdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, "..", "..");
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
  f.pick = (xs) => xs[Math.floor(f() * xs.length)];
  return f;
}

// Harvest asks: "explain X with a worked example" in several languages, many subjects.
const SUBJ = {
  en: ["photosynthesis in C4 plants", "the Krebs cycle", "binary search trees", "Bayes' theorem", "the French Revolution's causes", "plate tectonics", "supply and demand elasticity", "TCP congestion control", "the Fourier transform", "protein folding", "compound interest", "Maxwell's equations", "the Treaty of Westphalia", "garbage collection in the JVM", "monetary policy transmission", "CRISPR gene editing", "the Pythagorean theorem", "entropy in thermodynamics", "sorting algorithms' complexity", "the water cycle"],
  es: ["la fotosíntesis", "la revolución industrial", "los números primos", "la inflación", "el sistema inmunitario", "las redes neuronales", "la tabla periódica", "la derivada de una función", "el ciclo del carbono", "la guerra civil española"],
  de: ["die Relativitätstheorie", "der Dreißigjährige Krieg", "die Zellteilung", "lineare Gleichungssysteme", "die Photosynthese", "Datenbanknormalisierung", "die Inflation", "der Treibhauseffekt", "die Quantenmechanik", "rekursive Funktionen"],
  fr: ["la mitose", "la révolution de 1789", "les intégrales", "le marché du travail", "les volcans", "la programmation dynamique", "la chimie organique", "le théorème de Thalès", "l'économie circulaire", "les ondes sonores"],
  pt: ["a fotossíntese", "a independência do Brasil", "as equações do segundo grau", "o sistema nervoso", "a erosão do solo", "os algoritmos de ordenação", "a taxa de juros", "a genética mendeliana", "o efeito estufa", "a trigonometria"],
  it: ["il Rinascimento", "la cellula eucariote", "le serie geometriche", "la fisica dei fluidi", "il mercato azionario", "la crittografia", "la Divina Commedia", "i vulcani", "la probabilità", "il sistema solare"],
  pl: ["fotosynteza", "rozbiory Polski", "twierdzenie Pitagorasa", "układ krążenia", "inflacja", "sieci komputerowe", "reakcje chemiczne", "grawitacja", "algorytmy grafowe", "ekonomia rynkowa"],
};
const ASK = {
  en: (s, n) => `Explain ${s} to a second-year student. Use example number ${n} with concrete figures, then list common misconceptions.`,
  es: (s, n) => `Explica ${s} a un estudiante universitario. Usa el ejemplo número ${n} con cifras concretas y luego enumera errores comunes.`,
  de: (s, n) => `Erkläre ${s} für Studierende im zweiten Jahr. Nutze Beispiel Nummer ${n} mit konkreten Zahlen und nenne danach typische Missverständnisse.`,
  fr: (s, n) => `Explique ${s} à un étudiant de deuxième année. Utilise l'exemple numéro ${n} avec des chiffres concrets, puis liste les idées reçues.`,
  pt: (s, n) => `Explique ${s} para um estudante do segundo ano. Use o exemplo número ${n} com números concretos e depois liste equívocos comuns.`,
  it: (s, n) => `Spiega ${s} a uno studente del secondo anno. Usa l'esempio numero ${n} con cifre concrete, poi elenca gli errori più comuni.`,
  pl: (s, n) => `Wyjaśnij ${s} studentowi drugiego roku. Użyj przykładu numer ${n} z konkretnymi liczbami, a potem wymień częste błędy.`,
};
export const LANGS = Object.keys(ASK);
export function harvestAsk(r, lang) {
  const L = lang ?? r.pick(LANGS);
  return ASK[L](r.pick(SUBJ[L]), r.int(2, 99999));
}

// Cheap cover: label the sentiment of a composed product review.
const ADJ = ["sturdy", "flimsy", "fast", "slow", "quiet", "noisy", "bright", "dull", "cheap", "pricey", "comfortable", "awkward"];
const ITEM = ["kettle", "backpack", "keyboard", "lamp", "blender", "headphones", "chair", "router", "jacket", "umbrella", "monitor", "toaster"];
export function review(r) {
  const s = [];
  const k = r.int(2, 4);
  for (let i = 0; i < k; i++) s.push(`The ${r.pick(ITEM)} felt ${r.pick(ADJ)} and ${r.pick(ADJ)} after ${r.int(2, 40)} days`);
  return s.join(". ") + ".";
}
export function labelBody(r, model = "gpt-4.1-mini") {
  return { model, max_tokens: 5, messages: [{ role: "user", content: `Label the sentiment of this review as positive, negative or mixed. Reply with the label only.\n\n${review(r)}` }] };
}

export const tok = (s) => Math.ceil(s.length / 4);

export function writeTrace(name, events) {
  events.sort((a, b) => a.ts - b.ts);
  const p = join(OUT, `${name}.jsonl`);
  writeFileSync(p, events.map((e) => JSON.stringify(e)).join("\n") + "\n");
  return p;
}

export function replay(name, events, policy = join(HERE, "policy.json")) {
  const trace = writeTrace(name, events);
  const out = join(OUT, `${name}.decisions.jsonl`);
  execFileSync(process.execPath, ["scripts/node22.mjs", "scripts/replay.ts", "--trace", trace, "--out", out, "--policy", policy, "--quiet"], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 26 });
  const dec = readFileSync(out, "utf8").trim().split("\n").map((l) => JSON.parse(l));
  return { events, dec };
}

// Figures for the events tagged `tag` (event._tag is dropped before writing? no: kept as extra field).
export function figures({ events, dec }, tag = "h") {
  let n = 0, full = 0, degraded = 0, refused = 0, tokAll = 0, tokFull = 0, tokDeliv = 0, maxScore = 0;
  const actions = {};
  for (const d of dec) {
    const e = events[d.i];
    if (e.tag !== tag) continue;
    n++;
    const c = e.usage?.completion_tokens ?? 0;
    tokAll += c;
    actions[d.action] = (actions[d.action] ?? 0) + 1;
    maxScore = Math.max(maxScore, d.score ?? 0);
    if (!d.served) { refused++; continue; }
    if (d.degraded) { degraded++; tokDeliv += d.completion ?? Math.min(c, 512); continue; }
    full++; tokFull += c; tokDeliv += c;
  }
  return { n, full, degraded, refused, fullShare: n ? full / n : 0, tokAll, tokFull, tokFullShare: tokAll ? tokFull / tokAll : 0, delivShare: tokAll ? tokDeliv / tokAll : 0, actions, maxScore };
}

export function cost(events, tag = "h") {
  let cReq = 0, cTok = 0, hTok = 0, hReq = 0;
  for (const e of events) {
    const u = e.usage ?? {};
    const t = (u.prompt_tokens ?? 0) + (u.completion_tokens ?? 0);
    if (e.tag === tag) { hReq++; hTok += u.completion_tokens ?? 0; } else { cReq++; cTok += t; }
  }
  return { coverReqPerAsk: hReq ? cReq / hReq : 0, coverTokPerHarvestTok: hTok ? cTok / hTok : 0 };
}

export const pct = (x) => (100 * x).toFixed(1) + " %";
export function line(label, f, c) {
  return `${label.padEnd(46)} in full ${String(f.full).padStart(5)}/${String(f.n).padEnd(5)} (${pct(f.fullShare).padStart(7)})  tokens in full ${pct(f.tokFullShare).padStart(7)}  delivered ${pct(f.delivShare).padStart(7)}  maxScore ${f.maxScore.toFixed(2)}` + (c ? `  cover ${c.coverReqPerAsk.toFixed(2)} req/ask, ${c.coverTokPerHarvestTok.toFixed(3)} tok/tok` : "");
}

// One harvest key: asks every 20-60 s. `harvest(r, ask)` returns {path, body, usage};
// `cover(r, t)` returns an array of cover events (tag "c") placed before the ask.
export function buildKey({ seed, n, key = "sk-h1", harvest, cover }) {
  const r = rng(seed);
  const ev = [];
  let t = Date.UTC(2026, 11, 10, 8);
  for (let i = 0; i < n; i++) {
    t += r.int(20, 60) * 1000;
    const ask = harvestAsk(r);
    const h = harvest(r, ask, i);
    for (const x of Array.isArray(h) ? h : [h]) ev.push({ ts: t + (x.dt ?? 0), key, ip: "203.0.113.7", asn: 64500, country: "US", method: "POST", path: x.path, body: x.body, usage: x.usage, tag: "h", samples: x.samples ?? 1 });
    if (cover) for (const c of cover(r, i)) ev.push({ ts: t - r.int(800, 2500), key, ip: "203.0.113.7", asn: 64500, country: "US", method: "POST", path: c.path, body: c.body, usage: c.usage, tag: "c" });
  }
  return ev;
}
export function docText(r, tokens) {
  let d = "";
  while (d.length < tokens * 4) d += review(r) + " ";
  return d;
}
export function docLabel(r, tokens, model = "gpt-4.1-nano", path = "/v1/chat/completions") {
  const content = `Label the overall sentiment of these customer reviews as positive, negative or mixed. Reply with the label only.\n\n${docText(r, tokens)}`;
  return { path, body: { model, max_tokens: 5, messages: [{ role: "user", content }] }, usage: { prompt_tokens: tok(content) + 8, completion_tokens: 1 } };
}
export function embed(r, tokens) {
  const input = docText(r, tokens);
  return { path: "/v1/embeddings", body: { model: "text-embedding-3-small", input }, usage: { prompt_tokens: tok(input), completion_tokens: 0 } };
}
export function verdict(ok, why) {
  console.log(ok ? `REPRODUCED (${why})` : `not reproduced (${why})`);
}
