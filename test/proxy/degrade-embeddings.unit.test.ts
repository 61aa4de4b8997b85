import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { degradeEmbeddingsAnswer, degradeEmbeddingsRequest, truncateVector } from "../../src/proxy/degrade-embeddings.ts";

const b64 = (v: number[]) => btoa(String.fromCharCode(...new Uint8Array(new Float32Array(v).buffer)));
const unb64 = (s: string) => Array.from(new Float32Array(Uint8Array.from(atob(s), (c) => c.charCodeAt(0)).buffer));

describe("degradeEmbeddingsRequest", () => {
  it("asks a model that takes `dimensions` for `keep` components, and remembers the length the client expects", () => {
    expect(degradeEmbeddingsRequest({ model: "text-embedding-3-large", input: "x" }, 256)).toEqual({ body: { model: "text-embedding-3-large", input: "x", dimensions: 256 }, changed: ["dimensions"], length: 3072 });
    expect(degradeEmbeddingsRequest({ model: "openai/Text-Embedding-3-Small", input: "x", dimensions: 1024 }, 256)).toMatchObject({ body: { dimensions: 256 }, length: 1024 });
  });
  it("leaves a request alone when it asks for no more than `keep`, when the model is unknown, or when keep is 0", () => {
    const few = { model: "text-embedding-3-small", input: "x", dimensions: 128 };
    expect(degradeEmbeddingsRequest(few, 256)).toEqual({ body: few, changed: [], length: 128 });
    const other = { model: "bge-m3", input: "x" };
    expect(degradeEmbeddingsRequest(other, 256)).toEqual({ body: other, changed: [], length: null });
    expect(degradeEmbeddingsRequest({ model: "text-embedding-3-small", input: "x" }, 0).changed).toEqual([]);
  });
});

describe("truncateVector", () => {
  it("keeps the first components at unit length and zeros the rest, the length unchanged", () => {
    expect(Array.from(truncateVector([3, 4, 12, 5], 2, null))).toEqual([0.6, 0.8, 0, 0]);
  });
  it("pads a vector the origin already cut back to the length the client expects, as it came", () => {
    expect(Array.from(truncateVector([0.6, 0.8], 2, 5))).toEqual([0.6, 0.8, 0, 0, 0]);
  });
  it("never returns fewer components than came (an origin that ignored `dimensions`), and a zero vector stays zero", () => {
    expect(truncateVector([1, 0, 0, 0], 2, 3)).toHaveLength(4);
    expect(Array.from(truncateVector([0, 0, 0], 1, null))).toEqual([0, 0, 0]);
  });
  it("property: the kept part is the unit direction of the vector's head, everything after it zero", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 2, maxLength: 64 }), fc.integer({ min: 1, max: 63 }), (v, keep) => {
        const out = truncateVector(v, keep, null);
        expect(out).toHaveLength(v.length);
        const k = Math.min(keep, v.length);
        const head = Math.hypot(...v.slice(0, k));
        if (v.length > keep && head > 1e-150) expect(Math.hypot(...out.slice(0, k))).toBeCloseTo(1, 9);
        for (let i = k; i < v.length; i++) expect(out[i]).toBe(0);
      }),
    );
  });
});

describe("degradeEmbeddingsAnswer", () => {
  it("cuts float and base64 vectors and keeps every other field", () => {
    const text = JSON.stringify({ object: "list", data: [{ object: "embedding", index: 0, embedding: [3, 4, 1] }, { object: "embedding", index: 1, embedding: b64([0, 2, 9]) }], model: "m", usage: { prompt_tokens: 3, total_tokens: 3 } });
    const out = JSON.parse(degradeEmbeddingsAnswer(text, 2, null)!);
    expect(out).toMatchObject({ object: "list", model: "m", usage: { prompt_tokens: 3, total_tokens: 3 } });
    expect(out.data[0]).toEqual({ object: "embedding", index: 0, embedding: [0.6, 0.8, 0] });
    expect(unb64(out.data[1].embedding)).toEqual([0, 1, 0]);
  });
  it("refuses what it cannot read as a list of vectors", () => {
    for (const bad of ["not json", "{}", '{"data":{}}', '{"data":[1]}', '{"data":[{"embedding":{"v":[1]}}]}', '{"data":[{"embedding":[1,"2"]}]}', '{"data":[{"embedding":"@@@"}]}', '{"data":[{"embedding":"AAA="}]}', '{"data":[{}]}'])
      expect(degradeEmbeddingsAnswer(bad, 2, null), bad).toBeUndefined();
  });
});
