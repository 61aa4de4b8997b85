// Shared helpers for round 61 (harvester). Plain Node ESM, builtins only.
import { writeFileSync, readFileSync, mkdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

export const HERE = dirname(fileURLToPath(import.meta.url));
export const OUT = join(HERE, "out");
mkdirSync(OUT, { recursive: true });

// ---- seeded PRNG (mulberry32) ----
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

// ---- policies ----
export const PRO = { rpm: 600, tpm: 2000000, tpd: 50000000, concurrency: 64 };
export function policyFile(name, detection) {
  const p = { defaults: PRO };
  if (detection) p.detection = detection;
  const f = join(OUT, `policy-${name}.json`);
  writeFileSync(f, JSON.stringify(p));
  return f;
}
export const POLICY = () => policyFile("pro");
export const POLICY_OFF = () => policyFile("off", { mode: "off" });

// ---- text: composed asks in several languages, numbers drawn per item ----
const TOPICS = {
  en: ["the causes of the 1873 financial panic", "how a heat pump moves energy", "the Krebs cycle", "tidal locking of moons", "the economics of toll roads", "how B-trees stay balanced", "the Treaty of Westphalia", "photosynthesis in C4 plants", "gradient descent with momentum", "the history of the printing press", "how vaccines train memory cells", "supply chains for lithium", "Byzantine fault tolerance", "the water cycle in deserts", "Keynes versus Hayek on recessions", "the design of Roman aqueducts"],
  de: ["die Ursachen des Dreißigjährigen Krieges", "wie ein Transistor schaltet", "die Plattentektonik der Alpen", "das Rentensystem in Deutschland", "die Funktionsweise von Hashtabellen", "die Geschichte der Hanse", "Enzymkinetik nach Michaelis-Menten", "die Energiewende und Netzstabilität"],
  es: ["la independencia de México", "cómo funciona la fotosíntesis", "la inflación en Argentina", "los algoritmos de ordenación", "la arquitectura gótica", "el ciclo del carbono en los océanos", "la teoría de juegos en subastas", "la historia del Imperio inca"],
  fr: ["la Révolution de 1848", "le fonctionnement des réseaux de neurones", "la dérive des continents", "la politique agricole commune", "les compilateurs et l'analyse syntaxique", "l'histoire du canal de Suez", "la thermodynamique des moteurs", "la philosophie de Descartes"],
  pt: ["a história do ciclo do ouro no Brasil", "como funcionam os bancos centrais", "a biologia dos recifes de coral", "a criptografia de chave pública", "a Revolução dos Cravos", "a física dos semicondutores"],
  pl: ["historię unii lubelskiej", "działanie silnika elektrycznego", "ekonomię rynku mieszkaniowego", "algorytm Dijkstry", "budowę komórki roślinnej", "powstanie styczniowe"],
  tr: ["Osmanlı İmparatorluğu'nun yükselişi", "bir derleyicinin nasıl çalıştığı", "deprem dalgalarının yayılması", "enflasyonun nedenleri", "DNA replikasyonu", "İpek Yolu ticareti"],
  it: ["la storia della Repubblica di Venezia", "come funziona un reattore nucleare", "la genetica mendeliana", "il debito pubblico italiano", "le reti di calcolatori", "il Rinascimento fiorentino"],
};
const FRAMES = {
  en: ["Write a thorough explanation of {t}, with a worked example using {a} and {b}.", "Explain {t}. Include a numbered example where the quantities are {a} and {b}.", "Give a complete lecture on {t} for a class of {a} students, with {b} key points.", "Describe {t} in depth and solve a sample problem with the values {a} and {b}."],
  de: ["Erkläre ausführlich {t} mit einem Rechenbeispiel für {a} und {b}.", "Schreibe eine vollständige Abhandlung über {t} mit {b} Abschnitten und dem Zahlenbeispiel {a}."],
  es: ["Explica en detalle {t}, con un ejemplo numérico usando {a} y {b}.", "Escribe una lección completa sobre {t} para {a} estudiantes, con {b} puntos clave."],
  fr: ["Explique en détail {t}, avec un exemple chiffré utilisant {a} et {b}.", "Rédige un cours complet sur {t} en {b} parties, avec l'exemple {a}."],
  pt: ["Explique em detalhe {t}, com um exemplo numérico usando {a} e {b}.", "Escreva uma aula completa sobre {t} com {b} tópicos e o exemplo {a}."],
  pl: ["Wyjaśnij szczegółowo {t}, z przykładem liczbowym dla {a} i {b}.", "Napisz pełny wykład o {t} w {b} częściach, z przykładem {a}."],
  tr: ["{t} konusunu ayrıntılı açıkla, {a} ve {b} değerleriyle bir örnek ver.", "{t} hakkında {b} bölümlük kapsamlı bir ders yaz, örnek sayı {a}."],
  it: ["Spiega in dettaglio {t}, con un esempio numerico usando {a} e {b}.", "Scrivi una lezione completa su {t} in {b} parti, con l'esempio {a}."],
};
const SHORT = {
  en: ["In two short paragraphs, what is {t}? Use the number {a} somewhere.", "Summarise {t} briefly (about {b} sentences)."],
  de: ["Fasse {t} kurz zusammen (etwa {b} Sätze), Beispielzahl {a}."],
  es: ["Resume brevemente {t} (unas {b} frases), con el número {a}."],
  fr: ["Résume brièvement {t} (environ {b} phrases), avec le nombre {a}."],
  pt: ["Resuma brevemente {t} (cerca de {b} frases), com o número {a}."],
  pl: ["Krótko streść {t} (około {b} zdań), z liczbą {a}."],
  tr: ["{t} konusunu kısaca özetle (yaklaşık {b} cümle), sayı {a}."],
  it: ["Riassumi brevemente {t} (circa {b} frasi), con il numero {a}."],
};
export const LANGS = Object.keys(TOPICS);
function fill(r, tpl, lang) {
  return tpl.replace("{t}", r.pick(TOPICS[lang])).replace("{a}", String(r.int(3, 9999))).replace("{b}", String(r.int(2, 12)));
}
export function longAsk(r, lang = r.pick(LANGS)) { return fill(r, r.pick(FRAMES[lang]), lang); }
export function shortAsk(r, lang = r.pick(LANGS)) { return fill(r, r.pick(SHORT[lang]), lang); }
export function tinyAsk(r) {
  const l = r.pick(["en", "de", "es", "fr", "pt"]);
  const w = { en: "Reply with one word: is {a} even?", de: "Antworte mit einem Wort: ist {a} gerade?", es: "Responde con una palabra: ¿es {a} par?", fr: "Réponds en un mot : {a} est-il pair ?", pt: "Responda com uma palavra: {a} é par?" }[l];
  return w.replace("{a}", String(r.int(10, 99999)));
}
export const ptoks = (s) => Math.max(4, Math.ceil(s.length / 3.6));

// ---- request builders ----
export function chat(model, content, extra = {}) {
  return { model, messages: [{ role: "user", content }], ...extra };
}
export function line(ts, key, path, body, usage, extra = {}) {
  const o = { ts: Math.round(ts), key, ip: extra.ip ?? "198.51.100.23", asn: 64512, country: "NL", method: extra.method ?? "POST", path };
  if (body !== undefined) o.body = body;
  if (usage) o.usage = usage;
  for (const k of Object.keys(extra)) if (!["ip", "method"].includes(k)) o[k] = extra[k];
  return o;
}
export const T0 = Date.UTC(2027, 0, 11, 6, 0, 0);

// ---- replay ----
export function writeTrace(name, lines) {
  if (lines.length > 20000) throw new Error(`trace ${name} too long: ${lines.length}`);
  lines.sort((a, b) => a.ts - b.ts);
  const f = join(OUT, `${name}.jsonl`);
  writeFileSync(f, lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
  return f;
}
export function replay(name, lines, policy = POLICY()) {
  const trace = writeTrace(name, lines);
  const out = join(OUT, `${name}.decisions.jsonl`);
  execFileSync("npm", ["run", "--silent", "replay", "--", "--trace", trace, "--out", out, "--policy", policy], { stdio: ["ignore", "ignore", "inherit"], cwd: join(HERE, "..", "..") });
  const dec = readFileSync(out, "utf8").trim().split("\n").map((s) => JSON.parse(s));
  // decisions follow the (sorted) trace order
  return { lines, dec };
}

// served in full = served and not degraded
export function tally(lines, dec, pred) {
  let n = 0, full = 0, degraded = 0, refused = 0, tok = 0, tokFull = 0, tokServed = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!pred(l)) continue;
    const d = dec[i];
    n++;
    const c = l.usage?.completion_tokens ?? 0;
    tok += c;
    if (!d.served) { refused++; continue; }
    if (d.degraded) { degraded++; tokServed += Math.min(c, d.completion ?? c); }
    else { full++; tokFull += c; tokServed += c; }
  }
  return { n, full, degraded, refused, tok, tokFull, tokServed, fullShare: n ? full / n : 0, tokFullShare: tok ? tokFull / tok : 0 };
}
export const pct = (x) => (100 * x).toFixed(1) + " %";
export function maxScore(lines, dec, pred) {
  let m = 0; let reasons = [];
  for (let i = 0; i < lines.length; i++) if (pred(lines[i]) && dec[i].score > m) { m = dec[i].score; reasons = dec[i].reasons; }
  return { m, reasons };
}
