/**
 * Degrade for embeddings: what an embeddings harvest takes is the vectors, so a degraded key's
 * vectors keep their first `embeddingDimensions` components, rescaled to unit length, and zeros
 * after them, at the length the client asked for. That is a Matryoshka truncation (what OpenAI's
 * `dimensions` parameter returns for text-embedding-3 models, renormalised the same way): search
 * over such vectors still works, so an honest index degraded by mistake keeps working and its
 * vectors fit the index they go into; a harvest gets a fraction of what each vector carries.
 *
 * The request side keeps only the fields the cut understands and asks the origin for the truncated
 * vectors itself where the model is known to take `dimensions` (smaller answers); the answer side
 * cuts and pads whatever comes back as it streams (EmbeddingsCutter), float arrays and base64
 * alike, and a batch's results file the same way. Pure.
 */

/** DegradeSettings.embeddingDimensions when the policy sets none. */
export const DEFAULT_EMBEDDING_DIMENSIONS = 256;

/** The components a degraded embedding keeps under these degrade settings (0: none are cut). */
export function keptComponents(s: { embeddingDimensions?: number }): number {
  return s.embeddingDimensions ?? DEFAULT_EMBEDDING_DIMENSIONS;
}

/** Native vector sizes of the embedding models known to take `dimensions` (matched anywhere in the
 *  model name, so provider prefixes and dated variants match too). */
const MATRYOSHKA: readonly (readonly [string, number])[] = [
  ["text-embedding-3-large", 3072],
  ["text-embedding-3-small", 1536],
];

/** What a degraded embeddings request asks the origin for, and the vector length its client expects
 *  (null: unknown, or not one the model has: the answer's own length is kept). */
export type EmbeddingsDegrade = { body: Record<string, unknown>; changed: string[]; length: number | null };

/** `v` rescaled to unit length (a zero vector stays zero). */
function unitLength(v: ArrayLike<number>): Float64Array {
  let sq = 0;
  for (let i = 0; i < v.length; i++) sq += v[i]! * v[i]!;
  const norm = Math.sqrt(sq);
  const out = new Float64Array(v.length);
  if (norm > 0) for (let i = 0; i < v.length; i++) out[i] = v[i]! / norm;
  return out;
}

const B64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * The first `count` float32s (little-endian) of a base64 string of them (OpenAI's
 * `encoding_format: "base64"`), and how many it holds; undefined when it is not one. Only the head
 * is decoded: the rest become zeros.
 */
function base64Head(s: string, count: number): { head: Float32Array; total: number } | undefined {
  if (s.length % 4 !== 0 || !B64.test(s)) return undefined;
  const pad = s.endsWith("==") ? 2 : s.endsWith("=") ? 1 : 0;
  const bytes = (s.length / 4) * 3 - pad;
  if (bytes % 4 !== 0) return undefined;
  const total = bytes / 4;
  const k = Math.min(count, total);
  // every 3 bytes are 4 characters
  const bin = atob(s.slice(0, Math.min(s.length, 4 * Math.ceil((4 * k) / 3))));
  const view = new DataView(new ArrayBuffer(4 * k));
  for (let i = 0; i < 4 * k; i++) view.setUint8(i, bin.charCodeAt(i));
  const head = new Float32Array(k);
  for (let i = 0; i < k; i++) head[i] = view.getFloat32(4 * i, true);
  return { head, total };
}

/** Base64 of `head` as little-endian float32s followed by zeros, `total` float32s in all. */
function base64Cut(head: ArrayLike<number>, total: number): string {
  // the head up to a 3-byte boundary is encoded; every 3 zero bytes after it are "AAAA"
  const all = 4 * total;
  const lead = Math.min(all, Math.ceil((4 * head.length) / 3) * 3);
  const view = new DataView(new ArrayBuffer(lead));
  for (let i = 0; i < head.length; i++) view.setFloat32(4 * i, head[i]!, true);
  const bytes = new Uint8Array(view.buffer);
  let bin = "";
  for (let i = 0; i < bytes.length; i += 8192) bin += String.fromCharCode(...bytes.subarray(i, i + 8192));
  const rest = all - lead;
  return btoa(bin) + "AAAA".repeat(Math.floor(rest / 3)) + ["", "AA==", "AAA="][rest % 3];
}

/** A component of a list of numbers past the head: what it may hold (it becomes a zero). */
const NUMBER_CHARS = /[^0-9eE.+\-\s,]/;

