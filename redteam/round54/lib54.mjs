// Shared helpers for red team round 54 (a distiller who read only README.md and docs/*.md).
// Seeded generators, text composed here in several languages, trace writing, `npm run replay`
// through child_process, and the figures each script prints.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const HERE = dirname(fileURLToPath(import.meta.url));
export const OUT = join(HERE, "out");
export const ROOT = join(HERE, "..", "..");
mkdirSync(OUT, { recursive: true });

export const T0 = Date.UTC(2027, 0, 4, 0, 0, 0); // a Monday, 00:00 UTC
export const MIN = 60_000, HOUR = 3_600_000, DAY = 86_400_000;

// docs/config.md default limits (the `defaults` block of GUARD_POLICY).
export const DEFAULT_LIMITS = { rpm: 60, tpm: 200000, tpd: 5000000, concurrency: 8 };
export function policy(detection = {}, extra = {}) {
  return {
    defaults: { ...DEFAULT_LIMITS },
    defaultMaxOutputTokens: 1024,
    leaseTtlSeconds: 600,
    detection: { mode: "enforce", throttleFactor: 0.25, ...detection },
    ...extra,
  };
}
export const POLICY_ON = policy();
export const POLICY_OFF = policy({ mode: "off" });

export function rng(seed) {
  let a = seed >>> 0;
  const r = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  r.int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  r.pick = (xs) => xs[Math.floor(r() * xs.length)];
  r.normal = () => { let u = 0, v = 0; while (u === 0) u = r(); while (v === 0) v = r(); return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v); };
  r.logn = (median, sigma) => median * Math.exp(sigma * r.normal());
  return r;
}

