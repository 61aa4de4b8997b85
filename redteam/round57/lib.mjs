// Shared helpers for red team round 57 (a distillation harvester). Plain Node ESM, no dependencies.
// Traces are written under redteam/round57/out/, replayed with `npm run replay`, and scored as
// "% of the detection-off yield served in full" (a harvest answer counts when the request that
// produced it was served undegraded and its answer was fetched; a degraded one is capped at 512).
import { writeFileSync, readFileSync, mkdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(HERE, "../..");
export const OUT = join(HERE, "out");
mkdirSync(OUT, { recursive: true });

// config.md's "pro" tier as every key's limits (realistic quotas for a paying customer)
export const PRO = { rpm: 600, tpm: 2000000, tpd: 50000000, concurrency: 64 };
export const T0 = Date.UTC(2027, 0, 4, 0, 0, 0); // a Monday, 00:00 UTC
export const MIN = 60_000, HOUR = 3_600_000, DAY = 86_400_000;

export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export const pick = (r, a) => a[Math.floor(r() * a.length)];
export const int = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));

// ---------------------------------------------------------------------------------------------
// Harvest asks: math / code / science reasoning in several languages, composed for this round.
// No "step by step" phrase, no hidden-reasoning ask: reasoning is asked by parameter (effort high,
// a large output budget), as a distiller that read the cue lists would.
const NAMES = ["Ana", "Bilal", "Chen", "Dmitri", "Elif", "Farah", "Goran", "Hina", "Ivo", "Jun", "Kemal", "Lucía", "Mireille", "Nkechi", "Oskar", "Priya"];
const HARVEST = {
  en: [
    (r) => `Let f(x) = x^${int(r, 3, 9)} - ${int(r, 2, 40)}x + ${int(r, 1, 99)}. Determine how many real roots f has and justify every claim rigorously, then locate each root to within 0.01.`,
    (r) => `A bag holds ${int(r, 3, 12)} red and ${int(r, 3, 12)} blue marbles. ${pick(r, NAMES)} draws ${int(r, 2, 5)} without replacement. Find the probability that at least two are red, and explain why the complementary count works.`,
    (r) => `Prove or disprove: for every integer n > ${int(r, 1, 20)}, n^2 + n + ${int(r, 11, 41)} is composite for some n in that range. Give the smallest witness and a complete argument.`,
    (r) => `Write a Python function that returns the ${pick(r, ["longest palindromic subsequence", "minimum edit script", "k-th smallest pair distance", "number of distinct subsequences"])} of a string of length up to ${int(r, 2, 9)}0000, explain its complexity, and argue why it is correct.`,
    (r) => `A ${int(r, 2, 30)} kg block slides down a ${int(r, 15, 60)} degree incline with kinetic friction coefficient 0.${int(r, 10, 60)}. Derive its acceleration and the time to travel ${int(r, 2, 25)} m from rest, explaining each force.`,
    (r) => `Why does the Krebs cycle need ${pick(r, ["oxaloacetate regeneration", "NAD+ supply", "the thiamine cofactor", "succinyl-CoA synthetase"])}? Walk through the chemistry and what happens to flux when it is limited.`,
    (r) => `Compute the definite integral of x^${int(r, 2, 7)} e^(-${int(r, 2, 6)}x) from 0 to infinity and explain the general pattern behind the result.`,
    (r) => `Design a lock-free ${pick(r, ["single-producer single-consumer queue", "stack with ABA protection", "hash map with resizing", "reference counter"])} in Rust and reason about every memory ordering you choose.`,
  ],
  es: [
    (r) => `Demuestra que la suma de los primeros ${int(r, 10, 500)} números impares es un cuadrado perfecto y explica por qué el patrón se cumple en general.`,
    (r) => `Un tren sale a ${int(r, 60, 140)} km/h y otro lo persigue a ${int(r, 150, 260)} km/h con ${int(r, 10, 90)} minutos de retraso. ¿Cuándo y dónde lo alcanza? Justifica cada ecuación.`,
    (r) => `Explica con detalle el mecanismo de la reacción SN${int(r, 1, 2)} del ${pick(r, ["bromuro de terc-butilo", "cloruro de bencilo", "yoduro de metilo", "2-bromobutano"])} y cómo cambia la velocidad con el disolvente.`,
    (r) => `Escribe un algoritmo en C++ que resuelva el problema de la mochila 0/1 con ${int(r, 50, 400)} objetos y capacidad ${int(r, 1000, 90000)}, y razona sobre su complejidad y corrección.`,
  ],
  de: [
    (r) => `Beweisen Sie, dass die Folge a_n = (1 + 1/n)^n monoton wächst und beschränkt ist, und bestimmen Sie a_${int(r, 5, 40)} auf vier Stellen genau.`,
    (r) => `Ein Kondensator mit ${int(r, 2, 90)} µF wird über ${int(r, 1, 99)} kΩ entladen. Leiten Sie die Spannungskurve her und berechnen Sie, wann ${int(r, 5, 40)} % der Anfangsspannung erreicht sind.`,
    (r) => `Erklären Sie, warum der Algorithmus von Dijkstra bei negativen Kantengewichten versagt, konstruieren Sie ein Gegenbeispiel mit ${int(r, 4, 9)} Knoten und zeigen Sie, wie Bellman-Ford es löst.`,
  ],
  fr: [
    (r) => `Montrez que toute matrice symétrique réelle de taille ${int(r, 2, 6)} est diagonalisable dans une base orthonormée, puis appliquez-le à une matrice de votre choix.`,
    (r) => `Une population de bactéries double toutes les ${int(r, 15, 90)} minutes avec une capacité limite de ${int(r, 2, 90)} millions. Établissez le modèle logistique et calculez le temps pour atteindre la moitié de la capacité.`,
    (r) => `Pourquoi le tri rapide a-t-il une complexité quadratique dans le pire cas ? Construisez une entrée de ${int(r, 8, 20)} éléments qui la provoque et proposez une parade.`,
  ],
  ru: [
    (r) => `Докажите, что число ${int(r, 2, 9)}^${int(r, 20, 99)} - 1 делится на ${pick(r, ["7", "31", "127", "3"])}, или опровергните это утверждение.`,
    (r) => `Объясните, почему в идеальном газе при адиабатическом расширении температура падает, и выведите закон Пуассона для ${pick(r, ["одноатомного", "двухатомного"])} газа.`,
    (r) => `Напишите на Go параллельный алгоритм поиска компонент связности графа с ${int(r, 10, 99)} миллионами рёбер и обоснуйте его корректность.`,
  ],
  zh: [
    (r) => `证明：对任意正整数 n，${int(r, 2, 9)}^n + ${int(r, 1, 9)} 不能被 ${pick(r, ["5", "7", "11"])} 整除的条件是什么？请说明理由。`,
    (r) => `一个半径为 ${int(r, 2, 20)} 厘米的球体被平面截去高 ${int(r, 1, 5)} 厘米的球冠，求剩余部分的体积，并解释公式的来源。`,
    (r) => `请用 Java 实现一个支持区间加法和区间求和的线段树，数组长度为 ${int(r, 10, 99)} 万，并分析时间复杂度和正确性。`,
  ],
  ja: [
    (r) => `${int(r, 3, 12)} 人を円形に並べる方法の数を求め、回転と裏返しを同一視した場合との違いを詳しく説明してください。`,
    (r) => `酵素反応のミカエリス・メンテン式を導出し、Km が ${int(r, 1, 50)} mM のときの速度曲線の意味を解説してください。`,
  ],
  pt: [
    (r) => `Prove que a raiz quadrada de ${pick(r, ["2", "3", "5", "7", "11"])} é irracional e generalize o argumento para qualquer primo.`,
    (r) => `Explique por que o problema do caixeiro-viajante com ${int(r, 10, 60)} cidades é difícil e compare heurísticas 2-opt e Lin-Kernighan com um exemplo.`,
  ],
};
const LANGS = Object.keys(HARVEST);
export const LATIN = ["en", "es", "de", "fr", "pt"];
export function harvestAsk(r, langs = LANGS) {
  const lang = langs[Math.floor(r() * langs.length)];
  return pick(r, HARVEST[lang])(r);
}