/** Fields a degraded embeddings request keeps (default deny: a vendor's extra output format or
 *  option must not carry a vector past the cut), and the encodings the cut reads. */
const EMBEDDINGS_KEEP = new Set(["model", "input", "dimensions", "encoding_format", "user"]);
const ENCODINGS = new Set(["float", "base64"]);

/** What the cutter throws: an answer it cannot cut. */
export class CutError extends Error {}

/** The longest key the cutter remembers (it looks for `"embedding"`). */
const KEY_MAX = 16;

/**
 * Cuts every vector of an embeddings answer as it streams: the value of each `"embedding"` key, a
 * list of numbers or a base64 string of little-endian float32s, keeps its first `keep` components
 * rescaled to unit length and zeros after them, up to `length` (never shorter than it came: an
 * origin that ignored the `dimensions` asked); a vector of `keep` components or fewer is as it
 * came (the origin cut it, or the client asked for no more), padded. Every other byte passes as it came (the answer's usage, ids, the lines of a results file). Memory is
 * one vector. Throws on a vector it cannot read, and at the end when it found none (a degraded
 * key gets no vector whole).
 */
export class EmbeddingsCutter {
  private mode: "copy" | "vector" | "b64" = "copy";
  private inStr = false;
  private esc = false;
  /** The string being read (copy mode), while it is short enough to be the key; null past that. */
  private str: string | null = null;
  /** The last string read, while only white space followed it. */
  private last: string | null = null;
  /** `"embedding":` read: the next value is a vector. */
  private expect = false;
  private buf = "";
  /** Vectors cut so far. */
  vectors = 0;

  /** `needVector`: an answer with no vector is not one the cut understood (a results file may have
   *  none: its lines may all be chat answers). */
  private readonly keep: number;
  private readonly length: number | null;
  private readonly needVector: boolean;
  constructor(keep: number, length: number | null, needVector = true) {
    this.keep = keep;
    this.length = length;
    this.needVector = needVector;
  }

  /** The cut text of the next piece of the answer. */
  push(text: string): string {
    let out = "";
    let i = 0;
    let from = 0;
    const n = text.length;
    while (i < n) {
      if (this.mode !== "copy") {
        // a vector runs to its closing bracket, a base64 one to its closing quote
        const j = text.indexOf(this.mode === "vector" ? "]" : '"', i);
        if (j < 0) {
          this.buf += text.slice(i);
          i = n;
          break;
        }
        this.buf += text.slice(i, j);
        out += this.mode === "vector" ? this.vector() : this.base64();
        i = from = j + 1;
        continue;
      }
      const c = text.charCodeAt(i);
      if (this.inStr) {
        if (this.esc) this.esc = false;
        else if (c === 92 /* \ */) {
          this.esc = true;
          this.str = null;
        } else if (c === 34 /* " */) {
          this.inStr = false;
          this.last = this.str;
        } else if (this.str !== null) this.str = this.str.length < KEY_MAX ? this.str + text[i] : null;
        i++;
        continue;
      }
      if (c === 32 || c === 10 || c === 13 || c === 9) {
        i++;
        continue;
      }
      if (this.expect) {
        this.expect = false;
        if (c !== 91 /* [ */ && c !== 34 /* " */) throw new CutError("an embedding that is neither a list of numbers nor a base64 string");
        out += text.slice(from, i);
        this.mode = c === 91 ? "vector" : "b64";
        this.buf = "";
        i = from = i + 1;
        continue;
      }
      if (c === 34) {
        this.inStr = true;
        this.str = "";
      } else {
        if (c === 58 /* : */ && this.last === "embedding") this.expect = true;
        this.last = null;
      }
      i++;
    }
    if (this.mode === "copy") out += text.slice(from, n);
    return out;
  }

  /** The end of the answer: what is left (nothing but copied text can be). */
  end(): string {
    if (this.mode !== "copy" || this.inStr) throw new CutError("the answer ended inside a value");
    if (this.needVector && this.vectors === 0) throw new CutError("no vector in the answer");
    return "";
  }

  /** The length a vector of `count` components goes out at: the client's, never shorter than it came. */
  private lengthOf(count: number): number {
    return this.length !== null && this.length > count ? this.length : count;
  }

