/**
 * Text helpers of one prompt (normalisation, script class, word MinHash, generic prompts); the
 * instruction cues are in cues.ts, the topic buckets in topics.ts. Pure and cheap: each function scans a bounded region of the text
 * (the "instruction region": the system prompt and the input turn, whole up to a cap and sampled
 * beyond it: see scanText in signals.ts), never the whole body more than once.
 */
import { fmix32, hash32 } from "./sketch.ts";

// The instruction cues and the topic buckets live in their own modules; re-exported here.
export { detailDemand, genCueCount, reasoningLevel, regionCues, templateFormat, templateFormatLower } from "./cues.ts";
export type { RegionCues } from "./cues.ts";
export { TOPICS, topicOf } from "./topics.ts";

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
// Script / language class: 0 latin-en, 1 latin-other (accents), 2 cyrillic, 3 cjk-han,
// 4 japanese kana, 5 hangul, 6 arabic/hebrew, 7 other/none.

/** The script class of `t`'s first 600 chars (from `from`, up to `to`). */
export function scriptOf(t: string, from = 0, to = t.length): number {
  let latin = 0, accent = 0, cyr = 0, han = 0, kana = 0, hangul = 0, arab = 0;
  const n = Math.min(t.length, to, from + 600);
  for (let i = from; i < n; i++) {
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

// ---------------------------------------------------------------------------------------------
// Boilerplate samples: what of a text a key sent before. A text is cut into sentences (ended by
// . ! ? ; a newline, or their CJK forms) and sampled at `k` evenly spaced points; each sample is
// the sentence holding its point, hashed over its letters and digits (lowercased, digit runs as
// one 0, spaces and punctuation skipped), or 0 when it has fewer than BOILER_MIN_CHARS of them (a
// "Rule 3:" or a list mark says nothing of where it came from). Each sample stands for
// text.length / k chars of the text: the share of samples a key sent before estimates the share
// of the text that repeats its earlier requests, at a bounded cost however long the text.

/** Letters and digits a sentence needs before its hash means anything (a CJK character counts 4). */
export const BOILER_MIN_CHARS = 16;
/** How far from its point a sample looks for the sentence's ends (a longer run is cut there: a
 *  blob without sentences hashes differently at every point, so it never reads as repeated). */
const BOILER_REACH = 320;

function sentenceEnd(c: number): boolean {
  // . ! ? ; \n and the CJK full stop, exclamation and question marks
  return c === 46 || c === 33 || c === 63 || c === 59 || c === 10 || c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

/** The hashes of `k` sentences sampled evenly over `text` (0: too short to tell), or [] for "". */
export function boilerSamples(text: string, k: number): number[] {
  const n = text.length;
  if (n === 0) return [];
  const out: number[] = [];
  for (let i = 0; i < k; i++) {
    const p = Math.min(n - 1, Math.floor(((i + 0.5) * n) / k));
    let s = p;
    while (s > 0 && p - s < BOILER_REACH && !sentenceEnd(text.charCodeAt(s - 1))) s--;
    let e = p;
    while (e < n && e - p < BOILER_REACH && !sentenceEnd(text.charCodeAt(e))) e++;
    let h = 0x811c9dc5;
    let kept = 0;
    let digits = false;
    for (let j = s; j < e; j++) {
      let c = text.charCodeAt(j);
      if (c >= 48 && c <= 57) {
        if (digits) continue;
        digits = true;
        c = 48;
      } else {
        digits = false;
        if (c >= 65 && c <= 90) c |= 0x20;
        else if (c < 97 || (c > 122 && c < 0xc0)) continue;
      }
      h = Math.imul(h ^ c, 0x01000193);
      // a CJK character is about a word (red team R17-3: a Chinese policy's sentences of 8-15
      // characters were all too short to sample, 0 of 150 keys flagged)
      kept += c >= 0x2e80 ? 4 : 1;
    }
    out.push(kept >= BOILER_MIN_CHARS ? fmix32(h) || 1 : 0);
  }
  return out;
}
