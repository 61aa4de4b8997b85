/**
 * Degrade for embeddings: what an embeddings harvest takes is the vectors, so a degraded key's
 * vectors keep their first `embeddingDimensions` components, rescaled to unit length, and zeros
 * after them, at the length the client asked for. That is a Matryoshka truncation (what OpenAI's
 * `dimensions` parameter returns for text-embedding-3 models, renormalised the same way): search
 * over such vectors still works, so an honest index degraded by mistake keeps working and its
 * vectors fit the index they go into; a harvest gets a fraction of what each vector carries.
 *
 * The request side asks the origin for the truncated vectors itself where the model is known to
 * take `dimensions` (smaller answers); the answer side truncates and pads whatever comes back,
 * float arrays and base64 alike. Pure.
 */
import { isObj } from "../policy/json.ts";

/** DegradeSettings.embeddingDimensions when the policy sets none. */
export const DEFAULT_EMBEDDING_DIMENSIONS = 256;

/** Native vector sizes of the embedding models known to take `dimensions` (matched anywhere in the
 *  model name, so provider prefixes and dated variants match too). */
const MATRYOSHKA: readonly (readonly [string, number])[] = [
  ["text-embedding-3-large", 3072],
  ["text-embedding-3-small", 1536],
];

/** What a degraded embeddings request asks the origin for, and the vector length its client expects
 *  (null: unknown, the answer's own length is kept). */
export type EmbeddingsDegrade = { body: Record<string, unknown>; changed: string[]; length: number | null };

/**
 * The degraded embeddings request: `dimensions` lowered to `keep` for a model known to take it
 * (a request asking for fewer keeps its own). `length` is what the client asked for (its
 * `dimensions`, or the model's native size), which the answer is padded back to.
 */
export function degradeEmbeddingsRequest(body: Record<string, unknown>, keep: number): EmbeddingsDegrade {
  const asked = typeof body.dimensions === "number" && Number.isInteger(body.dimensions) && body.dimensions > 0 ? body.dimensions : undefined;
  const model = typeof body.model === "string" ? body.model.toLowerCase() : "";
  const native = MATRYOSHKA.find(([name]) => model.includes(name))?.[1];
  const length = asked ?? native ?? null;
  if (keep <= 0 || native === undefined || (length !== null && length <= keep)) return { body, changed: [], length };
  return { body: { ...body, dimensions: keep }, changed: ["dimensions"], length };
}

/**
 * The vector `v` cut to its first `keep` components rescaled to unit length (when it has more), then
 * zeros up to `length` (never shorter than it came: an origin that ignored the `dimensions` asked). A vector of `keep` components or fewer is as it
 * was (the origin cut it already, or the client asked for no more); a zero vector stays zero.
 */
export function truncateVector(v: ArrayLike<number>, keep: number, length: number | null): Float64Array {
  const k = Math.min(keep, v.length);
  const out = new Float64Array(length !== null && length > v.length ? length : v.length);
  let norm = 1;
  if (v.length > keep) {
    let sq = 0;
    for (let i = 0; i < k; i++) sq += v[i]! * v[i]!;
    norm = Math.sqrt(sq);
  }
  if (norm > 0) for (let i = 0; i < k; i++) out[i] = v[i]! / norm;
  return out;
}

/** A base64 string of little-endian float32s (OpenAI's `encoding_format: "base64"`), decoded;
 *  undefined when it is not one. */
function decodeFloat32(s: string): Float32Array | undefined {
  let bin: string;
  try {
    bin = atob(s);
  } catch {
    return undefined;
  }
  if (bin.length % 4 !== 0) return undefined;
  const view = new DataView(new ArrayBuffer(bin.length));
  for (let i = 0; i < bin.length; i++) view.setUint8(i, bin.charCodeAt(i));
  const out = new Float32Array(bin.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = view.getFloat32(4 * i, true);
  return out;
}

function encodeFloat32(v: Float64Array): string {
  const view = new DataView(new ArrayBuffer(4 * v.length));
  for (let i = 0; i < v.length; i++) view.setFloat32(4 * i, v[i]!, true);
  const bytes = new Uint8Array(view.buffer);
  let bin = "";
  for (let i = 0; i < bytes.length; i += 8192) bin += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return btoa(bin);
}

/**
 * An embeddings answer (`{"data":[{"embedding":[...] | "<base64>"}, ...], ...}`) with every vector
 * truncated (truncateVector), everything else as it was; undefined when the text is not such an
 * answer (the caller refuses it: a degraded key gets no vector the guard could not degrade).
 */
export function degradeEmbeddingsAnswer(text: string, keep: number, length: number | null): string | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObj(doc) || !Array.isArray(doc.data)) return undefined;
  for (const item of doc.data as unknown[]) {
    if (!isObj(item)) return undefined;
    const e = item.embedding;
    if (typeof e === "string") {
      const v = decodeFloat32(e);
      if (v === undefined) return undefined;
      item.embedding = encodeFloat32(truncateVector(v, keep, length));
    } else if (Array.isArray(e) && e.every((x) => typeof x === "number" && Number.isFinite(x))) {
      item.embedding = Array.from(truncateVector(e as number[], keep, length));
    } else return undefined;
  }
  return JSON.stringify(doc);
}

/**
 * One line of an OpenAI batch's results file (`{"custom_id", "response": {"body": ...}}`) with the
 * vectors of an embeddings answer cut (degradeEmbeddingsAnswer, at the length they came); a line
 * that is not an embeddings answer is as it was, and one whose vectors cannot be read becomes an
 * error line (a degraded key gets no vector whole).
 */
export function degradeResultsLine(line: string, keep: number): string {
  let doc: unknown;
  try {
    doc = JSON.parse(line);
  } catch {
    return line;
  }
  if (!isObj(doc) || !isObj(doc.response) || !isObj(doc.response.body) || !Array.isArray(doc.response.body.data)) return line;
  const items = doc.response.body.data as unknown[];
  if (!items.some((x) => isObj(x) && "embedding" in x)) return line;
  const cut = degradeEmbeddingsAnswer(JSON.stringify(doc.response.body), keep, null);
  if (cut === undefined)
    return JSON.stringify({ id: doc.id ?? null, custom_id: doc.custom_id ?? null, response: null, error: { code: "upstream_unavailable", message: "This embeddings answer could not be read as a list of vectors, which the key's degraded access needs." } });
  doc.response.body = JSON.parse(cut);
  return JSON.stringify(doc);
}

/** A results file (JSON lines) with every line passed through degradeResultsLine. */
export function degradeResultsStream(keep: number): TransformStream<Uint8Array, Uint8Array> {
  const dec = new TextDecoder();
  const enc = new TextEncoder();
  let rest = "";
  return new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, ctl) {
      rest += dec.decode(chunk, { stream: true });
      let nl = rest.indexOf("\n");
      if (nl < 0) return;
      let out = "";
      let from = 0;
      while (nl >= 0) {
        out += degradeResultsLine(rest.slice(from, nl), keep) + "\n";
        from = nl + 1;
        nl = rest.indexOf("\n", from);
      }
      rest = rest.slice(from);
      ctl.enqueue(enc.encode(out));
    },
    flush(ctl) {
      rest += dec.decode();
      if (rest !== "") ctl.enqueue(enc.encode(degradeResultsLine(rest, keep)));
    },
  });
}
