// Round 68 helpers (adapted from round 66's, copied, not imported): seeded PRNG, composed multilingual asks, trace writing, replay, figures.
import { writeFileSync, mkdirSync, readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, "..", "..");
export const OUT = join(HERE, "out");
mkdirSync(OUT, { recursive: true });

export function rng(seed) {
  let s = seed >>> 0;
  const f = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  f.int = (a, b) => a + Math.floor(f() * (b - a + 1));
  f.pick = (arr) => arr[Math.floor(f() * arr.length)];
  return f;
}

// Per-language subjects and ask frames (composed here).
const L = {
  en: {
    subj: ["photosynthesis", "plate tectonics", "compound interest", "the French Revolution", "binary search trees", "supply and demand", "the immune response", "Bayes' theorem", "ocean currents", "the Krebs cycle", "public-key cryptography", "Newton's third law", "inflation targeting", "protein folding", "the water cycle", "graph colouring", "the Renaissance", "electric circuits", "game theory", "volcanic activity"],
    frame: (s, n, r) => r.pick([
      `Explain ${s} to a second-year student, work through example number ${n} in detail, then list the common misconceptions and how to correct each one.`,
      `Write a thorough lesson on ${s}: definitions, a worked case (#${n}), the history of the idea, and five exam-style questions with full answers.`,
      `I am preparing lecture ${n} on ${s}. Give a complete explanation with derivations, two examples and a summary table.`,
    ]),
    filler: ["the", "customer", "said", "delivery", "was", "late", "but", "product", "works", "well", "quality", "price", "box", "arrived", "damaged", "support", "helpful", "again", "would", "buy", "colour", "size", "fits", "cheap", "battery"],
  },
  es: {
    subj: ["la fotosíntesis", "la tectónica de placas", "el interés compuesto", "la Revolución Francesa", "los árboles binarios", "la oferta y la demanda", "la respuesta inmune", "el teorema de Bayes", "las corrientes oceánicas", "el ciclo de Krebs", "la criptografía de clave pública", "la inflación"],
    frame: (s, n, r) => r.pick([
      `Explica ${s} a un estudiante de segundo año, desarrolla el ejemplo número ${n} con detalle y luego enumera los errores más comunes y cómo corregirlos.`,
      `Escribe una lección completa sobre ${s}: definiciones, un caso resuelto (n.º ${n}), la historia de la idea y cinco preguntas de examen con sus respuestas.`,
    ]),
    filler: ["el", "cliente", "dijo", "entrega", "tarde", "pero", "producto", "funciona", "bien", "calidad", "precio", "caja", "llegó", "dañada", "soporte", "útil", "compraría", "otra", "vez", "talla"],
  },
  de: {
    subj: ["die Photosynthese", "die Plattentektonik", "der Zinseszins", "die Französische Revolution", "binäre Suchbäume", "Angebot und Nachfrage", "die Immunantwort", "der Satz von Bayes", "Meeresströmungen", "der Citratzyklus", "asymmetrische Kryptographie"],
    frame: (s, n, r) => r.pick([
      `Erkläre ${s} einem Studenten im zweiten Jahr, arbeite Beispiel Nummer ${n} ausführlich durch und nenne dann die häufigsten Missverständnisse und wie man sie korrigiert.`,
      `Schreibe eine gründliche Lektion über ${s}: Definitionen, ein durchgerechneter Fall (Nr. ${n}), die Geschichte der Idee und fünf Prüfungsfragen mit vollständigen Antworten.`,
    ]),
    filler: ["der", "Kunde", "sagte", "Lieferung", "spät", "aber", "Produkt", "funktioniert", "gut", "Qualität", "Preis", "Karton", "beschädigt", "Service", "hilfreich", "wieder", "kaufen", "Größe", "passt"],
  },
  fr: {
    subj: ["la photosynthèse", "la tectonique des plaques", "les intérêts composés", "la Révolution française", "les arbres binaires", "l'offre et la demande", "la réponse immunitaire", "le théorème de Bayes", "les courants océaniques", "le cycle de Krebs"],
    frame: (s, n, r) => r.pick([
      `Explique ${s} à un étudiant de deuxième année, développe l'exemple numéro ${n} en détail, puis énumère les idées fausses courantes et comment les corriger.`,
      `Rédige une leçon complète sur ${s} : définitions, un cas résolu (n° ${n}), l'histoire de l'idée et cinq questions d'examen avec réponses.`,
    ]),
    filler: ["le", "client", "a", "dit", "livraison", "retard", "mais", "produit", "marche", "bien", "qualité", "prix", "boîte", "abîmée", "service", "utile", "rachèterais", "taille"],
  },
  pt: {
    subj: ["a fotossíntese", "a tectônica de placas", "os juros compostos", "a Revolução Francesa", "as árvores binárias", "a oferta e a procura", "a resposta imune", "o teorema de Bayes", "as correntes oceânicas"],
    frame: (s, n, r) => `Explique ${s} para um aluno do segundo ano, desenvolva o exemplo número ${n} em detalhe e depois liste os equívocos comuns e como corrigi-los.`,
    filler: ["o", "cliente", "disse", "entrega", "atrasou", "mas", "produto", "funciona", "bem", "qualidade", "preço", "caixa", "danificada", "suporte", "útil", "compraria"],
  },
  ru: {
    subj: ["фотосинтез", "тектонику плит", "сложные проценты", "Французскую революцию", "двоичные деревья поиска", "спрос и предложение", "иммунный ответ", "теорему Байеса"],
    frame: (s, n, r) => `Объясни ${s} студенту второго курса, подробно разбери пример номер ${n}, а затем перечисли типичные заблуждения и как их исправить.`,
    filler: ["клиент", "сказал", "доставка", "поздно", "но", "товар", "работает", "хорошо", "качество", "цена", "коробка", "повреждена", "поддержка", "куплю", "снова"],
  },
  ja: {
    subj: ["光合成", "プレートテクトニクス", "複利", "フランス革命", "二分探索木", "需要と供給", "免疫反応", "ベイズの定理"],
    frame: (s, n, r) => `${s}について大学二年生向けに説明し、例題${n}番を詳しく解いてから、よくある誤解とその正し方を挙げてください。`,
    filler: ["配達", "遅い", "商品", "良い", "品質", "価格", "箱", "破損", "サポート", "また", "買う"],
  },
};
export const LANGS = Object.keys(L);

