/**
 * Instruction cues of a prompt region: reasoning elicitation, synthetic-data pipeline meta-prompts,
 * detail demands and training-set templates, read in one pass by one automaton (regionCues).
 * Pure; the automaton is built lazily on first use.
 */
import { Automaton } from "./aho.ts";
import { popcount32 } from "./sketch.ts";

// Reasoning elicitation. Concept stems in several languages; a sentence scores by which concepts
// co-occur in it, so paraphrases ("lay out your private deliberation") score like the canonical
// phrase ("show your hidden chain of thought") without a fixed phrase list.

/** Reasoning / thinking concept. */
const R_STEMS = [
  "reason", "thinking", "think through", "think aloud", "think out loud", "how you think", "how you thought",
  "thought process", "train of thought", "every thought", "thoughts before", "deliberat", "rationale", "justif",
  "chain of thought", "chain-of-thought", "your logic", "logic behind", "inference", "cognit", "scratchpad",
  "scratch work", "work out", "derivation",
  // es / pt / it
  "razon", "pensamiento", "pensar", "piensa", "raciocín", "raciocin", "ragionament", "pensiero", "deliber",
  // fr
  "raisonn", "pensée", "réflexion", "réfléch", "justifi",
  // de
  "begründ", "denkproz", "gedank", "überleg", "denkweg", "denk",
  // ru
  "рассужд", "размышл", "мысл", "обоснов", "логик", "думай", "думал", "мышлени",
  // ja
  "推論", "思考", "考え", "理由", "根拠",
  // zh
  "推理", "思维", "思路", "思考过程", "想法", "理由",
  // ko / ar / hi
  "추론", "사고", "생각", "استدلال", "تفكير", "तर्क", "منطق", "सोच",
  // tr / vi / id / pl / nl / uk
  "akıl yürüt", "düşünce süreci", "gerekçe", "lập luận", "suy luận", "suy nghĩ", "tư duy",
  "penalaran", "proses berpikir", "rozumowani", "tok myślenia", "uzasadni", "redener", "denkproces",
  "міркуван", "обґрунтуй",
];

/** Hidden / internal / raw concept. */
const H_STEMS = [
  "hidden", "hide", "internal", "inner", "private", "secret", "behind the scenes", "raw", "unfiltered", "verbatim",
  "unspoken", "scratch", "every thought", "crosses your mind",
  "under the hood", "scratchpad", "monologue", "before answering", "before you answer", "full reasoning",
  "full chain", "full thought", "full thinking", "entire reasoning", "complete reasoning", "complete thought", "complete chain",
  "oculto", "interno", "privad", "secreto", "completo ",
  "caché", "cachée", "interne", "intérieur", "privé", "complet ",
  "verborgen", "versteckt", "intern", "geheim", "vollständige",
  "скрыт", "внутрен", "тайн", "весь ход",
  "隠れ", "隠さ", "内部", "内的", "内心",
  "隐藏", "内部", "内心", "完整", "全部", "原始",
  "숨겨", "내부",
  "gizli", "dahili", "ẩn giấu", "nội bộ", "bên trong", "tersembunyi", "rahasia", "ukryt", "wewnętrzn",
  "مخفي", "الداخلي", "छिपा", "आंतरिक", "прихован", "внутрішн",
];

/** Reveal / write-out concept. */
const O_STEMS = [
  "show", "reveal", "write out", "output", "print", "dump", "display", "expose", "include", "transcribe",
  "spell out", "lay out", "walk me through", "walk through", "share", "tags", "<think", "<reasoning",
  "narrate", "let me see", "give me", "provide", "return", "trace", "verbalize", "write down",
  "muestra", "mostrar", "escribe", "revela", "incluye", "expón", "comparte",
  "montre", "écris", "écrivez", "révèle", "inclus", "expose", "détaill",
  "zeig", "schreib", "offenleg", "gib ", "leg ", "darleg",
  "покажи", "напиши", "выведи", "раскрой", "опиши", "изложи",
  "書き", "示し", "出力", "見せ", "記述",
  "写出", "展示", "输出", "显示", "给出", "列出", "写下",
  "보여", "작성",
  "göster", "yazın", "trình bày", "viết ra", "cho thấy", "tunjukkan", "tuliskan", "jelaskan",
  "pokaż", "wypisz", "napisz", "przedstaw", "اعرض", "اكتب", "وضح", "दिखा", "लिख", "toon ", "laat zien",
  "schrijf", "опиши", "викла",
];