// ---- text: questions composed for this round, 8 languages -------------------------------
const SUBJ = {
  en: ["the Krebs cycle", "compound interest", "the French Revolution", "plate tectonics", "binary search trees", "Bayes' theorem", "the causes of inflation", "photosynthesis in C4 plants", "the Doppler effect", "quicksort's worst case", "the Treaty of Westphalia", "supply chain bullwhip effects", "TCP congestion control", "the Riemann hypothesis", "protein folding", "the Silk Road trade", "entropy in thermodynamics", "monetary policy transmission", "public-key cryptography", "the water cycle", "Gothic architecture", "game theory's Nash equilibrium", "CRISPR gene editing", "the Cold War arms race", "eigenvalues of a matrix", "ocean acidification", "the Meiji Restoration", "black hole evaporation", "dynamic programming", "the placebo effect"],
  es: ["la fotosíntesis", "la Guerra Civil española", "el teorema de Pitágoras", "la inflación en Argentina", "los volcanes de los Andes", "la deriva continental", "el sistema inmunitario", "las ecuaciones cuadráticas", "la Revolución Mexicana", "la energía solar", "el ciclo del carbono", "la teoría de juegos", "las redes neuronales", "el Imperio inca", "la probabilidad condicional"],
  de: ["die Relativitätstheorie", "die Weimarer Republik", "den Treibhauseffekt", "die Zellteilung", "das Ohmsche Gesetz", "die Reformation", "neuronale Netze", "die Inflation von 1923", "den Satz des Pythagoras", "die Plattentektonik", "Sortieralgorithmen", "die Industrielle Revolution"],
  fr: ["la Révolution française", "la photosynthèse", "les intégrales", "la tectonique des plaques", "le théorème de Bayes", "la guerre d'Algérie", "la mécanique quantique", "le cycle de l'eau", "les marchés financiers", "la cryptographie", "l'impressionnisme", "la génétique mendélienne"],
  pt: ["a fotossíntese", "a independência do Brasil", "as equações do segundo grau", "o ciclo do nitrogênio", "a Revolução Industrial", "a inflação", "os buracos negros", "a tabela periódica", "a teoria da evolução", "os algoritmos de ordenação"],
  pl: ["fotosyntezę", "rozbiory Polski", "twierdzenie Pitagorasa", "efekt cieplarniany", "mechanikę kwantową", "inflację", "algorytmy sortowania", "układ odpornościowy", "rewolucję przemysłową", "prawdopodobieństwo warunkowe"],
  tr: ["fotosentezi", "Osmanlı İmparatorluğu'nun çöküşünü", "Pisagor teoremini", "enflasyonu", "levha tektoniğini", "kuantum mekaniğini", "sıralama algoritmalarını", "bağışıklık sistemini", "sanayi devrimini", "olasılık hesabını"],
  id: ["fotosintesis", "kemerdekaan Indonesia", "teorema Pythagoras", "inflasi", "lempeng tektonik", "mekanika kuantum", "algoritma pengurutan", "sistem imun", "revolusi industri", "peluang bersyarat"],
};
const FRAME = {
  en: ["Explain {s} to a first-year student, with a worked example about case {n}.", "What are the most common misconceptions about {s}? Use example {n}.", "Compare two textbook treatments of {s} and say which is clearer (exercise {n}).", "Write a thorough explanation of {s}, including history and applications (part {n}).", "Solve problem {n} about {s} and justify every step.", "How would you teach {s} in a 45-minute lesson? Plan {n}."],
  es: ["Explica {s} a un estudiante de primer año con un ejemplo resuelto, caso {n}.", "¿Cuáles son los errores más comunes sobre {s}? Ejemplo {n}.", "Resuelve el problema {n} sobre {s} y justifica cada paso.", "Escribe una explicación completa de {s} con aplicaciones (parte {n})."],
  de: ["Erkläre {s} einem Studienanfänger mit einem durchgerechneten Beispiel, Fall {n}.", "Welche typischen Missverständnisse gibt es über {s}? Beispiel {n}.", "Löse Aufgabe {n} zu {s} und begründe jeden Schritt.", "Schreibe eine ausführliche Darstellung über {s} mit Anwendungen (Teil {n})."],
  fr: ["Explique {s} à un étudiant de première année avec un exemple résolu, cas {n}.", "Quelles sont les idées reçues les plus fréquentes sur {s} ? Exemple {n}.", "Résous l'exercice {n} sur {s} en justifiant chaque étape.", "Rédige une explication complète de {s} avec ses applications (partie {n})."],
  pt: ["Explique {s} para um calouro com um exemplo resolvido, caso {n}.", "Quais são os equívocos mais comuns sobre {s}? Exemplo {n}.", "Resolva o problema {n} sobre {s} justificando cada passo.", "Escreva uma explicação completa sobre {s} com aplicações (parte {n})."],
  pl: ["Wyjaśnij {s} studentowi pierwszego roku na rozwiązanym przykładzie, przypadek {n}.", "Jakie są najczęstsze błędne przekonania o {s}? Przykład {n}.", "Rozwiąż zadanie {n} dotyczące tematu {s} i uzasadnij każdy krok."],
  tr: ["Birinci sınıf öğrencisine {s} çözümlü bir örnekle açıkla, durum {n}.", "{s} hakkında en yaygın yanlış anlamalar nelerdir? Örnek {n}.", "{s} ile ilgili {n} numaralı problemi çöz ve her adımı gerekçelendir."],
  id: ["Jelaskan {s} kepada mahasiswa tahun pertama dengan contoh yang diselesaikan, kasus {n}.", "Apa kesalahpahaman paling umum tentang {s}? Contoh {n}.", "Selesaikan soal {n} tentang {s} dan jelaskan setiap langkah."],
};
export const LANGS = Object.keys(SUBJ);
// Plain asks: no step-by-step, detail or reasoning words (what an end user types).
const PLAIN = {
  en: ["What is {s}? I have an exam on it, question {n}.", "Can you help me understand {s}? Homework {n}.", "Tell me about {s} (for my report, section {n}).", "I keep getting problem {n} on {s} wrong. What is going on?"],
  es: ["¿Qué es {s}? Tengo examen, pregunta {n}.", "¿Me ayudas a entender {s}? Tarea {n}.", "Háblame de {s} para mi informe, sección {n}."],
  de: ["Was ist {s}? Ich habe morgen Prüfung, Frage {n}.", "Kannst du mir {s} näherbringen? Hausaufgabe {n}.", "Erzähl mir etwas über {s} für mein Referat, Abschnitt {n}."],
  fr: ["C'est quoi {s} ? J'ai un examen, question {n}.", "Tu peux m'aider à comprendre {s} ? Devoir {n}.", "Parle-moi de {s} pour mon exposé, section {n}."],
  pt: ["O que é {s}? Tenho prova, questão {n}.", "Pode me ajudar a entender {s}? Tarefa {n}.", "Fale sobre {s} para o meu trabalho, seção {n}."],
  pl: ["Czym jest {s}? Mam egzamin, pytanie {n}.", "Pomożesz mi zrozumieć {s}? Zadanie domowe {n}."],
  tr: ["{s} nedir? Sınavım var, soru {n}.", "{s} konusunu anlamama yardım eder misin? Ödev {n}."],
  id: ["Apa itu {s}? Saya ada ujian, soal {n}.", "Bisa bantu saya memahami {s}? Tugas {n}."],
};
export function plainAsk(r, lang) {
  const L = lang ?? r.pick(LANGS);
  return r.pick(PLAIN[L]).replace("{s}", r.pick(SUBJ[L])).replace("{n}", String(r.int(1, 99999)));
}
export function ask(r, lang) {
  const L = lang ?? r.pick(LANGS);
  return r.pick(FRAME[L]).replace("{s}", r.pick(SUBJ[L])).replace("{n}", String(r.int(1, 99999)));
}
// Short product-like texts (pasted material) used as own prompt in a user turn.
const PASTE = [
  "Lecture notes, week {n}: the instructor introduced the topic with a short history, then moved to definitions, worked two examples on the board, discussed a common mistake students make in the exam, and ended with a list of reading assignments from chapters three and four of the course book.",
  "Apuntes de clase {n}: el profesor empezó con una breve historia del tema, definió los conceptos principales, resolvió dos ejemplos en la pizarra, comentó un error frecuente en los exámenes y terminó con lecturas de los capítulos tres y cuatro.",
  "Vorlesungsnotizen {n}: Zuerst ein kurzer historischer Überblick, dann die Definitionen, zwei Beispiele an der Tafel, ein typischer Prüfungsfehler und am Ende die Lektüre der Kapitel drei und vier.",
  "Notes de cours {n} : un bref rappel historique, les définitions principales, deux exemples au tableau, une erreur fréquente à l'examen et, pour finir, la lecture des chapitres trois et quatre.",
  "Anotações da aula {n}: um breve histórico, as definições principais, dois exemplos resolvidos no quadro, um erro comum na prova e a leitura dos capítulos três e quatro.",
];
export function pasted(r, chars) {
  let s = "";
  while (s.length < chars) s += r.pick(PASTE).replace("{n}", String(r.int(1, 9999))) + " (" + r.int(100, 999) + ") ";
  return s.slice(0, chars);
}