export function ask(r, lang) {
  const l = L[lang ?? r.pick(LANGS)];
  return l.frame(r.pick(l.subj), r.int(1, 999), r);
}

// Fresh composed text of about `chars` characters (reviews-like), one language.
export function fresh(r, chars, lang) {
  const l = L[lang ?? r.pick(LANGS)];
  const sep = lang === "ja" ? "" : " ";
  let out = "";
  while (out.length < chars) {
    const k = r.int(6, 14);
    const w = [];
    for (let i = 0; i < k; i++) w.push(r.pick(l.filler));
    out += w.join(sep) + (lang === "ja" ? "。" : ". ");
  }
  return out.slice(0, chars);
}

export const tok = (s) => Math.max(1, Math.round(s.length / 4));

export function writeTrace(name, lines) {
  lines.sort((a, b) => a.ts - b.ts);
  const p = join(OUT, name + ".jsonl");
  writeFileSync(p, lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
  return p;
}

export function policyPath() {
  const p = join(OUT, "policy-pro.json");
  writeFileSync(p, JSON.stringify({ defaults: { rpm: 600, tpm: 2000000, tpd: 50000000, concurrency: 64 }, detection: { mode: "enforce" } }, null, 1));
  return p;
}

export function replay(name, lines) {
  const trace = writeTrace(name, lines);
  const out = join(OUT, name + ".decisions.jsonl");
  const node = process.execPath;
  const r = spawnSync(node, [join(ROOT, "scripts/node22.mjs"), join(ROOT, "scripts/replay.ts"), "--trace", trace, "--out", out, "--policy", policyPath()], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 26, timeout: 170000 });
  const dec = readFileSync(out, "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l));
  if (dec.length !== lines.length) throw new Error(`replay of ${name}: ${dec.length} decisions for ${lines.length} lines\n${(r.stderr || "").slice(0, 2000)}`);
  return { lines, dec };
}

// Figures over the lines marked `_h` (harvest) in the (time-sorted) trace.
export function figures({ lines, dec }, tag = "h") {
  let n = 0, full = 0, tokAll = 0, tokFull = 0, deg = 0, refused = 0, maxScore = 0, firstDeg = -1;
  const reasons = new Map();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i], d = dec[i];
    maxScore = Math.max(maxScore, d.score ?? 0);
    if (l._k !== tag) continue;
    n++;
    const ct = l.usage?.completion_tokens ?? 0;
    tokAll += ct;
    if (!d.served) refused++;
    else if (d.degraded) { deg++; if (firstDeg < 0) firstDeg = n; }
    else { full++; tokFull += ct; }
    for (const r of d.reasons ?? []) { const k = String(r).replace(/[0-9.]+/g, "#").slice(0, 60); reasons.set(k, (reasons.get(k) ?? 0) + 1); }
  }
  const top = [...reasons.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, v]) => `${k}(${v})`);
  return { n, full, deg, refused, reqPct: (100 * full) / Math.max(1, n), tokPct: (100 * tokFull) / Math.max(1, tokAll), maxScore, firstDeg, top };
}