/** Explicit step-by-step / CoT format phrases (any language). */
const S_STEMS = [
  "step by step", "step-by-step", "step-by- step", "let's think", "lets think", "let us think", "\\boxed",
  "think carefully", "show your work", "show all your work", "explain your reasoning", "justify your",
  "each step", "every step", "one step at a time", "reason through", "stage by stage",
  "paso a paso", "étape par étape", "schritt für schritt", "schrittweise", "шаг за шагом", "пошагово",
  "passo a passo", "passo dopo passo", "一步一步", "逐步", "分步", "ステップバイステップ", "段階的", "順を追って",
  "단계별", "خطوة بخطوة", "चरण दर चरण",
  // each step / step by step in more languages (tr, vi, id/ms, pl, ar, hi, it, nl, uk, ko, th, pt,
  // es, fr, de, ru, ja, zh)
  "adım adım", "her adım", "từng bước", "mỗi bước", "langkah demi langkah", "setiap langkah", "langkah-langkah",
  "krok po kroku", "każdy krok", "każdego kroku", "كل خطوة", "خطوات الحل", "कदम दर कदम", "हर चरण",
  "ogni passaggio", "stap voor stap", "elke stap", "крок за кроком", "кожен крок", "차근차근", "ทีละขั้นตอน",
  "cada etapa", "cada passo", "cada paso", "chaque étape", "jeden schritt", "каждый шаг", "各ステップ", "每一步",
];

/**
 * Reasoning level of an instruction region (already lowercased):
 * 0 none; 1 mentions reasoning/justification; 2 explicit step-by-step / CoT format;
 * 3 asks for hidden/internal/raw reasoning (extraction); a reasoning tag block (<think>) is a
 * chain-of-thought format, 2.
 * A sentence (text between [.!?。！？\n]) of >= 4 chars scores by the concepts it holds: 3 for
 * reasoning + hidden + (step-by-step or reveal), 2 for step-by-step, 1 for reasoning + reveal.
 */
export function reasoningLevel(region: string): 0 | 1 | 2 | 3 {
  return regionCues(region).rs;
}

// ---------------------------------------------------------------------------------------------
// Synthetic-data pipeline meta-prompts (instruction generation, prompt rewriting, QA-pair
// generation). Scored by co-occurring cues, several of which must appear.

const GEN_CUES = [
  "diverse", "task instruction", "instructions", "come up with", "generate", "prompt rewriter",
  "#the given prompt#", "#rewritten prompt#", "#created prompt#", "rewrite", "more complex version",
  "new prompt", "list of", "question-answer pair", "question and answer pair", "synthetic", "dataset",
  "training data", "gpt model", "ai systems", "seed", "subtopic", "macro topic", "is it classification",
  "output:", "input:", "task:", "instances", "20 ", "examples", "rephras", "paraphras", "variations",
  "genera ", "instrucciones", "générer", "generiere", "сгенерируй", "生成", "指令", "改写",
  "series of tasks", "classification task", "class label", "output label", "task definition", "#given prompt#",
  "prompt creator", "brand new prompt", "few-shot", "more rare",
];

/**
 * Number of distinct pipeline cues in the region (0..). >= 4 is a strong meta-prompt signal.
 * Same count as testing each cue with `includes` (see regionCues).
 */
export function genCueCount(region: string): number {
  return regionCues(region).gen;
}

/** Benchmark / instruction-tuning template formats (Alpaca "### Instruction:", MCQ "Answer:"). */
export function templateFormat(text: string): boolean {
  return templateFormatLower(text.toLowerCase());
}

