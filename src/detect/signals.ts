/**
 * Per-request signals: hashes, flags and small counts computed in the Worker from the in-memory
 * prompt view. No raw text survives here, only 32-bit hashes and 64-bit SimHashes.
 */
import type { NetMeta, RouteKind } from "../policy/types.ts";
import type { PromptView } from "./index.ts";
import { NEW_ASK_CHARS } from "./conversation.ts";
import { FRAME_MAX, type Frame, canonText, frameOf, type FrameMemory } from "./frame.ts";
import { charShingles, fmix32, fnvRange, fnvStart, hash32, simhash64 } from "./sketch.ts";
import {
  boilerSamples, isGenericSystem, minWordHash, normalize, normalizeLoose, regionCues, scriptOf, templateFormatLower, topicOf,
} from "./text.ts";

/** Compact per-request signals (JSON-serialisable, ~300 bytes). */
export type RequestSignals = {
  v: 1;
  route: RouteKind;
  /** Reasoning level 0..3 (3 = hidden/internal reasoning extraction). */
  rs: 0 | 1 | 2 | 3;
  /** Detailed reasoning summaries asked by parameter (`reasoning.summary: "detailed"`) on a request
   *  whose words ask for no step-by-step reasoning: a step-by-step ask at machine pace. */
  rd?: 1;
  /** Synthetic-data pipeline meta-prompt (instruction generation, prompt rewriting). */
  gm: 0 | 1;
  /** Instruction-tuning / benchmark template format (### Instruction, MCQ "Answer:"). */
  fm: 0 | 1;
  /** Asks for detailed / long output. */
  dd: 0 | 1;
  /** SimHash64 (hex) of the system prompt, "" when none. */
  ws: string;
  /** Loose exact hash of the system prompt (0 when none); the registry shard id for it. */
  sh: number;
  /** System prompt is a known generic one ("You are a helpful assistant."). */
  gs: 0 | 1;
  /** Two MinHashes of the system prompt's content words (0 when none): edit-tolerant shard keys. */
  wm: number;
  wm2: number;
  /** Hash of the first / last 24 normalised chars of the input turn (the last user or tool
   *  turn; 0 when too short). */
  wp: number;
  wx: number;
  /** Payload hash (input turn; of the token IDs for a token-ID prompt). */
  ph: number;
  /** Topic bucket 0..31, -1 unknown. */
  tp: number;
  /** Script / language class 0..7. */
  lg: number;
  /** User / assistant turns in the request; hash of the history before the input turn (0
   *  when none): a history that repeats verbatim across requests is a template, not a chat. */
  ut: number;
  at: number;
  hh: number;
  /** Prompt size in chars (all turns + system); of it, the chars of the turns before the input
   *  turn (the conversation's history, read back) and, in a request with a history, of the
   *  system prompt and tools (absent: 0). */
  pl: number;
  hc?: number;
  sc?: number;
  /** Of `pl`, the system prompt's chars in a request without a history (absent: 0): a static
   *  prefix (cached at a tenth of the input price) that says nothing of what the request asks. */
  ss?: number;
  /** Chars of the tools' text (tool and legacy function definitions, a structured-output schema's
   *  descriptions: view.ts; absent: none): billed as prompt, outside `pl`. */
  tc?: number;
  /** Chars of an assistant prefill after the input turn (absent: none; in `pl`), part of the
   *  static prefix `bs` samples. */
  pfc?: number;
  /** Chars of the earlier input turns sampled with the prefix (absent: none; at most HIST_CAP). */
  huc?: number;
  /** Chars of a tool result that is the input turn after a history, sampled with the prefix
   *  (absent: none): what the client sends back as a tool's output the same way every time is
   *  material in front of the ask, not the ask (red team R19-2). */
  trc?: number;
  /** Boilerplate samples (text.ts boilerSamples) of the static prefix (system prompt, tools'
   *  text, earlier input turns, an assistant prefill): the sentences sampled (`bs`, one entry for consecutive samples of
   *  one sentence; sentences too short to tell left out) and the prefix chars each stands for
   *  (`bc`). The ones a key sent before are a prefix it repeats (a per-key policy a farm puts in
   *  front of every ask), which says nothing of what the request asks: answers are read against
   *  the rest (link.ts promptRead; red team R16-2). Absent: no such prefix. */
  bs?: number[];
  bc?: number[];
  /** Chars of the assistant turns in that history (absent: 0): a history whose answers are a
   *  greeting is no conversation the request continues (red team R8-1). */
  ha?: number;
  /** Output-maximising parameter score 0..1 (as a single-turn request; `psm` as a turn of a
   *  conversation, where a big max_tokens is normal) and whether a "hard" parameter is set. */
  ps: number;
  psm: number;
  hp: 0 | 1;
  /** Parameters fingerprint (hash of bucketed values). */
  pf: number;
  /** max_tokens (0 when absent). */
  mt: number;
  /** The output cap bounds hidden reasoning with the answer (an OpenAI request asking for reasoning
   *  by parameter: view params.reasonsUnseen): how much of it the answer was to take, the key's
   *  answers say (budget.ts reasonedBudgetTaken). */
  rh?: 1;
  /** The model the request names (view params.model), when it names one: a key's requests are
   *  read as a reasoning model's by the answers of the same model (budget.ts reasonsHidden; red
   *  team R62-2, R62-3: a cheap o4-mini reply beside each ask lent a gpt-4.1 or Claude harvest
   *  the reading, and degrade's room, of a reasoning model). */
  mo?: number;
  /** The request sets no output cap (view params.uncapped): what that adds to `ps` (a cap of
   *  UNCAPPED_TOKENS), judged by the key's answers alone (budget.ts uncappedTaken), the rest of its
   *  budget part (a thinking budget, high effort) as before. Absent when it adds nothing. */
  uc?: number;
  /** Choices asked (`n`, `best_of` read as n by the view) when more than one and together under
   *  SAMPLED_TOKENS (absent otherwise): suggestions (reply drafts, ad variants), whose completion
   *  tokens are theirs together, one answer a share of them. Sampling requests (n x budget from
   *  SAMPLED_TOKENS) are read as the whole sample set they extract. */
  nc?: number;
  /** Samples (`n` x budget from SAMPLED_TOKENS) when they are the request's only hard parameter:
   *  how many, and how much they add to `ps` over the same `n` read as suggestions (`snp`). Once
   *  the key's settled samples prove short (state.ts SHORT_SAMPLE), they are read as suggestions:
   *  not hard, `snp` off the parameter score (red team R52-6: an ad-copy product's 4 variants of
   *  60-220 tokens under a 300-token budget were degraded on them). */
  sn?: number;
  snp?: number;
  /** The answer comes later, read when fetched (a background response, a batch's item): until it
   *  is, the key's answers so far say nothing of it (state.ts laterAnswers; red team R54-1). */
  lt?: 1;
  /** How much of the request's input the guard could not read: 0 all readable; 1 unreadable parts
   *  (images, base64 documents, audio) beside little text; 2 nothing readable but such parts;
   *  3 a token-ID prompt. Absent in signals from before the field (= 0). */
  ur?: 0 | 1 | 2 | 3;
  /** Media parts (images, files, audio) in the request (absent: none): its billed prompt holds
   *  tokens for them that no text the guard reads stands for (red team R15-1). */
  md?: number;
  /** Hash of the conversation's previous input turn (inputHash; absent or 0: the request has no
   *  earlier user or tool turn). */
  pv?: number;
  /** 1: the request continues a conversation the origin stores (Responses previous_response_id /
   *  conversation), a chat turn whose history is not in the body. */
  cv?: 1;
  /** Hash of the stored response / conversation a `cv` request continues (absent: none). */
  ca?: number;
  /** Hash of the set of tool names the request defines (absent or 0: no tools). */
  tl?: number;
  /** 1: the input turn is a tool's result (an agent's step), not a user's turn (absent: it is not). */
  ti?: 1;
  /** Reasoning level (as `rs`) and topic (as `tp`) of the earlier input turns (absent: none).
   *  When the history is not a conversation this key had (state.ts effectivelySingle), it is
   *  payload: the ask may sit in a fabricated first turn behind a generic follow-up. */
  hr?: 0 | 1 | 2 | 3;
  ht?: number;
  /** An assistant prefill after the input turn (Anthropic): a hash of its text, and its reasoning
   *  level, detail demand, topic and script (first HIST_CAP chars) as the input turn's are read.
   *  Read as the request's when the input turn is one the key sent before (state.ts `prefilled`:
   *  red team R66-3, the ask in a prefill after one fixed instruction). */
  pfx?: number;
  pfr?: 0 | 1 | 2 | 3;
  pfd?: 1;
  pft?: number;
  pfl?: number;
  /** Reasoning level (as `rs`, the sentences reaching into the window, read as an edge) of the input
   *  turn's next HEAD chars after its first HEAD (for a framed turn, `fr`: of its asks' edges and
   *  its frame, framedZones), and topic (as `tp`) of their first TOPIC_AFTER (absent: a turn
   *  shorter than HEAD + AFTER_MIN). A key that sends the same head
   *  before every ask has its asks there (state.ts framedAsk; red team R44-6: a fixed 600-char
   *  instruction block before each ask and a rubric after it, 0 flagged, 100 % served in full;
   *  R45-2: the same with a 1,300-char head and tail). */
  rsx?: 0 | 1 | 2 | 3;
  tpx?: number;
  /** 1: `rsx`, `tpx` and `phx` were read in the asks of a turn that shares HEAD chars or more with
   *  the key's last long turns (its frame, frame.ts): a frame in itself (state.ts framedAsk). */
  fr?: 1;
  /** Hash of that window: the payload under a fixed head and tail (whose hash `ph` reads only the
   *  turn's ends and length). */
  phx?: number;
  /** Hash of the conversation's opening, its first user or tool turn with the answer that follows
   *  it (absent: the request has no earlier input turn in its body): the requests a key sends with
   *  one opening are the turns of one conversation (state.ts openings). */
  fo?: number;
  /** Hash of the request's logit_bias map (absent: none): which tokens it pushes, how hard. */
  lb?: number;
  /** Inputs an embeddings request embeds (absent: not an embeddings request), and for a batch
   *  of 8 or more, the script classes (`lg`) of a sample of its texts as a bit set (absent: not
   *  sampled): one batch mixing many scripts is a dataset sampled for coverage. */
  ni?: number;
  lgs?: number;
  /** A completions prompt list: its prompts (up to 64), each a request for its own answer, and a
   *  payload hash of each (absent: one prompt). Detection counts the request as that many. */
  np?: number;
  phs?: number[];
  /** Hash of the client's IPv4 /24 or IPv6 /48 (0 unknown); ASN (0 unknown). */
  n24: number;
  asn: number;
};