  private vector(): string {
    const t = this.buf;
    this.buf = "";
    this.mode = "copy";
    const keep = this.keep;
    // the first `keep` numbers are read; the ones after them only counted (they become zeros)
    const head: number[] = [];
    let count = 0;
    let at = 0;
    if (t.trim() !== "") {
      for (;;) {
        const c = t.indexOf(",", at);
        const end = c < 0 ? t.length : c;
        if (count < keep) {
          const p = t.slice(at, end).trim();
          const x = p === "" ? Number.NaN : Number(p);
          if (!Number.isFinite(x)) throw new CutError("an embedding with a value that is not a number");
          head.push(x);
        } else if (count === keep && NUMBER_CHARS.test(t.slice(at))) throw new CutError("an embedding with a value that is not a number");
        count++;
        if (c < 0) break;
        at = c + 1;
      }
    }
    this.vectors++;
    const len = this.lengthOf(count);
    // a vector the cut leaves as it was is sent as it came (its digits), padded with zeros
    if (count <= keep) return "[" + t + ",0".repeat(len - count).slice(count === 0 ? 1 : 0) + "]";
    const cut = unitLength(head);
    let s = "[";
    for (let k = 0; k < keep; k++) s += (k === 0 ? "" : ",") + String(cut[k]);
    return s + ",0".repeat(len - keep) + "]";
  }

  private base64(): string {
    // JSON may escape the alphabet's slash ("\/"); any other escape is no base64
    const raw = this.buf.includes("\\") ? this.buf.replace(/\\\//g, "/") : this.buf;
    this.buf = "";
    this.mode = "copy";
    const v = base64Head(raw, this.keep + 1);
    if (v === undefined) throw new CutError("an embedding string that is not base64 float32s");
    this.vectors++;
    const len = this.lengthOf(v.total);
    if (v.total <= this.keep && len === v.total) return '"' + raw + '"';
    return '"' + base64Cut(v.total > this.keep ? unitLength(v.head.subarray(0, this.keep)) : v.head, len) + '"';
  }
}

/**
 * The degraded embeddings request: its known fields only (EMBEDDINGS_KEEP; an `encoding_format`
 * the cut cannot read dropped, so the origin's default, float, comes back), and `dimensions`
 * lowered to `keep` for a model known to take it (a request asking for fewer keeps its own).
 * `length` is what the client asked for (its `dimensions`, or the model's native size), which the
 * answer is padded back to.
 */
export function degradeEmbeddingsRequest(body: Record<string, unknown>, keep: number): EmbeddingsDegrade {
  const b: Record<string, unknown> = {};
  const changed: string[] = [];
  for (const [k, v] of Object.entries(body)) {
    if (EMBEDDINGS_KEEP.has(k) && (k !== "encoding_format" || (typeof v === "string" && ENCODINGS.has(v)))) b[k] = v;
    else changed.push(k);
  }
  const asked = typeof b.dimensions === "number" && Number.isInteger(b.dimensions) && b.dimensions > 0 ? b.dimensions : undefined;
  const model = typeof b.model === "string" ? b.model.toLowerCase() : "";
  const native = MATRYOSHKA.find(([name]) => model.includes(name))?.[1];
  // padded back only to a length the model has: a `dimensions` past it is the origin's to refuse
  // (red team R70-2: 5,000,000 asked, the origin asked for 256, and the guard padded to the
  // client's number, 10 MB of zeros a request); another model's vectors keep the length they came
  if (native === undefined || (asked !== undefined && asked > native)) return { body: changed.length > 0 ? b : body, changed, length: null };
  const length = asked ?? native;
  if (keep > 0 && length > keep) {
    b.dimensions = keep;
    changed.push("dimensions");
  }
  return { body: changed.length > 0 ? b : body, changed, length };
}

/** An answer cut whole (EmbeddingsCutter); undefined when it cannot be. */
export function degradeEmbeddingsAnswer(text: string, keep: number, length: number | null): string | undefined {
  const c = new EmbeddingsCutter(keep, length);
  try {
    return c.push(text) + c.end();
  } catch {
    return undefined;
  }
}

/** A byte stream of embeddings answers (one answer, or a results file's lines) with every vector
 *  cut (EmbeddingsCutter); the stream errors (CutError) where the cut cannot be made. */
export function cutEmbeddingsStream(keep: number, length: number | null, needVector = true): TransformStream<Uint8Array, Uint8Array> {
  const dec = new TextDecoder();
  const enc = new TextEncoder();
  const c = new EmbeddingsCutter(keep, length, needVector);
  return new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, ctl) {
      const out = c.push(dec.decode(chunk, { stream: true }));
      if (out !== "") ctl.enqueue(enc.encode(out));
    },
    flush(ctl) {
      const out = c.push(dec.decode()) + c.end();
      if (out !== "") ctl.enqueue(enc.encode(out));
    },
  });
}
