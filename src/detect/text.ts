/**
 * Text features of one prompt. Pure and cheap: each function scans a bounded region of the text
 * (the "instruction region": the system prompt and the input turn, whole up to a cap and sampled
 * beyond it: see scanText in signals.ts), never the whole body more than once.
 */
import { Automaton } from "./aho.ts";
import { hash32, popcount32 } from "./sketch.ts";

/** Lowercase, digits masked to 0, whitespace collapsed. */
export function normalize(s: string): string {
  return s.toLowerCase().replace(/\d+/g, "0").replace(/\s+/g, " ").trim();
}

/** Looser normalisation for exact wrapper identity: letters/CJK only, single spaces. */
export function normalizeLoose(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/\d+/g, "0")
    .trim();
}

// ---------------------------------------------------------------------------------------------
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
  "추론", "사고", "생각", "استدلال", "تفكير", "तर्क",
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
];

/** Explicit step-by-step / CoT format phrases (any language). */
const S_STEMS = [
  "step by step", "step-by-step", "step-by- step", "let's think", "lets think", "let us think", "\\boxed",
  "think carefully", "show your work", "show all your work", "explain your reasoning", "justify your",
  "each step", "every step", "one step at a time", "reason through", "stage by stage",
  "paso a paso", "étape par étape", "schritt für schritt", "schrittweise", "шаг за шагом", "пошагово",
  "passo a passo", "passo dopo passo", "一步一步", "逐步", "分步", "ステップバイステップ", "段階的", "順を追って",
  "단계별", "خطوة بخطوة", "चरण दर चरण",
];

/**
 * Reasoning level of an instruction region (already lowercased):
 * 0 none; 1 mentions reasoning/justification; 2 explicit step-by-step / CoT format;
 * 3 asks for hidden/internal/raw reasoning or a reasoning tag block (extraction).
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
const TAGS = ["think", "thinking", "reasoning", "thought", "scratchpad", "inner_monologue", "cot"].flatMap((t) => [`<${t}>`, `</${t}>`]);

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
const CUE_NEXT = CUE_AC.asciiNext;

function inZones(zones: readonly number[], from: number, to: number): boolean {
  for (let z = 0; z + 1 < zones.length; z += 2) if (from >= zones[z]! && to <= zones[z + 1]!) return true;
  return false;
}

/**
 * Reasoning level, pipeline cue count and detail demand of a (lowercased) instruction region, in
 * one pass. `mid` lists [from, to) zones of the region that are "middle" (material rather than
 * instructions): rsEdge / detailEdge leave out the sentences and cues lying wholly inside one.
 */
export function regionCues(region: string, mid: readonly number[] = []): RegionCues {
  let all = 0; // concepts seen anywhere
  let genLo = 0;
  let genHi = 0;
  let level: 0 | 1 | 2 | 3 = 0;
  let levelEdge: 0 | 1 | 2 | 3 = 0;
  let detailEdge = false;
  let sentStart = 0;
  let tasks = 0; // occurrences of "task:"
  let sent = 0; // concepts of the current sentence
  let sentLen = 0;
  let state = 0;
  const n = region.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? region.charCodeAt(i) : 10; // a final separator closes the last sentence
    // (ASCII: one table lookup; every other separator is >= 0x3002)
    if (c < 128 ? SEP_ASCII[c] === 1 : c >= 0x3002 && isSentSep(c)) {
      // sentences of fewer than 4 chars are skipped; the level is the best sentence's
      if (sentLen >= 4 && (sent & (B_R | B_S)) !== 0 && (level < 3 || levelEdge < 3)) {
        const l = sent & B_R && sent & B_H && sent & (B_S | B_O) ? 3 : sent & B_S ? 2 : sent & B_O ? 1 : 0;
        if (l > level) level = l;
        if (l > levelEdge && (mid.length === 0 || !inZones(mid, sentStart, i))) levelEdge = l;
      }
      sentStart = i + 1;
      sent = 0;
      sentLen = 0;
      state = 0; // no stem holds a separator: none spans one
      continue;
    }
    sentLen++;
    state = c < 128 ? CUE_NEXT[state * 128 + c]! : CUE_AC.stepOther(state, c);
    const bits = OUT_BITS[state]!;
    if (bits !== 0) {
      sent |= bits;
      all |= bits;
      if (bits & B_GEN) {
        genLo |= OUT_GEN_LO[state]!;
        genHi |= OUT_GEN_HI[state]!;
      }
      if (bits & B_TASK) tasks++;
      if (bits & B_DETAIL && !detailEdge && (mid.length === 0 || !inZones(mid, i, i + 1))) detailEdge = true;
    }
  }
  let gen = popcount32(genLo) + popcount32(genHi);
  // structure of few-shot generation prompts: repeated "Task:" blocks, long numbered lists
  if (tasks >= 3) gen += 2;
  if (/\n1\.[^\n]*\n2\.[^\n]*\n3\.[^\n]*\n4\.[^\n]*\n5\./.test(region)) gen += 1;
  const tag = (all & B_TAG) !== 0;
  return { rs: tag ? 3 : level, gen, detail: (all & B_DETAIL) !== 0, rsEdge: tag ? 3 : levelEdge, detailEdge };
}