const HEAD = 600;
/** An input turn reaches past its head by this many chars at least before the window after its
 *  head is read (rsx, tpx): an ask under a fixed head is a sentence or more. */
const AFTER_MIN = 80;
/** Chars after the head whose topic is the ask's (tpx). */
const TOPIC_AFTER = 240;
/** Boilerplate samples of a static prefix. */
const BOILER_SAMPLES = 8;
const SYS_CAP = 2000;
/** The text scanned for instruction cues: the whole input turn up to SCAN_CAP chars; beyond it
 *  its first SCAN_HEAD and last SCAN_TAIL chars and SCAN_WINDOWS windows of SCAN_WIN chars
 *  sampled from the middle (one per equal stratum, placed by a hash of the prompt). The system
 *  prompt likewise up to SYS_SCAN_CAP. A fixed budget: at most ~48 K + ~10 K chars per request. */
export const SCAN_CAP = 32_768;
const SCAN_HEAD = 24_576;
const SCAN_TAIL = 8_192;
const SCAN_WINDOWS = 16;
const SCAN_WIN = 1024;
const SYS_SCAN_CAP = 8192;
/** Chars of the earlier input turns scanned for `hr` / `ht`. */
const HIST_CAP = 4096;
/** A turn with unreadable parts counts as unreadable (`ur` 1) when its text is shorter than this. */
const LITTLE_TEXT = 256;

