// Shared helpers for red team round 59: seeded RNG, prompt composition, trace writing,
// running the replay CLI and summarising its decision lines. Plain Node ESM, no dependencies.
import { writeFileSync, readFileSync, mkdirSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

export const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, "..", "..");
export const OUT = join(HERE, "out");
export const POLICY = join(HERE, "policy.json");
export const T0 = Date.UTC(2026, 11, 8, 0, 0, 0);

export function rng(seed) {
  let s = seed >>> 0 || 1;
  const r = () => {
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    return s / 4294967296;
  };
  r.int = (a, b) => a + Math.floor(r() * (b - a + 1));
  r.pick = (xs) => xs[Math.floor(r() * xs.length)];
  r.gauss = () => { let u = 0; for (let i = 0; i < 6; i++) u += r(); return u - 3; };
  return r;
}

// ---- prompt composition (text written for this round, several languages) ----
const PROBLEMS = {
  en: [
    (r) => `A tank holds ${r.int(200, 900)} litres and drains at ${r.int(3, 17)} litres per minute while a pump adds ${r.int(1, 9)} litres per minute. After how many minutes is it a third full?`,
    (r) => `How many ways can ${r.int(5, 12)} people sit around a round table if two particular people refuse to sit next to each other?`,
    (r) => `Find all integer solutions of x^2 - ${r.int(2, 13)}y^2 = 1 with 0 < x < ${r.int(200, 2000)}.`,
    (r) => `A ladder ${r.int(5, 14)} m long leans on a wall; its foot slides away at ${r.int(1, 4)}0 cm/s. How fast does the top fall when the foot is ${r.int(2, 4)} m from the wall?`,
    (r) => `Is ${r.int(1000, 99999)} a sum of two squares? Decide and justify.`,
    (r) => `Write a function that returns the length of the longest substring with at most ${r.int(2, 5)} distinct characters, and give its complexity.`,
    (r) => `A bag has ${r.int(3, 9)} red and ${r.int(3, 9)} blue marbles. Draw ${r.int(2, 4)} without replacement: what is the probability that at least one is red?`,
    (r) => `Which is larger, ${r.int(2, 9)}^${r.int(30, 90)} or ${r.int(10, 30)}^${r.int(10, 40)}? No calculator.`,
    (r) => `A company's revenue grows ${r.int(3, 19)}% a year and its costs ${r.int(2, 12)}% a year from ${r.int(40, 90)}% of revenue today. In which year does the margin peak?`,
    (r) => `Prove or refute: every graph with ${r.int(6, 15)} vertices and minimum degree ${r.int(3, 7)} contains a cycle of length at least ${r.int(4, 8)}.`,
  ],
  es: [
    (r) => `Un tren sale a las ${r.int(6, 11)}:${r.int(10, 59)} a ${r.int(60, 140)} km/h y otro le sigue ${r.int(15, 55)} minutos después a ${r.int(90, 180)} km/h. ¿Dónde lo alcanza?`,
    (r) => `¿Cuántos números de ${r.int(4, 7)} cifras tienen todas sus cifras distintas y son divisibles por ${r.int(3, 11)}?`,
    (r) => `Resuelve la ecuación ${r.int(2, 9)}^x + ${r.int(2, 9)}^x = ${r.int(20, 400)} y explica si la solución es única.`,
  ],
  de: [
    (r) => `Ein Kapital von ${r.int(2, 90)}.000 Euro wird zu ${r.int(1, 7)},${r.int(0, 9)} % verzinst. Nach wie vielen Jahren hat es sich verdreifacht?`,
    (r) => `Wie viele Diagonalen hat ein konvexes ${r.int(7, 40)}-Eck, und wie viele Schnittpunkte haben sie im Inneren höchstens?`,
    (r) => `Zeige, dass ${r.int(3, 9)}^n - 1 für jedes natürliche n durch ${r.int(2, 8)} teilbar ist, oder finde ein Gegenbeispiel.`,
  ],
  fr: [
    (r) => `Une urne contient ${r.int(4, 12)} boules numérotées. On en tire ${r.int(2, 4)} au hasard : quelle est la probabilité que leur somme soit paire ?`,
    (r) => `Déterminer le reste de la division de ${r.int(2, 9)}^${r.int(100, 999)} par ${r.int(7, 31)}.`,
  ],
  pt: [
    (r) => `Um retângulo tem perímetro ${r.int(20, 120)} cm. Qual é a maior área possível se um dos lados mede pelo menos ${r.int(3, 15)} cm?`,
    (r) => `Quantos anagramas da palavra ${r.pick(["CADERNO", "PARALELO", "BANANADA", "ESTRELAS", "MOCHILA"])} começam e terminam por vogal?`,
  ],
  tr: [
    (r) => `${r.int(3, 9)} işçi bir işi ${r.int(6, 30)} günde bitiriyor. ${r.int(2, 5)} gün sonra ${r.int(1, 3)} işçi ayrılırsa iş kaç günde biter?`,
    (r) => `${r.int(100, 999)} sayısının pozitif bölenlerinin toplamını bulun ve yöntemi açıklayın.`,
  ],
  id: [
    (r) => `Sebuah toko memberi diskon ${r.int(10, 40)}% lalu menaikkan harga ${r.int(5, 30)}%. Berapa persen perubahan harga akhirnya?`,
    (r) => `Tentukan banyaknya bilangan bulat positif kurang dari ${r.int(500, 5000)} yang habis dibagi ${r.int(3, 7)} atau ${r.int(8, 13)}.`,
  ],
};
const LANGS = Object.keys(PROBLEMS);
const LANG_W = { en: 5, es: 1, de: 1, fr: 1, pt: 1, tr: 1, id: 1 };