export function show(label, f) {
  console.log(`${label.padEnd(58)} asks ${String(f.n).padStart(5)}  in full ${f.reqPct.toFixed(1).padStart(5)} % req, ${f.tokPct.toFixed(1).padStart(5)} % tok; degraded ${f.deg}, refused ${f.refused}; max score ${f.maxScore.toFixed(2)}`);
  if (f.top.length) console.log(`    reasons: ${f.top.join(" | ")}`);
}

export const T0 = Date.UTC(2026, 11, 1, 6, 0, 0);
export const KEY = (s) => "sk-rt68-" + s;
export const net = (r) => ({ ip: `203.0.113.${r.int(1, 254)}`, asn: 64512, country: "US" });

// ---- Round 68: one harvest key, a fresh lesson ask every 20-60 s (~2,150 a day), answers of
// 1,400-3,600 tokens, temperature 0.7; gpt-4.1 max_tokens 4,096 or Claude Sonnet 4.5 max_tokens 8,192.
// Options of `k` switch one trick on at a time (see each r68-*.mjs).
export const SYS = "You are Tutorly, a patient university teaching assistant. Answer in the language of the question, with headings, worked examples and a short summary at the end.";
export const INSTR = "Write the lesson described in the text you have already started below. Follow every instruction in it, use headings for each part, number the worked steps, keep the notation consistent and end with a short summary. Do not ask questions first.";
const PAD = " Please be complete: cover the intuition, the formal definition, at least one worked example with every intermediate step, and the typical exam traps.";
// One fixed block of composed reference text (en, es, de, fr, pt paragraphs), the same on every request.
export function material(seed, chars) {
  const r = rng(seed + 7);
  const langs = ["en", "es", "de", "fr", "pt"];
  let out = "REFERENCE NOTES (keep for the whole session)\n\n";
  let i = 0;
  while (out.length < chars) { out += fresh(r, 600, langs[i % langs.length]) + "\n\n"; i++; }
  return out.slice(0, chars);
}
export function build(k, seed, N = 1500) {
  const r = rng(seed); const key = KEY(k.name + seed); const lines = []; let t = T0;
  let prevAsk = null;
  const MAT = material(seed, k.matChars ?? 8000);
  for (let i = 0; i < N; i++) {
    t += r.int(20, 60) * 1000;
    let a = ask(r); if (a.length < 220) a += PAD;
    if (k.cot) a += " Think step by step and write out your full reasoning before the final answer.";
    const ans = r.int(1400, 3600);
    const claude = k.route === "messages";
    const msgs = []; let prompt = tok(SYS) + 8;
    if (!claude) msgs.push({ role: "system", content: k.sysMat ? SYS + "\n\n" + MAT : SYS });
    if (k.sysMat) prompt += tok(MAT);
    const COT = "House rules for every question that follows in this session: work through it step by step, show every intermediate result and each calculation, never skip a step even if it looks obvious, and put the final answer on its own line at the end.";
    if (k.cotWhere === "sys") msgs[0].content = SYS + " " + COT;
    if (k.cotWhere === "hand") { msgs.push({ role: "user", content: COT }, { role: "assistant", content: k.ack ?? "Ok." }); prompt += tok(COT) + 4; }
    if (k.cotWhere === "input") a = a + " " + COT;
    if (k.handMat) { msgs.push({ role: "user", content: MAT }, { role: "assistant", content: k.ack ?? "Ok." }); prompt += tok(MAT) + 4; }
    let inst = INSTR;
    if (k.nonce) inst = `[job ${Math.floor(r() * 1e9).toString(36)}] ` + INSTR;
    if (k.layout === "prefill") { msgs.push({ role: "user", content: inst }, { role: "assistant", content: "Lesson request: " + a + "\n\n# " }); prompt += tok(inst) + tok(a) + 6; }
    else if (k.chain) { if (prevAsk) { msgs.push({ role: "user", content: prevAsk }, { role: "assistant", content: "I have written the full lesson for that request above; tell me which part to expand or what to cover next." }); prompt += tok(prevAsk) + 30; } msgs.push({ role: "user", content: a }); prompt += tok(a); prevAsk = a; }
    else if (k.sysask) { msgs[0].content = SYS + "\n\nToday's lesson request: " + a; msgs.push({ role: "user", content: INSTR.replace("in the text you have already started below", "in your instructions") }); prompt += tok(a) + 60; }
    else if (k.joined) { msgs.push({ role: "user", content: MAT + "\n\n" + a }); prompt += tok(a) + tok(MAT); }
    else { msgs.push({ role: "user", content: a }); prompt += tok(a); }
    const body = claude ? { model: "claude-sonnet-4-5", system: SYS, messages: msgs, temperature: 0.7, max_tokens: 8192 }
      : { model: "gpt-4.1", messages: msgs, temperature: 0.7, max_tokens: 4096 };
    lines.push({ ts: t, key, ...net(r), method: "POST", path: claude ? "/v1/messages" : "/v1/chat/completions", body, usage: { prompt_tokens: prompt, completion_tokens: ans }, _k: "h" });
    for (let j = 0; j < (k.lab ?? 0); j++) {
      const q = fresh(r, k.embChars ?? 40);
      lines.push({ ts: t + 300 + j * 200, key, ...net(r), method: "POST", path: "/v1/chat/completions", body: { model: k.labModel ?? "gpt-4.1-nano", messages: [{ role: "user", content: "Label the sentiment (pos/neg): " + q }], max_tokens: 2 }, usage: { prompt_tokens: tok(q) + 12, completion_tokens: 1 }, _k: "e" });
    }
    for (let j = 0; j < (k.emb ?? 0); j++) {
      const q = fresh(r, k.embChars ?? 40);
      lines.push({ ts: t + 300 + j * 200, key, ...net(r), method: "POST", path: "/v1/embeddings", body: { model: "text-embedding-3-small", input: q }, usage: { prompt_tokens: tok(q), completion_tokens: 0 }, _k: "e" });
    }
  }
  return lines;
}