/** Hash of an input turn with its media references (view.ts `media`), as `ph` and `pv` read it. */
function turnHash(text: string, media: number | undefined): number {
  const h = inputHash(text);
  return media ? fmix32(h ^ media) || 1 : h;
}

/** Hash of an input turn: hash32(key + "|" + length), key = the text, or its first and last 256
 *  chars when longer than 512; hashed in place, without building the key. */
export function inputHash(text: string): number {
  const n = text.length;
  let h = n > 512 ? fnvRange(fnvRange(fnvStart(), text, 0, 256), text, n - 256, n) : fnvRange(fnvStart(), text, 0, n);
  const tag = "|" + n;
  h = fnvRange(h, tag, 0, tag.length);
  return fmix32(h);
}

export function ipPrefixHash(ip: string | undefined): number {
  if (!ip) return 0;
  if (ip.includes(".") && !ip.includes(":")) {
    // hash32 of the first three dotted parts = of the text before the third and last dot
    const d2 = ip.indexOf(".", ip.indexOf(".") + 1);
    const d3 = d2 < 0 ? -1 : ip.indexOf(".", d2 + 1);
    if (d3 < 0 || ip.indexOf(".", d3 + 1) >= 0) return 0; // not exactly four parts
    return fmix32(fnvRange(fnvStart(), ip, 0, d3));
  }
  const g = ip.toLowerCase().split(":");
  return hash32(g.slice(0, 3).join(":"));
}

/** `n` samples x the output budget from which `n` > 1 is a hard parameter (paramScore). */
export const SAMPLED_TOKENS = 1024;

/** `n` > 1 choices that together read less than SAMPLED_TOKENS: suggestions, not samples. */
function suggestions(p: PromptView["params"]): boolean {
  const n = p.n ?? 1;
  const mt = p.maxTokens ?? 0;
  return n > 1 && n * (mt === 0 ? 4096 : mt) < SAMPLED_TOKENS;
}

/** The budget a chat or Responses request without an output cap is read at (view params.uncapped):
 *  the model's maximum, at least a headroom cap's. Its budget part is evidence only as far as the
 *  key's settled answers took and used a budget (budget.ts uncappedTaken): red team R62-1, a
 *  harvest of 1,400-3,600-token answers that sent no cap, a one-label request beside each ask,
 *  was served in full (100 %; with `max_tokens` 4,096 and the same cover, 20.9 %). */
export const UNCAPPED_TOKENS = 4096;

/** The smallest output cap read as a budget (paramScore): under it, a cap asks for no long answer. */
export const BUDGET_MIN_TOKENS = 1500;