/** Whether c is in the JavaScript RegExp \s class. */
function isJsSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** templateFormat of a text already lowercased (lowercasing is idempotent: no second pass). */
export function templateFormatLower(t: string): boolean {
  if (t.includes("### instruction") || t.includes("### response")) return true;
  if (t.includes("below is an instruction that describes a task")) return true;
  // anchored at the end ("answer:" + spaces): only a text ending in ':' can match, and only its
  // last chars matter (the whole prompt is scanned now, not 1.2 K)
  let e = t.length - 1;
  while (e >= 0 && isJsSpace(t.charCodeAt(e))) e--;
  if (e < 0 || t.charCodeAt(e) !== 58) return false;
  const end = t.length > 4000 ? t.slice(-4000) : t;
  if (/\na\. [^\n]*\nb\. [^\n]*\nc\. [^\n]*\nd\. [^\n]*\n(answer|respuesta|réponse|antwort|ответ)\s*:\s*$/.test(end)) return true;
  return false;
}

const DETAIL_CUES = [
  "detailed", "in detail", "long answer", "comprehensive", "as much detail", "thorough", "elaborate",
  "exhaustive", "at least 0 words", "detallad", "détaillé", "ausführlich", "подробн", "详细", "詳しく",
  "ayrıntılı", "chi tiết", "secara rinci", "szczegółow", "بالتفصيل", "مفصل", "विस्तार", "gedetailleerd",
  "детальн", "dettagliat", "detalhad", "자세히", "詳細",
];
export function detailDemand(region: string): boolean {
  return regionCues(region).detail;
}

// ---------------------------------------------------------------------------------------------
// The three region features above in one pass. Scanning the region with one regex per concept
// (tag, step, reasoning, pipeline, detail, and hidden / reveal per sentence) read it up to seven
// times per request; instead one Aho-Corasick automaton over all their stems reads it once and
// reports, at each character, every stem that ends there. No stem contains a sentence separator,
// so a stem lies inside the sentence where it ends: a sentence holds a concept iff the automaton
// reported one of its stems inside it, and the region is never split. The results are those of
// testing each stem with `includes` (on the region, or on each sentence of a split).

export type RegionCues = {
  rs: 0 | 1 | 2 | 3; gen: number; detail: boolean;
  /** rs and detail from the edges only: the sentences / cues not wholly inside a `mid` zone. */
  rsEdge: 0 | 1 | 2 | 3; detailEdge: boolean;
  /** rs of the sentences reaching into the `zone` asked for (absent when none was asked for). */
  rsZone?: 0 | 1 | 2 | 3;
};