// ---------------------------------------------------------------------------------------------
// Topic buckets: a fixed lexicon of 32 coarse topics (English stems plus a few frequent words in
// other languages). A prompt's topic is the bucket with the most stem hits (ties: lowest id),
// or -1 when nothing matched. A narrow app lands in a few buckets; a harvest sweeps many.

export const TOPICS: readonly (readonly string[])[] = [
  /* 0 finance/banking */ ["bank", "card", "account", "transfer", "payment", "refund", "loan", "credit", "debit", "atm", "deposit", "withdraw", "balance", "invoice", "tax", "fee", "currency", "exchange rate", "mortgage", "invest", "stock", "financ", "budget"],
  /* 1 math */ ["equation", "integer", "solve", "calculat", "sum of", "probability", "triangle", "polynomial", "derivative", "integral", "fraction", "prime", "matrix", "geometry", "algebra", "theorem", "how many", "percent", "remainder", "\\frac", "$"],
  /* 2 programming */ ["code", "function", "python", "javascript", "typescript", "java ", "c++", "sql", "api", "bug", "compile", "class ", "def ", "array", "string", "variable", "algorithm", "script", "react", "docker", "github", "regex", "json"],
  /* 3 health/medicine */ ["health", "doctor", "disease", "symptom", "medic", "patient", "pain", "drug", "vaccine", "cancer", "diet", "nutrition", "hospital", "therapy", "mental", "blood", "virus", "clinical"],
  /* 4 law/politics */ ["law", "legal", "court", "contract", "rights", "police", "crime", "government", "president", "policy", "election", "vote", "congress", "constitution", "politic", "illegal"],
  /* 5 cooking/food */ ["recipe", "cook", "bake", "food", "meal", "ingredient", "restaurant", "dish", "kitchen", "breakfast", "dinner", "lunch", "wine", "coffee", "chocolate"],
  /* 6 travel/geography */ ["travel", "trip", "flight", "hotel", "vacation", "visit", "city", "country", "beach", "tour", "airport", "island", "europe", "asia", "africa", "mountain", "river"],
  /* 7 history */ ["history", "histor", "war", "century", "ancient", "empire", "revolution", "king", "queen", "medieval", "dynasty", "colonial", "civilization"],
  /* 8 physics/astronomy */ ["physics", "energy", "force", "velocity", "quantum", "particle", "gravity", "electric", "magnet", "planet", "star", "galaxy", "orbit", "light", "wave", "relativity", "mass"],
  /* 9 biology/nature */ ["biology", "cell", "gene", "dna", "species", "evolution", "animal", "plant", "protein", "organism", "ecosystem", "bacteria", "dog", "cat", "bird", "fish", "insect"],
  /* 10 chemistry */ ["chemi", "molecule", "atom", "reaction", "acid", "compound", "element", "oxygen", "carbon", "bond", "solution", "ph "],
  /* 11 writing/creative */ ["story", "poem", "essay", "write a", "novel", "character", "fiction", "lyrics", "song", "rhyme", "plot", "narrative", "haiku", "screenplay"],
  /* 12 business/marketing */ ["business", "marketing", "customer", "sales", "product", "startup", "company", "brand", "strategy", "market", "revenue", "client", "employee", "manager", "ceo"],
  /* 13 education */ ["student", "teacher", "school", "university", "course", "lesson", "exam", "learn", "class", "homework", "curriculum", "grade"],
  /* 14 sports/games */ ["sport", "football", "soccer", "basketball", "game", "player", "team", "match", "tennis", "olympic", "chess", "score"],
  /* 15 music/art/film */ ["music", "movie", "film", "art", "paint", "artist", "album", "actor", "guitar", "piano", "theater", "museum", "photograph"],
  /* 16 tech/devices */ ["computer", "phone", "laptop", "software", "hardware", "internet", "app ", "device", "network", "server", "cloud", "wifi", "windows", "linux", "iphone", "android"],
  /* 17 AI/ML/data */ ["machine learning", "neural", "model", "dataset", "training", "ai ", "gpt", "llm", "data science", "classification", "regression", "deep learning", "transformer"],
  /* 18 relationships/family */ ["friend", "family", "relationship", "marri", "wife", "husband", "girlfriend", "boyfriend", "parent", "child", "kid", "baby", "love", "dating"],
  /* 19 religion/philosophy */ ["god", "relig", "church", "bible", "philosoph", "moral", "ethic", "soul", "faith", "meaning of life", "buddh", "islam", "christian"],
  /* 20 environment/climate */ ["climate", "environment", "pollution", "carbon", "renewable", "solar", "recycl", "sustainab", "emission", "weather", "global warming"],
  /* 21 economy */ ["econom", "inflation", "gdp", "trade", "unemployment", "supply", "demand", "interest rate", "recession"],
  /* 22 language/linguistics */ ["translate", "grammar", "sentence", "word", "language", "spanish", "french", "english", "synonym", "meaning of", "vocabulary", "pronounc"],
  /* 23 shopping/orders */ ["order", "deliver", "shipping", "package", "purchase", "buy", "price", "discount", "return", "warranty", "subscription", "cancel"],
  /* 24 home/diy */ ["house", "home", "garden", "furniture", "repair", "clean", "room", "wall", "floor", "roof", "plumb", "paint"],
  /* 25 careers/jobs */ ["job", "career", "resume", "interview", "salary", "hire", "work experience", "linkedin", "cover letter", "promotion"],
  /* 26 transport/cars */ ["car", "vehicle", "drive", "engine", "truck", "train", "bus", "bike", "traffic", "fuel", "electric vehicle"],
  /* 27 security/crime */ ["hack", "password", "security", "steal", "weapon", "gun", "drug", "kill", "attack", "fraud", "scam", "phishing"],
  /* 28 psychology/emotions */ ["feel", "emotion", "anxiety", "depress", "stress", "happy", "sad", "angry", "psycholog", "motivation", "confidence"],
  /* 29 logic/puzzles/trivia */ ["riddle", "puzzle", "true or false", "which of the following", "trivia", "quiz", "analogy", "fact"],
  /* 30 news/summarisation */ ["article", "summar", "news", "headline", "passage", "review", "tweet", "paragraph", "document", "report"],
  /* 31 space/earth science */ ["earth", "volcano", "earthquake", "ocean", "geolog", "rock", "mineral", "moon", "sun ", "nasa", "rocket", "space"],
];

