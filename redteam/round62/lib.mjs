// Shared helpers for red team round 62 (replay only; builtins only).
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, "..", "..");
export const OUT = join(HERE, "out");
export const POLICY = join(HERE, "policy.json");
mkdirSync(OUT, { recursive: true });

// ---- seeded PRNG (mulberry32) ----
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
  r.pick = (arr) => arr[Math.floor(r() * arr.length)];
  r.exp = (mean) => -Math.log(1 - r()) * mean;
  return r;
}

// ---- composed text (this round's own wording; numbers and subjects drawn per item) ----
const SUBJ = {
  en: ["the heat equation on a rod", "compound interest with monthly deposits", "the causes of the Thirty Years' War", "binary search trees under deletion", "photosynthesis in C4 plants", "supply shocks and inflation", "the Doppler effect for moving sources", "the proof that sqrt(2) is irrational", "consensus in distributed databases", "plate tectonics at subduction zones", "the ethics of triage in hospitals", "Markov chains with absorbing states"],
  es: ["la ecuación del calor en una barra", "el interés compuesto con depósitos mensuales", "las causas de la guerra de independencia", "los árboles AVL y sus rotaciones", "la fotosíntesis en plantas CAM", "la política monetaria y el desempleo", "el efecto Doppler relativista", "la demostración de infinitos primos", "la tectónica de placas en los Andes", "la teoría de juegos en subastas"],
  de: ["die Wärmeleitung in einem Stab", "den Zinseszins bei monatlichen Einzahlungen", "die Ursachen der Märzrevolution", "Rot-Schwarz-Bäume beim Löschen", "die Zellatmung in Mitochondrien", "Angebotsschocks und Inflation", "den Dopplereffekt bei bewegten Quellen", "den Beweis des Satzes von Euklid", "Konsensverfahren in verteilten Systemen", "die Gletscherbildung in den Alpen"],
  fr: ["l'équation de la chaleur dans une barre", "les intérêts composés avec versements mensuels", "les causes de la Fronde", "les tas binaires et leurs opérations", "la photosynthèse chez les algues", "les chocs d'offre et l'inflation", "l'effet Doppler pour une source mobile", "la preuve de l'irrationalité de e", "le consensus dans les bases réparties", "l'érosion des côtes atlantiques"],
  pt: ["a equação do calor numa barra", "juros compostos com depósitos mensais", "as causas da Revolução Liberal", "árvores B em bancos de dados", "a fotossíntese nas plantas C4", "choques de oferta e inflação", "o efeito Doppler numa ambulância", "a prova de que há infinitos primos", "a tectónica de placas no Atlântico", "a teoria dos jogos em leilões"],
  it: ["l'equazione del calore su una sbarra", "l'interesse composto con versamenti mensili", "le cause della guerra dei Trent'anni", "gli alberi binari di ricerca", "la fotosintesi nelle piante C4", "gli shock di offerta e l'inflazione", "l'effetto Doppler per sorgenti in moto", "la dimostrazione dell'irrazionalità di radice di 2"],
  pl: ["równanie przewodnictwa ciepła w pręcie", "procent składany przy wpłatach miesięcznych", "przyczyny powstania listopadowego", "drzewa czerwono-czarne", "fotosyntezę u roślin C4", "szoki podażowe i inflację", "efekt Dopplera dla ruchomego źródła"],
  tr: ["bir çubukta ısı denklemi", "aylık yatırımlı bileşik faiz", "Otuz Yıl Savaşlarının nedenleri", "ikili arama ağaçları", "C4 bitkilerinde fotosentez", "arz şokları ve enflasyon", "hareketli kaynakta Doppler etkisi"],
  ja: ["棒の熱方程式", "毎月積立の複利計算", "三十年戦争の原因", "二分探索木の削除", "C4植物の光合成", "供給ショックとインフレ", "移動する音源のドップラー効果", "√2が無理数であることの証明"],
  zh: ["杆上的热传导方程", "每月存款的复利计算", "三十年战争的起因", "二叉搜索树的删除操作", "C4植物的光合作用", "供给冲击与通货膨胀", "运动声源的多普勒效应", "根号二是无理数的证明"],
  ru: ["уравнение теплопроводности в стержне", "сложные проценты при ежемесячных взносах", "причины Тридцатилетней войны", "двоичные деревья поиска", "фотосинтез у растений C4", "шоки предложения и инфляцию", "эффект Доплера для движущегося источника"],
};
const ASK = {
  en: (s, n) => `Write a thorough explanation of ${s}, with a worked example using the value ${n} and a short discussion of common mistakes.`,
  es: (s, n) => `Explica con detalle ${s}, con un ejemplo resuelto usando el valor ${n} y los errores más comunes.`,
  de: (s, n) => `Erkläre ausführlich ${s}, mit einem durchgerechneten Beispiel für den Wert ${n} und typischen Fehlern.`,
  fr: (s, n) => `Explique en profondeur ${s}, avec un exemple chiffré pour la valeur ${n} et les erreurs fréquentes.`,
  pt: (s, n) => `Explica em profundidade ${s}, com um exemplo resolvido para o valor ${n} e os erros mais comuns.`,
  it: (s, n) => `Spiega a fondo ${s}, con un esempio svolto per il valore ${n} e gli errori più comuni.`,
  pl: (s, n) => `Wyjaśnij dokładnie ${s}, z przykładem liczbowym dla wartości ${n} i typowymi błędami.`,
  tr: (s, n) => `${s} konusunu ${n} değeriyle çözülmüş bir örnekle ve sık yapılan hatalarla ayrıntılı açıkla.`,
  ja: (s, n) => `${s}について、値${n}を使った計算例とよくある誤りを含めて詳しく説明してください。`,
  zh: (s, n) => `请详细解释${s}，给出一个使用数值${n}的完整例子，并讨论常见错误。`,
  ru: (s, n) => `Подробно объясни ${s}, с разобранным примером для значения ${n} и типичными ошибками.`,
};
export const LANGS = Object.keys(ASK);
export function harvestAsk(r, langs = LANGS) {
  const lg = r.pick(langs);
  return ASK[lg](r.pick(SUBJ[lg]), r.int(3, 997));
}

