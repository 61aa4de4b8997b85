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

/**
 * Chars as the frame is read, for code points below 0x500 (Latin, Greek, Cyrillic): ASCII letters
 * lower-cased, the Greek and Cyrillic letters that look like Latin ones read as those, every space,
 * tab and line break as a space (a run of them is read as one); 0 for a char read as nothing. A
 * harvester that dresses its frame in look-alikes or doubled spaces on every request (red team
 * R47-1: 20 % of its a e o p c x y i in Cyrillic, or each space doubled at random) changes nothing
 * the model reads, and nothing the frame is read from.
 */
const CANON = (() => {
  const t = new Uint16Array(0x500);
  for (let c = 0; c < 0x500; c++) t[c] = c;
  for (let c = 65; c <= 90; c++) t[c] = c + 32;
  for (const c of [9, 10, 11, 12, 13, 0xa0]) t[c] = 32;
  t[0xad] = 0; // soft hyphen
  const like: Record<string, string> = {
    // Cyrillic
    "\u0430": "a", "\u0435": "e", "\u043e": "o", "\u0440": "p", "\u0441": "c", "\u0443": "y", "\u0445": "x", "\u0456": "i", "\u0458": "j", "\u0455": "s", "\u04bb": "h", "\u04cf": "l",
    "\u0410": "a", "\u0412": "b", "\u0415": "e", "\u041a": "k", "\u041c": "m", "\u041d": "h", "\u041e": "o", "\u0420": "p", "\u0421": "c", "\u0422": "t", "\u0423": "y", "\u0425": "x", "\u0406": "i", "\u0408": "j", "\u0405": "s",
    // Greek
    "\u03b1": "a", "\u03bf": "o", "\u03c1": "p", "\u03bd": "v", "\u03b9": "i", "\u03ba": "k", "\u03c5": "u",
    "\u0391": "a", "\u0392": "b", "\u0395": "e", "\u0396": "z", "\u0397": "h", "\u0399": "i", "\u039a": "k", "\u039c": "m", "\u039d": "n", "\u039f": "o", "\u03a1": "p", "\u03a4": "t", "\u03a5": "y", "\u03a7": "x",
  };
  for (const [k, v] of Object.entries(like)) t[k.charCodeAt(0)] = v.charCodeAt(0);
  return t;
})();

/** A code point as the frame reads it (CANON, and above it: the Unicode spaces as a space, the
 *  zero-width ones and the byte order mark as nothing, full-width ASCII as ASCII). */
function canon(c: number): number {
  if (c < 0x500) return CANON[c]!;
  if ((c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x2028 || c === 0x2029) return 32;
  if ((c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff) return 0;
  if (c >= 0xff01 && c <= 0xff5e) return CANON[c - 0xfee0]!;
  return c;
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
    const r = text.charCodeAt(fromEnd ? len0 - 1 - p : p);
    const c = r < 0x500 ? CANON[r]! : canon(r);
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
