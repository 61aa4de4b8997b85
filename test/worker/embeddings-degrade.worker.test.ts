/**
 * Degrade on the embeddings route, through the Worker and the key's Durable Object: a degraded
 * key's vectors keep their first `degrade.embeddingDimensions` components at unit length and zeros
 * after them, at the length the client expects (float arrays and base64 alike); the origin is asked
 * for the shorter vectors where the model takes `dimensions`; an answer the guard cannot cut is not
 * served; an allowed key's vectors are the origin's. (Before, degrade took nothing from an
 * embedding, so a degraded embeddings harvest was served in full.)
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { handleMockRequest } from "../../src/mock/origin.ts";
import { call, keyIdOf, mockOrigin, newKey, testEnv } from "./helpers.ts";

afterEach(() => vi.restoreAllMocks());

const BASE = JSON.parse(String(testEnv.GUARD_POLICY)) as Record<string, unknown>;
const degradedTier = { rpm: 1000, detection: { throttleAt: 0, degradeAt: 0, challengeAt: 1, blockAt: 1, jitter: 0, minEvidence: 0, hysteresis: 0, convergeChannels: 1, convergeFloor: 0 } };
/** Degraded on content alone: no evidence of how the key is driven (drive channel under its floor). */
const undrivenTier = { rpm: 1000, detection: { ...degradedTier.detection, convergeChannels: 2, convergeFloor: 0.5 } };
const ENV = { GUARD_POLICY: JSON.stringify({ ...BASE, tiers: { ...(BASE.tiers as object), degraded: degradedTier, undriven: undrivenTier }, degrade: { embeddingDimensions: 4 } }) };

async function degradedKey(tier = "degraded", extra: Record<string, unknown> = {}): Promise<string> {
  const key = newKey();
  const { res } = await call(`/admin/keys/${await keyIdOf(key)}/overrides`, { method: "PUT", headers: { authorization: "Bearer test-admin-token", "content-type": "application/json" }, body: JSON.stringify({ tier, ...extra }) }, ENV);
  if (res.status !== 200) throw new Error(`override: ${res.status} ${await res.text()}`);
  return key;
}

function embed(key: string, body: Record<string, unknown>): RequestInit {
  return { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify({ model: "mock-embed", input: ["alpha", "beta"], ...body }) };
}

type Answer = { data: { index: number; embedding: number[] | string }[]; usage: { prompt_tokens: number } };

function floats(e: number[] | string): number[] {
  if (Array.isArray(e)) return e;
  const bin = atob(e);
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  return Array.from(new Float32Array(bytes.buffer));
}

/** The mock origin's vector i (src/mock/openai.ts), as the origin sends it. */
async function originVectors(body: Record<string, unknown>): Promise<number[][]> {
  const res = await handleMockRequest(new Request("https://origin.test/v1/embeddings", { method: "POST", headers: { authorization: "Bearer x", "content-type": "application/json" }, body: JSON.stringify({ model: "mock-embed", input: ["alpha", "beta"], ...body }) }));
  return ((await res.json()) as Answer).data.map((d) => floats(d.embedding));
}

function expectCut(got: number[], full: number[], keep: number, length: number) {
  expect(got).toHaveLength(length);
  const norm = Math.hypot(...full.slice(0, keep));
  for (let i = 0; i < keep; i++) expect(got[i]!).toBeCloseTo(full[i]! / norm, 5);
  for (let i = keep; i < length; i++) expect(got[i]).toBe(0);
}

