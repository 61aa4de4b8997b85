/**
 * Topic buckets of a prompt: a fixed lexicon of 32 coarse topics read by a stem trie and a phrase
 * automaton in one pass (topicOf). Pure; the trie and the automaton are built lazily on first use.
 */
import { Automaton } from "./aho.ts";

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

/** The stem trie and the phrase automaton, built on first use (not at module load). */
type TopicTables = {
  /** Word states (topicOf): 0..nodes-1 a trie node the word's letters lead to, nodes + u the walk
   *  stopped at node u (the word goes on beyond every stem); wordNext[s * 26 + letter]. */
  wordNext: Uint16Array;
  /** The topics a word ending in state s adds (every prefix stem on its path, and the whole-word
   *  stem it equals), one hit each: a chain from wordHits[s] through hitNext (-1 ends it). */
  wordHits: Int32Array; hitTopic: Uint8Array; hitNext: Int32Array;
  phraseList: string[]; phraseTopics: number[][]; phraseAc: Automaton; phraseNext: Uint16Array;
  phraseAt: Int32Array; phraseLink: Int32Array; phraseFirst: Int32Array;
};
let topicTablesMemo: TopicTables | undefined;
function topicTables(): TopicTables {
  return (topicTablesMemo ??= buildTopicTables());
}
/** Occurrence sort key: start ascending, then length descending, then phrase id. */
const OCC_LEN = 1024;
const OCC_ID = 512;

function buildTopicTables(): TopicTables {
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
   * trieNext[node * 26 + letter] = child node, 0 = none (the root is never a child).
   */
  let bound = 1; // nodes at most: the root and one per stem letter
  for (const k of STEM_TOPICS.keys()) bound += k.length;
  const trieNext = new Int32Array(bound * 26);
  // per node, the topics of the stem ending there as a bit mask (32 topics: one bit each), for a
  // prefix stem and for a whole-word stem; a word adds one hit per bit
  const triePrefix = new Int32Array(bound);
  const trieExact = new Int32Array(bound);
  const parent = new Int32Array(bound);
  const edges: number[] = []; // the slot of each trie edge
  let nodes = 1;
  for (const [k, topics] of STEM_TOPICS) {
    const whole = k.endsWith(" ");
    const w = whole ? k.trim() : k;
    let node = 0;
    for (let i = 0; i < w.length; i++) {
      const slot = node * 26 + w.charCodeAt(i) - 97;
      if (trieNext[slot] === 0) {
        trieNext[slot] = nodes;
        parent[nodes++] = node;
        edges.push(slot);
      }
      node = trieNext[slot]!;
    }
    let mask = 0;
    for (const t of topics) mask |= 1 << t;
    // a stem listed twice in one topic would count twice in a list, once in a mask
    if (new Set(topics).size !== topics.length || TOPICS.length > 32) throw new Error(`stem ${k} repeated in a topic, or more than 32 topics`);
    if (whole) trieExact[node] = mask;
    else triePrefix[node] = mask;
  }
  // The walk per letter with no test: a missing edge leads to the node's stopped copy (nodes + u),
  // whose row leads to itself; what the word adds is read once, at its end, from the state it
  // ended in. (Built from native fills and the edge list: this runs before the code is optimised.)
  if (2 * nodes > 0xffff) throw new Error("stem trie too large for 16-bit word states");
  const wordNext = new Uint16Array(2 * nodes * 26);
  for (let u = 0; u < nodes; u++) {
    wordNext.fill(nodes + u, u * 26, u * 26 + 26);
    wordNext.fill(nodes + u, (nodes + u) * 26, (nodes + u) * 26 + 26);
  }
  for (const slot of edges) wordNext[slot] = trieNext[slot]!;
  // What a word ending in each state adds: a chain of hits (a topic, the next hit), a node's own
  // prefix stems first, then its parent's chain (a parent is created before its child): every
  // prefix stem on the path once; a live state's chain starts with its whole-word stem.
  const hitTopic: number[] = [];
  const hitNext: number[] = [];
  const hit = (mask: number, then: number): number => {
    let head = then;
    for (let m = mask; m !== 0; m &= m - 1) {
      hitTopic.push(31 - Math.clz32(m & -m));
      hitNext.push(head);
      head = hitTopic.length - 1;
    }
    return head;
  };
  const prefixChain = new Int32Array(nodes).fill(-1);
  for (let u = 1; u < nodes; u++) prefixChain[u] = hit(triePrefix[u]!, prefixChain[parent[u]!]!);
  const wordHits = new Int32Array(2 * nodes);
  for (let u = 0; u < nodes; u++) {
    wordHits[u] = hit(trieExact[u]!, prefixChain[u]!);
    wordHits[nodes + u] = prefixChain[u]!;
  }

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
  if (PHRASE_LIST.length > OCC_ID || PHRASE_LIST.some((x) => x.length >= OCC_LEN)) throw new Error("phrase table too large for the sort key");
  return {
    wordNext, wordHits, hitTopic: Uint8Array.from(hitTopic), hitNext: Int32Array.from(hitNext), phraseList: PHRASE_LIST, phraseTopics: PHRASE_TOPIC_LIST,
    phraseAc: PHRASE_AC, phraseNext: PHRASE_NEXT, phraseAt: PHRASE_AT, phraseLink: PHRASE_LINK, phraseFirst: PHRASE_FIRST,
  };
}

