/**
 * The official `openai` client against the real guard (Miniflare API) in front of the mock
 * origin: what a customer's code sees, including how it retries a 429.
 * Token numbers follow the mock's rule (src/mock/usage.ts).
 */
import OpenAI from "openai";
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

function client(apiKey: string, opts: Partial<ConstructorParameters<typeof OpenAI>[0]> = {}): OpenAI {
  return new OpenAI({ apiKey, baseURL: `${g.url}/v1`, maxRetries: 0, timeout: 20_000, ...opts });
}

// 14 + 23 characters -> ceil(37 / 4) = 10 prompt tokens.
const MESSAGES = [
  { role: "system" as const, content: "You are terse." },
  { role: "user" as const, content: "Say hello to the world!" },
];

describe("openai client through the guard", () => {
  it("chat completion: text and exact usage, key forwarded to the origin", async () => {
    const { data, response } = await client(freshKey())
      .chat.completions.create({ model: "mock-gpt", messages: MESSAGES, max_tokens: 5 })
      .withResponse();
    expect(response.status).toBe(200);
    expect(response.headers.get("x-mock-saw-auth")).toBe("yes");
    expect(data.choices[0]!.message.content).toBe("Lorem ipsum dolor sit amet");
    expect(data.choices[0]!.finish_reason).toBe("length");
    expect(data.usage).toMatchObject({ prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 });
  });

  it("stream: chunks arrive as sent, text assembles, no usage chunk leaks when not asked", async () => {
    const t0 = Date.now();
    const { data: stream, response } = await client(freshKey())
      .chat.completions.create(
        { model: "mock-gpt", messages: MESSAGES, max_tokens: 4, stream: true },
        { headers: { "x-mock-chunk-delay-ms": "150" } },
      )
      .withResponse();
    // The guard asked the origin for usage (to settle tokens) even though the client did not.
    expect(response.headers.get("x-mock-include-usage")).toBe("yes");
    const arrivals: number[] = [];
    const chunks: OpenAI.Chat.Completions.ChatCompletionChunk[] = [];
    for await (const chunk of stream) {
      arrivals.push(Date.now() - t0);
      chunks.push(chunk);
    }
    expect(chunks.map((c) => c.choices[0]?.delta.content ?? "").join("")).toBe("Lorem ipsum dolor sit");
    expect(chunks.every((c) => c.choices.length === 1)).toBe(true);
    expect(chunks.every((c) => c.usage == null)).toBe(true);
    // Unbuffered: the first chunk arrives long before the last one (6 frames, 150 ms apart).
    expect(arrivals.at(-1)! - arrivals[0]!).toBeGreaterThanOrEqual(500);
  });

  it("stream with include_usage: the final usage chunk reaches the client with exact numbers", async () => {
    const stream = await client(freshKey()).chat.completions.create({
      model: "mock-gpt", messages: MESSAGES, max_tokens: 3, stream: true, stream_options: { include_usage: true },
    });
    const chunks: OpenAI.Chat.Completions.ChatCompletionChunk[] = [];
    for await (const chunk of stream) chunks.push(chunk);
    const last = chunks.at(-1)!;
    expect(last.choices).toEqual([]);
    expect(last.usage).toMatchObject({ prompt_tokens: 10, completion_tokens: 3, total_tokens: 13 });
  });

  it("responses and embeddings pass with exact usage", async () => {
    const c = client(freshKey());
    const r = await c.responses.create({ model: "mock-gpt", input: "Hi there!", instructions: "Be brief", max_output_tokens: 6 });
    expect(r.output_text).toBe("Lorem ipsum dolor sit amet consectetur");
    expect(r.usage).toMatchObject({ input_tokens: 5, output_tokens: 6, total_tokens: 11 });
    const e = await c.embeddings.create({ model: "mock-embed", input: ["abcd", "efghij"] });
    expect(e.data).toHaveLength(2);
    expect(e.data[0]!.embedding).toHaveLength(8);
    expect(e.usage).toEqual({ prompt_tokens: 3, total_tokens: 3 });
  });

  it("the guard settles the origin's exact usage for JSON and streams (responses stream included)", async () => {
    const key = freshKey();
    const c = client(key);
    await c.chat.completions.create({ model: "mock-gpt", messages: MESSAGES, max_tokens: 5 }); // 10 + 5
    const chat = await c.chat.completions.create({ model: "mock-gpt", messages: MESSAGES, max_tokens: 4, stream: true }); // 10 + 4
    for await (const _ of chat) void _;
    const resp = await c.responses.create({ model: "mock-gpt", input: "Hi there!", instructions: "Be brief", max_output_tokens: 3, stream: true }); // 5 + 3
    const types: string[] = [];
    let text = "";
    let usage: unknown;
    for await (const ev of resp) {
      types.push(ev.type);
      if (ev.type === "response.output_text.delta") text += ev.delta;
      if (ev.type === "response.completed") usage = ev.response.usage;
    }
    expect(types[0]).toBe("response.created");
    expect(text).toBe("Lorem ipsum dolor");
    expect(usage).toMatchObject({ input_tokens: 5, output_tokens: 3, total_tokens: 8 });
    const counters = await settledCounters(g, key, { promptTokens: 25, completionTokens: 12 });
    expect(counters).toMatchObject({ requests: 3, served: 3, refused: 0, promptTokens: 25, completionTokens: 12 });
  });

  it("over the concurrency limit: RateLimitError only after the client honoured Retry-After", async () => {
    const key = freshKey();
    const keyId = await setOverrides(g, key, { concurrency: 1 });
    const hitsBefore = g.origin!.hits.length;

    // Hold the key's only slot with a slow stream (10 frames, 400 ms apart = ~3.6 s).
    const slow = await client(key).chat.completions.create(
      { model: "mock-gpt", messages: MESSAGES, stream: true },
      { headers: { "x-mock-chunk-delay-ms": "400", "x-mock-words": "6" } },
    );
    const it = slow[Symbol.asyncIterator]();
    expect((await it.next()).done).toBe(false);

    const rec = recordingFetch();
    const t0 = Date.now();
    const err = await client(key, { maxRetries: 1, fetch: rec.fetch })
      .chat.completions.create({ model: "mock-gpt", messages: MESSAGES })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.RateLimitError);
    const rl = err as InstanceType<typeof OpenAI.RateLimitError>;
    expect(rl.status).toBe(429);
    expect(rl.code).toBe("rate_limit_exceeded");
    expect(rl.headers?.get("retry-after")).toBe("1");
    expect(rl.headers?.get("retry-after-ms")).toBe("1000");

    // Two attempts reached the guard, both 429, and the client waited the advised second between.
    expect(rec.attempts.map((a) => a.status)).toEqual([429, 429]);
    expect(rec.attempts[1]!.at - rec.attempts[0]!.at).toBeGreaterThanOrEqual(900);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
    // Refused attempts never reached the origin; only the slow stream did.
    expect(g.origin!.hits.length).toBe(hitsBefore + 1);
    // The guard's own account agrees: one served (the open stream), two refused.
    const stats = (await (await g.admin(`/admin/keys/${keyId}`)).json()) as Record<string, unknown>;
    expect(stats).toMatchObject({ inFlight: 1, counters: { requests: 3, served: 1, refused: 2 } });

    // Finishing the stream frees the slot: the next call is served.
    let text = "";
    for (let r = await it.next(); !r.done; r = await it.next()) text += r.value.choices[0]?.delta.content ?? "";
    expect(text).toBe("Lorem ipsum dolor sit amet consectetur");
    const ok = await client(key, { maxRetries: 2 }).chat.completions.create({ model: "mock-gpt", messages: MESSAGES, max_tokens: 1 });
    expect(ok.choices[0]!.message.content).toBe("Lorem");
  });

  it("a batch input file uploaded with the SDK is metered line by line; running it again is metered again", async () => {
    const key = freshKey();
    const c = client(key);
    const lines = [0, 1, 2, 3, 4].map((i) =>
      JSON.stringify({ custom_id: `r${i}`, method: "POST", url: "/v1/chat/completions", body: { model: "mock-gpt", max_tokens: 5, messages: [{ role: "user", content: `Question ${i}` }] } }),
    );
    const file = await c.files.create({ file: new File([lines.join("\n")], "in.jsonl"), purpose: "batch" });
    expect(file).toMatchObject({ object: "file", purpose: "batch" });
    const batch = await c.batches.create({ input_file_id: file.id, endpoint: "/v1/chat/completions", completion_window: "24h" });
    expect(batch.object).toBe("batch");
    // five inner requests + the first run of the file (one request: the upload was metered)
    const counters = await settledCounters(g, key, { served: 6 });
    expect(counters).toMatchObject({ requests: 6, served: 6 });
    // a second batch from the same file runs all five again
    await c.batches.create({ input_file_id: file.id, endpoint: "/v1/chat/completions", completion_window: "24h" });
    expect(await settledCounters(g, key, { served: 11 })).toMatchObject({ requests: 11, served: 11 });
    const unknown = await c.batches.create({ input_file_id: "file-elsewhere", endpoint: "/v1/chat/completions", completion_window: "24h" }).catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(OpenAI.BadRequestError);

    const err = await c.files.create({ file: new File(["x"], "train.jsonl"), purpose: "fine-tune" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect((err as InstanceType<typeof OpenAI.BadRequestError>).param).toBe("purpose");
    // a model input (a PDF later requests name by file_id) goes through as one free request
    const pdf = await c.files.create({ file: new File(["%PDF-1.7 x"], "report.pdf", { type: "application/pdf" }), purpose: "user_data" });
    expect(pdf.id).toMatch(/^file-/);
  });

  it("a nightly file of more lines than the key's rpm is uploaded and started with the SDK's defaults (red team R31-2, R32-4)", async () => {
    const key = freshKey();
    await setOverrides(g, key, { rpm: 30 });
    const c = client(key, { maxRetries: 2 }); // the SDK's default
    const lines = Array.from({ length: 75 }, (_, i) =>
      JSON.stringify({ custom_id: `t${i}`, method: "POST", url: "/v1/chat/completions", body: { model: "mock-gpt", max_tokens: 5, messages: [{ role: "user", content: `Ticket ${i}` }] } }),
    );
    const file = await c.files.create({ file: new File([lines.join("\n")], "nightly.jsonl"), purpose: "batch" });
    // the upload took the whole minute of requests: the start waits one refill (2 s at rpm 30),
    // within what the SDK honours (a Retry-After over 60 s and it gives up)
    const batch = await c.batches.create({ input_file_id: file.id, endpoint: "/v1/chat/completions", completion_window: "24h" });
    expect(batch.object).toBe("batch");
    expect(await settledCounters(g, key, { served: 76 })).toMatchObject({ served: 76 });
  });
});