describe("degraded embeddings", () => {
  it("float vectors keep their first 4 components at unit length, zeros after, at the length sent; the header says degraded", async () => {
    mockOrigin();
    const { res, settled } = await call("/v1/embeddings", embed(await degradedKey(), {}), ENV);
    await settled();
    expect(res.status).toBe(200);
    expect(res.headers.get("x-guard-policy")).toBe("degraded");
    const body = (await res.json()) as Answer;
    const full = await originVectors({});
    expect(body.data).toHaveLength(2);
    expect(body.usage.prompt_tokens).toBeGreaterThan(0);
    body.data.forEach((d, i) => expectCut(d.embedding as number[], full[i]!, 4, 8));
  });

  it("base64 vectors (the SDKs' default) are cut the same way and stay base64", async () => {
    mockOrigin();
    const { res } = await call("/v1/embeddings", embed(await degradedKey(), { encoding_format: "base64", dimensions: 12 }), ENV);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Answer;
    const full = await originVectors({ encoding_format: "base64", dimensions: 12 });
    body.data.forEach((d, i) => {
      expect(typeof d.embedding).toBe("string");
      expectCut(floats(d.embedding), full[i]!, 4, 12);
    });
  });

  it("a model that takes `dimensions` is asked for the shorter vectors, and the answer is padded back to its native length", async () => {
    const { seen } = mockOrigin();
    const { res } = await call("/v1/embeddings", embed(await degradedKey(), { model: "text-embedding-3-small" }), ENV);
    expect(res.status).toBe(200);
    expect(((await seen[0]!.json()) as { dimensions?: number }).dimensions).toBe(4);
    const body = (await res.json()) as Answer;
    const cut = await originVectors({ model: "text-embedding-3-small", dimensions: 4 });
    body.data.forEach((d, i) => {
      const v = d.embedding as number[];
      expect(v).toHaveLength(1536);
      expect(v.slice(0, 4)).toEqual(cut[i]);
      expect(v.slice(4).every((x) => x === 0)).toBe(true);
    });
  });

  it("a request asking for fewer components than the cut keeps them, as sent", async () => {
    const { seen } = mockOrigin();
    const { res } = await call("/v1/embeddings", embed(await degradedKey(), { model: "text-embedding-3-large", dimensions: 3 }), ENV);
    expect(((await seen[0]!.json()) as { dimensions?: number }).dimensions).toBe(3);
    const body = (await res.json()) as Answer;
    const full = await originVectors({ model: "text-embedding-3-large", dimensions: 3 });
    body.data.forEach((d, i) => expect(d.embedding).toEqual(full[i]));
  });

  it("an answer the guard cannot read as vectors is not served to a degraded key (502); an allowed key gets it as sent", async () => {
    const odd = async () => Response.json({ object: "list", data: [{ object: "embedding", index: 0, embedding: { values: [0.1, 0.2] } }], usage: { prompt_tokens: 2, total_tokens: 2 } });
    const { seen } = mockOrigin(odd);
    const refused = await call("/v1/embeddings", embed(await degradedKey(), {}), ENV);
    expect(refused.res.status).toBe(502);
    expect(refused.res.headers.get("x-should-retry")).toBe("false");
    expect(((await refused.res.json()) as { error: { code: string } }).error.code).toBe("upstream_unavailable");
    expect(seen).toHaveLength(1);
    const allowed = await call("/v1/embeddings", embed(newKey(), {}), ENV);
    expect(allowed.res.status).toBe(200);
    expect(((await allowed.res.json()) as Answer).data[0]!.embedding).toEqual({ values: [0.1, 0.2] });
  });

  it("a large answer (streamed through, not read whole) is cut vector by vector, and settled from its usage", async () => {
    const unit = (i: number) => {
      const v = Array.from({ length: 1536 }, (_, d) => Math.sin(i * 7 + d));
      const n = Math.hypot(...v);
      return v.map((x) => x / n);
    };
    const big = { object: "list", data: Array.from({ length: 300 }, (_, i) => ({ object: "embedding", index: i, embedding: unit(i) })), model: "bge-m3", usage: { prompt_tokens: 777, total_tokens: 777 } };
    const text = JSON.stringify(big);
    expect(text.length).toBeGreaterThan(4 * 1024 * 1024);
    mockOrigin(async () => new Response(text, { headers: { "content-type": "application/json" } }));
    const key = await degradedKey();
    const { res, settled } = await call("/v1/embeddings", embed(key, { model: "bge-m3", input: Array.from({ length: 300 }, (_, i) => `text ${i}`) }), ENV);
    const body = (await res.json()) as Answer;
    await settled();
    expect(body.usage.prompt_tokens).toBe(777);
    body.data.forEach((d, i) => expectCut(d.embedding as number[], unit(i), 4, 1536));
  });

  it("an encoding the cut cannot read is not asked of the origin (default deny: int8 or binary vectors would pass the cut)", async () => {
    const { seen } = mockOrigin();
    const { res } = await call("/v1/embeddings", embed(await degradedKey(), { encoding_format: "int8", output_dtype: "binary" }), ENV);
    expect(res.status).toBe(200);
    const sent = (await seen[0]!.json()) as Record<string, unknown>;
    expect(sent.encoding_format).toBeUndefined();
    expect(sent.output_dtype).toBeUndefined();
    expect(((await res.json()) as Answer).data[0]!.embedding).toHaveLength(8);
  });

  it("a key degraded on what it embeds alone (no evidence of how it is driven) gets its vectors whole (red team R71-1); its chat is degraded", async () => {
    const { seen } = mockOrigin();
    const key = await degradedKey("undriven");
    const { res } = await call("/v1/embeddings", embed(key, { model: "text-embedding-3-small", dimensions: 12 }), ENV);
    expect(res.headers.get("x-guard-policy")).toBeNull();
    expect(((await seen[0]!.json()) as { dimensions?: number }).dimensions).toBe(12);
    const full = await originVectors({ model: "text-embedding-3-small", dimensions: 12 });
    ((await res.json()) as Answer).data.forEach((d, i) => expect(d.embedding).toEqual(full[i]));
    const chat = await call("/v1/chat/completions", { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify({ model: "gpt-test", messages: [{ role: "user", content: "Hi" }], max_tokens: 900 }) }, ENV);
    expect(chat.res.headers.get("x-guard-policy")).toBe("degraded");
  });

  it("a `dimensions` past the model's size is not padded to (red team R70-2: 5,000,000 asked): the origin's answer as it came", async () => {
    const { seen } = mockOrigin();
    const { res } = await call("/v1/embeddings", embed(await degradedKey(), { model: "text-embedding-3-small", dimensions: 5_000_000 }), ENV);
    expect(((await seen[0]!.json()) as { dimensions?: number }).dimensions).toBe(5_000_000);
    const text = await res.text();
    expect(text.length).toBeLessThan(10_000);
    for (const d of (JSON.parse(text) as Answer).data) expect((d.embedding as number[]).slice(4).every((x) => x === 0)).toBe(true);
  });

  it("an allowed key's vectors are the origin's, whole", async () => {
    mockOrigin();
    const { res } = await call("/v1/embeddings", embed(newKey(), { dimensions: 12 }), ENV);
    expect(res.headers.get("x-guard-policy")).toBeNull();
    const body = (await res.json()) as Answer;
    const full = await originVectors({ dimensions: 12 });
    body.data.forEach((d, i) => expect(d.embedding).toEqual(full[i]));
  });
});