/** stem -> topics; a word matches a stem it starts with ("calculat" matches "calculating"). */
const STEM_TOPICS = new Map<string, number[]>();
/** Stems that are not a single word prefix (phrases, symbols): checked with `includes`. */
const PHRASES: { stem: string; topic: number }[] = [];
TOPICS.forEach((stems, topic) => {
  for (const raw of stems) {
    const st = raw.trim();
    if (/^[a-z]+$/.test(st) && st.length >= 2) {
      const key = raw.endsWith(" ") ? st + " " : st; // "java " = the whole word only
      const a = STEM_TOPICS.get(key);
      if (a) a.push(topic);
      else STEM_TOPICS.set(key, [topic]);
    } else PHRASES.push({ stem: raw, topic });
  }
});
/** Frequent topic words in other languages (substring match; CJK has no word breaks). */
const FOREIGN: readonly (readonly [number, string])[] = [
  [0, "银行"], [0, "账户"], [0, "转账"], [0, "信用卡"], [0, "銀行"], [0, "口座"], [0, "банк"], [0, "счёт"], [0, "карт"], [0, "cuenta"], [0, "tarjeta"], [0, "banco"], [0, "compte"], [0, "banque"], [0, "konto"],
  [1, "方程"], [1, "数学"], [1, "计算"], [1, "概率"], [1, "数学的"], [1, "計算"], [1, "уравнени"], [1, "вычисл"], [1, "ecuación"], [1, "équation"], [1, "gleichung"],
  [2, "代码"], [2, "函数"], [2, "编程"], [2, "程序"], [2, "コード"], [2, "関数"], [2, "プログラム"], [2, "код"], [2, "функци"], [2, "програм"], [2, "código"], [2, "función"], [2, "fonction"], [2, "funktion"],
  [3, "医生"], [3, "疾病"], [3, "症状"], [3, "健康"], [3, "病気"], [3, "врач"], [3, "болезн"], [3, "здоров"], [3, "médico"], [3, "salud"], [3, "santé"], [3, "krankheit"],
  [4, "法律"], [4, "政府"], [4, "закон"], [4, "правительств"], [4, "ley "], [4, "gobierno"], [4, "loi "], [4, "gesetz"],
  [5, "食谱"], [5, "料理"], [5, "рецепт"], [5, "receta"], [5, "recette"], [5, "rezept"],
  [6, "旅行"], [6, "旅游"], [6, "путешеств"], [6, "viaje"], [6, "voyage"], [6, "reise"],
  [7, "历史"], [7, "歴史"], [7, "истори"], [7, "historia"], [7, "histoire"], [7, "geschichte"],
  [8, "物理"], [8, "физик"], [8, "física"], [8, "physique"], [8, "physik"],
  [9, "生物"], [9, "биолог"], [9, "biología"], [9, "biologie"],
  [11, "故事"], [11, "诗"], [11, "物語"], [11, "рассказ"], [11, "стих"], [11, "cuento"], [11, "poema"], [11, "poème"], [11, "gedicht"],
  [12, "公司"], [12, "市场"], [12, "会社"], [12, "бизнес"], [12, "компани"], [12, "empresa"], [12, "entreprise"], [12, "unternehmen"],
  [17, "人工智能"], [17, "机器学习"], [17, "模型"], [17, "нейросет"], [17, "inteligencia artificial"], [17, "intelligence artificielle"],
  [22, "翻译"], [22, "翻訳"], [22, "перевед"], [22, "traduc"], [22, "übersetz"],
];
for (const [topic, stem] of FOREIGN) PHRASES.push({ stem, topic });