/** Stem hits per topic of the text being read (topicOf is not reentrant). */
const HITS = new Int32Array(32);
/** Topic bucket 0..31, or -1 when no stem matched. `t` is lowercased; read from `from` to `to`
 *  (a part of a longer text is read in place: a slice of it costs more to read than its chars). */
export function topicOf(t: string, from = 0, to = t.length): number {
  const hits = HITS;
  hits.fill(0);
  const T = topicTables();
  // One pass for both kinds of stem. Words = maximal runs of a-z: each adds its prefix stems
  // (walking the trie) and, if it is one, its whole-word stem. Phrases / symbols / non-Latin
  // stems: every occurrence (the automaton), then the alternation's choice among them.
  const n = Math.min(to, t.length);
  let word = 0; // word state (wordNext) of the current word, 0 outside one (a letter always leaves the root)
  let occ: number[] | undefined;
  let state = 0;
  const { wordNext, wordHits, hitTopic, hitNext, phraseNext, phraseFirst } = T;
  for (let j = from; j < n; j++) {
    const c = t.charCodeAt(j);
    const l = c - 97;
    if (l >= 0 && l < 26) word = wordNext[word * 26 + l]!;
    else if (word !== 0) {
      for (let h = wordHits[word]!; h >= 0; h = hitNext[h]!) hits[hitTopic[h]!]!++;
      word = 0;
    }
    state = c < 128 ? phraseNext[state * 128 + c]! : T.phraseAc.stepOther(state, c);
    if (phraseFirst[state] === 0) continue;
    for (let at = phraseFirst[state]!; at !== 0; at = T.phraseLink[at]!) {
      const id = T.phraseAt[at]!;
      const len = T.phraseList[id]!.length;
      (occ ??= []).push(((j + 1 - len) * OCC_LEN + (OCC_LEN - 1 - len)) * OCC_ID + id);
    }
  }
  // the text's end ends its last word
  if (word !== 0) for (let h = wordHits[word]!; h >= 0; h = hitNext[h]!) hits[hitTopic[h]!]!++;
  if (occ !== undefined) {
    occ.sort((a, b) => a - b);
    let pos = 0;
    const counted: number[] = [];
    for (const key of occ) {
      const id = key % OCC_ID;
      const start = Math.floor(key / (OCC_ID * OCC_LEN));
      if (start < pos) continue; // inside the phrase taken before, or shorter than it at its start
      pos = start + T.phraseList[id]!.length;
      if (counted.includes(id)) continue;
      counted.push(id);
      for (const k of T.phraseTopics[id]!) hits[k]!++;
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

