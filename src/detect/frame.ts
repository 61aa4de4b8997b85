/**
 * A key's fixed frame: the text its input turns share (a head, a tail, blocks between asks),
 * however long and wherever it sits. Found by cutting each end of the turn into content-defined chunks (a gear hash picks the cut points from the text
 * itself, so a variation inside the frame moves no cut point beyond it) and looking up each chunk's
 * hash among those of the key's last two long turns; only hashes are kept (two small bit sets per
 * end), never text. The caller keeps one FrameMemory per key where the key's requests pass one
 * after another (the Worker's isolate, the replay engine, a batch's lines). Pure: no clock, no I/O.
 *
 * Why: signals.ts reads the ask of a key that sends one fixed head before every ask in the window
 * after that head (rsx, tpx, phx; state.ts framedAsk). Read at a fixed 600 chars, a head of 1,300
 * chars hid the whole window inside itself, and a fixed 1,300-char tail hid the step-by-step cue at
 * the ask's end from the turn's last 600 (red team R45-2: 5,400 chain-of-thought asks over 3 days
 * never flagged, 12.1 M completion tokens served in full). Fixed-offset blocks found that frame,
 * and lost it to a job id, a run of spaces or one look-alike letter placed in it on each request
 * (R46-1: 5,400 of 5,400 served in full again); content-defined chunks keep such a variation to
 * the chunk or two around it, and the frame is what the turns share wherever it is, not a prefix.
 * Variations dense enough to touch every chunk while the model reads the same words (doubled
 * spaces, look-alike letters: R47-1) are read away first (canon).
 */
import { fmix32 } from "./sketch.ts";

/** Chars read from each end of a turn at most: frames up to this long at each end are found. */
export const FRAME_MAX = 4096;
/** Chars read from each end of a key's turn at least. A key's next turn reads twice what its turns
 *  were seen to share plus FRAME_MIN (at most FRAME_MAX; a turn without the frame lowers that by a
 *  quarter), so a key without a frame reads 512 chars of a long turn (~2 µs here) and one with a
 *  frame finds all of it within a few turns. */
export const FRAME_MIN = 256;
/** Chunk sizes: a cut where the gear hash's low CHUNK_MASK bits are 0 (~1 in 32 positions), at least
 *  CHUNK_MIN chars after the last cut, at most CHUNK_MAX. */
const CHUNK_MIN = 8;
const CHUNK_MAX = 64;
const CHUNK_MASK = 31;
/** Bits of a turn's chunk set (two probes per chunk; ~130 chunks at FRAME_MAX: ~1.4 % false hits
 *  in one set, ~3 % in either of the two looked up). */
const SET_WORDS = 64;

/** One end of the key's turns: the chunk sets of its last two long turns, and how much the next reads. */
interface EndMemory {
  last: Uint32Array;
  before: Uint32Array;
  want: number;
}

/** The key's frame memory (each end made at the first long turn). */
export interface FrameMemory {
  head?: EndMemory;
  tail?: EndMemory;
}

export function newFrameMemory(): FrameMemory {
  return {};
}

/** 256 pseudo-random words for the gear hash (the same in every isolate). */
const GEAR = (() => {
  const g = new Int32Array(256);
  for (let i = 0; i < 256; i++) g[i] = fmix32(0x9e3779b9 + i * 0x85ebca6b) | 0;
  return g;
})();

function has(set: Uint32Array, h: number): boolean {
  const a = h & (SET_WORDS * 32 - 1);
  const b = (h >>> 16) & (SET_WORDS * 32 - 1);
  return (set[a >>> 5]! & (1 << (a & 31))) !== 0 && (set[b >>> 5]! & (1 << (b & 31))) !== 0;
}

function add(set: Uint32Array, h: number): void {
  const a = h & (SET_WORDS * 32 - 1);
  const b = (h >>> 16) & (SET_WORDS * 32 - 1);
  set[a >>> 5]! |= 1 << (a & 31);
  set[b >>> 5]! |= 1 << (b & 31);
}

/** Code points read through the table (CANON); above it, canon() reads a few ranges itself. */
const CANON_END = 0x2000;