/**
 * Prefix trie over the single-word stems (letters a-z only): walking a word's letters visits
 * exactly the stems the word starts with, and the node reached at its end holds its whole-word
 * stems. No substring or Map lookup per word (topicOf runs on every request).
 * TRIE_NEXT[node * 26 + letter] = child node, 0 = none (the root is never a child).
 */
const trieNext: number[] = new Array<number>(26).fill(0);
const triePrefix: (number[] | undefined)[] = [undefined];
const trieExact: (number[] | undefined)[] = [undefined];
for (const [k, topics] of STEM_TOPICS) {
  const whole = k.endsWith(" ");
  const w = whole ? k.trim() : k;
  let node = 0;
  for (let i = 0; i < w.length; i++) {
    const slot = node * 26 + w.charCodeAt(i) - 97;
    if (trieNext[slot] === 0) {
      trieNext[slot] = triePrefix.length;
      triePrefix.push(undefined);
      trieExact.push(undefined);
      for (let j = 0; j < 26; j++) trieNext.push(0);
    }
    node = trieNext[slot]!;
  }
  if (whole) trieExact[node] = topics;
  else triePrefix[node] = topics;
}
const TRIE_NEXT = Int32Array.from(trieNext);
const TRIE_PREFIX = triePrefix;
const TRIE_EXACT = trieExact;

