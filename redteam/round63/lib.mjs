// Red team round 63: shared helpers (plain Node ESM, builtins only).
// Seeded PRNG, composed multilingual text, trace writing, replay, per-key figures.
import { writeFileSync, readFileSync, mkdirSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, "..", "..");
export const OUT = join(HERE, "out");
mkdirSync(OUT, { recursive: true });

// config.md's pro tier as every key's limits: no quota refuses anything here.
export const POLICY = { defaults: { rpm: 600, tpm: 2000000, tpd: 50000000, concurrency: 64 } };

export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    exp: (mean) => -Math.log(1 - next()) * mean,
    // weighted pick: [[w, v], ...]
    wpick: (pairs) => {
      const tot = pairs.reduce((s, [w]) => s + w, 0);
      let x = next() * tot;
      for (const [w, v] of pairs) { if ((x -= w) < 0) return v; }
      return pairs[pairs.length - 1][1];
    },
  };
  return r;
}

// ---------- composed vocabulary (several languages) ----------
// Each language: subjects, audiences, tones, and a filler lexicon for answer bodies.
export const LANGS = {
  en: {
    subjects: ["remote onboarding for a small accounting firm", "choosing a heat pump for an old farmhouse", "how our bakery sources rye flour", "the spring update of our bike-sharing app", "saving water in a community garden", "a beginner's guide to sourdough starters", "why we moved our warehouse to solar power", "tips for first-time landlords", "a neighbourhood book swap", "preparing a toddler for daycare", "the history of our family vineyard", "migrating a shop from spreadsheets to inventory software", "a weekend hiking route near the lakes", "caring for indoor ferns in winter", "our new pet insurance plan", "hosting a charity quiz night", "the case for four-day weeks in small agencies", "reducing food waste in school canteens"],
    audiences: ["busy parents", "small business owners", "first-year students", "our newsletter subscribers", "retired volunteers", "hiring managers", "local customers"],
    tones: ["friendly", "professional", "warm and upbeat", "plain and direct", "playful"],
    kinds: [["blog post", 1], ["newsletter", 1], ["product page", 1], ["press release", 1], ["how-to guide", 1], ["landing page copy", 1]],
    brief: (k, s, a, t, w) => `Write a ${k} about ${s} for ${a}. Tone: ${t}. Around ${w} words, with headings.`,
    short: (s) => `Give me three catchy headlines about ${s}.`,
    follow: ["Make it a bit shorter and more formal.", "Can you add a section with practical tips?", "Rewrite the intro so it starts with a question.", "Use simpler words, please."],
    words: "the a our team customers we you it this that can will make more time new first help simple plan local week start easy good use work people every one way find keep best small home day year need right".split(" "),
  },
  es: {
    subjects: ["la apertura de nuestra nueva cafetería en Valencia", "cómo elegir bicicleta eléctrica para la ciudad", "el huerto urbano del barrio", "consejos para teletrabajar con niños en casa", "la historia de nuestra panadería familiar", "ahorro energético en pequeñas oficinas", "una ruta de senderismo por la sierra", "el cuidado de los olivos jóvenes", "nuestro programa de voluntariado", "preparar la primera entrevista de trabajo"],
    audiences: ["familias jóvenes", "autónomos", "estudiantes universitarios", "clientes de la tienda", "suscriptores del boletín"],
    tones: ["cercano", "profesional", "entusiasta", "sencillo y claro"],
    kinds: [["artículo de blog", 1], ["boletín", 1], ["página de producto", 1], ["nota de prensa", 1], ["guía práctica", 1]],
    brief: (k, s, a, t, w) => `Escribe un ${k} sobre ${s} para ${a}. Tono: ${t}. Unas ${w} palabras, con subtítulos.`,
    short: (s) => `Dame tres titulares llamativos sobre ${s}.`,
    follow: ["Hazlo un poco más corto y formal.", "¿Puedes añadir una sección de consejos prácticos?", "Reescribe la introducción empezando con una pregunta."],
    words: "el la los las de que en un una para con por más nuestro equipo clientes tiempo nuevo primero ayuda plan semana fácil bueno trabajo gente cada forma casa día año".split(" "),
  },
  de: {
    subjects: ["die Eröffnung unseres Hofladens", "Wärmepumpen für Altbauten", "unser neues Lastenrad-Verleihsystem", "Tipps für die ersten Wochen im Homeoffice", "die Geschichte unserer Brauerei", "Energiesparen im Kleinbetrieb", "eine Wanderung rund um den See", "Zimmerpflanzen im Winter", "unser Ehrenamtsprogramm", "Vorbereitung auf das erste Vorstellungsgespräch"],
    audiences: ["junge Familien", "Selbstständige", "Studierende", "Stammkunden", "Newsletter-Abonnenten"],
    tones: ["freundlich", "sachlich", "locker", "klar und direkt"],
    kinds: [["Blogartikel", 1], ["Newsletter", 1], ["Produktseite", 1], ["Pressemitteilung", 1], ["Ratgeber", 1]],
    brief: (k, s, a, t, w) => `Schreibe einen ${k} über ${s} für ${a}. Ton: ${t}. Etwa ${w} Wörter, mit Zwischenüberschriften.`,
    short: (s) => `Nenne mir drei knackige Überschriften zu ${s}.`,
    follow: ["Bitte etwas kürzer und förmlicher.", "Kannst du einen Abschnitt mit praktischen Tipps ergänzen?", "Schreib die Einleitung so, dass sie mit einer Frage beginnt."],
    words: "der die das und in zu den mit für unser Team Kunden Zeit neu erste Hilfe Plan Woche einfach gut Arbeit Menschen jeden Weg Haus Tag Jahr".split(" "),
  },
  fr: {
    subjects: ["l'ouverture de notre épicerie solidaire", "choisir un vélo cargo pour la famille", "le jardin partagé du quartier", "réussir son premier mois en télétravail", "l'histoire de notre fromagerie", "les économies d'énergie au bureau", "une randonnée autour du lac", "entretenir un potager sur un balcon", "notre programme de bénévolat", "préparer un entretien d'embauche"],
    audiences: ["jeunes parents", "indépendants", "étudiants", "clients fidèles", "abonnés à la lettre d'information"],
    tones: ["chaleureux", "professionnel", "dynamique", "simple et clair"],
    kinds: [["article de blog", 1], ["lettre d'information", 1], ["fiche produit", 1], ["communiqué de presse", 1], ["guide pratique", 1]],
    brief: (k, s, a, t, w) => `Rédige un ${k} sur ${s} pour ${a}. Ton : ${t}. Environ ${w} mots, avec des intertitres.`,
    short: (s) => `Propose trois titres accrocheurs sur ${s}.`,
    follow: ["Raccourcis un peu et rends-le plus formel.", "Peux-tu ajouter une partie avec des conseils pratiques ?", "Réécris l'introduction pour qu'elle commence par une question."],
    words: "le la les de des et en un une pour avec plus notre équipe clients temps nouveau premier aide plan semaine facile bon travail gens chaque façon maison jour année".split(" "),
  },
  pt: {
    subjects: ["a abertura da nossa nova padaria", "como escolher painéis solares para casa", "a horta comunitária do bairro", "dicas para o primeiro mês em teletrabalho", "a história da nossa vinícola", "poupar energia no escritório", "um roteiro de caminhada na serra", "cuidar de plantas de interior no inverno", "o nosso programa de voluntariado"],
    audiences: ["famílias jovens", "pequenos empresários", "estudantes", "clientes da loja"],
    tones: ["próximo", "profissional", "animado", "simples e claro"],
    kinds: [["artigo de blog", 1], ["newsletter", 1], ["página de produto", 1], ["comunicado de imprensa", 1], ["guia prático", 1]],
    brief: (k, s, a, t, w) => `Escreve um ${k} sobre ${s} para ${a}. Tom: ${t}. Cerca de ${w} palavras, com subtítulos.`,
    short: (s) => `Dá-me três títulos chamativos sobre ${s}.`,
    follow: ["Torna-o um pouco mais curto e formal.", "Podes acrescentar uma secção com dicas práticas?"],
    words: "o a os as de que em um uma para com mais nosso equipa clientes tempo novo primeiro ajuda plano semana fácil bom trabalho pessoas cada forma casa dia ano".split(" "),
  },
  ja: {
    subjects: ["新しいカフェの開店", "古い家の断熱リフォーム", "地域の図書交換会", "初めての在宅勤務のコツ", "家族経営の酒蔵の歴史", "小さな事務所の省エネ", "湖のまわりのハイキングコース", "冬の観葉植物の手入れ", "ボランティア制度の紹介"],
    audiences: ["子育て中の家庭", "個人事業主", "大学生", "常連のお客様"],
    tones: ["親しみやすい", "丁寧", "明るい", "簡潔"],
    kinds: [["ブログ記事", 1], ["ニュースレター", 1], ["商品ページ", 1], ["プレスリリース", 1]],
    brief: (k, s, a, t, w) => `${a}向けに「${s}」についての${k}を書いてください。トーンは${t}で、見出し付き、約${w * 2}字でお願いします。`,
    short: (s) => `「${s}」について目を引く見出しを三つ考えてください。`,
    follow: ["もう少し短く、丁寧な表現にしてください。", "実用的なヒントの節を追加できますか？"],
    words: "私たち の は が を に で と お客様 時間 新しい 最初 手伝い 計画 毎週 簡単 良い 仕事 人 方法 家 日 年".split(" "),
  },
  pl: {
    subjects: ["otwarcie naszej nowej piekarni", "jak wybrać pompę ciepła do starego domu", "ogród społeczny na osiedlu", "pierwszy miesiąc pracy zdalnej", "historia naszej rodzinnej winnicy", "oszczędzanie energii w małym biurze", "trasa pieszych wycieczek wokół jeziora"],
    audiences: ["młodych rodzin", "właścicieli małych firm", "studentów", "stałych klientów"],
    tones: ["przyjazny", "profesjonalny", "energiczny", "prosty i jasny"],
    kinds: [["wpis na blog", 1], ["newsletter", 1], ["opis produktu", 1], ["komunikat prasowy", 1]],
    brief: (k, s, a, t, w) => `Napisz ${k} o temacie: ${s}, dla ${a}. Ton: ${t}. Około ${w} słów, ze śródtytułami.`,
    short: (s) => `Podaj trzy chwytliwe nagłówki o temacie: ${s}.`,
    follow: ["Skróć to trochę i napisz bardziej formalnie.", "Czy możesz dodać sekcję z praktycznymi wskazówkami?"],
    words: "i w na z do się że to nasz zespół klienci czas nowy pierwszy pomoc plan tydzień łatwy dobry praca ludzie każdy sposób dom dzień rok".split(" "),
  },
};
export const LANG_KEYS = Object.keys(LANGS);