// Cheap asks an honest-looking product would send: labels, keywords, a title, a language tag.
const REVIEWS = [
  "The blender broke after two weeks and support never answered.",
  "Fast delivery, the jacket fits perfectly, would buy again.",
  "Das Hotel war sauber, aber das Frühstück war enttäuschend.",
  "La batería dura muchísimo, estoy encantado con el teléfono.",
  "Le colis est arrivé abîmé mais le produit fonctionne.",
  "Очень медленная доставка, но качество хорошее.",
  "画面がきれいで操作も簡単です。",
  "O atendimento foi péssimo e o produto veio errado.",
  "快递很快，但是包装有点简陋。",
  "The app keeps logging me out every time I switch tabs.",
];
const ITEMS = ["blender", "jacket", "phone", "hotel room", "headphones", "laptop bag", "coffee grinder", "train ticket app", "running shoes", "desk lamp", "tent", "e-reader"];
const PROS = ["arrived a day early", "works exactly as described", "looks great", "was cheaper than elsewhere", "is easy to set up", "feels solid"];
const CONS = ["stopped working after a week", "came with a missing cable", "is louder than expected", "had a confusing manual", "smelled of plastic", "needed two support calls"];
export function coverAsk(r) {
  const rev = r() < 0.3 ? pick(r, REVIEWS)
    : `The ${pick(r, ITEMS)} ${pick(r, r() < 0.5 ? PROS : CONS)}${r() < 0.6 ? ` and ${pick(r, r() < 0.5 ? PROS : CONS)}` : ""}${r() < 0.4 ? `, ${pick(r, ["honestly", "sadly", "overall", "so far"])}` : ""}.`;
  return pick(r, [
    `Classify the sentiment of this review as positive, negative or mixed. Reply with one word.\nReview: ${rev}`,
    `Return the product category (one of: electronics, apparel, travel, food, software, other) for: ${rev}`,
    `${rev}\n\nGive three comma-separated keywords for this customer message.`,
    `Detect the language of the following text and answer with its ISO code only: ${rev}`,
    `Customer message: ${rev}\nWrite a support ticket title of at most eight words.`,
  ]);
}