const NOUNS = ["delivery", "battery", "screen", "hotel room", "customer service", "price", "packaging", "app update", "seat", "coffee", "warranty", "manual", "charger", "keyboard"];
const ADJ = ["slow", "excellent", "broken", "fine", "disappointing", "great", "noisy", "confusing", "fast", "overpriced", "solid", "flimsy"];
export function reviewText(r) {
  const k = r.int(1, 3);
  const parts = [];
  for (let i = 0; i < k; i++) parts.push(`The ${r.pick(NOUNS)} was ${r.pick(ADJ)}${r() < 0.4 ? ` after ${r.int(2, 40)} days` : ""}.`);
  return parts.join(" ") + ` Order #${r.int(10000, 99999)}.`;
}

// ---- trace / replay ----
export const T0 = Date.UTC(2026, 11, 8, 0, 0, 0);
export function chat(ts, key, body, usage, extra = {}) {
  return { ts: Math.round(ts), key, method: "POST", path: "/v1/chat/completions", body, usage, ip: "203.0.113.7", asn: 64500, country: "NL", ...extra };
}
export function writeTrace(name, lines) {
  lines.sort((a, b) => a.ts - b.ts);
  const p = join(OUT, name + ".jsonl");
  writeFileSync(p, lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
  return p;
}
export function replay(name, lines, policyPath = POLICY) {
  const trace = writeTrace(name, lines);
  const out = join(OUT, name + ".decisions.jsonl");
  execFileSync(process.execPath, ["scripts/node22.mjs", "scripts/replay.ts", "--trace", trace, "--out", out, "--policy", policyPath], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
  const dec = readFileSync(out, "utf8").trim().split("\n").map((l) => JSON.parse(l));
  return dec.map((d) => ({ ...d, line: lines[d.i] }));
}
export function policyWith(name, extra) {
  const base = JSON.parse(readFileSync(POLICY, "utf8"));
  const p = join(OUT, name + ".policy.json");
  writeFileSync(p, JSON.stringify({ ...base, ...extra }));
  return p;
}
// completion tokens a served request delivered: full when not degraded, capped when degraded
export function delivered(d) {
  const c = d.line.usage?.completion_tokens ?? 0;
  if (!d.served) return 0;
  if (d.degraded) return Math.min(c, d.completion ?? c);
  return c;
}
export const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : "0.0") + " %";
export const fmt = (n) => Math.round(n).toLocaleString("en-US");

// ---- the harvest of this round: one key, long single-turn answers to fresh multilingual asks ----
// opts: api "chat"|"messages"; cap (0 = no output cap; messages always send one); cover "none"|"plain"|"reason";
// per = cover requests per harvest request; vis = [lo, hi] visible tokens of a cover answer; style "plain"|"cot"; n harvest requests
const SYS = "You are a patient senior lecturer. Answer in the language of the question, in full prose with headings.";
const COT = [" Solve it step by step.", " Think step by step and show every step.", " Razona paso a paso.", " Schritt für Schritt, bitte.", " Étape par étape, s'il te plaît."];
export function buildHarvest(name, o) {
  const { api = "chat", cap = 0, cover = "none", per = 1, vis = [1, 3], style = "plain", n = 2000, seed = 62000 } = o;
  const r = rng(seed); const lines = []; let t = T0; const key = `sk-r62-${name}`;
  for (let i = 0; i < n; i++) {
    t += 20000 + r() * 40000; // one harvest ask every 20-60 s (~2,100 a day)
    const nc = cover === "none" ? 0 : Math.floor(per) + (r() < per - Math.floor(per) ? 1 : 0);
    for (let c = 0; c < nc; c++) {
      const v = r.int(vis[0], vis[1]); const rt = cover === "reason" ? r.int(64, 320) : 0;
      const u = { prompt_tokens: r.int(40, 70), completion_tokens: v + rt };
      if (cover === "reason") u.completion_tokens_details = { reasoning_tokens: rt };
      const task = v <= 3 ? "Label the sentiment of this review as positive, negative or mixed. Reply with the label only." : "Read this customer review and write a short, friendly reply to the customer.";
      lines.push(chat(t - 3000 - c * 1500, key, { model: cover === "reason" ? "o4-mini" : "gpt-4.1-mini", messages: [{ role: "user", content: task + "\n\n" + reviewText(r) }], max_completion_tokens: 2000 }, u, { tag: "cover" }));
    }
    let ask = harvestAsk(r); if (style === "cot") ask += r.pick(COT);
    const usage = { prompt_tokens: 40 + Math.round(ask.length / 3.5), completion_tokens: r.int(1400, 3600) };
    if (api === "chat") lines.push(chat(t, key, { model: "gpt-4.1", messages: [{ role: "system", content: SYS }, { role: "user", content: ask }], ...(cap ? { max_tokens: cap } : {}), temperature: 0.7 }, usage, { tag: "harvest" }));
    else lines.push({ ...chat(t, key, { model: "claude-sonnet-4-5", system: SYS, messages: [{ role: "user", content: ask }], max_tokens: cap || 8192, temperature: 0.7 }, usage, { tag: "harvest" }), path: "/v1/messages" });
  }
  return lines;
}
export function measure(name, lines) {
  const dec = replay(name, lines);
  const h = dec.filter((d) => d.line.tag === "harvest");
  const tot = h.reduce((s, d) => s + d.line.usage.completion_tokens, 0);
  const got = h.reduce((s, d) => s + delivered(d), 0);
  const cov = lines.filter((l) => l.tag === "cover");
  const covTok = cov.reduce((s, l) => s + l.usage.prompt_tokens + l.usage.completion_tokens, 0);
  const degCaps = h.filter((d) => d.degraded).map((d) => d.completion);
  return {
    name, n: h.length, degraded: degCaps.length, refused: h.filter((d) => !d.served).length,
    full: h.filter((d) => d.served && !d.degraded).length, got, tot, share: tot ? got / tot : 0,
    coverReq: cov.length / h.length, coverTok: covTok / tot, maxScore: Math.max(0, ...h.map((d) => d.score)),
    maxCap: Math.max(0, ...degCaps), hours: (lines[lines.length - 1].ts - lines[0].ts) / 3.6e6,
    lastReasons: h[h.length - 1].reasons,
  };
}
export function show(label, m) {
  console.log(`  ${label.padEnd(46)} ${String(m.full).padStart(5)}/${m.n} in full, ${String(m.degraded).padStart(5)} degraded${m.refused ? `, ${m.refused} refused` : ""}; ${pct(m.got, m.tot).padStart(7)} of ${fmt(m.tot)} harvest tokens delivered` +
    `${m.degraded ? ` (degraded cap up to ${m.maxCap})` : ""}; cover ${m.coverReq.toFixed(1)} req / ${m.coverTok.toFixed(2)} tok per harvested tok; max score ${m.maxScore}`);
}
