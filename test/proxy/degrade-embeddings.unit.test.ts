import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { EmbeddingsCutter, cutEmbeddingsStream, degradeEmbeddingsAnswer, degradeEmbeddingsRequest } from "../../src/proxy/degrade-embeddings.ts";

const b64 = (v: number[]) => btoa(String.fromCharCode(...new Uint8Array(new Float32Array(v).buffer)));
const unb64 = (s: string) => Array.from(new Float32Array(Uint8Array.from(atob(s), (c) => c.charCodeAt(0)).buffer));

describe("degradeEmbeddingsRequest", () => {
  it("asks a model that takes `dimensions` for `keep` components, and remembers the length the client expects", () => {
    expect(degradeEmbeddingsRequest({ model: "text-embedding-3-large", input: "x" }, 256)).toEqual({ body: { model: "text-embedding-3-large", input: "x", dimensions: 256 }, changed: ["dimensions"], length: 3072 });
    expect(degradeEmbeddingsRequest({ model: "openai/Text-Embedding-3-Small", input: "x", dimensions: 1024 }, 256)).toMatchObject({ body: { dimensions: 256 }, length: 1024 });
  });
  it("keeps only the fields it knows, and an encoding the cut reads (default deny: a vendor's int8 or binary vectors would pass the cut)", () => {
    const r = degradeEmbeddingsRequest({ model: "bge-m3", input: ["a"], encoding_format: "int8", truncate: "END", user: "u", output_dtype: "binary" }, 256);
    expect(r.body).toEqual({ model: "bge-m3", input: ["a"], user: "u" });
    expect(r.changed.sort()).toEqual(["encoding_format", "output_dtype", "truncate"]);
    expect(degradeEmbeddingsRequest({ model: "m", input: "a", encoding_format: "base64" }, 256).body).toEqual({ model: "m", input: "a", encoding_format: "base64" });
  });
  it("leaves a request alone when it asks for no more than `keep`, when the model is unknown, or when keep is 0", () => {
    const few = { model: "text-embedding-3-small", input: "x", dimensions: 128 };
    expect(degradeEmbeddingsRequest(few, 256)).toEqual({ body: few, changed: [], length: 128 });
    const same = { model: "text-embedding-3-small", input: "x", dimensions: 256 };
    expect(degradeEmbeddingsRequest(same, 256)).toEqual({ body: same, changed: [], length: 256 });
    const other = { model: "bge-m3", input: "x" };
    expect(degradeEmbeddingsRequest(other, 256)).toEqual({ body: other, changed: [], length: null });
    // a length the model does not have is the origin's to refuse, and never padded to (red team R70-2)
    const huge = { model: "text-embedding-3-small", input: "x", dimensions: 5_000_000 };
    expect(degradeEmbeddingsRequest(huge, 256)).toEqual({ body: huge, changed: [], length: null });
    expect(degradeEmbeddingsRequest({ model: "bge-m3", input: "x", dimensions: 5_000_000 }, 256).length).toBeNull();
    expect(degradeEmbeddingsRequest({ model: "text-embedding-3-small", input: "x" }, 0).changed).toEqual([]);
  });
});

/** One vector through the cutter (a float answer of one item). */
function cutOne(v: number[], keep: number, length: number | null): number[] {
  return JSON.parse(degradeEmbeddingsAnswer(JSON.stringify({ data: [{ embedding: v }] }), keep, length)!).data[0].embedding;
}