// ---------------------------------------------------------------------------------------------
export function writeTrace(name, events) {
  events.sort((a, b) => a.ts - b.ts);
  const p = join(OUT, name);
  writeFileSync(p, events.map((e) => JSON.stringify(e)).join("\n") + "\n");
  return { path: p, events };
}

export function policy(mode, extra = {}) {
  return { defaults: PRO, detection: { mode }, ...extra };
}

// Runs replay on a trace and returns decisions indexed by line.
export function replay(trace, pol, tag) {
  const polPath = join(OUT, `${tag}.policy.json`);
  writeFileSync(polPath, JSON.stringify(pol));
  const out = join(OUT, `${tag}.dec.jsonl`);
  const env = { ...process.env };
  execFileSync("npm", ["run", "--silent", "replay", "--", "--trace", trace.path, "--out", out, "--policy", polPath], {
    cwd: ROOT, env, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 28,
  });
  const dec = new Map();
  for (const line of readFileSync(out, "utf8").split("\n")) {
    if (!line) continue;
    const d = JSON.parse(line);
    dec.set(d.i, d);
  }
  return dec;
}

// Each harvest unit: {post: index of the line producing it, fetch: index of the line reading it
// (or null), tokens: its completion tokens}. Sorting in writeTrace keeps insertion order for ties
// only if ts differ, so units carry their event objects and indexes are found afterwards.
export function indexOf(trace) {
  const m = new Map();
  trace.events.forEach((e, i) => m.set(e, i));
  return m;
}

export function yieldOf(trace, dec, units) {
  const idx = indexOf(trace);
  let full = 0, capped = 0, total = 0, nFull = 0, nDeg = 0, nRef = 0;
  for (const u of units) {
    total += u.tokens;
    const p = dec.get(idx.get(u.post));
    const f = u.fetch ? dec.get(idx.get(u.fetch)) : { served: true };
    if (!p || !p.served || !f || !f.served) { nRef++; continue; }
    if (p.degraded || p.action === "challenge" || p.action === "block") { nDeg++; capped += Math.min(512, u.tokens); continue; }
    nFull++; full += u.tokens;
  }
  return { full, capped, total, nFull, nDeg, nRef, n: units.length };
}

export function summary(dec) {
  const s = {};
  for (const d of dec.values()) {
    const k = `${d.action}${d.served ? "" : "(refused)"}${d.degraded ? "(deg)" : ""}`;
    s[k] = (s[k] || 0) + 1;
  }
  return s;
}

export const pct = (a, b) => (b ? (100 * a / b).toFixed(1) : "0.0");
export const fmt = (n) => n.toLocaleString("en-US");

// Runs a trace at detection off and enforce and reports the harvest's yield.
export function measure(label, trace, units, extraPolicy = {}) {
  const off = replay(trace, policy("off", extraPolicy), `${label}.off`);
  const on = replay(trace, policy("enforce", extraPolicy), `${label}.on`);
  const yOff = yieldOf(trace, off, units);
  const yOn = yieldOf(trace, on, units);
  const share = yOff.full ? (100 * yOn.full) / yOff.full : 0;
  console.log(`  ${label}: ${units.length} harvest answers; detection off ${fmt(yOff.full)} tokens in full; ` +
    `enforce ${fmt(yOn.full)} in full (${share.toFixed(1)} %), ${yOn.nDeg} degraded, ${yOn.nRef} refused; decisions ${JSON.stringify(summary(on))}`);
  return { off, on, yOff, yOn, share };
}