/** Output-maximising parameter score of one request (0..1) and the hard-extraction flag. */
export function paramScore(p: PromptView["params"], singleTurn: boolean, samplesAsSuggestions = false): { ps: number; hp: 0 | 1; sn: number } {
  let s = 0;
  let hard = false;
  let sampled = false;
  const mt = p.maxTokens ?? (p.uncapped ? UNCAPPED_TOKENS : 0);
  // A large budget matters for self-contained prompts; long conversations need it honestly.
  if (singleTurn) {
    if (mt >= 4000) s += 0.6;
    else if (mt >= 2048) s += 0.45;
    else if (mt >= BUDGET_MIN_TOKENS) s += 0.25;
  }
  const n = p.n ?? 1;
  if (n >= 2) {
    // several samples of one prompt read its distribution; how much of it a request reads is
    // samples x tokens, as for logprobs: reply suggestions (3 drafts of at most 180 tokens) read
    // little of it, and a product needs them (red team R15-2: a smart-reply key lost 5,955 of
    // 6,000 requests to challenges)
    if (!suggestions(p) && !samplesAsSuggestions) {
      s += n >= 4 ? 0.5 : 0.35;
      sampled = true;
    } else s += 0.15;
  }
  if (p.logprobs) {
    const top = p.topLogprobs ?? 0;
    if (p.echo) {
      // the distribution over every token of the prompt: a whole passage scored per request
      s += 0.6;
      hard = true;
    } else if (top >= 10) {
      // ten or more alternatives per token read the distribution itself, whatever the length
      s += 0.5;
      hard = true;
    } else if (top >= 2 && Math.max(1, top) * (mt === 0 ? 4096 : mt) >= 128) {
      // several alternatives over more than a few tokens: how much of the distribution a request
      // reads is alternatives x tokens (a classifier reads 5 x 1; top 9 over 255-token chunks
      // reads 2,295), so no pair of cut-offs on each alone can be stepped under
      s += 0.5;
      hard = true;
    } else if (mt >= 256 || mt === 0) {
      s += 0.35;
    } else s += p.logitBias ? 0.2 : 0.1; // classifiers read a few labels' logprobs (biased to the labels)
    if (top >= 5) s += 0.1;
  } else if (p.logitBias) s += 0.2;
  // reasoning asked of the model by parameter: a big thinking budget or high effort on a
  // self-contained prompt (as for max_tokens, a long conversation needs room honestly), and
  // reasoning summaries in any request. Never "hard": analysts use extended thinking too.
  const tb = p.thinkingBudget ?? 0;
  if (singleTurn) {
    if (tb >= 8000) s += 0.45;
    else if (tb >= 2048) s += 0.25;
    if (p.effortHigh) s += 0.15;
  }
  if (p.reasoningOut) s += 0.3;
  const t = p.temperature;
  if (t !== undefined && t >= 0.7 && t <= 1.2 && p.topP !== undefined && p.topP >= 0.9 && p.topP < 1) s += 0.05;
  // `sn`: the samples asked when they are the request's only hard parameter (state.ts reads them
  // as suggestions once the key's samples prove short)
  return { ps: Math.min(1, Math.round(s * 100) / 100), hp: hard || sampled ? 1 : 0, sn: sampled && !hard ? n : 0 };
}

function paramsFingerprint(p: PromptView["params"]): number {
  const mt = p.maxTokens === undefined ? -1 : Math.round(Math.log2(Math.max(1, p.maxTokens)) * 2);
  const t = p.temperature === undefined ? -1 : Math.round(p.temperature * 10);
  const tp = p.topP === undefined ? -1 : Math.round(p.topP * 20);
  return hash32(`${mt}|${p.n ?? 1}|${p.logprobs ? 1 : 0}|${p.topLogprobs ?? 0}|${p.logitBias ? 1 : 0}|${t}|${tp}`);
}

type SysFp = { ws: string; sh: number; gs: 0 | 1; wm: number; wm2: number };
const NO_SYSTEM: SysFp = { ws: "", sh: 0, gs: 0, wm: 0, wm2: 0 };
/** System prompts repeat across requests: memoise their fingerprints per isolate (bounded; a
 *  pure function of the text, so caching changes nothing but the cost). Keyed by two 32-bit
 *  hashes + length, so no prompt text outlives its request. */
const SYS_CACHE = new Map<string, SysFp>();
const SYS_CACHE_MAX = 512;

function systemFingerprint(sysRaw: string): SysFp {
  if (sysRaw.trim().length === 0) return NO_SYSTEM;
  // hash32(sysRaw) and hash32(sysRaw, 0x9e3779b9) in one pass over the text
  let h1 = fnvStart();
  let h2 = fnvStart(0x9e3779b9);
  for (let i = 0; i < sysRaw.length; i++) {
    const c = sysRaw.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193);
  }
  const key = `${sysRaw.length}:${fmix32(h1)}:${fmix32(h2)}`;
  const hit = SYS_CACHE.get(key);
  if (hit) return hit;
  const n = normalize(sysRaw.length > 600 ? sysRaw.slice(0, 400) + " " + sysRaw.slice(-200) : sysRaw);
  const sh = hash32(normalizeLoose(sysRaw));
  const fp: SysFp = { ws: simhash64(charShingles(n, 5)), sh, gs: isGenericSystem(sh) ? 1 : 0, wm: minWordHash(sysRaw), wm2: minWordHash(sysRaw, 0x2c1b3c6d) };
  if (SYS_CACHE.size >= SYS_CACHE_MAX) SYS_CACHE.clear();
  SYS_CACHE.set(key, fp);
  return fp;
}

/**
 * The part of a text that is scanned: all of it up to `cap` chars; beyond, its head, its tail
 * and `windows` windows of `win` chars from the middle, one per equal stratum at an offset drawn
 * from `seed`, joined by newlines (a sentence separator, so no cue spans two pieces).
 */
export function scanText(s: string, cap: number, head: number, tail: number, windows: number, win: number, seed: number): string {
  const n = s.length;
  if (n <= cap) return s;
  const parts = [s.slice(0, head)];
  const from = head;
  const mid = n - tail - from;
  const stratum = mid / windows;
  let h = seed | 0;
  for (let k = 0; k < windows; k++) {
    h = fmix32(h + 0x9e3779b9 + k);
    const room = Math.max(0, Math.floor(stratum) - win);
    const start = from + Math.floor(k * stratum) + (room > 0 ? h % (room + 1) : 0);
    parts.push(s.slice(start, Math.min(start + win, n - tail)));
  }
  parts.push(s.slice(n - tail));
  return parts.join("\n");
}

const NO_CUES = { rs: 0, rsEdge: 0, gen: 0, detailEdge: false } as const;