const PHRASE_TOPICS = new Map<string, number[]>();
for (const p of PHRASES) {
  const a = PHRASE_TOPICS.get(p.stem);
  if (a) a.push(p.topic);
  else PHRASE_TOPICS.set(p.stem, [p.topic]);
}
/**
 * Phrases are matched as a regex alternation of them, longest first, scanning left to right
 * would: at the leftmost position where one starts, the longest one there, then on after its
 * end; each distinct phrase counts once. The automaton finds every occurrence in one pass and
 * that choice is then made among the (few) occurrences.
 */
const PHRASE_LIST = [...PHRASE_TOPICS.keys()];
const PHRASE_TOPIC_LIST = PHRASE_LIST.map((x) => PHRASE_TOPICS.get(x)!);
const PHRASE_AC = new Automaton(PHRASE_LIST);
const PHRASE_NEXT = PHRASE_AC.asciiNext;
/** Per node: the phrase ending there (-1 none), and the nearest node on its failure chain where
 *  one ends (0 none): together, every phrase that ends at the current character. */
const PHRASE_AT = new Int32Array(PHRASE_AC.size).fill(-1);
PHRASE_LIST.forEach((_, i) => (PHRASE_AT[PHRASE_AC.ends[i]!] = i));
const PHRASE_LINK = new Int32Array(PHRASE_AC.size);
for (const node of PHRASE_AC.order) {
  if (node === 0) continue;
  const f = PHRASE_AC.fail[node]!;
  PHRASE_LINK[node] = PHRASE_AT[f]! >= 0 ? f : PHRASE_LINK[f]!;
}
/** Per node: the first node of its output chain (itself if a phrase ends there), 0 none. */
const PHRASE_FIRST = PHRASE_AT.map((id, node) => (id >= 0 ? node : PHRASE_LINK[node]!));
/** Occurrence sort key: start ascending, then length descending, then phrase id. */
const OCC_LEN = 1024;
const OCC_ID = 512;
if (PHRASE_LIST.length > OCC_ID || PHRASE_LIST.some((x) => x.length >= OCC_LEN)) throw new Error("phrase table too large for the sort key");