/**
 * Chars as the frame is read, for code points below CANON_END: ASCII letters lower-cased; a letter
 * with marks as its base letter (the first char of its compatibility decomposition: é, ï, ǎ as
 * e, i, a; a ligature such as Ĳ as its first letter); combining marks as nothing; the letters of other scripts that look like Latin ones
 * (Greek, Cyrillic, Armenian, IPA, small capitals, dotless i) as those; every space, tab and line
 * break as a space (a run of them is read as one); markdown's emphasis marks as nothing; 0 for a
 * char read as nothing. A harvester that dresses its frame differently on every request while the
 * model reads the same words (red team R47-1: doubled spaces, Cyrillic look-alikes; R48-1:
 * combining marks, look-alikes from other scripts; R48-2: words wrapped in emphasis marks) changes
 * nothing the frame is read from. Built on first use (~8 K decompositions).
 */
let CANON: Uint16Array | undefined;

function canonTable(): Uint16Array {
  const t = new Uint16Array(CANON_END);
  for (let c = 0; c < CANON_END; c++) {
    t[c] = c;
    if (c >= 0x80 && (c < 0xd800 || c > 0xdfff)) {
      // a letter with marks (or a compatibility form) whose decomposition starts with an ASCII
      // letter or digit: read as that
      const d = String.fromCharCode(c).normalize("NFKD");
      const b = d.charCodeAt(0);
      if (d.length >= 1 && b < 0x80 && /[A-Za-z0-9]/.test(d[0]!)) t[c] = b;
    }
  }
  for (let c = 65; c <= 90; c++) t[c] = c + 32;
  for (let c = 0xc0; c < CANON_END; c++) if (t[c]! >= 65 && t[c]! <= 90) t[c] = t[c]! + 32;
  for (const c of [9, 10, 11, 12, 13, 0x85, 0xa0, 0x1680]) t[c] = 32;
  // soft hyphen; markdown emphasis
  for (const c of [0xad, 0x2a, 0x5f, 0x60, 0x7e]) t[c] = 0;
  // combining marks (diacritics, Cyrillic, Hebrew points, extended and supplement blocks)
  const marks = [[0x300, 0x36f], [0x483, 0x489], [0x591, 0x5bd], [0x1ab0, 0x1aff], [0x1dc0, 0x1dff]];
  for (const [a, b] of marks) for (let c = a!; c <= b!; c++) t[c] = 0;
  const like = {
    a: "\u0430\u0410\u03b1\u0391\u0251\u1d00",
    b: "\u0412\u0392\u0299",
    c: "\u0441\u0421\u1d04",
    d: "\u0501\u1d05",
    e: "\u0435\u0415\u0395\u1d07",
    g: "\u0261\u0262\u0581",
    h: "\u04bb\u041d\u0397\u029c\u0570",
    i: "\u0456\u0406\u03b9\u0399\u0131\u0269\u026a",
    j: "\u0458\u0408\u0237\u1d0a",
    k: "\u041a\u03ba\u039a\u1d0b",
    l: "\u04cf\u029f\u01c0",
    m: "\u041c\u039c\u1d0d",
    n: "\u039d\u0274\u0578",
    o: "\u043e\u041e\u03bf\u039f\u0585\u0555\u1d0f",
    p: "\u0440\u0420\u03c1\u03a1\u1d18\u0584",
    q: "\u0566",
    r: "\u0280",
    s: "\u0455\u0405",
    t: "\u0422\u03a4\u1d1b",
    u: "\u03c5\u057d\u054d\u1d1c",
    v: "\u03bd\u1d20",
    w: "\u1d21",
    x: "\u0445\u0425\u03a7",
    y: "\u0443\u0423\u03a5\u028f",
    z: "\u0396\u1d22",
  };
  for (const [l, all] of Object.entries(like)) for (const ch of all) t[ch.charCodeAt(0)] = l.charCodeAt(0);
  return t;
}

/** A code point as the frame reads it (CANON, and above it: the Unicode spaces as a space, the
 *  zero-width ones, combining marks for symbols and the byte order mark as nothing, full-width
 *  ASCII as ASCII). */
