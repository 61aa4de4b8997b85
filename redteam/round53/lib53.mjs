// round 53 helpers: deterministic traffic, replay runner, decisions summary
import { writeFileSync, readFileSync, mkdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
export const HERE = dirname(fileURLToPath(import.meta.url));
export const OUT = join(HERE, "out");
export const ROOT = join(HERE, "..", "..");
mkdirSync(OUT, { recursive: true });

export function rng(seed) { // mulberry32
  let a = seed >>> 0;
  return () => { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
export const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

// composed ask bank: subjects x aspects x languages
const SUBJ = {
  en: ["photosynthesis", "the French Revolution", "binary search trees", "compound interest", "plate tectonics", "the Krebs cycle", "TCP congestion control", "Bayesian inference", "the Treaty of Westphalia", "eigenvalues", "supply and demand", "CRISPR gene editing", "the water cycle", "public key cryptography", "Keynesian economics", "the Doppler effect", "Gothic architecture", "dynamic programming", "the immune response", "monsoon formation"],
  es: ["la fotosíntesis", "la Revolución Mexicana", "los árboles AVL", "el interés compuesto", "la tectónica de placas", "el ciclo del nitrógeno", "la criptografía asimétrica", "la inflación", "el Siglo de Oro", "las integrales dobles", "la ley de Ohm", "el efecto invernadero"],
  fr: ["la photosynthèse", "la Révolution industrielle", "les graphes orientés", "les intérêts composés", "la dérive des continents", "la mitose", "le chiffrement RSA", "la politique monétaire", "l'impressionnisme", "les séries de Fourier", "la thermodynamique", "la Guerre de Cent Ans"],
  de: ["die Photosynthese", "die Reformation", "Hashtabellen", "den Zinseszins", "die Plattentektonik", "die Zellatmung", "elliptische Kurven", "die Geldpolitik", "den Expressionismus", "Differentialgleichungen", "die Relativitätstheorie", "den Dreißigjährigen Krieg"],
  ja: ["光合成", "明治維新", "二分探索木", "複利", "プレートテクトニクス", "クエン酸回路", "公開鍵暗号", "需要と供給", "浮世絵", "固有値", "ドップラー効果", "免疫応答"],
  pt: ["a fotossíntese", "a Inconfidência Mineira", "as filas de prioridade", "os juros compostos", "o ciclo da água", "a meiose", "as funções hash", "a balança comercial", "o Modernismo brasileiro", "os números complexos"],
};
const ASPECT = {
  en: ["Explain {s} to a first-year student.", "What are the most common misconceptions about {s}?", "Give a worked example involving {s}.", "Compare {s} with a related idea and say when each applies.", "Summarise the history of {s} in a few paragraphs.", "Write exam-style questions about {s} with model answers.", "How would you teach {s} with an everyday analogy?", "What open problems or debates surround {s}?"],
  es: ["Explica {s} a un estudiante de primer año.", "¿Cuáles son los errores más comunes sobre {s}?", "Da un ejemplo resuelto sobre {s}.", "Compara {s} con una idea relacionada.", "Resume la historia de {s}.", "Escribe preguntas de examen sobre {s} con respuestas."],
  fr: ["Explique {s} à un étudiant de première année.", "Quelles sont les idées reçues sur {s} ?", "Donne un exemple corrigé portant sur {s}.", "Compare {s} avec une notion voisine.", "Résume l'histoire de {s}.", "Rédige des questions d'examen sur {s} avec corrigés."],
  de: ["Erkläre {s} für Studienanfänger.", "Welche Missverständnisse gibt es über {s}?", "Gib ein durchgerechnetes Beispiel zu {s}.", "Vergleiche {s} mit einem verwandten Begriff.", "Fasse die Geschichte von {s} zusammen.", "Schreibe Prüfungsfragen zu {s} mit Musterlösungen."],
  ja: ["{s}を大学一年生向けに説明してください。", "{s}についてよくある誤解は何ですか。", "{s}の具体的な例題を解いてください。", "{s}と関連する概念を比較してください。", "{s}の歴史をまとめてください。", "{s}に関する試験問題と模範解答を作ってください。"],
  pt: ["Explique {s} para um calouro.", "Quais são os equívocos mais comuns sobre {s}?", "Dê um exemplo resolvido sobre {s}.", "Compare {s} com uma ideia relacionada.", "Resuma a história de {s}.", "Escreva questões de prova sobre {s} com gabarito."],
};
export const LANGS = Object.keys(SUBJ);
export function asks(langs = LANGS) {
  const out = [];
  for (const l of langs) for (const s of SUBJ[l]) for (const a of ASPECT[l]) out.push({ lang: l, text: a.replace("{s}", s) });
  return out;
}
// deterministic shuffle
export function shuffle(r, xs) { const a = xs.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }

export const approxTokens = (s) => Math.max(1, Math.ceil(s.length / 3.5));

export function chat(text, { max_tokens = 1024, system, model = "gpt-4o", extra = {} } = {}) {
  const messages = [];
  if (system) messages.push({ role: "system", content: system });
  messages.push({ role: "user", content: text });
  return { model, messages, max_tokens, ...extra };
}
export function line(ts, key, body, usage, net = {}) {
  return { ts: Math.round(ts), key, ip: net.ip ?? "203.0.113.7", asn: net.asn ?? 64500, country: net.country ?? "US", method: "POST", path: net.path ?? "/v1/chat/completions", body, ...(usage ? { usage } : {}) };
}

export const LIMITS = { rpm: 60, tpm: 200000, tpd: 5000000, concurrency: 8 }; // config.md's default tier
export function replay(name, lines, extra = {}) {
  const policy = { defaults: LIMITS, ...extra };
  const trace = join(OUT, `${name}.trace.jsonl`), dec = join(OUT, `${name}.decisions.jsonl`);
  writeFileSync(trace, lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
  const args = ["scripts/node22.mjs", "scripts/replay.ts", "--trace", trace, "--out", dec];
  { const p = join(OUT, `${name}.policy.json`); writeFileSync(p, JSON.stringify(policy)); args.push("--policy", p); }
  execFileSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
  return readFileSync(dec, "utf8").trim().split("\n").map((l) => JSON.parse(l));
}

// per-key summary: served, degraded, refused by kind, completion tokens obtained
export function summarise(lines, decs, filter = () => true) {
  const s = { refused: 0, requests: 0, served: 0, degraded: 0, limit: 0, challenge: 0, block: 0, askedTokens: 0, gotTokens: 0, firstFlag: null, tokensBeforeFlag: 0, maxScore: 0, reasons: new Map() };
  for (const d of decs) {
    const l = lines[d.i]; if (!filter(l, d)) continue;
    s.requests++;
    const want = l.usage?.completion_tokens ?? 0; s.askedTokens += want;
    if (!d.served) s.refused++;
    if (d.action === "limit") s.limit++; else if (d.action === "challenge") s.challenge++; else if (d.action === "block") s.block++;
    if (d.served) { s.served++; const got = d.degraded ? d.completion : want; s.gotTokens += got; if (d.degraded) s.degraded++;
      if (s.firstFlag === null && d.degraded) s.firstFlag = d.i; if (s.firstFlag === null) s.tokensBeforeFlag += got; }
    s.maxScore = Math.max(s.maxScore, d.score ?? 0);
    for (const r of d.reasons ?? []) { const k = r.replace(/[0-9.]+/g, "#").slice(0, 70); s.reasons.set(k, (s.reasons.get(k) ?? 0) + 1); }
  }
  return s;
}
export function fmt(s) {
  const top = [...s.reasons.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, n]) => `${k} (${n})`).join("; ");
  return `requests ${s.requests}, served ${s.served}, refused ${s.refused}, degraded ${s.degraded}, limit ${s.limit}, challenge ${s.challenge}, block ${s.block}; completion tokens asked ${s.askedTokens}, obtained ${s.gotTokens} (${(100 * s.gotTokens / Math.max(1, s.askedTokens)).toFixed(1)} %), before first degrade ${s.tokensBeforeFlag}; max score ${s.maxScore.toFixed(3)}\n    reasons: ${top}`;
}

// deterministic filler prose standing for an answer already received (~n tokens)
const SYL = ["ka", "lo", "mi", "ter", "ns", "qua", "re", "vo", "th", "el", "dis", "pro", "um", "an", "ci", "to"];
export function prose(seed, n) { const r = rng(seed); const w = []; let len = 0;
  while (len < n * 3.5) { let x = ""; const k = 1 + Math.floor(r() * 3); for (let j = 0; j < k; j++) x += pick(r, SYL); w.push(x); len += x.length + 1; if (r() < 0.08) w.push("."); }
  return w.join(" "); }
