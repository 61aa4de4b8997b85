/**
 * guardFetch with a streamed body (red team R41-2: `files.create({file: fs.createReadStream(...)})`
 * was handed back refused, the helper could not send it again): the body is read into bytes first,
 * so the request carrying the solution sends it whole.
 */
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { CHALLENGE_HEADER, issuePuzzle } from "../../src/challenge/pow.ts";
import { SOLUTION_HEADER, guardFetch } from "../../src/client/index.ts";

const BYTES = new TextEncoder().encode("--boundary\r\ncontent-disposition: form-data; name=\"file\"\r\n\r\n" + "x".repeat(200_000) + "\r\n--boundary--\r\n");

/** An origin that challenges the first request, then records what the second one sent. */
async function challenging() {
  const { token } = await issuePuzzle("secret-for-tests", { keyId: "k_1", route: "files", bits: 4, nowMs: Date.now(), ttlMs: 60_000 });
  const sent: { body: Uint8Array; solution: string | null; duplex: unknown }[] = [];
  const inner = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    const body = new Uint8Array(await new Response(init?.body ?? null).arrayBuffer());
    sent.push({ body, solution: new Headers(init?.headers).get(SOLUTION_HEADER), duplex: (init as { duplex?: unknown } | undefined)?.duplex });
    return sent.length === 1 ? new Response("{}", { status: 403, headers: { [CHALLENGE_HEADER]: token } }) : new Response("{}", { status: 200 });
  }) as typeof fetch;
  return { inner, sent };
}

describe("guardFetch, a streamed body (red team R41-2)", () => {
  it("a web ReadableStream is sent whole again with the solution", async () => {
    const { inner, sent } = await challenging();
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < BYTES.length; i += 7000) c.enqueue(BYTES.slice(i, i + 7000));
        c.close();
      },
    });
    const res = await guardFetch({ fetch: inner })("https://guard.test/v1/files", { method: "POST", body, duplex: "half" } as RequestInit);
    expect(res.status).toBe(200);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.solution).not.toBeNull();
    expect(sent[0]!.body).toEqual(BYTES);
    expect(sent[1]!.body).toEqual(BYTES);
    expect(sent[1]!.duplex).toBeUndefined();
  });
  it("a Node stream (what an SDK sends for fs.createReadStream) likewise", async () => {
    const { inner, sent } = await challenging();
    const chunks = Array.from({ length: Math.ceil(BYTES.length / 5000) }, (_, i) => Buffer.from(BYTES.slice(i * 5000, (i + 1) * 5000)));
    const res = await guardFetch({ fetch: inner })("https://guard.test/v1/files", { method: "POST", body: Readable.from(chunks) as unknown as BodyInit, duplex: "half" } as RequestInit);
    expect(res.status).toBe(200);
    expect(sent.map((s) => s.body)).toEqual([BYTES, BYTES]);
  });
  it("bodies that can be sent again are passed as they are", async () => {
    const { inner, sent } = await challenging();
    const res = await guardFetch({ fetch: inner })("https://guard.test/v1/chat/completions", { method: "POST", body: "{\"a\":1}" });
    expect(res.status).toBe(200);
    expect(sent.map((s) => new TextDecoder().decode(s.body))).toEqual(['{"a":1}', '{"a":1}']);
  });
});