function canon(c: number): number {
  const t = (CANON ??= canonTable());
  if (c < CANON_END) return t[c]!;
  if ((c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x2028 || c === 0x2029) return 32;
  if ((c >= 0x200b && c <= 0x200f) || (c >= 0x2060 && c <= 0x2064) || c === 0xfeff || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f)) return 0;
  if (c >= 0xff01 && c <= 0xff5e) return t[c - 0xfee0]!;
  return c;
}

/** Whether an HTML tag starts at (or, reading backwards, ends at) `i`: "<" then a letter or "/",
 *  closed by ">" within TAG_MAX chars. Returns the index past it in the reading direction, or -1. */
function tagAt(text: string, i: number, back: boolean): number {
  if (!back) {
    const e = text.indexOf(">", i + 1);
    if (e < 0 || e - i > TAG_MAX || !/[A-Za-z/]/.test(text[i + 1] ?? "")) return -1;
    return e;
  }
  const b = text.lastIndexOf("<", i - 1);
  if (b < 0 || i - b > TAG_MAX || !/[A-Za-z/]/.test(text[b + 1] ?? "")) return -1;
  return b;
}
/** A tag is read as nothing (R48-2: words wrapped in <b>, <i>, <span> tags on every request). */
const TAG_MAX = 64;

/**
 * `s` as the frame reads it (canon: case, look-alikes, marks, runs of spaces, emphasis marks, tags),
 * at most `max` chars of it, from its start or (`fromEnd`) its end. For the key's prompt-prefix and
 * prompt-suffix wrappers (signals `wp`, `wx`): a wrapper dressed differently on each request is
 * the same wrapper (red team R48-1, R48-2: combining marks or emphasis marks on its words kept a
 * harvest's wrapper from being counted, and the harvest at degrade).
 */
export function canonText(s: string, max: number, fromEnd = false): string {
  const out: number[] = [];
  let space = false;
  const n = s.length;
  for (let p = 0; p < n && out.length < max; p++) {
    const i = fromEnd ? n - 1 - p : p;
    const r = s.charCodeAt(i);
    if ((r === 60 && !fromEnd) || (r === 62 && fromEnd)) {
      const j = tagAt(s, i, fromEnd);
      if (j >= 0) {
        p = fromEnd ? n - 1 - j : j;
        continue;
      }
    }
    const c = canon(r);
    if (c === 0 || (c === 32 && space)) continue;
    space = c === 32;
    out.push(c);
  }
  if (fromEnd) out.reverse();
  return String.fromCharCode(...out);
}

/** This turn's chunk set, built in a scratch (swapped into the memory afterwards). */
let scratch: Uint32Array = new Uint32Array(SET_WORDS);

/**
 * Read one end of `text` (its start, or with `fromEnd` its end) in chunks: the chunks seen in the
 * key's last two long turns are pushed to `seen` as [from, to) pairs of text offsets, merged when
 * they touch. Builds this turn's chunk set in the scratch; returns how far from that end the last
 * seen chunk reaches (`commit` then records the set and sizes the next read).
 */