export function problem(r) {
  const bag = LANGS.flatMap((l) => Array(LANG_W[l]).fill(l));
  const lang = r.pick(bag);
  return { lang, text: r.pick(PROBLEMS[lang])(r) };
}

const ESSAY_TOPICS = [
  "the causes of the 1929 stock market crash", "how CRISPR base editing differs from prime editing",
  "the design trade-offs of B-trees versus LSM-trees", "why the Roman Republic fell",
  "how transformers use positional encodings", "the economics of congestion pricing",
  "the physics of superconductivity in cuprates", "contract formation under the CISG",
  "the history of the printing press in Asia", "how vaccines train adaptive immunity",
  "the water cycle in arid climates", "monetary policy transmission in small open economies",
  "the rise of the Hanseatic League", "garbage collection in modern JVMs",
  "the ecology of coral reef bleaching", "how public-key cryptography works",
];
const ESSAY_FRAMES = [
  (t) => `Write a thorough, well-structured explanation of ${t}, with examples.`,
  (t) => `Explain ${t} to a graduate student, covering the main mechanisms and open questions.`,
  (t) => `Give a complete overview of ${t}: background, key ideas, worked example, common misconceptions.`,
  (t) => `Explica en detalle ${t}, con ejemplos concretos.`,
  (t) => `Erkläre ausführlich: ${t}. Mit Beispielen und Gegenargumenten.`,
];
export function essay(r) {
  return r.pick(ESSAY_FRAMES)(r.pick(ESSAY_TOPICS)) + ` (${r.pick(["angle", "focus", "case", "lens"])} ${r.int(1, 9999)})`;
}

// ---- trace I/O and replay ----
export function writeTrace(name, lines) {
  mkdirSync(OUT, { recursive: true });
  const p = join(OUT, name + ".jsonl");
  writeFileSync(p, lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
  return p;
}

export function replay(name, lines, extraArgs = []) {
  const trace = writeTrace(name, lines);
  const out = join(OUT, name + ".decisions.jsonl");
  const res = spawnSync(process.execPath, ["scripts/node22.mjs", "scripts/replay.ts", "--trace", trace, "--out", out, "--policy", POLICY, ...extraArgs], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 26 });
  if (res.status !== 0) { console.error(res.stdout, res.stderr); throw new Error("replay failed: " + name); }
  if (/skipped/.test(res.stderr)) console.error("[replay stderr]", res.stderr.split("\n").slice(0, 5).join("\n"));
  const decisions = readFileSync(out, "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l));
  return decisions;
}

// Summarise the decisions of the lines selected by `pick(line)` (answer-bearing lines).
// completion served: a line served in full gets its trace completion; a degraded one the
// replayer's capped "completion"; a refused one nothing.
export function summarise(lines, decisions, pick = () => true) {
  const byI = new Map(decisions.map((d) => [d.i, d]));
  const s = { n: 0, full: 0, degraded: 0, refused: 0, tok: 0, tokServed: 0, tokFull: 0, vis: 0, visFull: 0, firstDegrade: -1, actions: {} };
  lines.forEach((l, i) => {
    if (!pick(l, i)) return;
    const d = byI.get(i);
    if (!d) return;
    const u = l._answer ?? l.usage;
    const c = u ? u.completion_tokens : 0;
    const rz = u?.completion_tokens_details?.reasoning_tokens ?? 0;
    s.n++; s.tok += c; s.vis += c - rz;
    s.actions[d.action] = (s.actions[d.action] ?? 0) + 1;
    if (!d.served) { s.refused++; return; }
    if (d.degraded) {
      s.degraded++; if (s.firstDegrade < 0) s.firstDegrade = s.n;
      s.tokServed += d.completion ?? 0;
    } else { s.full++; s.tokServed += c; s.tokFull += c; s.visFull += c - rz; }
  });
  return s;
}
export const pct = (a, b) => (b ? (100 * a / b).toFixed(1) : "0.0") + " %";
export function show(label, s) {
  console.log(`${label}: ${s.n} answers | full ${s.full}, degraded ${s.degraded}, refused ${s.refused} | completion served ${pct(s.tokServed, s.tok)} (in full ${pct(s.tokFull, s.tok)}) | actions ${JSON.stringify(s.actions)}`);
}