// ---- traces and replay ----------------------------------------------------------------
export function ev(ts, key, path, body, usage, extra = {}) {
  const e = { ts: Math.round(ts), key, ip: extra.ip ?? "203.0.113.7", asn: extra.asn ?? 64500, country: extra.country ?? "US", method: extra.method ?? "POST", path, body };
  if (usage) e.usage = usage;
  for (const [k, v] of Object.entries(extra)) if (!["ip", "asn", "country", "method"].includes(k)) e[k] = v;
  if (e.method === "GET" && e.body === undefined) delete e.body;
  return e;
}

export function replay(name, events, pol = POLICY_ON) {
  events.sort((a, b) => a.ts - b.ts);
  const trace = join(OUT, `${name}.jsonl`);
  const out = join(OUT, `${name}.decisions.jsonl`);
  const pfile = join(OUT, `${name}.policy.json`);
  writeFileSync(trace, events.map((e) => JSON.stringify(e)).join("\n") + "\n");
  writeFileSync(pfile, JSON.stringify(pol));
  execFileSync("npm", ["run", "--silent", "replay", "--", "--trace", trace, "--out", out, "--policy", pfile], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"], maxBuffer: 1 << 28 });
  const dec = readFileSync(out, "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l));
  if (dec.length !== events.length) throw new Error(`${name}: ${dec.length} decisions for ${events.length} events`);
  return { events, dec };
}

// Completion tokens a served line obtained: the trace's, or, degraded, the decision's capped figure.
export function obtained(e, d) {
  if (!d.served) return 0;
  const c = e.usage?.completion_tokens ?? 0;
  if (d.degraded) return d.completion ?? Math.min(c, 512);
  return c;
}

// Figures over the lines matching `sel` (default: metered POST lines).
export function figures({ events, dec }, sel = (e) => e.method !== "GET") {
  const f = { requests: 0, served: 0, full: 0, degraded: 0, refused: 0, limit: 0, challenge: 0, block: 0, asked: 0, got: 0, firstDegrade: null, firstChallenge: null, maxScore: 0, keys: new Set(), keysDegraded: new Set(), keysChallenged: new Set() };
  for (let i = 0; i < events.length; i++) {
    const e = events[i], d = dec[i];
    if (!sel(e, d)) continue;
    f.requests++;
    f.keys.add(e.key);
    f.asked += e.usage?.completion_tokens ?? 0;
    f.got += obtained(e, d);
    f.maxScore = Math.max(f.maxScore, d.score ?? 0);
    if (d.served) { f.served++; if (d.degraded) f.degraded++; else f.full++; } else f.refused++;
    if (d.action === "limit") f.limit++;
    if (d.action === "challenge") f.challenge++;
    if (d.action === "block") f.block++;
    if (d.degraded || d.action === "degrade") { f.keysDegraded.add(e.key); if (f.firstDegrade === null) f.firstDegrade = { n: f.requests, t: (e.ts - T0) / HOUR }; }
    if (d.action === "challenge" || d.action === "block") { f.keysChallenged.add(e.key); if (f.firstChallenge === null) f.firstChallenge = { n: f.requests, t: (e.ts - T0) / HOUR }; }
  }
  f.nKeys = f.keys.size; f.nDegradedKeys = f.keysDegraded.size; f.nChallengedKeys = f.keysChallenged.size;
  delete f.keys; delete f.keysDegraded; delete f.keysChallenged;
  f.maxScore = +f.maxScore.toFixed(3);
  return f;
}

export const fmt = (n) => Number(n).toLocaleString("en-US");
export function line(label, f) {
  const fd = f.firstDegrade ? `#${f.firstDegrade.n} (${f.firstDegrade.t.toFixed(1)} h)` : "never";
  const fc = f.firstChallenge ? `#${f.firstChallenge.n} (${f.firstChallenge.t.toFixed(1)} h)` : "never";
  return `${label.padEnd(34)} req ${fmt(f.requests).padStart(6)}  full ${fmt(f.full).padStart(6)}  degr ${fmt(f.degraded).padStart(6)}  refused ${fmt(f.refused).padStart(6)}  tokens ${fmt(f.got).padStart(11)} / ${fmt(f.asked).padStart(11)}  1st degrade ${fd}  1st challenge ${fc}  max score ${f.maxScore}`;
}
export function verdict(ok) { console.log(ok ? "REPRODUCED" : "not reproduced"); }