/** Topic bucket 0..31, or -1 when no stem matched. `t` is lowercased. */
export function topicOf(t: string): number {
  const hits = new Array<number>(TOPICS.length).fill(0);
  // One pass for both kinds of stem. Words = maximal runs of a-z: each adds its prefix stems
  // (walking the trie) and, if it is one, its whole-word stem. Phrases / symbols / non-Latin
  // stems: every occurrence (the automaton), then the alternation's choice among them.
  const n = t.length;
  let wordStart = -1; // start of the current word, -1 outside one
  let node = 0; // trie node of the current word, -1 once it has left the trie
  let occ: number[] | undefined;
  let state = 0;
  for (let j = 0; j <= n; j++) {
    const c = j < n ? t.charCodeAt(j) : 32; // a final space ends the last word
    if (c >= 97 && c <= 122) {
      if (wordStart < 0) {
        wordStart = j;
        node = 0;
      }
      if (node >= 0) {
        node = TRIE_NEXT[node * 26 + c - 97]! || -1;
        const a = node > 0 ? TRIE_PREFIX[node] : undefined;
        if (a) for (const k of a) hits[k]!++;
      }
    } else if (wordStart >= 0) {
      if (node > 0 && j - wordStart >= 2) {
        const a = TRIE_EXACT[node];
        if (a) for (const k of a) hits[k]!++;
      }
      wordStart = -1;
    }
    if (j === n) break;
    state = c < 128 ? PHRASE_NEXT[state * 128 + c]! : PHRASE_AC.stepOther(state, c);
    for (let at = PHRASE_FIRST[state]!; at !== 0; at = PHRASE_LINK[at]!) {
      const id = PHRASE_AT[at]!;
      const len = PHRASE_LIST[id]!.length;
      (occ ??= []).push(((j + 1 - len) * OCC_LEN + (OCC_LEN - 1 - len)) * OCC_ID + id);
    }
  }
  if (occ !== undefined) {
    occ.sort((a, b) => a - b);
    let pos = 0;
    const counted: number[] = [];
    for (const key of occ) {
      const id = key % OCC_ID;
      const start = Math.floor(key / (OCC_ID * OCC_LEN));
      if (start < pos) continue; // inside the phrase taken before, or shorter than it at its start
      pos = start + PHRASE_LIST[id]!.length;
      if (counted.includes(id)) continue;
      counted.push(id);
      for (const k of PHRASE_TOPIC_LIST[id]!) hits[k]!++;
    }
  }
  let best = -1;
  let bestHits = 0;
  for (let i = 0; i < hits.length; i++) {
    if (hits[i]! > bestHits) {
      bestHits = hits[i]!;
      best = i;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Script / language class: 0 latin-en, 1 latin-other (accents), 2 cyrillic, 3 cjk-han,
// 4 japanese kana, 5 hangul, 6 arabic/hebrew, 7 other/none.

export function scriptOf(t: string): number {
  let latin = 0, accent = 0, cyr = 0, han = 0, kana = 0, hangul = 0, arab = 0;
  const n = Math.min(t.length, 600);
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) latin++;
    } else if (c >= 0xc0 && c <= 0x24f) accent++;
    else if (c >= 0x400 && c <= 0x4ff) cyr++;
    else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if (c >= 0xac00 && c <= 0xd7af) hangul++;
    else if (c >= 0x590 && c <= 0x6ff) arab++;
  }
  const max = Math.max(latin + accent, cyr, han + kana, hangul, arab);
  if (max === 0) return 7;
  if (max === cyr) return 2;
  if (max === han + kana) return kana > 0 ? 4 : 3;
  if (max === hangul) return 5;
  if (max === arab) return 6;
  return accent * 40 > latin ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Edit-tolerant wrapper identity across keys: the minimum hash over the prompt's content words
// (MinHash; two seeds -> two shards). Two prompts share one with probability ~ their word
// Jaccard similarity J, at least one of two with 1 - (1 - J)^2, so lightly edited copies of one
// wrapper (a word swapped, a sentence added) land on a common registry shard, where SimHash
// distance then confirms the match.

const STOP = new Set(
  ("you are your the and for with that this from have will when what which who how can could would should " +
    "must not all any each more most other some such only own same than too very just also into about " +
    "assistant helpful answer answers user users question questions please always never help helps reply " +
    "respond response responses model language provide give make sure").split(" "),
);

export function minWordHash(text: string, seed = 0x51ed27): number {
  let min = 0;
  for (const w of normalizeLoose(text).split(" ")) {
    if (w.length < 4 || STOP.has(w)) continue;
    const h = hash32(w, seed) || 1;
    if (min === 0 || h < min) min = h;
  }
  return min;
}

// ---------------------------------------------------------------------------------------------
// Generic system prompts shared by very many honest callers (SDK examples, tutorials, defaults).
// Exact loose-normalised hashes; the registry learns more of these at run time.

const GENERIC_SYSTEMS = [
  "You are a helpful assistant.",
  "You are a helpful assistant",
  "You are ChatGPT, a large language model trained by OpenAI.",
  "You are a helpful, respectful and honest assistant.",
  "You are Claude, an AI assistant made by Anthropic.",
  "You are an AI assistant.",
  "You are a helpful AI assistant.",
  "You are a friendly assistant.",
  "Sei un assistente utile.",
  "Eres un asistente útil.",
  "Tu es un assistant utile.",
  "Du bist ein hilfreicher Assistent.",
  "Ты полезный ассистент.",
  "你是一个有用的助手。",
  "あなたは役に立つアシスタントです。",
];
const GENERIC_HASHES = new Set(GENERIC_SYSTEMS.map((s) => hash32(normalizeLoose(s))));

export function isGenericSystem(looseHash: number): boolean {
  return GENERIC_HASHES.has(looseHash);
}
