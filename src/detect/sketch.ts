/**
 * Small, deterministic sketches used by detection. All state is plain JSON (numbers and strings)
 * so it survives Durable Object storage and RPC unchanged.
 */

/** FNV-1a 32-bit over UTF-16 code units, finished with a murmur3 fmix for avalanche. */
export function hash32(s: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/**
 * The FNV-1a core of hash32, resumable: feeds s[from, to) into the running state h and returns
 * the new state. hash32(a + b + c, seed) === fmix32(fnvRange(fnvRange(fnvRange(fnvStart(seed),
 * a, 0, a.length), b, ...), c, ...)), so callers can hash slices and concatenations of a prompt
 * without building those strings.
 */
export function fnvRange(h: number, s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** Initial FNV-1a state of hash32 for a seed. */
export function fnvStart(seed = 0): number {
  return (0x811c9dc5 ^ seed) >>> 0;
}

/** A Bloom filter of 4 x (its hex length) bits, two probes per member, as lowercase hex (cheap bit
 *  updates in memory; codec.ts packs it for storage). The size is a power of two. The probes: two
 *  16-bit halves of one mixed hash, masked to the size. */
export function bloomHas(f: string, h: number): boolean {
  const a = fmix32(h ^ 0x5bd1e995);
  const m = f.length * 4 - 1;
  const b1 = a & m;
  const b2 = (a >>> 16) & m;
  return (parseInt(f[b1 >> 2]!, 16) & (1 << (b1 & 3))) !== 0 && (parseInt(f[b2 >> 2]!, 16) & (1 << (b2 & 3))) !== 0;
}
/** The filter with h added: the same string when both of its bits were set already, else one new
 *  string (not one per probe: each rebuilt copy is flattened on its next read, a whole filter's
 *  length of garbage). */
export function bloomAdd(f: string, h: number): string {
  const a = fmix32(h ^ 0x5bd1e995);
  const m = f.length * 4 - 1;
  let b1 = a & m;
  let b2 = (a >>> 16) & m;
  if (b1 > b2) [b1, b2] = [b2, b1];
  const i = b1 >> 2;
  const j = b2 >> 2;
  const vi = parseInt(f[i]!, 16) | (1 << (b1 & 3)) | (i === j ? 1 << (b2 & 3) : 0);
  const si = vi.toString(16);
  if (i === j) return si === f[i] ? f : f.slice(0, i) + si + f.slice(i + 1);
  const sj = (parseInt(f[j]!, 16) | (1 << (b2 & 3))).toString(16);
  if (si === f[i] && sj === f[j]) return f;
  return f.slice(0, i) + si + f.slice(i + 1, j) + sj + f.slice(j + 1);
}

/** A pair of Bloom filters that remembers the last `per` to `2 x per` members added: h goes into
 *  `recent`, which first becomes `older` (and starts empty) once it holds `per` members. */
export type BloomPair = { recent: string; older: string; count: number };
export function bloomPairAdd(p: BloomPair, per: number, h: number): void {
  if (p.count >= per) {
    p.older = p.recent;
    p.recent = "0".repeat(p.recent.length);
    p.count = 0;
  }
  p.recent = bloomAdd(p.recent, h);
  p.count++;
}

/** murmur3 finaliser: spreads the bits of a 32-bit integer. */
export function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function popcount32(x: number): number {
  let v = x >>> 0;
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

const HEX = "0123456789abcdef";
function hex32(x: number): string {
  let s = "";
  for (let i = 28; i >= 0; i -= 4) s += HEX[(x >>> i) & 15];
  return s;
}

/**
 * 64-bit SimHash of weighted features, as 16 hex chars. Near-identical feature sets give hashes
 * with a small Hamming distance (edits touch few shingles), unrelated ones ~32 bits apart.
 * Returns "" for an empty feature list.
 */
export function simhash64(features: readonly string[]): string {
  if (features.length === 0) return "";
  const acc = new Int32Array(64);
  for (const f of features) {
    const a = hash32(f, 0x5bd1e995);
    const b = fmix32(a ^ 0x9e3779b9);
    for (let i = 0; i < 32; i++) {
      acc[i]! += (a >>> i) & 1 ? 1 : -1;
      acc[i + 32]! += (b >>> i) & 1 ? 1 : -1;
    }
  }
  let hi = 0;
  let lo = 0;
  for (let i = 0; i < 32; i++) {
    if (acc[i]! > 0) lo |= 1 << i;
    if (acc[i + 32]! > 0) hi |= 1 << i;
  }
  return hex32(hi >>> 0) + hex32(lo >>> 0);
}

/** Hamming distance between two simhash64 hex strings (64 when either is empty). */
export function hamming64(a: string, b: string): number {
  if (a.length !== 16 || b.length !== 16) return 64;
  if (a === b) return 0; // the usual case (a wrapper seen again): skip the parsing
  return (
    popcount32(parseInt(a.slice(0, 8), 16) ^ parseInt(b.slice(0, 8), 16)) +
    popcount32(parseInt(a.slice(8), 16) ^ parseInt(b.slice(8), 16))
  );
}

/** Character shingles of width w (after the caller normalised the text). */
export function charShingles(s: string, w: number, out: string[] = []): string[] {
  if (s.length <= w) {
    if (s.length > 0) out.push(s);
    return out;
  }
  for (let i = 0; i + w <= s.length; i++) out.push(s.slice(i, i + w));
  return out;
}

// ---------------------------------------------------------------------------------------------
// HyperLogLog with 2^p registers, serialised as a string of p-bit-free chars (one char per
// register, value + 48). p = 8 gives 256 chars and ~6.5 % standard error; p = 6 gives 64 chars.

export function hllNew(p: number): string {
  return "0".repeat(1 << p);
}

/** Add a 32-bit hash; returns the new register string (unchanged string when nothing moved). */
export function hllAdd(regs: string, h32: number): string {
  const p = Math.log2(regs.length) | 0;
  const h = fmix32(h32 ^ 0x2545f491);
  const idx = h >>> (32 - p);
  const rest = (h << p) >>> 0;
  // rank = position of the first 1-bit in the remaining 32-p bits (1-based), capped.
  const rank = rest === 0 ? 32 - p + 1 : Math.clz32(rest) + 1;
  const cur = regs.charCodeAt(idx) - 48;
  if (rank <= cur) return regs;
  return regs.slice(0, idx) + String.fromCharCode(48 + rank) + regs.slice(idx + 1);
}

/** Union of two register strings of one size (register-wise max). */
export function hllUnion(a: string, b: string): string {
  let out = "";
  for (let i = 0; i < a.length; i++) out += a.charCodeAt(i) >= b.charCodeAt(i) ? a[i] : b[i];
  return out;
}

const POW2NEG = Array.from({ length: 66 }, (_, r) => 2 ** -r);

/** Cardinality estimate with the small-range (linear counting) correction. */
export function hllCount(regs: string): number {
  const m = regs.length;
  let sum = 0;
  let zeros = 0;
  for (let i = 0; i < m; i++) {
    const r = regs.charCodeAt(i) - 48;
    sum += POW2NEG[r] ?? 2 ** -r;
    if (r === 0) zeros++;
  }
  const alpha = m >= 128 ? 0.7213 / (1 + 1.079 / m) : m === 64 ? 0.709 : m === 32 ? 0.697 : 0.673;
  const e = (alpha * m * m) / sum;
  if (e <= 2.5 * m && zeros > 0) return m * Math.log(m / zeros);
  return e;
}

// ---------------------------------------------------------------------------------------------
// Exponential decay helpers: a decayed counter c with half-life H, updated at t, is worth
// c * 2^(-(now - t) / H) at now.

export function decayFactor(dtMs: number, halfLifeMs: number): number {
  if (dtMs <= 0 || halfLifeMs <= 0) return 1;
  return 2 ** (-dtMs / halfLifeMs);
}

/** Shannon entropy (nats) of a non-negative histogram; 0 for an empty one. */
export function entropy(hist: readonly number[]): number {
  let tot = 0;
  for (const v of hist) tot += v;
  if (tot <= 0) return 0;
  let h = 0;
  for (const v of hist) if (v > 0) h -= (v / tot) * Math.log(v / tot);
  return h;
}

/** x clamped to [0, 1]: the shape of every share, ramp and weight the detector reads. */
export const clamp01 = (x: number): number => (x <= 0 ? 0 : x >= 1 ? 1 : x);

/** Round to 3 significant decimals to keep serialised state short. */
export function r3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