// tokens of a text, as a BPE tokenizer roughly bills it
export function toks(text) {
  let cjk = 0;
  for (const ch of text) { const c = ch.codePointAt(0); if (c >= 0x3000 && c <= 0x9fff) cjk++; }
  const rest = text.length - cjk;
  return Math.max(1, Math.round(rest / 4 + cjk / 1.2));
}

// a body of text of about n tokens, composed from a language's lexicon (answers in histories)
export function filler(r, lang, n) {
  const L = LANGS[lang] ?? LANGS.en;
  const cjk = lang === "ja";
  const parts = [];
  let t = 0;
  while (t < n) {
    const len = r.int(6, 14);
    const s = [];
    for (let i = 0; i < len; i++) s.push(r.pick(L.words));
    const sent = cjk ? s.join("") + "。" : s.join(" ") + ". ";
    parts.push(sent);
    t += cjk ? Math.round(sent.length / 1.2) : Math.round(sent.length / 4);
  }
  const body = parts.join("");
  return cjk ? body : body[0].toUpperCase() + body.slice(1);
}

// ---------- time ----------
export const T0 = Date.UTC(2026, 11, 7, 0, 0, 0); // Monday 2026-12-07 00:00 UTC
// gap (ms) until the next request of a product serving many users, diurnal: busier by day
export function productGap(r, tMs, perDay) {
  const hour = new Date(tMs).getUTCHours();
  const w = hour >= 7 && hour < 22 ? 1.4 : 0.35; // day vs night activity
  const mean = 86400000 / perDay / w;
  return Math.max(300, Math.round(r.exp(mean)));
}

