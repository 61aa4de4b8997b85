/**
 * The stored form of the detection state's sketches and numbers (state.ts encodeDetect /
 * decodeDetect): lossless for the sketches, 7 significant digits for the decayed counters.
 *
 * - Bit sets (the recent-input Bloom filters, 2,048 bits kept as hex in memory): Rice-coded gaps
 *   between set bits, "~" + base64; a filter a quarter full or less takes about half the bytes of
 *   its dense base64, and the dense form is kept whenever it is shorter (it is the form stored
 *   before this codec, so both are read).
 * - HyperLogLog registers (one char per register, value + 48, sketch.ts): Rice-coded values, "~" +
 *   base64, when shorter than the registers themselves (the form stored before, still read).
 * - Numbers: a decayed counter is stored to 7 significant digits (a relative error of at most
 *   5e-7, what a day's half-life decays in 0.06 s); integers are stored as they are.
 * - Counters per bucket (topics, hours, scripts), mostly zero for most keys: the non-zero ones as
 *   {index: value} when that is shorter (the dense array, the form stored before, is still read).
 *
 * Pure: no clock, no I/O. A stored value this cannot read decodes to undefined and the caller
 * starts that field fresh.
 */

/** Marks a Rice-coded value (not in the base64 or hex alphabets). */
const RICE = "~";

class BitWriter {
  private bytes: number[] = [];
  private cur = 0;
  private n = 0;
  bits(v: number, count: number): void {
    for (let i = count - 1; i >= 0; i--) this.bit((v >>> i) & 1);
  }
  bit(b: number): void {
    this.cur = (this.cur << 1) | b;
    if (++this.n === 8) {
      this.bytes.push(this.cur);
      this.cur = 0;
      this.n = 0;
    }
  }
  rice(v: number, k: number): void {
    for (let q = v >>> k; q > 0; q--) this.bit(1);
    this.bit(0);
    this.bits(v & ((1 << k) - 1), k);
  }
  base64(): string {
    const out = this.n > 0 ? [...this.bytes, this.cur << (8 - this.n)] : this.bytes;
    let bin = "";
    for (const b of out) bin += String.fromCharCode(b);
    return btoa(bin);
  }
}

class BitReader {
  private pos = 0;
  private readonly bin: string;
  private readonly len: number;
  constructor(bin: string) {
    this.bin = bin;
    this.len = bin.length * 8;
  }
  /** The next bit; throws past the end (the caller reads that as an unreadable value). */
  bit(): number {
    if (this.pos >= this.len) throw new RangeError("past the end");
    const b = (this.bin.charCodeAt(this.pos >>> 3) >>> (7 - (this.pos & 7))) & 1;
    this.pos++;
    return b;
  }
  bits(count: number): number {
    let v = 0;
    for (let i = 0; i < count; i++) v = v * 2 + this.bit();
    return v;
  }
  /** A Rice code (its unary run ends within the stream, or bit() throws). */
  rice(k: number): number {
    let q = 0;
    while (this.bit() === 1) q++;
    return q * 2 ** k + this.bits(k);
  }
}

/** Bits a Rice code with parameter k takes for each value, summed. */
function riceCost(values: readonly number[], k: number): number {
  let c = 0;
  for (const v of values) c += (v >>> k) + 1 + k;
  return c;
}

/**
 * The Rice parameter in 0..maxK with the fewest bits for `values` (the smallest on a tie). The cost
 * is convex in k (each value's quotient drops by a non-increasing amount as k grows, while every
 * k adds one bit per value), so the search stops at the first k the next one does not beat: the
 * same k as trying them all, at a fraction of the passes.
 */
function bestK(values: readonly number[], maxK: number): number {
  let best = 0;
  let bestCost = riceCost(values, 0);
  for (let k = 1; k <= maxK; k++) {
    const c = riceCost(values, k);
    if (c >= bestCost) break;
    bestCost = c;
    best = k;
  }
  return best;
}

/** Value of a lowercase or uppercase hex digit's char code (what parseInt(c, 16) reads). */
const HEX_VALUE = new Uint8Array(128);
for (let d = 0; d < 16; d++) {
  HEX_VALUE[d.toString(16).charCodeAt(0)] = d;
  HEX_VALUE[d.toString(16).toUpperCase().charCodeAt(0)] = d;
}
/** The two lowercase hex digits of each byte, and the digit of each nibble. */
const BYTE_HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, "0"));
const NIBBLE_HEX = "0123456789abcdef";

function decodeBase64(b64: string): string | undefined {
  try {
    return atob(b64);
  } catch {
    return undefined;
  }
}

/** A bit set kept as hex (4 bits per char, most significant first; digits only): its stored form. */
export function packBitset(hex: string): string {
  const gaps: number[] = [];
  let last = -1;
  for (let i = 0; i < hex.length; i++) {
    const c = hex.charCodeAt(i);
    const d = c < 128 ? HEX_VALUE[c]! : 0;
    if (d === 0) continue;
    for (let b = 0; b < 4; b++) {
      if (((d >>> (3 - b)) & 1) === 0) continue;
      const p = i * 4 + b;
      gaps.push(p - last - 1);
      last = p;
    }
  }
  const k = bestK(gaps, 15);
  const w = new BitWriter();
  w.bits(k, 4);
  w.bits(gaps.length, 16);
  for (const g of gaps) w.rice(g, k);
  const rice = RICE + w.base64();
  // the dense form: every 8 bits as one byte
  const denseChars = Math.ceil(hex.length / 2 / 3) * 4;
  if (rice.length < denseChars) return rice;
  let bin = "";
  for (let i = 0; i + 1 < hex.length; i += 2) bin += String.fromCharCode((HEX_VALUE[hex.charCodeAt(i)]! << 4) | HEX_VALUE[hex.charCodeAt(i + 1)]!);
  return btoa(bin);
}