describe("a vector cut", () => {
  it("keeps the first components at unit length and zeros the rest, the length unchanged", () => {
    expect(cutOne([3, 4, 12, 5], 2, null)).toEqual([0.6, 0.8, 0, 0]);
  });
  it("pads a vector the origin already cut back to the length the client expects, as it came", () => {
    expect(cutOne([0.6, 0.8], 2, 5)).toEqual([0.6, 0.8, 0, 0, 0]);
  });
  it("never returns fewer components than came (an origin that ignored `dimensions`), and a zero vector stays zero", () => {
    expect(cutOne([1, 0, 0, 0], 2, 3)).toHaveLength(4);
    expect(cutOne([0, 0, 0], 1, null)).toEqual([0, 0, 0]);
  });
  it("property: the kept part is the unit direction of the vector's head, everything after it zero", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 2, maxLength: 64 }), fc.integer({ min: 1, max: 63 }), (v, keep) => {
        const out = cutOne(v, keep, null);
        expect(out).toHaveLength(v.length);
        const k = Math.min(keep, v.length);
        const head = Math.hypot(...v.slice(0, k));
        if (v.length > keep && head > 1e-150) expect(Math.hypot(...out.slice(0, k))).toBeCloseTo(1, 9);
        if (v.length > keep) for (let i = k; i < v.length; i++) expect(out[i]).toBe(0);
        else expect(out).toEqual(JSON.parse(JSON.stringify(v)));
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
  it("refuses what it cannot read as a list of vectors, and an answer with no vector", () => {
    for (const bad of ["{}", '{"data":{}}', '{"data":[1]}', '{"data":[{"embedding":{"v":[1]}}]}', '{"data":[{"embedding":[1,"2"]}]}', '{"data":[{"embedding":[1,,2]}]}', '{"data":[{"embedding":[[1,2]]}]}', '{"data":[{"embedding":"@@@"}]}', '{"data":[{"embedding":"AAA="}]}', '{"data":[{"embedding":null}]}', '{"data":[{}]}', '{"data":[{"vector":[1,2,3]}]}', '{"data":[{"embedding":[1,2,3', '{"data":[{"embedding":[1,2]},{"embedding":[1,2', '{"data":[{"embedding":[1,2,3,"x"]}]}', '{"data":[{"embedding":[1,2,3,true]}]}'])
      expect(degradeEmbeddingsAnswer(bad, 2, null), bad).toBeUndefined();
  });
  it("reads the key, not the word: \"embedding\" as a value or inside a string is copied", () => {
    const text = '{"object":"list","note":"\\"embedding\\": [1,2,3]","data":[{"object":"embedding","index":0,"embedding" : [ 3 , 4 , 12 ]}],"model":"embedding"}';
    expect(JSON.parse(degradeEmbeddingsAnswer(text, 2, null)!)).toEqual({ object: "list", note: '"embedding": [1,2,3]', data: [{ object: "embedding", index: 0, embedding: [0.6, 0.8, 0] }], model: "embedding" });
  });
  it("reads base64 with JSON's escaped slash, and pads a short vector with its own digits kept", () => {
    const v = [0.5, -0.25, 0.125, 2];
    let s = b64(v);
    while (!s.includes("/")) s = b64(v.map((x, i) => x + i * Math.random()));
    const esc = JSON.stringify({ data: [{ embedding: s }] }).replace(/\//g, "\\/");
    expect(esc).toContain("\\/");
    const out = JSON.parse(degradeEmbeddingsAnswer(esc, 8, 6)!);
    expect(unb64(out.data[0].embedding)).toEqual([...unb64(s), 0, 0]);
    expect(degradeEmbeddingsAnswer('{"data":[{"embedding":[1.50,2e-3]}]}', 4, 3)).toBe('{"data":[{"embedding":[1.50,2e-3,0]}]}');
  });
  it("property: cut in any pieces, the answer comes out as cut whole", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 30 }),
        (vs, asB64, cuts) => {
          const text = JSON.stringify({ object: "list", data: vs.map((v, i) => ({ object: "embedding", index: i, embedding: asB64 ? b64(v) : v })), usage: { prompt_tokens: 1, total_tokens: 1 } });
          const whole = degradeEmbeddingsAnswer(text, 3, null);
          expect(whole).toBeDefined();
          const c = new EmbeddingsCutter(3, null);
          let out = "";
          let at = 0;
          for (const n of cuts) {
            out += c.push(text.slice(at, at + n));
            at += n;
          }
          out += c.push(text.slice(at)) + c.end();
          expect(out).toBe(whole);
          const parsed = JSON.parse(out);
          expect(parsed.usage).toEqual({ prompt_tokens: 1, total_tokens: 1 });
          parsed.data.forEach((d: { embedding: number[] | string }, i: number) => {
            const got = typeof d.embedding === "string" ? unb64(d.embedding) : d.embedding;
            expect(got).toHaveLength(vs[i]!.length);
            got.slice(3).forEach((x) => expect(x).toBe(0));
          });
        },
      ),
    );
  });
  it("a results file: embeddings lines cut, chat lines as they came, and none needed", async () => {
    const lines = [JSON.stringify({ custom_id: "a", response: { body: { data: [{ embedding: [3, 4, 5] }] } } }), JSON.stringify({ custom_id: "b", response: { body: { choices: [{ message: { content: "embedding: [1]" } }] } } })];
    const enc = new TextEncoder();
    const src = new ReadableStream<Uint8Array>({ start(c) { c.enqueue(enc.encode(lines.join("\n") + "\n")); c.close(); } });
    const out = await new Response(src.pipeThrough(cutEmbeddingsStream(2, null, false))).text();
    expect(out.trim().split("\n").map((l) => JSON.parse(l))).toEqual([{ custom_id: "a", response: { body: { data: [{ embedding: [0.6, 0.8, 0] }] } } }, JSON.parse(lines[1]!)]);
    const chatOnly = new ReadableStream<Uint8Array>({ start(c) { c.enqueue(enc.encode(lines[1]! + "\n")); c.close(); } });
    expect(await new Response(chatOnly.pipeThrough(cutEmbeddingsStream(2, null, false))).text()).toBe(lines[1] + "\n");
  });
});