/** The script classes among an embeddings batch's sample, as a bit set. */
function batchScripts(sample: readonly string[]): { lgs: number } {
  let scripts = 0;
  for (const t of sample) scripts |= 1 << scriptOf(t);
  return { lgs: scripts };
}

/** Signals `bs` / `bc` of a request's static prefix: its BOILER_SAMPLES sentence samples, one
 *  entry per run of samples of one sentence (too short to tell: left out), with the chars each
 *  entry stands for. */
function prefixSamples(prefix: string): { bs: number[]; bc: number[] } {
  const bs: number[] = [];
  const bc: number[] = [];
  const each = prefix.length / BOILER_SAMPLES;
  let prev = 0;
  for (const h of boilerSamples(prefix, BOILER_SAMPLES)) {
    if (h !== 0 && h === prev) bc[bc.length - 1]! += each;
    else if (h !== 0) {
      bs.push(h);
      bc.push(each);
    }
    prev = h;
  }
  for (let i = 0; i < bc.length; i++) bc[i] = Math.round(bc[i]!);
  return { bs, bc };
}

/**
 * The text input turn i (a user or tool turn) is read as. A tool's result is read with the
 * arguments of the call it answers when they are NEW_ASK_CHARS or more: the client writes the
 * history's assistant turns back, so that call may hold what the model is told to act on, whatever
 * the result says (red team R27-1: each new step-by-step problem written into the last assistant
 * turn's call, the result "ok", 0 of 10 keys flagged, 1,565 long answers a key a day; R28-1,
 * R28-2: the same with a fixed or a changing 60-char status as the result). The arguments count as
 * the turn's own text after the result (its payload, cues and topic: the head read for the topic
 * starts with the result, so long constant arguments cannot push it out); the turn's prefix and
 * suffix hashes stay the result's (a call's JSON starts alike every time).
 */
function callAsk(turns: PromptView["turns"], i: number): string {
  const t = turns[i]!;
  if (t.role !== "tool") return t.text;
  for (let j = i - 1; j >= 0; j--) {
    const a = turns[j]!;
    if (a.role === "user") break;
    if (a.role !== "assistant") continue;
    const calls = a.calls ?? "";
    return calls.length >= NEW_ASK_CHARS ? (t.text ? t.text + "\n" + calls : calls) : t.text;
  }
  return t.text;
}

/** New spans of a framed turn read as asks, at most (variations of the frame can cut more). */
const ASK_SPANS = 8;

/**
 * Zones of the region to read a framed turn's asks in (signals rsx, tpx, phx): for each new span
 * between the `seen` spans (ask offsets, frame.ts) of AFTER_MIN chars or more, its first HEAD
 * chars and its last HEAD, the longest span's first window first (tpx, phx read it); then the seen
 * spans themselves. Undefined when no span is long enough to be an ask (a retry). Offsets map
 * into the region through the scan's kept head and tail (scanText: frames are read within both).
 */
function framedZones(f: Frame, n: number, u0: number, regionEnd: number): number[] | undefined {
  const seen = f.seen;
  const at = (o: number): number => (n <= SCAN_CAP || o <= SCAN_HEAD ? u0 + o : regionEnd - (n - o));
  const asks: number[] = [];
  let longest = -1;
  let from = 0;
  for (let k = 0; k <= seen.length && asks.length < 2 * ASK_SPANS; k += 2) {
    const to = k < seen.length ? seen[k]! : n;
    if (to - from >= AFTER_MIN) {
      if (longest < 0 || to - from > asks[longest + 1]! - asks[longest]!) longest = asks.length;
      asks.push(from, to);
    }
    if (k < seen.length) from = seen[k + 1]!;
  }
  if (longest < 0) return undefined;
  const zones: number[] = [];
  const span = (a: number, b: number): void => {
    zones.push(at(a), at(Math.min(b, a + HEAD)));
    if (b - a > HEAD) zones.push(at(Math.max(a + HEAD, b - HEAD)), at(b));
  };
  span(asks[longest]!, asks[longest + 1]!);
  for (let k = 0; k < asks.length; k += 2) if (k !== longest) span(asks[k]!, asks[k + 1]!);
  // a frame longer than both reads (red team R46-2: 5,000 chars at each end): the unread middle
  // is read whole (as the scan keeps it), its asks' edges being unknown
  if (f.beyond) zones.push(at(FRAME_MAX), at(n - FRAME_MAX));
  for (let k = 0; k < seen.length; k += 2) zones.push(at(seen[k]!), at(seen[k + 1]!));
  return zones;
}

/** A user turn of this many chars or more answered by an assistant turn of ACK_CHARS or fewer (a
 *  sentence: aider's "Ok, any changes I propose will be to those files.") is material handed over
 *  (extractSignals): part of what the request brings, not its history, and no input turn. */
const HANDED_OVER_CHARS = 200;
const ACK_CHARS = 80;
function handedOver(turns: PromptView["turns"], i: number): boolean {
  const t = turns[i]!;
  const next = turns[i + 1];
  return t.role === "user" && t.text.length >= HANDED_OVER_CHARS && next !== undefined && next.role === "assistant" && next.text.trim().length <= ACK_CHARS;
}

/**
 * A request's signals. `frame`: the key's FrameMemory, where the caller keeps one (frame.ts): a
 * turn whose frame it finds has its asks read where they are (framedZones) instead of at HEAD.
 */
