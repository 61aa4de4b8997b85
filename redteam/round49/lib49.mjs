// Shared helpers for red-team round 49 (embeddings route). Seeded PRNG, text composer,
// trace writer, replay runner, per-key summary. Written from the docs only.
import { mkdtempSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";

export function rng(seed) {
  let s = seed >>> 0;
  const f = () => { s = (s + 0x6D2B79F5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  f.int = (n) => Math.floor(f() * n);
  f.pick = (a) => a[Math.floor(f() * a.length)];
  return f;
}

// ---- word makers per script ------------------------------------------------
const LAT_ON = ["b","c","d","f","g","h","k","l","m","n","p","r","s","t","v","z","br","tr","st","pl","gr","ch","sh","fl","cr"];
const LAT_V = ["a","e","i","o","u","ai","ou","ea","io"];
const LAT_CODA = ["","n","r","s","l","t","m","nd","st","ck"];
export function latWord(r, syl) { let w = ""; for (let i = 0; i < syl; i++) w += r.pick(LAT_ON) + r.pick(LAT_V) + (i === syl - 1 ? r.pick(LAT_CODA) : ""); return w; }
const ACC_V = ["á","é","í","ó","ú","ñ","ü","è","ê","ç"];
export function accWord(r, syl) { const w = latWord(r, syl); const i = r.int(w.length); return w.slice(0, i) + r.pick(ACC_V) + w.slice(i + 1); }
const CYR = "бвгджзклмнпрстфхцчшщ"; const CYRV = "аеиоуыэюя";
export function cyrWord(r, syl) { let w = ""; for (let i = 0; i < syl; i++) w += CYR[r.int(CYR.length)] + CYRV[r.int(CYRV.length)] + (r() < 0.4 ? CYR[r.int(CYR.length)] : ""); return w; }
export function hanRun(r, n) { let s = ""; for (let i = 0; i < n; i++) s += String.fromCodePoint(0x4E00 + r.int(0x9FA5 - 0x4E00)); return s; }
export function kanaRun(r, n) { let s = ""; for (let i = 0; i < n; i++) s += String.fromCodePoint((r() < 0.5 ? 0x3041 : 0x30A1) + r.int(80)); return s; }
export function hangulWord(r, n) { let s = ""; for (let i = 0; i < n; i++) s += String.fromCodePoint(0xAC00 + r.int(11172)); return s; }
const AR = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
export function arWord(r, n) { let s = ""; for (let i = 0; i < n; i++) s += AR[r.int(AR.length)]; return s; }
export function thaiRun(r, n) { let s = ""; for (let i = 0; i < n; i++) s += String.fromCodePoint(0x0E01 + r.int(0x2E)) ; return s; }

// Short glue words (< 6 letters: never "words" for the unrelated reading)
const EN_GLUE = ["the","a","of","and","to","in","is","was","for","on","with","at","by","it","this","that","new","from","as","are","has","will","not","but","our","its","more","after","over","than","about","into","says"];
// Real English topic banks (6+ letter words, so texts on one topic share some)
export const TOPICS = {
  health: ["patient","clinical","symptoms","treatment","diagnosis","hospital","vaccine","disease","therapy","medicine","doctors","infection"],
  finance: ["market","stocks","investors","inflation","interest","earnings","economy","currency","banking","mortgage","dividend","bonds"],
  sports: ["football","championship","players","season","coach","tournament","league","victory","defender","striker","stadium","record"],
  tech: ["software","smartphone","computer","network","security","release","startup","developer","platform","update","browser","privacy"],
  science: ["research","physics","experiment","molecule","telescope","species","climate","biology","chemistry","particle","genome","fossil"],
  politics: ["election","government","minister","parliament","senator","campaign","policy","president","coalition","voters","legislation","treaty"],
  cooking: ["recipe","chicken","butter","flour","garlic","oven","simmer","pasta","sauce","onions","baking","cheese"],
  travel: ["flights","airport","hotel","beaches","passport","tourism","island","cruise","luggage","itinerary","museum","mountains"],
  law: ["lawsuit","court","judge","verdict","attorney","contract","appeal","damages","plaintiff","statute","settlement","evidence"],
  music: ["album","concert","guitar","singer","festival","orchestra","lyrics","streaming","drummer","release","chart","melody"],
  auto: ["engine","vehicle","electric","battery","highway","recall","dealer","transmission","emissions","charging","sedan","mileage"],
  energy: ["pipeline","solar","turbine","electricity","nuclear","reactor","natural","refinery","carbon","renewable","drilling","grid"],
};
export const TOPIC_NAMES = Object.keys(TOPICS);

// An English text: glue + n topic words + m unique-ish proper names/rare words
export function enText(r, { topic, topicWords = 3, rare = 4, glue = 10, shared = null } = {}) {
  const parts = [];
  const bank = topic ? TOPICS[topic] : null;
  for (let i = 0; i < glue; i++) parts.push(r.pick(EN_GLUE));
  if (bank) for (let i = 0; i < topicWords; i++) parts.push(r.pick(bank));
  for (let i = 0; i < rare; i++) { const w = latWord(r, 2 + r.int(2)); parts.push(r() < 0.4 ? w[0].toUpperCase() + w.slice(1) : w); }
  for (let i = parts.length - 1; i > 0; i--) { const j = r.int(i + 1); [parts[i], parts[j]] = [parts[j], parts[i]]; }
  if (shared) parts.splice(r.int(3), 0, shared);
  let s = parts.join(" ");
  return s[0].toUpperCase() + s.slice(1) + ".";
}
// A text in another script, unique words (nothing in common with other texts)
export function foreignText(r, lang, len = 12) {
  const p = [];
  switch (lang) {
    case "es": for (let i = 0; i < len; i++) p.push(r() < 0.5 ? accWord(r, 2 + r.int(2)) : r.pick(["el","la","de","en","y","que","los","por"])); return p.join(" ") + ".";
    case "ru": for (let i = 0; i < len; i++) p.push(r() < 0.6 ? cyrWord(r, 2 + r.int(2)) : r.pick(["и","в","на","с","по","не"])); return p.join(" ") + ".";
    case "zh": return hanRun(r, len * 3) + "。";
    case "ja": return kanaRun(r, len * 2) + hanRun(r, len) + "。";
    case "ko": for (let i = 0; i < len; i++) p.push(hangulWord(r, 2 + r.int(3))); return p.join(" ") + ".";
    case "ar": for (let i = 0; i < len; i++) p.push(arWord(r, 3 + r.int(5))); return p.join(" ") + ".";
    case "th": return thaiRun(r, len * 4);
    default: return enText(r, { topic: r.pick(TOPIC_NAMES) });
  }
}
export function tokensOf(texts) { let t = 0; for (const s of texts) { for (const ch of s) t += ch.codePointAt(0) > 0x2E80 ? 1 : 0.27; } return Math.max(1, Math.round(t)); }

// ---- trace + replay ---------------------------------------------------------
export const T0 = Date.UTC(2026, 11, 7, 0, 0, 0);
export function embedLine(ts, key, texts, net = {}) {
  return { ts: Math.round(ts), key, ip: net.ip ?? "203.0.113.7", asn: net.asn ?? 64500, country: net.country ?? "US",
    method: "POST", path: "/v1/embeddings", body: { model: "text-embedding-3-small", input: texts.length === 1 && net.single ? texts[0] : texts },
    usage: { prompt_tokens: tokensOf(texts), completion_tokens: 0 } };
}
export function runReplay(name, lines, policy) {
  lines.sort((a, b) => a.ts - b.ts);
  if (lines.length > 30000) throw new Error(`${name}: ${lines.length} lines > 30,000`);
  const dir = mkdtempSync(join(tmpdir(), `r49-${name}-`));
  const trace = join(dir, "trace.jsonl"), out = join(dir, "decisions.jsonl");
  writeFileSync(trace, lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
  const args = ["scripts/node22.mjs", "scripts/replay.ts", "--trace", trace, "--out", out];
  if (policy) { const p = join(dir, "policy.json"); writeFileSync(p, JSON.stringify(policy)); args.push("--policy", p); }
  const res = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 26 });
  if (res.status !== 0) { console.error(res.stderr); throw new Error("replay failed"); }
  const decisions = readFileSync(out, "utf8").trim().split("\n").map((l) => JSON.parse(l));
  return { lines, decisions, dir };
}
// per-key summary; group maps key -> label
export function summarize({ lines, decisions }, label = (k) => k) {
  const by = new Map();
  for (const d of decisions) {
    const l = lines[d.i];
    const k = d.key;
    let s = by.get(k);
    if (!s) { s = { key: k, group: label(k), requests: 0, inputs: 0, servedInputs: 0, refused: 0, challenged: 0, blocked: 0, limited: 0, degraded: 0, final: "allow", maxScore: 0, firstFlag: null, firstRefuse: null, reasons: new Set() }; by.set(k, s); }
    s.requests++;
    const n = Array.isArray(l.body.input) ? l.body.input.length : 1;
    s.inputs += n;
    if (d.served) s.servedInputs += n; else s.refused++;
    if (d.action === "challenge") s.challenged++;
    if (d.action === "block") s.blocked++;
    if (d.action === "limit") s.limited++;
    if (d.action === "degrade" || d.action === "throttle") s.degraded++;
    if (["throttle", "degrade", "challenge", "block"].includes(d.action) && s.firstFlag == null) s.firstFlag = s.requests;
    if (["challenge", "block"].includes(d.action) && s.firstRefuse == null) s.firstRefuse = s.requests;
    s.final = d.action === "limit" ? s.final : d.action;
    s.maxScore = Math.max(s.maxScore, d.score ?? 0);
    for (const r of d.reasons ?? []) s.reasons.add(String(r).split(/[ :(]/)[0]);
  }
  return [...by.values()];
}
export function printSummary(title, rows) {
  console.log(`\n== ${title}`);
  console.log("key                 requests  inputs  served_inputs  final      challenged blocked limited degraded first_flag first_refuse max_score reasons");
  for (const s of rows) console.log(`${s.key.padEnd(20)}${String(s.requests).padStart(8)}${String(s.inputs).padStart(8)}${String(s.servedInputs).padStart(15)}  ${s.final.padEnd(10)}${String(s.challenged).padStart(10)}${String(s.blocked).padStart(8)}${String(s.limited).padStart(8)}${String(s.degraded).padStart(9)}${String(s.firstFlag ?? "-").padStart(11)}${String(s.firstRefuse ?? "-").padStart(13)}${s.maxScore.toFixed(3).padStart(10)} ${[...s.reasons].slice(0, 8).join(",")}`);
}
export const isFlagged = (s) => s.challenged + s.blocked > 0 || ["challenge", "block"].includes(s.final);

// ---- realistic honest texts --------------------------------------------------
// Common English words of 6+ letters, drawn Zipf-like (real prose shares these).
export const COMMON6 = ["people","because","really","should","something","anyone","thanks","already","before","little","though","another","different","problem","question","better","around","through","without","always","looking","getting","trying","working","everyone","actually","probably","pretty","thought","things","second","during","having","almost","enough","rather","within","support","system","update"];
export function zipfPick(r, arr, s = 1.1) { // simple inverse-rank sampler
  let tot = 0; for (let i = 1; i <= arr.length; i++) tot += 1 / i ** s;
  let u = r() * tot; for (let i = 1; i <= arr.length; i++) { u -= 1 / i ** s; if (u <= 0) return arr[i - 1]; } return arr[arr.length - 1];
}
export function cap(w) { return w[0].toUpperCase() + w.slice(1); }
// News headline: 1 topic word, 2-3 proper names / rare words, short glue
export function headline(r) {
  const t = r.pick(TOPIC_NAMES); const p = [cap(latWord(r, 2 + r.int(2))), r.pick(["wins","says","to","in","after","over","for","hits","plans","sees"]), r.pick(TOPICS[t]), r.pick(["as","in","at","on","amid"]), cap(latWord(r, 2 + r.int(2)))];
  if (r() < 0.5) p.push(r.pick(["rises","falls","talks","deal","probe","vote","row"]));
  return p.join(" ");
}
// Search query: 2-4 words, mostly short, sometimes a topic word
export function query(r) {
  const p = []; const n = 2 + r.int(3);
  for (let i = 0; i < n; i++) { const u = r(); p.push(u < 0.35 ? r.pick(TOPICS[r.pick(TOPIC_NAMES)]) : u < 0.6 ? latWord(r, 1 + r.int(3)) : r.pick(["how","to","best","near","me","cheap","vs","for","2026","price","fix","new","what","is"])); }
  return p.join(" ");
}
// Forum post opening (first 160 chars matter): glue, common 6+ words (Zipf), topic words, rare
export function forumPost(r, topic) {
  const p = [];
  for (let i = 0; i < 14; i++) p.push(r.pick(EN_GLUE.concat(["I","my","me","you","any","so","if","just","can","get","do","have"])));
  for (let i = 0; i < 2; i++) if (r() < 0.7) p.push(zipfPick(r, COMMON6));
  p.push(r.pick(TOPICS[topic])); if (r() < 0.5) p.push(r.pick(TOPICS[topic]));
  for (let i = 0; i < 3; i++) p.push(latWord(r, 2 + r.int(2)));
  for (let i = p.length - 1; i > 0; i--) { const j = r.int(i + 1); [p[i], p[j]] = [p[j], p[i]]; }
  return cap(p.join(" ")) + ". " + Array.from({ length: 30 }, () => r.pick(EN_GLUE)).join(" ");
}

// Vietnamese-like syllables (each a word of <= 5 letters, as real Vietnamese writes them)
const VI_ON = ["b","c","ch","d","đ","g","gi","h","k","kh","l","m","n","ng","nh","ph","qu","r","s","t","th","tr","v","x"];
const VI_V = ["a","á","à","ả","ã","ạ","ă","â","ấ","ầ","e","ê","ế","ề","i","o","ô","ơ","ớ","u","ư","ứ","y","ươ","iê"];
const VI_C = ["","","n","ng","c","t","m","p","nh","i","u"];
export function viText(r, len = 28) { const p = []; for (let i = 0; i < len; i++) p.push(r.pick(VI_ON) + r.pick(VI_V) + r.pick(VI_C)); return cap(p.join(" ")) + "."; }
// Chinese from real common words (Zipf) + random rarer characters
const ZH_W = ["的","了","是","在","我们","发展","中国","经济","一个","没有","可以","公司","工作","问题","这个","他们","市场","政府","时间","社会","已经","企业","技术","国家","进行","通过","表示","记者","目前","今年"];
export function zhText(r, n = 40) { let s = ""; for (let i = 0; i < n; i++) s += r() < 0.6 ? L_zipf(r, ZH_W) : hanRun(r, 2); return s + "。"; }
const TH_W = ["การ","ที่","และ","ของ","ใน","เป็น","ได้","มี","ไม่","ให้","จะ","ว่า","กับ","นี้","คน","ประเทศ","รัฐบาล","ข้อมูล"];
export function thText(r, n = 30) { let s = ""; for (let i = 0; i < n; i++) s += r() < 0.6 ? L_zipf(r, TH_W) : thaiRun(r, 3); return s; }
function L_zipf(r, a) { return zipfPick(r, a, 1.0); }
// Support ticket: product/domain words shared across a company's tickets
const TICKET = ["account","password","refund","invoice","subscription","cannot","login","payment","charged","shipping","delivery","cancel","order","error","support","billing"];
export function ticket(r) { const p = []; for (let i = 0; i < 12; i++) p.push(r.pick(EN_GLUE.concat(["I","my","me","it","can","not","please","help"]))); for (let i = 0; i < 2; i++) p.push(r.pick(TICKET)); if (r() < 0.5) p.push(zipfPick(r, COMMON6)); p.push(latWord(r, 2)); for (let i = p.length - 1; i > 0; i--) { const j = r.int(i + 1); [p[i], p[j]] = [p[j], p[i]]; } return cap(p.join(" ")) + "."; }
