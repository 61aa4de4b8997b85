/**
 * A key's fixed frame: the head and the tail its input turns share, however long. Found by
 * comparing hashes of this turn's blocks (FRAME_BLOCK chars, up to FRAME_BLOCKS from each end)
 * with those of the key's last two long turns; only the hashes are kept, never text. The caller
 * keeps one FrameMemory per key where the key's requests pass one after another (the Worker's
 * isolate, the replay engine, a batch's lines). Pure: no clock, no I/O.
 *
 * Why: signals.ts reads the ask of a key that sends one fixed head before every ask in the window
 * after that head (rsx, tpx, phx; state.ts framedAsk). Read at a fixed 600 chars, a head of 1,300
 * chars hid the whole window inside itself, and a fixed 1,300-char tail hid the step-by-step cue at
 * the ask's end from the turn's last 600 (red team R45-2: 5,400 chain-of-thought asks over 3 days
 * never flagged, 12.1 M completion tokens served in full).
 */
import { fmix32 } from "./sketch.ts";

/** Chars per block: a frame is known to the block (the window read after it may start up to this
 *  many chars inside the head). */
export const FRAME_BLOCK = 64;
/** Blocks hashed from each end at most: frames up to 4,096 chars at each end are found. */
export const FRAME_BLOCKS = 64;
/** Blocks hashed from each end of a key's turn at least. A key's next turn hashes twice what its
 *  turns were seen to share, plus 2 (at most FRAME_BLOCKS; a turn without the frame lowers that
 *  by a quarter), so a key without a frame costs ~1 us a long turn and a key with one finds all
 *  of it within a few turns (1,300 chars: by its 6th). */
const MIN_BLOCKS = 4;

/** One turn's block hashes: `nh` from the start, `nt` from the end (the last block first). */
interface Blocks {
  head: Int32Array;
  tail: Int32Array;
  nh: number;
  nt: number;
}

/** The key's last two long input turns, as block hashes (absent until the first), and how many
 *  blocks its next turn hashes at each end. */
export interface FrameMemory {
  last?: Blocks;
  before?: Blocks;
  wantHead: number;
  wantTail: number;
}

export function newFrameMemory(): FrameMemory {
  return { wantHead: MIN_BLOCKS, wantTail: MIN_BLOCKS };
}

/** FNV-1a over s[from, from + FRAME_BLOCK), two chars a step, mixed (no seed by position: a tail
 *  block sits at a different offset in turns of different lengths). */
function blockHash(s: string, from: number): number {
  let h = 0x811c9dc5;
  for (let i = from, end = from + FRAME_BLOCK; i < end; i += 2) h = Math.imul(h ^ (s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16)), 0x01000193);
  return fmix32(h) | 0;
}

function newBlocks(): Blocks {
  return { head: new Int32Array(FRAME_BLOCKS), tail: new Int32Array(FRAME_BLOCKS), nh: 0, nt: 0 };
}

/** This turn's blocks, hashed into one scratch (copied into the memory once compared). */
const scratch = newBlocks();

function blocksOf(s: string, wantHead: number, wantTail: number): Blocks {
  const n = Math.floor(s.length / FRAME_BLOCK);
  scratch.nh = Math.min(wantHead, n);
  scratch.nt = Math.min(wantTail, n);
  for (let i = 0; i < scratch.nh; i++) scratch.head[i] = blockHash(s, i * FRAME_BLOCK);
  for (let i = 0; i < scratch.nt; i++) scratch.tail[i] = blockHash(s, s.length - (i + 1) * FRAME_BLOCK);
  return scratch;
}

/** Blocks a and b share from index 0. */
function shared(a: Int32Array, b: Int32Array, n: number): number {
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  return i;
}

/**
 * Chars of `text`'s head and tail that one of the key's last two long turns shared with it (block
 * aligned; 0: none), then remember `text` as the last turn. An earlier turn this one shares so
 * much with that less than `minAsk` chars differ (a retry, an identical prompt) frames nothing.
 */
export function frameOf(mem: FrameMemory, text: string, minAsk: number): { head: number; tail: number } {
  const cur = blocksOf(text, mem.wantHead, mem.wantTail);
  let h = 0;
  let t = 0;
  for (let k = 0; k < 2; k++) {
    const p = k === 0 ? mem.last : mem.before;
    if (p === undefined) continue;
    const ph = shared(p.head, cur.head, Math.min(p.nh, cur.nh));
    const pt = shared(p.tail, cur.tail, Math.min(p.nt, cur.nt));
    // one earlier turn frames this one: its head and tail together (not the head of one and the
    // tail of another); a turn this one repeats (a retry) frames nothing
    if (ph + pt > h + t && text.length - (ph + pt) * FRAME_BLOCK >= minAsk) {
      h = ph;
      t = pt;
    }
  }
  // the oldest turn's arrays take this one's hashes
  const keep = mem.before ?? newBlocks();
  for (let i = 0; i < cur.nh; i++) keep.head[i] = cur.head[i]!;
  for (let i = 0; i < cur.nt; i++) keep.tail[i] = cur.tail[i]!;
  keep.nh = cur.nh;
  keep.nt = cur.nt;
  mem.before = mem.last;
  mem.last = keep;
  // (a turn without the frame, cover traffic between framed asks, shrinks what the next hashes
  // by a quarter only)
  mem.wantHead = Math.min(FRAME_BLOCKS, Math.max(MIN_BLOCKS, 2 * h + 2, (mem.wantHead * 3) >> 2));
  mem.wantTail = Math.min(FRAME_BLOCKS, Math.max(MIN_BLOCKS, 2 * t + 2, (mem.wantTail * 3) >> 2));
  return { head: h * FRAME_BLOCK, tail: t * FRAME_BLOCK };
}
