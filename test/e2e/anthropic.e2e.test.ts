/**
 * The official `@anthropic-ai/sdk` client against the real guard (Miniflare API) in front of the
 * mock origin, on /v1/messages. Token numbers follow the mock's rule (src/mock/usage.ts).
 */
import Anthropic from "@anthropic-ai/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGuard, type GuardHarness } from "../../scripts/lib/guard-harness.ts";
import { freshKey, recordingFetch, setOverrides, settledCounters } from "./helpers.ts";

let g: GuardHarness;
beforeAll(async () => {
  g = await startGuard();
});
afterAll(async () => {
  await g?.dispose();
});

function client(apiKey: string, opts: Partial<ConstructorParameters<typeof Anthropic>[0]> = {}): Anthropic {
  return new Anthropic({ apiKey, baseURL: g.url, maxRetries: 0, timeout: 20_000, ...opts });
}

// system "Be concise" (10) + "Hello Claude" (12) = 22 characters -> 6 input tokens.
const REQ = {
  model: "mock-claude",
  system: "Be concise",
  messages: [{ role: "user" as const, content: "Hello Claude" }],
};

describe("@anthropic-ai/sdk through the guard", () => {
  it("message: text, stop reason and exact usage; x-api-key forwarded", async () => {
    const { data, response } = await client(freshKey()).messages.create({ ...REQ, max_tokens: 4 }).withResponse();
    expect(response.status).toBe(200);
    expect(response.headers.get("x-mock-saw-auth")).toBe("yes");
    expect(data.content).toEqual([{ type: "text", text: "Lorem ipsum dolor sit" }]);
    expect(data.stop_reason).toBe("max_tokens");
    expect(data.usage).toMatchObject({ input_tokens: 6, output_tokens: 4 });
  });

  it("stream: events arrive as sent, final message assembles with usage", async () => {
    const t0 = Date.now();
    const arrivals: number[] = [];
    const stream = client(freshKey()).messages.stream(
      { ...REQ, max_tokens: 5 },
      { headers: { "x-mock-chunk-delay-ms": "100" } },
    );
    stream.on("text", () => arrivals.push(Date.now() - t0));
    const final = await stream.finalMessage();
    expect(final.content).toEqual([{ type: "text", text: "Lorem ipsum dolor sit amet" }]);
    expect(final.usage).toMatchObject({ input_tokens: 6, output_tokens: 5 });
    expect(arrivals).toHaveLength(5);
    // Unbuffered: the five text deltas are spread over ~400 ms (4 gaps of 100), not delivered in
    // one burst (a buffered stream's arrive within a few ms of each other). At 300 a loaded CI
    // machine failed it once (297 ms: one late timer shortens the gaps after it); 250 keeps the
    // openai test's margin (500 of 750).
    expect(arrivals.at(-1)! - arrivals[0]!).toBeGreaterThanOrEqual(250);
  });

  it("the guard settles exact usage: message_delta's final output_tokens, not message_start's provisional 1", async () => {
    const key = freshKey("sk-ant-e2e");
    const c = client(key);
    await c.messages.create({ ...REQ, max_tokens: 4 }); // 6 + 4
    await c.messages.stream({ ...REQ, max_tokens: 7 }).finalMessage(); // 6 + 7
    const counters = await settledCounters(g, key, { promptTokens: 12, completionTokens: 11 });
    expect(counters).toMatchObject({ requests: 2, served: 2, refused: 0, promptTokens: 12, completionTokens: 11 });
  });

  it("over the concurrency limit: RateLimitError only after the client honoured Retry-After", async () => {
    const key = freshKey("sk-ant-e2e");
    const keyId = await setOverrides(g, key, { concurrency: 1 });
    const hitsBefore = g.origin!.hits.length;

    // Hold the key's only slot with a slow stream (12 events, 300 ms apart = ~3.3 s).
    const slow = await client(key).messages.create(
      { ...REQ, max_tokens: 6, stream: true },
      { headers: { "x-mock-chunk-delay-ms": "300" } },
    );
    const it = slow[Symbol.asyncIterator]();
    expect((await it.next()).value?.type).toBe("message_start");

    const rec = recordingFetch();
    const err = await client(key, { maxRetries: 1, fetch: rec.fetch })
      .messages.create({ ...REQ, max_tokens: 4 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.RateLimitError);
    const rl = err as InstanceType<typeof Anthropic.RateLimitError>;
    expect(rl.status).toBe(429);
    expect(rl.error).toMatchObject({ type: "error", error: { type: "rate_limit_error" } });
    expect(rl.headers?.get("retry-after")).toBe("1");
    expect(rl.headers?.get("retry-after-ms")).toBe("1000");

    expect(rec.attempts.map((a) => a.status)).toEqual([429, 429]);
    expect(rec.attempts[1]!.at - rec.attempts[0]!.at).toBeGreaterThanOrEqual(900);
    expect(g.origin!.hits.length).toBe(hitsBefore + 1);
    // The guard's own account agrees: one served (the open stream), two refused.
    const stats = (await (await g.admin(`/admin/keys/${keyId}`)).json()) as Record<string, unknown>;
    expect(stats).toMatchObject({ inFlight: 1, counters: { requests: 3, served: 1, refused: 2 } });

    let text = "";
    for (let r = await it.next(); !r.done; r = await it.next()) {
      const ev = r.value;
      if (ev.type === "content_block_delta" && ev.delta.type === "text_delta") text += ev.delta.text;
    }
    expect(text).toBe("Lorem ipsum dolor sit amet consectetur");
    const ok = await client(key, { maxRetries: 2 }).messages.create({ ...REQ, max_tokens: 1 });
    expect(ok.content).toEqual([{ type: "text", text: "Lorem" }]);
  });

  it("a message batch created with the SDK is metered request by request", async () => {
    const key = freshKey("sk-ant-e2e");
    const params = { model: "mock-claude", max_tokens: 8, messages: [{ role: "user" as const, content: "Hello" }] };
    const b = await client(key).messages.batches.create({ requests: [0, 1, 2].map((i) => ({ custom_id: `c${i}`, params })) });
    expect(b.type).toBe("message_batch");
    const counters = await settledCounters(g, key, { served: 3 });
    expect(counters).toMatchObject({ requests: 3, served: 3 });
  });

  it("its results, fetched with the SDK, come through the guard (results_url points at it) and only for the key that created it", async () => {
    const key = freshKey("sk-ant-e2e");
    const params = { model: "mock-claude", max_tokens: 8, messages: [{ role: "user" as const, content: "Hello" }] };
    const b = await client(key).messages.batches.create({ requests: [0, 1].map((i) => ({ custom_id: `c${i}`, params })) });
    const seen: string[] = [];
    const rec: typeof fetch = async (input, init) => {
      seen.push(new Request(input as RequestInfo, init as RequestInit).url);
      return fetch(input as RequestInfo, init as RequestInit);
    };
    const items = [];
    for await (const r of await client(key, { fetch: rec }).messages.batches.results(b.id)) items.push(r);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ result: { type: "succeeded", message: { usage: { output_tokens: 8 } } } });
    // the retrieve and the results both went to the guard, never around it
    expect(seen).toHaveLength(2);
    for (const u of seen) expect(u.startsWith(g.url)).toBe(true);
    const other = await client(freshKey("sk-ant-e2e")).messages.batches.results(b.id).catch((e: unknown) => e);
    expect(other).toBeInstanceOf(Anthropic.NotFoundError);
  });
});