describe("a degraded key's batch results", () => {
  const vec = [3, 4, 12, 84, 0, 0];
  const RESULTS = [
    { id: "batch_req_1", custom_id: "e1", response: { status_code: 200, body: { object: "list", data: [{ object: "embedding", index: 0, embedding: vec }], model: "text-embedding-3-small", usage: { prompt_tokens: 2, total_tokens: 2 } } }, error: null },
    { id: "batch_req_2", custom_id: "c1", response: { status_code: 200, body: { id: "chatcmpl-1", object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content: "Hi" }, finish_reason: "stop" }], usage: { prompt_tokens: 3, completion_tokens: 1, total_tokens: 4 } } }, error: null },
    { id: "batch_req_3", custom_id: "e2", response: { status_code: 200, body: { object: "list", data: [{ object: "embedding", index: 0, embedding: "@@" }], usage: { prompt_tokens: 2, total_tokens: 2 } } }, error: null },
  ];
  /** The mock origin, plus an output file's content: RESULTS as JSON lines, split mid-line across chunks. */
  function originWithResults(lines = RESULTS) {
    const text = lines.map((l) => JSON.stringify(l)).join("\n") + "\n";
    let file = "";
    mockOrigin(async (req) => {
      const path = new URL(req.url).pathname;
      if (req.method === "GET" && path === `/v1/files/${file}/content`) {
        const bytes = new TextEncoder().encode(text);
        const body = new ReadableStream<Uint8Array>({
          start(c) {
            for (let i = 0; i < bytes.length; i += 37) c.enqueue(bytes.slice(i, i + 37));
            c.close();
          },
        });
        return new Response(body, { headers: { "content-type": "application/octet-stream" } });
      }
      const res = await handleMockRequest(req);
      if (path === "/v1/files") file = ((await res.clone().json()) as { id: string }).id;
      return res;
    });
    return () => file;
  }
  /** The mock origin with an OpenAI batch `batch_<id>` that has ended, its output file
   *  `file-out-<id>` holding RESULTS' first two lines; the uploaded input file's id. */
  function originWithBatch(id: string): () => string {
    let input = "";
    const text = RESULTS.slice(0, 2).map((l) => JSON.stringify(l)).join("\n") + "\n";
    mockOrigin(async (req) => {
      const path = new URL(req.url).pathname;
      if (req.method === "GET" && path === `/v1/batches/batch_${id}`) return Response.json({ id: `batch_${id}`, object: "batch", status: "completed", input_file_id: input, output_file_id: `file-out-${id}`, error_file_id: null });
      if (req.method === "GET" && path === `/v1/files/file-out-${id}/content`) return new Response(text, { headers: { "content-type": "application/octet-stream" } });
      if (req.method === "POST" && path === "/v1/batches") return Response.json({ id: `batch_${id}`, object: "batch", status: "validating", input_file_id: input });
      const res = await handleMockRequest(req);
      if (path === "/v1/files") input = ((await res.clone().json()) as { id: string }).id;
      return res;
    });
    return () => input;
  }
  /** POST `body` as JSON (GET without one) with `key`: served 200, read and settled. */
  async function served(key: string, path: string, body?: unknown): Promise<void> {
    const init: RequestInit = body === undefined ? { headers: { authorization: `Bearer ${key}` } } : { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify(body) };
    const { res, settled } = await call(path, init, ENV);
    expect(res.status, path).toBe(200);
    await res.text();
    await settled();
  }
  async function upload(key: string): Promise<void> {
    const form = new FormData();
    form.set("purpose", "batch");
    form.set("file", new File([JSON.stringify({ custom_id: "e1", method: "POST", url: "/v1/embeddings", body: { model: "text-embedding-3-small", input: "hi" } }) + "\n"], "in.jsonl"));
    const up = await call("/v1/files", { method: "POST", headers: { authorization: `Bearer ${key}` }, body: form }, ENV);
    expect(up.res.status).toBe(200);
    await up.res.text();
    await up.settled();
  }
  async function content(key: string, file: string) {
    const { res, settled } = await call(`/v1/files/${file}/content`, { headers: { authorization: `Bearer ${key}` } }, ENV);
    const text = await res.text();
    await settled();
    return { res, lines: text.trim().split("\n").map((l) => JSON.parse(l) as Record<string, any>) };
  }

  it("embeddings lines are cut (length kept), other lines pass as they came", async () => {
    const fileOf = originWithResults(RESULTS.slice(0, 2));
    const key = await degradedKey();
    await upload(key);
    const { res, lines } = await content(key, fileOf());
    expect(res.status).toBe(200);
    expect(res.headers.get("x-guard-policy")).toBe("degraded");
    expect(lines).toHaveLength(2);
    expect(lines[0]!.response.body.data[0].embedding).toEqual([3 / 85, 4 / 85, 12 / 85, 84 / 85, 0, 0]);
    expect(lines[0]!.response.body.usage).toEqual({ prompt_tokens: 2, total_tokens: 2 });
    expect(lines[1]).toEqual(RESULTS[1]);
  });

  it("a file with an embeddings line the cut cannot read ends in an error, the vectors before it cut", async () => {
    const fileOf = originWithResults([RESULTS[2]!, RESULTS[0]!]);
    const key = await degradedKey();
    await upload(key);
    const { res, settled } = await call(`/v1/files/${fileOf()}/content`, { headers: { authorization: `Bearer ${key}` } }, ENV);
    await expect(res.text()).rejects.toThrow();
    await settled();
  });

  it("a batch run from a file written degraded has its embeddings cut when fetched after the key recovered; one run while allowed does not", async () => {
    for (const atRun of ["degraded", "allowed"] as const) {
      const inputOf = originWithBatch("e1");
      const key = atRun === "degraded" ? await degradedKey() : newKey();
      await upload(key);
      await served(key, "/v1/batches", { input_file_id: inputOf(), endpoint: "/v1/embeddings", completion_window: "24h" });
      // the key's standing back to allow: its override cleared and its detection history reset
      // (a reset keeps which batches and files the key may fetch)
      const keyId = await keyIdOf(key);
      const cleared = await call(`/admin/keys/${keyId}/overrides`, { method: "DELETE", headers: { authorization: "Bearer test-admin-token" } }, ENV);
      expect([200, 204]).toContain(cleared.res.status);
      const reset = await call(`/admin/keys/${keyId}/reset`, { method: "POST", headers: { authorization: "Bearer test-admin-token" } }, ENV);
      expect(reset.res.status).toBe(200);
      await served(key, "/v1/batches/batch_e1");
      const { res, lines } = await content(key, "file-out-e1");
      expect(res.status).toBe(200);
      if (atRun === "degraded") {
        expect(res.headers.get("x-guard-policy")).toBe("degraded");
        expect(lines[0]!.response.body.data[0].embedding).toEqual([3 / 85, 4 / 85, 12 / 85, 84 / 85, 0, 0]);
      } else {
        expect(res.headers.get("x-guard-policy")).toBeNull();
        expect(lines[0]).toEqual(RESULTS[0]);
      }
      expect(lines[1]).toEqual(RESULTS[1]);
      vi.restoreAllMocks();
    }
  });

  it("a clean key of the creator's batch group fetching its results gets them cut as the creator would (red team R70-1)", async () => {
    const inputOf = originWithBatch("g1");
    const group = `g-${newKey()}`.slice(0, 40);
    const creator = await degradedKey("degraded", { batchGroup: group });
    const clean = newKey();
    const { res: put } = await call(`/admin/keys/${await keyIdOf(clean)}/overrides`, { method: "PUT", headers: { authorization: "Bearer test-admin-token", "content-type": "application/json" }, body: JSON.stringify({ batchGroup: group }) }, ENV);
    expect(put.status).toBe(200);
    await upload(creator);
    await served(creator, "/v1/batches", { input_file_id: inputOf(), endpoint: "/v1/embeddings", completion_window: "24h" });
    await served(clean, "/v1/batches/batch_g1");
    const { res, lines } = await content(clean, "file-out-g1");
    expect(res.status).toBe(200);
    expect(res.headers.get("x-guard-policy")).toBe("degraded");
    expect(lines[0]!.response.body.data[0].embedding).toEqual([3 / 85, 4 / 85, 12 / 85, 84 / 85, 0, 0]);
    expect(lines[1]).toEqual(RESULTS[1]);
  });

  it("an allowed key's results are the origin's, whole", async () => {
    const fileOf = originWithResults();
    const key = newKey();
    await upload(key);
    const { lines } = await content(key, fileOf());
    expect(lines).toEqual(RESULTS);
  });
});