/** The hex bit set of `hexLen` chars a stored form holds, or undefined when it holds none. */
export function unpackBitset(stored: unknown, hexLen: number): string | undefined {
  if (typeof stored !== "string") return undefined;
  if (!stored.startsWith(RICE)) {
    const bin = decodeBase64(stored);
    if (bin === undefined || bin.length * 2 !== hexLen) return undefined;
    let hex = "";
    for (let i = 0; i < bin.length; i++) hex += BYTE_HEX[bin.charCodeAt(i)]!;
    return hex;
  }
  const bin = decodeBase64(stored.slice(1));
  if (bin === undefined) return undefined;
  const nBits = hexLen * 4;
  const nibbles = new Array<number>(hexLen).fill(0);
  try {
    const r = new BitReader(bin);
    const k = r.bits(4);
    const count = r.bits(16);
    let p = -1;
    for (let i = 0; i < count; i++) {
      // every code moves p on by one or more: a count beyond the filter's bits ends here
      p += r.rice(k) + 1;
      if (p >= nBits) return undefined;
      nibbles[p >>> 2]! |= 8 >>> (p & 3);
    }
  } catch {
    return undefined;
  }
  let hex = "";
  for (const d of nibbles) hex += NIBBLE_HEX[d]!;
  return hex;
}

/** HyperLogLog registers (sketch.ts: one char per register, value + 48): their stored form. */
export function packRegisters(regs: string): string {
  if (regs === "") return regs;
  const values: number[] = [];
  for (let i = 0; i < regs.length; i++) values.push(regs.charCodeAt(i) - 48);
  if (values.some((v) => v < 0 || v > 63)) return regs;
  const k = bestK(values, 5);
  const w = new BitWriter();
  w.bits(k, 3);
  for (const v of values) w.rice(v, k);
  const rice = RICE + w.base64();
  return rice.length < regs.length ? rice : regs;
}

/** The registers (`count` of them) a stored form holds, or undefined when it holds none; ""
 *  (a sketch not started) stays "". */
export function unpackRegisters(stored: unknown, count: number): string | undefined {
  if (typeof stored !== "string") return undefined;
  if (!stored.startsWith(RICE)) return stored === "" || stored.length === count ? stored : undefined;
  const bin = decodeBase64(stored.slice(1));
  if (bin === undefined) return undefined;
  let regs = "";
  try {
    const r = new BitReader(bin);
    const k = r.bits(3);
    for (let i = 0; i < count; i++) {
      const v = r.rice(k);
      if (v > 63) return undefined;
      regs += String.fromCharCode(48 + v);
    }
  } catch {
    return undefined;
  }
  return regs;
}

/** x to 7 significant digits (from 10^7 on, to the integer): n / 10^k with n an integer and 10^k exact is correctly rounded, so
 *  the double printed is the short decimal (toPrecision is several times slower). */
export function round7(x: number): number {
  if (Number.isInteger(x) || !Number.isFinite(x)) return x;
  const a = Math.abs(x);
  if (a >= 1e7) return Math.round(x);
  const k = 6 - Math.floor(Math.log10(a));
  if (k > 22) return Number(x.toPrecision(7));
  const m = 10 ** k;
  return Math.round(x * m) / m;
}

/** A stored value with every non-integer number in it rounded to 7 significant digits (arrays
 *  and plain objects are copied, never changed in place). */
export function compactNumbers(v: unknown): unknown {
  if (typeof v === "number") return round7(v);
  if (Array.isArray(v)) return v.map(compactNumbers);
  if (v !== null && typeof v === "object") {
    const out: Record<string, unknown> = {};
    for (const k in v) out[k] = compactNumbers((v as Record<string, unknown>)[k]);
    return out;
  }
  return v;
}

/** A fixed-length array of counters: its stored form, {index: value} of the non-zero ones when that
 *  is shorter than the array (a key's topics sit in a few of 32 buckets). Numbers compacted. */
export function packCounters(values: readonly number[]): number[] | Record<string, number> {
  const dense = values.map(round7);
  const sparse: Record<string, number> = {};
  // the JSON lengths of the two forms: {"i":v,...} against [v,...]
  let chars = 2;
  dense.forEach((v, i) => {
    if (v === 0) return;
    sparse[i] = v;
    chars += String(i).length + String(v).length + 4;
  });
  let denseChars = 1;
  for (const v of dense) denseChars += String(v).length + 1;
  return chars < denseChars ? sparse : dense;
}

/** The `length` counters a stored form holds (the dense array or packCounters' {index: value}),
 *  or undefined when it holds something else. */
export function unpackCounters(stored: unknown, length: number): number[] | undefined {
  const ok = (v: unknown): v is number => Number.isFinite(v);
  if (Array.isArray(stored)) return stored.length === length && stored.every(ok) ? stored : undefined;
  if (stored === null || typeof stored !== "object") return undefined;
  const out = new Array<number>(length).fill(0);
  for (const [k, v] of Object.entries(stored)) {
    const i = Number(k);
    if (!Number.isInteger(i) || i < 0 || i >= length || !ok(v)) return undefined;
    out[i] = v;
  }
  return out;
}