const SEP_CHARS = ".!?。！？\n";
/** Sentence separators: . ! ? 。 ！ ？ and newline. */
function isSentSep(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 10 || c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

/** 1 at the ASCII sentence separators. */
const SEP_ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (isSentSep(c)) SEP_ASCII[c] = 1;

const B_R = 1; // reasoning
const B_H = 2; // hidden
const B_O = 4; // reveal
const B_S = 8; // step-by-step
const B_DETAIL = 16;
const B_TAG = 32; // a reasoning tag block
const B_GEN = 64; // some pipeline cue (which ones: OUT_GEN_LO / OUT_GEN_HI)
const B_TASK = 128; // "task:" (counted: repeated "Task:" blocks are a few-shot structure)

const GEN_UNIQUE = [...new Set(GEN_CUES)];
/** Tags that ask for a reasoning block in the answer: <think>, </think>, ... */
export const REASONING_TAG_NAMES = ["think", "thinking", "reasoning", "thought", "scratchpad", "inner_monologue", "cot"] as const;
const TAGS = REASONING_TAG_NAMES.flatMap((t) => [`<${t}>`, `</${t}>`]);

/** The cue automaton and its per-node outputs, built on first use (not at module load: a Worker
 *  isolate that never reads a prompt pays nothing). */
type CueTables = {
  ac: Automaton; next: Uint16Array; bits: Int32Array; genLo: Int32Array; genHi: Int32Array; maxLen: number;
  /** States numbered from here on are events: a cue ends there, or (SEP) a separator was read. */
  outMin: number; sep: number;
  /** The automaton's node of each state (SEP: the root). */
  node: Int32Array; perm: Int32Array;
};
let cueTablesMemo: CueTables | undefined;
function cueTables(): CueTables {
  return (cueTablesMemo ??= buildCueTables());
}

function buildCueTables(): CueTables {
  const CUES: [string, number][] = [
    ...R_STEMS.map((x): [string, number] => [x, B_R]),
    ...H_STEMS.map((x): [string, number] => [x, B_H]),
    ...O_STEMS.map((x): [string, number] => [x, B_O]),
    ...S_STEMS.map((x): [string, number] => [x, B_S]),
    ...DETAIL_CUES.map((x): [string, number] => [x, B_DETAIL]),
    ...TAGS.map((x): [string, number] => [x, B_TAG]),
    ["task:", B_TASK], // "task:" cannot overlap itself: its occurrences never share chars
    ...GEN_UNIQUE.map((x): [string, number] => [x, B_GEN]),
  ];
  for (const [x] of CUES) {
    for (const sep of SEP_CHARS) if (x.includes(sep)) throw new Error(`cue ${JSON.stringify(x)} holds a sentence separator`);
  }
  if (GEN_UNIQUE.length > 64) throw new Error("pipeline cues do not fit two 32-bit masks");
  const CUE_AC = new Automaton(CUES.map(([x]) => x));
  /** Per node: the concepts of every cue ending there (its own and its failure chain's), and which
   *  pipeline cues (bit i of lo / hi = GEN_UNIQUE[i] / [32 + i]). */
  const OUT_BITS = new Int32Array(CUE_AC.size);
  const OUT_GEN_LO = new Int32Array(CUE_AC.size);
  const OUT_GEN_HI = new Int32Array(CUE_AC.size);
  CUES.forEach(([, bits], i) => {
    const node = CUE_AC.ends[i]!;
    OUT_BITS[node]! |= bits;
    const g = i - (CUES.length - GEN_UNIQUE.length);
    if (g >= 0 && g < 32) OUT_GEN_LO[node]! |= 1 << g;
    else if (g >= 32) OUT_GEN_HI[node]! |= 1 << (g - 32);
  });
  for (const node of CUE_AC.order) {
    if (node === 0) continue;
    const f = CUE_AC.fail[node]!;
    OUT_BITS[node]! |= OUT_BITS[f]!;
    OUT_GEN_LO[node]! |= OUT_GEN_LO[f]!;
    OUT_GEN_HI[node]! |= OUT_GEN_HI[f]!;
  }
  // The scan's states are the automaton's nodes renumbered: the root and the nodes where no cue
  // ends first, then those where one ends, then SEP, the root as reached on a sentence separator
  // (no cue holds one, so from every node a separator leads to the root). The scan then learns
  // whether a char is an event (a cue ends there, or a sentence does) from the state it reaches
  // (>= outMin), without a load of its outputs or a test of the char.
  const size = CUE_AC.size;
  const perm = new Int32Array(size);
  let id = 0;
  for (let u = 0; u < size; u++) if (OUT_BITS[u] === 0) perm[u] = id++; // the root first: 0
  const outMin = id;
  for (let u = 0; u < size; u++) if (OUT_BITS[u] !== 0) perm[u] = id++;
  const sep = id;
  if (sep > 0xffff) throw new Error("cue automaton too large for 16-bit states");
  const node = new Int32Array(size + 1);
  for (let u = 0; u < size; u++) node[perm[u]!] = u;
  const next = new Uint16Array((size + 1) * 128);
  const bits = new Int32Array(size + 1);
  const genLo = new Int32Array(size + 1);
  const genHi = new Int32Array(size + 1);
  for (let st = 0; st <= sep; st++) {
    const u = node[st]!; // SEP's row is the root's
    for (let c = 0; c < 128; c++) next[st * 128 + c] = SEP_ASCII[c] === 1 ? sep : perm[CUE_AC.asciiNext[u * 128 + c]!]!;
    if (st < sep) {
      bits[st] = OUT_BITS[u]!;
      genLo[st] = OUT_GEN_LO[u]!;
      genHi[st] = OUT_GEN_HI[u]!;
    }
  }
  return { ac: CUE_AC, next, bits, genLo, genHi, maxLen: Math.max(...CUES.map(([x]) => x.length)), outMin, sep, node, perm };
}

/** The scan's transition on a code unit outside ASCII: a full-width separator, or the automaton's. */
function stepWide(T: CueTables, st: number, c: number): number {
  if (isSentSep(c)) return T.sep;
  return T.perm[T.ac.stepOther(T.node[st]!, c)]!;
}

/** What scanCues found in the last region it read (reused buffers): every event, in the order of
 *  the text: its position and state (a state where a cue ends, or SEP for a separator). */
const scan = { eventAt: new Int32Array(1024), eventState: new Int32Array(1024), events: 0 };

/**
 * The cue automaton over `region`, as two chains at once: the first half from its start and the
 * second half from T.maxLen chars before it (by then its state is the one a single pass has: a
 * state is a suffix of the text no longer than the longest cue), each chain's events kept from
 * its own half on. A scan is bound by the latency of its chain of dependent table loads; two
 * independent chains interleaved run in about the time of one. A separator leads every state to
 * SEP, the root (buildCueTables).
 */
function scanCues(region: string, T: CueTables): void {
  const n = region.length;
  if (scan.eventAt.length < n + 1) {
    const len = Math.max(n + 1, scan.eventAt.length * 2);
    scan.eventAt = new Int32Array(len);
    scan.eventState = new Int32Array(len);
  }
  const { next, maxLen, outMin } = T;
  const { eventAt, eventState } = scan;
  // the second chain's events are written after the first's, from position `m`
  const m = n >= 4 * maxLen ? n >> 1 : n;
  let events = 0;
  let sa = 0;
  let sb = 0;
  for (let k = m - maxLen; m < n && k < m; k++) {
    const c = region.charCodeAt(k);
    sb = c < 128 ? next[sb * 128 + c]! : stepWide(T, sb, c);
  }
  // the first half's findings go to the front; the second's to a second list, appended after
  const bEvents: number[] = [];
  for (let i = 0; i < m; i++) {
    const ca = region.charCodeAt(i);
    sa = ca < 128 ? next[sa * 128 + ca]! : stepWide(T, sa, ca);
    if (sa >= outMin) {
      eventAt[events] = i;
      eventState[events++] = sa;
    }
    const j = m + i;
    if (j < n) {
      const cb = region.charCodeAt(j);
      sb = cb < 128 ? next[sb * 128 + cb]! : stepWide(T, sb, cb);
      if (sb >= outMin) bEvents.push(j, sb);
    }
  }
  // the second half is one char longer when n is odd
  for (let j = 2 * m; j < n; j++) {
    const cb = region.charCodeAt(j);
    sb = cb < 128 ? next[sb * 128 + cb]! : stepWide(T, sb, cb);
    if (sb >= outMin) bEvents.push(j, sb);
  }
  for (let x = 0; x < bEvents.length; x += 2) {
    eventAt[events] = bEvents[x]!;
    eventState[events++] = bEvents[x + 1]!;
  }
  scan.events = events;
}

/** A level raised to 2 (a chain-of-thought format) if below it. */
function max2(level: 0 | 1 | 2 | 3): 2 | 3 {
  return level === 3 ? 3 : 2;
}

/** Whether [from, to) overlaps one of the [from, to) zones listed as pairs. */
function overlaps(zones: readonly number[], from: number, to: number): boolean {
  for (let z = 0; z + 1 < zones.length; z += 2) if (to > zones[z]! && from < zones[z + 1]!) return true;
  return false;
}

function inZones(zones: readonly number[], from: number, to: number): boolean {
  for (let z = 0; z + 1 < zones.length; z += 2) if (from >= zones[z]! && to <= zones[z + 1]!) return true;
  return false;
}

/**
 * Reasoning level, pipeline cue count and detail demand of a (lowercased) instruction region, in
 * one pass. `mid` lists [from, to) zones of the region that are "middle" (material rather than
 * instructions): rsEdge / detailEdge leave out the sentences and cues lying wholly inside one.
 * `zone` lists [from, to) pairs: rsZone is the level of the sentences reaching into one (signals `rsx`).
 */
export function regionCues(region: string, mid: readonly number[] = [], zone?: readonly number[]): RegionCues {
  let all = 0; // concepts seen anywhere
  let genLo = 0;
  let genHi = 0;
  let level: 0 | 1 | 2 | 3 = 0;
  let levelEdge: 0 | 1 | 2 | 3 = 0;
  let levelZone: 0 | 1 | 2 | 3 = 0;
  let detailEdge = false;
  let tagEdge = false; // a reasoning tag outside the mid zones
  let tagZone = false; // ... and one reaching into the zone asked for
  let sentStart = 0;
  let tasks = 0; // occurrences of "task:"
  let sent = 0; // concepts of the current sentence
  const n = region.length;
  const T = cueTables();
  const { bits: outBits, genLo: outLo, genHi: outHi } = T;
  scanCues(region, T);
  /** A sentence ends at `p` (a separator, or the region's end): its level counts. */
  const close = (p: number): void => {
    // sentences of fewer than 4 chars are skipped; the level is the best sentence's
    if (p - sentStart >= 4 && (sent & (B_R | B_S)) !== 0 && (level < 3 || levelEdge < 3 || (zone !== undefined && levelZone < 3))) {
      const l = sent & B_R && sent & B_H && sent & (B_S | B_O) ? 3 : sent & B_S ? 2 : sent & B_O ? 1 : 0;
      if (l > level) level = l;
      if (l > levelEdge && (mid.length === 0 || !inZones(mid, sentStart, p))) levelEdge = l;
      if (zone !== undefined && l > levelZone && overlaps(zone, sentStart, p)) levelZone = l;
    }
    sentStart = p + 1;
    sent = 0;
  };
  // the cues and separators the scan found, in the order of the text
  for (let e = 0; e < scan.events; e++) {
    const i = scan.eventAt[e]!;
    const state = scan.eventState[e]!;
    if (state === T.sep) {
      close(i);
      continue;
    }
    const bits = outBits[state]!;
    sent |= bits;
    all |= bits;
    if (bits & B_GEN) {
      genLo |= outLo[state]!;
      genHi |= outHi[state]!;
    }
    if (bits & B_TASK) tasks++;
    if (bits & B_DETAIL && !detailEdge && (mid.length === 0 || !inZones(mid, i, i + 1))) detailEdge = true;
    if (bits & B_TAG) {
      if (!tagEdge && (mid.length === 0 || !inZones(mid, i, i + 1))) tagEdge = true;
      if (zone !== undefined && !tagZone && overlaps(zone, i, i + 1)) tagZone = true;
    }
  }
  close(n); // the region's end closes its last sentence
  let gen = popcount32(genLo) + popcount32(genHi);
  // structure of few-shot generation prompts: repeated "Task:" blocks, long numbered lists
  if (tasks >= 3) gen += 2;
  if (region.includes("\n5.") && /\n1\.[^\n]*\n2\.[^\n]*\n3\.[^\n]*\n4\.[^\n]*\n5\./.test(region)) gen += 1; // (the regex needs "\n5.")
  const tag = (all & B_TAG) !== 0;
  // a reasoning tag block asks for the reasoning written out, in the answer: a chain-of-thought
  // format, as "step by step" is (level 2), not the hidden reasoning (level 3: a sentence asking
  // for hidden, internal or raw reasoning). Vendors' prompting guides tell ordinary apps to have
  // the model think in <thinking> tags before an <answer> (red team R50-1, R50-6)
  const out: RegionCues = { rs: tag ? max2(level) : level, gen, detail: (all & B_DETAIL) !== 0, rsEdge: tagEdge ? max2(levelEdge) : levelEdge, detailEdge };
  if (zone !== undefined) out.rsZone = tagZone ? max2(levelZone) : levelZone;
  return out;
}