// ---------- replay ----------
export function replay(name, events, policy = POLICY) {
  name = name.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "");
  const trace = join(OUT, `${name}.trace.jsonl`);
  const out = join(OUT, `${name}.decisions.jsonl`);
  const pol = join(OUT, `${name}.policy.json`);
  events.sort((a, b) => a.ts - b.ts);
  writeFileSync(trace, events.map((e) => JSON.stringify(e)).join("\n") + "\n");
  writeFileSync(pol, JSON.stringify(policy));
  const res = spawnSync(process.execPath, [join(ROOT, "scripts/node22.mjs"), join(ROOT, "scripts/replay.ts"), "--trace", trace, "--out", out, "--policy", pol], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 << 20 });
  if (res.status !== 0) { process.stderr.write(res.stderr); throw new Error(`replay ${name} failed (${res.status})`); }
  if (/line \d+/.test(res.stderr) && /malformed|invalid|skipp/i.test(res.stderr)) process.stderr.write(`[${name}] ${res.stderr.slice(0, 2000)}\n`);
  const dec = readFileSync(out, "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l));
  if (dec.length !== events.length) throw new Error(`${name}: ${dec.length} decisions for ${events.length} events (skipped lines?)`);
  return dec.map((d) => ({ ...d, ev: events[d.i] }));
}