function readEnd(m: EndMemory, text: string, fromEnd: boolean, seen: number[]): number {
  const n = Math.min(text.length, m.want);
  const cur = scratch;
  cur.fill(0);
  let g = 0; // gear hash: the last 32 chars read
  let start = 0; // the chunk's first char (counted from the end read)
  let len = 0; // chars of the chunk as read (canon)
  let space = false; // the last char read was a space
  let reach = 0;
  const len0 = text.length;
  for (let p = 0; p < n; p++) {
    const i = fromEnd ? len0 - 1 - p : p;
    const r = text.charCodeAt(i);
    if ((r === 60 && !fromEnd) || (r === 62 && fromEnd)) {
      const j = tagAt(text, i, fromEnd);
      // skip the tag (the loop's step then reads the char past it); a tag cut by what is read ends the read
      if (j >= 0) {
        const past = fromEnd ? len0 - 1 - j : j;
        if (past < n - 1) {
          p = past;
          continue;
        }
      }
    }
    const c = canon(r);
    const ends = p === n - 1 && n === len0;
    if (c !== 0 && !(c === 32 && space)) {
      space = c === 32;
      g = ((g << 1) + GEAR[c & 255]!) | 0;
      len++;
    } else if (!ends) continue;
    const cut = (len >= CHUNK_MIN && (g & CHUNK_MASK) === 0) || len >= CHUNK_MAX;
    // the end of what is read cuts a chunk only where the text ends
    if (!cut && !ends) continue;
    if (len === 0) break;
    // a chunk is known by its length and the gear hash at its cut (its last 32 chars): a change
    // further back in a 64-char chunk is a variation that chunk tolerates
    const k = fmix32(g ^ (len << 24)) | 0;
    if (has(m.last, k) || has(m.before, k)) {
      reach = p + 1;
      const from = fromEnd ? len0 - 1 - p : start;
      const to = fromEnd ? len0 - start : p + 1;
      const z = seen.length;
      // chunks come in order from the end read: merge with the interval before when they touch
      if (z > 0 && (fromEnd ? seen[z - 2] === to : seen[z - 1] === from)) {
        if (fromEnd) seen[z - 2] = from;
        else seen[z - 1] = to;
      } else seen.push(from, to);
    }
    add(cur, k);
    start = p + 1;
    len = 0;
  }
  return reach;
}

/** Record the turn just read (readEnd's scratch) as the end's last turn; size the next read. */
function commit(m: EndMemory, reach: number): void {
  const cur = scratch;
  scratch = m.before;
  m.before = m.last;
  m.last = cur;
  // read twice what was shared next time (a turn without it: a quarter less than this one read)
  m.want = Math.min(FRAME_MAX, Math.max(FRAME_MIN, 2 * reach + FRAME_MIN, (m.want * 3) >> 2));
}

function endMemory(): EndMemory {
  return { last: new Uint32Array(SET_WORDS), before: new Uint32Array(SET_WORDS), want: FRAME_MIN };
}

/** A turn read against the key's frame: the spans of its text the key's last two long turns
 *  shared ([from, to) pairs, in order, merged), and their length in all; `beyond`: the frame runs
 *  on past both reads (FRAME_MAX chars at each end seen to their last chunk), so the unread middle
 *  holds the asks without their edges. */
export interface Frame {
  seen: number[];
  chars: number;
  beyond?: true;
}

/**
 * The parts of `text` that the key's last two long turns shared with it (to a chunk; only its
 * first and last `want` chars are read, at most FRAME_MAX each), then remember `text`'s chunks.
 * What lies between them, and everything not read, is new: the asks.
 */
export function frameOf(mem: FrameMemory, text: string): Frame {
  const hm = (mem.head ??= endMemory());
  const tm = (mem.tail ??= endMemory());
  // both ends read FRAME_MAX chars of a longer turn and saw the frame to their last chunk
  const wide = hm.want === FRAME_MAX && tm.want === FRAME_MAX && text.length > 2 * FRAME_MAX;
  const head: number[] = [];
  const hr = readEnd(hm, text, false, head);
  commit(hm, hr);
  const tail: number[] = [];
  const tr = readEnd(tm, text, true, tail);
  commit(tm, tr);
  const beyond = wide && hr > FRAME_MAX - CHUNK_MAX && tr > FRAME_MAX - CHUNK_MAX;
  // the tail's spans, read from the end, come last first; where both ends read the same chars
  // (a turn shorter than both reads), spans overlap and are merged
  const seen: number[] = [];
  let chars = 0;
  const push = (from: number, to: number): void => {
    const z = seen.length;
    if (z > 0 && from <= seen[z - 1]!) {
      if (to > seen[z - 1]!) {
        chars += to - seen[z - 1]!;
        seen[z - 1] = to;
      }
      return;
    }
    seen.push(from, to);
    chars += to - from;
  };
  let i = 0;
  let j = tail.length - 2;
  while (i < head.length || j >= 0) {
    if (j < 0 || (i < head.length && head[i]! <= tail[j]!)) {
      push(head[i]!, head[i + 1]!);
      i += 2;
    } else {
      push(tail[j]!, tail[j + 1]!);
      j -= 2;
    }
  }
  return beyond ? { seen, chars, beyond } : { seen, chars };
}