export function extractSignals(view: PromptView, net: NetMeta, frame?: FrameMemory): RequestSignals {
  // The input turn: the last user or tool turn (a tool_result / function output is read by the
  // model as input just like a user message).
  let lastUser = "";
  let lastUserAt = -1;
  let ut = 0;
  let at = 0;
  let pl = view.system.length + (view.omittedChars ?? 0);
  // chars of the turns before the input turn (its history)
  let turnChars = 0;
  let histChars = 0;
  let answerChars = 0;
  let histAnswers = 0;
  // material handed over in a turn of its own, which the client answers with a bare acknowledgment
  // it writes itself (aider and the tools built like it: the repo map and the files in the chat,
  // each answered "Ok."): what the request brings, as if it were in the input turn, not a history
  // read back (red team R65-2: a pair-programming backend was degraded on 99.5 % of its requests,
  // and on none with the same context inside the ask)
  let ackChars = 0;
  let histAck = 0;
  view.turns.forEach((t, i) => {
    if (t.role === "user") ut++;
    else if (t.role === "assistant") at++;
    if (t.role !== "assistant") {
      lastUser = t.text;
      lastUserAt = i;
      histChars = turnChars;
      histAnswers = answerChars;
      histAck = ackChars;
    } else {
      answerChars += t.text.length;
      if (i > 0 && handedOver(view.turns, i - 1)) ackChars += view.turns[i - 1]!.text.length + t.text.length;
    }
    turnChars += t.text.length;
  });
  histChars -= histAck;
  pl += turnChars;
  const inputTurn = lastUserAt >= 0 ? view.turns[lastUserAt]! : undefined;
  // the input turn as read (a tool's bare "ok" with the arguments of the call it answers: callAsk);
  // the arguments then count as the turn's own text, not its history
  const ask = inputTurn ? callAsk(view.turns, lastUserAt) : "";
  const callChars = ask.length > lastUser.length ? ask.length - lastUser.length - (lastUser ? 1 : 0) : 0;
  histChars -= callChars;
  histAnswers -= callChars;
  const sysChars = view.system.length + (view.tools?.length ?? 0);
  // (not for embeddings: SDKs such as LangChain send token IDs there by default, in bulk)
  let ur: 0 | 1 | 2 | 3 = 0;
  if (view.route === "embeddings") ur = 0;
  else if ((view.promptTokenIds ?? 0) > 0 && lastUser.trim().length === 0) ur = 3;
  else if ((inputTurn?.unreadable ?? 0) > 0) ur = lastUser.trim().length === 0 ? 2 : lastUser.length < LITTLE_TEXT ? 1 : 0;
  let hh = 0;
  if (lastUserAt > 0) {
    let h = 0x1234567;
    for (let i = 0; i < lastUserAt; i++) {
      const t = view.turns[i]!;
      // = hash32(role + ":" + (text, or its first and last 200 chars) + "|" + text.length, h),
      // hashed over the text in place instead of building that string
      const tx = t.text;
      const n = tx.length;
      let f = fnvRange(fnvStart(h), t.role + ":", 0, t.role.length + 1);
      if (n > 400) f = fnvRange(fnvRange(f, tx, 0, 200), tx, n - 200, n);
      else f = fnvRange(f, tx, 0, n);
      const lenTag = "|" + n;
      h = fmix32(fnvRange(f, lenTag, 0, lenTag.length));
    }
    hh = h || 1;
  }

  const sysRaw = view.system.length > SYS_CAP ? view.system.slice(0, SYS_CAP) : view.system;

  const { ws, sh, gs, wm, wm2 } = systemFingerprint(sysRaw);
  let wp = 0;
  let wx = 0;
  if (lastUser.length >= 48) {
    // read as the frame is (frame.ts canonText): a wrapper dressed differently each time is one
    wp = hash32(normalize(canonText(lastUser, 40)).slice(0, 24));
    wx = hash32(normalize(canonText(lastUser, 40, true)).slice(-24));
  }
  const lu = lastUser.length;
  // a token-ID prompt has no text to hash: its token hash keeps distinct payloads distinct (as a
  // turn's media references do: one note beside a different image each time is many payloads)
  const ph = lu === 0 && view.tokenHash ? view.tokenHash : turnHash(ask, inputTurn?.media);
  // the previous input turn of the conversation (the last user or tool turn before the input
  // turn): a real conversation sent it through this key before, as an input turn of its own
  // (material handed over in a turn of its own was never an input turn: the one before it is)
  let pv = 0;
  for (let i = lastUserAt - 1; i >= 0; i--) {
    const t = view.turns[i]!;
    if (t.role !== "assistant" && !handedOver(view.turns, i)) {
      pv = turnHash(callAsk(view.turns, i), t.media) || 1;
      break;
    }
  }
  // the earlier input turns, read as a payload (used only when the history proves unanchored):
  // their first HIST_CAP chars, scanned for reasoning cues, and the first one's topic; and sampled
  // with the prefix (prefixSamples: in a request that asks on its own they are material in front of
  // the ask, a policy in a fake first turn whose reply changes a word each time among them; red
  // team R19-3: 0 of 150 keys flagged)
  let histInputs = "";
  let hr: 0 | 1 | 2 | 3 | undefined;
  let ht: number | undefined;
  let fo = 0;
  if (lastUserAt > 0) {
    let hist = "";
    let first = "";
    let firstAt = -1;
    for (let i = 0; i < lastUserAt && hist.length < HIST_CAP; i++) {
      const t = view.turns[i]!;
      if (t.role === "assistant") continue;
      if (first === "") {
        first = t.text;
        firstAt = i;
      }
      hist += (hist ? "\n" : "") + t.text.slice(0, HIST_CAP - hist.length);
    }
    histInputs = hist;
    // the opening with its answer: sessions of an app may open with the same words (a button's
    // text, an assignment's first problem), the answers they got differ
    if (firstAt >= 0) {
      const answer = view.turns[firstAt + 1]?.role === "assistant" ? view.turns[firstAt + 1]!.text : "";
      fo = fmix32(inputHash(first) ^ Math.imul(inputHash(answer), 0x85ebca6b)) || 1;
    }
    if (hist !== "") {
      const hc = regionCues(hist.toLowerCase());
      hr = (hc.rs === 3 ? 3 : hc.rs) as 0 | 1 | 2 | 3;
      const fh = first.length > HEAD ? first.slice(0, HEAD) : first;
      ht = topicOf(fh.toLowerCase());
    }
  }
  // the whole input turn and system prompt are scanned, within a fixed budget (scanText)
  // tool definitions are instructions to the model too: scanned with the system prompt (not part
  // of its fingerprint: an agent's tool list changes more often than its prompt)
  const sysText = view.tools ? (view.system ? view.system + "\n" + view.tools : view.tools) : view.system;
  const sysScan = scanText(sysText, SYS_SCAN_CAP, SYS_SCAN_CAP - 2048, 2048, 4, 512, sh);
  const userScan = scanText(ask, SCAN_CAP, SCAN_HEAD, SCAN_TAIL, SCAN_WINDOWS, SCAN_WIN, ph);
  const region = (sysScan + "\n" + userScan).toLowerCase();
  // the input turn's part of the region (lowercasing keeps the length of these texts almost
  // always; when it does not, the zones below are off by a few chars, which changes nothing)
  const u0 = region.length - userScan.length;
  // The edges (the system prompt's first 2,000 chars, the first / last 600 chars of the input
  // turn) are where instructions to the model sit; the rest is mostly material (RAG context,
  // pasted documents), full of generic cues ("step by step", "in detail"). Cues specific to
  // extraction count wherever they are: hidden-reasoning asks and reasoning tags (rs 3),
  // pipeline meta-prompts (gm), templates (fm). A step-by-step phrase met only in the middle
  // counts as a mention of reasoning (rs 1); detail demands count at the edges only.
  const mid: number[] = [];
  if (sysScan.length > SYS_CAP) mid.push(SYS_CAP, sysScan.length);
  if (userScan.length > 2 * HEAD) mid.push(u0 + HEAD, region.length - HEAD);
  // an embeddings input asks nothing of the model: its texts are material, not instructions
  // the window after the input turn's head (signals rsx, tpx, phx: state.ts framedAsk), its cues
  // read in the same pass; an embeddings input asks nothing
  const uLen = region.length - u0;
  // the window after the head (its cues, topic and hash are the ask's): after the turn's first
  // HEAD chars; or, for a key whose last long turns shared HEAD chars or more of this one (its
  // frame, frame.ts; red team R45-2: a 1,300-char head and tail hid the ask from a window fixed at
  // 600-1,200; R46-1: the same frame varied a little on each request), the first and last HEAD
  // chars of each new span of AFTER_MIN or more (the asks), and the frame's own text: the key's
  // instruction, sent every time, read as a system prompt's is
  let after: [number, number] | undefined;
  let zones: number[] | undefined;
  let framed = false;
  if (uLen >= HEAD + AFTER_MIN && view.route !== "embeddings") {
    const f = frame !== undefined && ask.length > 2 * HEAD ? frameOf(frame, ask) : undefined;
    if (f !== undefined && f.chars >= HEAD) zones = framedZones(f, ask.length, u0, region.length);
    if (zones !== undefined) {
      after = [zones[0]!, zones[1]!];
      framed = true;
    } else {
      after = [u0 + HEAD, Math.min(region.length, u0 + 2 * HEAD)];
      zones = after.slice();
    }
  }
  const c = view.route === "embeddings" ? NO_CUES : regionCues(region, mid, zones);
  const cues = { rs: c.rs === 3 ? 3 : Math.max(c.rsEdge, Math.min(c.rs, 1)), gen: c.gen, detail: c.detailEdge };
  const userPart = u0 > 0 ? region.slice(u0) : region;
  // the input turn's head: its first HEAD chars (read in place in the region)
  const headEnd = ask.length > HEAD ? Math.min(region.length, u0 + HEAD) : region.length;
  let rsx: 0 | 1 | 2 | 3 | undefined;
  let tpx: number | undefined;
  let phx = 0;
  if (after !== undefined) {
    rsx = "rsZone" in c ? (c.rsZone ?? 0) : 0;
    // the ask's topic from its first TOPIC_AFTER chars (a whole window's topic read costs ~4 us)
    tpx = topicOf(region, after[0], Math.min(after[1], after[0] + TOPIC_AFTER));
    phx = fmix32(fnvRange(fnvStart(), region, after[0], after[1])) || 1;
  }
  const { ps, hp, sn } = paramScore(view.params, true);
  const psm = paramScore(view.params, false).ps;
  // an assistant prefill after the input turn (Anthropic) is written by the client, the same way
  // every time when it is a policy: part of the prefix (red team R19-4: a 1,600-char policy as the
  // prefill, 0 of 150 keys flagged, 0 of 50 live)
  let prefill = "";
  for (let i = lastUserAt + 1; i < view.turns.length; i++) prefill += (prefill ? "\n" : "") + view.turns[i]!.text;
  // a tool result as the input turn after a history is sampled too: an app's tools return what
  // they found, new each time; a policy returned as a fake tool's output after every ask is the
  // same sentences each time (red team R19-2: 0 of 150 keys flagged, 0 of 50 live). Only its
  // sentences seen before are read away, never its share of the prefix's words (state.ts
  // observeRepeats): a RAG tool returns a few fixed lines around new passages.
  const toolIn = inputTurn?.role === "tool" && lastUserAt > 0 ? lastUser : "";
  // where an answer is read against the prompt (not embeddings); with a history too: a made-up
  // exchange must not hide the prefix (red team R17-1)
  const { bs, bc } = view.route !== "embeddings" ? prefixSamples([sysText, histInputs, prefill, toolIn].filter((x) => x !== "").join("\n")) : { bs: [], bc: [] };
  // one object, the optional fields assigned after it in a fixed order (a spread per optional
  // field allocated a temporary object each, ~30 a request)
  const out: RequestSignals = {
    v: 1,
    route: view.route,
    // reasoning asked by parameter (detailed reasoning summaries) is a reasoning ask, and a
    // step-by-step one at machine pace (rd; state.ts observeRequest): red team R9-4, 20 keys of 300
    // such asks, 1 flagged, 99.7 % served; R12-6, an honest homework app showing detailed summaries
    // to students, one key each, 187 of 200 degraded when every such ask was step-by-step
    rs: (view.params.reasoningDetailed && cues.rs < 1 ? 1 : cues.rs) as 0 | 1 | 2 | 3,
    gm: cues.gen >= 4 ? 1 : 0,
    fm: view.route !== "embeddings" && templateFormatLower(userPart) ? 1 : 0,
    dd: cues.detail ? 1 : 0,
    ws,
    sh,
    gs,
    wm,
    wm2,
    wp,
    wx,
    ph,
    tp: topicOf(region, u0, headEnd),
    lg: scriptOf(region, u0, headEnd),
    ut,
    at,
    hh,
    pl,
    ps,
    psm,
    hp,
    pf: paramsFingerprint(view.params),
    mt: view.params.maxTokens ?? 0,
    n24: ipPrefixHash(net.ip),
    asn: net.asn ?? 0,
    ur,
  };
  if (view.params.reasoningDetailed && cues.rs < 2) out.rd = 1;
  if (view.params.reasonsUnseen) out.rh = 1;
  if (view.params.model) out.mo = view.params.model;
  if (view.params.uncapped) {
    const uc = Math.round((ps - paramScore({ ...view.params, uncapped: false }, true).ps) * 100) / 100;
    if (uc > 0) out.uc = uc;
  }
  if (suggestions(view.params)) out.nc = view.params.n!;
  if (sn > 0) {
    out.sn = sn;
    out.snp = Math.round((ps - paramScore(view.params, true, true).ps) * 100) / 100;
  }
  if (view.media) out.md = view.media;
  if (histChars > 0) out.hc = histChars;
  if (histAnswers > 0) out.ha = histAnswers;
  if (sysChars > 0 && histChars > 0) out.sc = sysChars;
  if (view.system.length > 0 && histChars === 0) out.ss = view.system.length;
  if (view.toolSet) out.tl = view.toolSet;
  if (view.tools) out.tc = view.tools.length;
  if (prefill) {
    out.pfc = prefill.length;
    // read as an unanchored history's input turns are (hr, ht), and its detail demand and script
    const pc = regionCues((prefill.length > HIST_CAP ? prefill.slice(0, HIST_CAP) : prefill).toLowerCase());
    const head = prefill.length > HEAD ? prefill.slice(0, HEAD) : prefill;
    out.pfx = hash32(prefill) || 1;
    out.pfr = pc.rs;
    if (pc.detail) out.pfd = 1;
    out.pft = topicOf(head.toLowerCase());
    out.pfl = scriptOf(head);
  }
  if (histInputs) out.huc = histInputs.length;
  if (toolIn && view.route !== "embeddings") out.trc = toolIn.length;
  if (bs.length > 0) {
    out.bs = bs;
    out.bc = bc;
  }
  if (view.params.logitBiasSet) out.lb = view.params.logitBiasSet;
  if (view.route === "embeddings") out.ni = view.items ?? 0;
  if (view.itemSample) out.lgs = batchScripts(view.itemSample).lgs;
  if (view.itemKeys) {
    out.np = view.itemKeys.length;
    out.phs = view.itemKeys.map((k) => hash32(k));
  }
  if (hr !== undefined) {
    out.hr = hr;
    out.ht = ht!;
  }
  if (rsx !== undefined) {
    out.rsx = rsx;
    out.tpx = tpx!;
    out.phx = phx;
    if (framed) out.fr = 1;
  }
  if (fo !== 0) out.fo = fo;
  if (pv !== 0) out.pv = pv;
  if (inputTurn?.role === "tool") out.ti = 1;
  if (view.continues) out.cv = 1;
  if (view.later) out.lt = 1;
  if (view.anchor) out.ca = view.anchor;
  return out;
}