// Figures for the requests matching `sel(ev)`: share degraded / refused, answer tokens cut.
// Visible answer = completion less hidden reasoning; under degrade the reasoning is written first,
// so the visible answer delivered is what is left of the degraded budget after it.
export function figures(decs, sel = () => true) {
  const f = { n: 0, degraded: 0, refused: 0, challenged: 0, blocked: 0, limited: 0, vis: 0, cut: 0, emptied: 0, maxScore: 0, firstDegradeI: -1 };
  for (const d of decs) {
    if (!sel(d.ev)) continue;
    f.n++;
    f.maxScore = Math.max(f.maxScore, d.score ?? 0);
    const u = d.ev.usage;
    const comp = u ? u.completion_tokens : 0;
    const reas = u?.completion_tokens_details?.reasoning_tokens ?? 0;
    const vis = comp - reas;
    f.vis += vis;
    if (!d.served) {
      f.refused++; f.cut += vis;
      if (d.action === "challenge") f.challenged++;
      if (d.action === "block") f.blocked++;
      if (d.limit) f.limited++;
      continue;
    }
    if (d.degraded) {
      f.degraded++;
      if (f.firstDegradeI < 0) f.firstDegradeI = d.i;
      const budget = d.completion ?? comp;
      const got = Math.max(0, Math.min(vis, budget - reas));
      f.cut += vis - got;
      if (vis > 0 && got === 0) f.emptied++;
    }
  }
  f.pDegraded = f.n ? (100 * f.degraded) / f.n : 0;
  f.pRefused = f.n ? (100 * f.refused) / f.n : 0;
  f.pCut = f.vis ? (100 * f.cut) / f.vis : 0;
  return f;
}

export const pct = (x) => `${x.toFixed(1)} %`;
export function line(label, f) {
  return `${label}: ${f.degraded}/${f.n} degraded (${pct(f.pDegraded)}), ${f.refused} refused (challenged ${f.challenged}, blocked ${f.blocked}), answer tokens cut ${f.cut}/${f.vis} (${pct(f.pCut)})${f.emptied ? `, ${f.emptied} answers emptied` : ""}, max score ${f.maxScore.toFixed(2)}`;
}

// reasons seen on degraded decisions (most frequent first)
export function topReasons(decs, sel = () => true, k = 6) {
  const c = new Map();
  for (const d of decs) {
    if (!sel(d.ev) || !d.degraded) continue;
    for (const r of d.reasons ?? []) { const key = String(r).replace(/[\d.]+/g, "#").slice(0, 60); c.set(key, (c.get(key) ?? 0) + 1); }
  }
  return [...c.entries()].sort((a, b) => b[1] - a[1]).slice(0, k).map(([r, n]) => `${r} (${n})`).join("; ");
}
