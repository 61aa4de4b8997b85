import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { settledUsage, visibleOutput } from "../../src/proxy/handler.ts";
import { newDetectState } from "../../src/detect/state.ts";
import { observeUsage } from "../../src/detect/answers.ts";
import { readUsage, tapBody, type TapOptions } from "../../src/proxy/usage.ts";
import { drain } from "./stream-helpers.ts";

const enc = new TextEncoder();
const dec = new TextDecoder();

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    pull(c) {
      if (i < chunks.length) c.enqueue(chunks[i++]!);
      else c.close();
    },
  });
}

/** Split bytes at the given cut points (property tests choose them). */
function cut(bytes: Uint8Array, points: number[]): Uint8Array[] {
  const ps = [...new Set(points.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let prev = 0;
  for (const p of [...ps, bytes.length]) {
    if (p > prev) out.push(bytes.slice(prev, p));
    prev = p;
  }
  return out;
}


const OPENAI_SSE =
  'data: {"id":"c","choices":[{"index":0,"delta":{"role":"assistant","content":""}}],"usage":null}\n\n' +
  'data: {"id":"c","choices":[{"index":0,"delta":{"content":"Héllo wörld "}}],"usage":null}\n\n' +
  'data: {"id":"c","choices":[{"index":0,"delta":{"content":"again"},"finish_reason":"stop"}],"usage":null}\n\n' +
  'data: {"id":"c","choices":[],"usage":{"prompt_tokens":11,"completion_tokens":3,"total_tokens":14}}\n\n' +
  "data: [DONE]\n\n";
const USAGE_EVENT = 'data: {"id":"c","choices":[],"usage":{"prompt_tokens":11,"completion_tokens":3,"total_tokens":14}}\n\n';

const ANTHROPIC_SSE =
  'event: message_start\ndata: {"type":"message_start","message":{"usage":{"input_tokens":25,"output_tokens":1}}}\n\n' +
  'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hi there"}}\n\n' +
  'event: message_delta\ndata: {"type":"message_delta","delta":{"stop_reason":"end_turn"},"usage":{"output_tokens":12}}\n\n' +
  'event: message_stop\ndata: {"type":"message_stop"}\n\n';

const opts = (o: Partial<TapOptions>): TapOptions => ({ provider: "openai", kind: "chat", sse: true, hideUsageChunk: false, maxJsonBytes: 1 << 20, ...o });

describe("usage tap", () => {
  it("whatever the chunking, hides exactly the usage chunk and finds the usage", async () => {
    const bytes = enc.encode(OPENAI_SSE);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: bytes.length }), { maxLength: 40 }), async (points) => {
        const t = tapBody(streamOf(cut(bytes, points)), opts({ hideUsageChunk: true }));
        const text = await drain(t.stream);
        const r = await t.done;
        expect(text).toBe(OPENAI_SSE.replace(USAGE_EVENT, ""));
        expect(r).toEqual({ usage: { promptTokens: 11, completionTokens: 3 }, usageFinal: true, streamedChars: "Héllo wörld again".length, outcome: "complete" });
      }),
      { numRuns: 200 },
    );
  });

  it("without hiding, passes the bytes through unchanged, chunk for chunk", async () => {
    const bytes = enc.encode(OPENAI_SSE);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: bytes.length }), { maxLength: 20 }), async (points) => {
        const chunks = cut(bytes, points);
        const t = tapBody(streamOf(chunks), opts({}));
        const r = t.stream.getReader();
        for (const c of chunks) expect((await r.read()).value).toEqual(c);
        expect((await r.read()).done).toBe(true);
        expect((await t.done).usage).toEqual({ promptTokens: 11, completionTokens: 3 });
      }),
      { numRuns: 100 },
    );
  });

  it("Anthropic: input from message_start, output from the last message_delta", async () => {
    const t = tapBody(streamOf(cut(enc.encode(ANTHROPIC_SSE), [7, 100, 101, 250])), opts({ provider: "anthropic", kind: "messages" }));
    expect(await drain(t.stream)).toBe(ANTHROPIC_SSE);
    expect(await t.done).toEqual({ usage: { promptTokens: 25, completionTokens: 12 }, usageFinal: true, streamedChars: 8, outcome: "complete" });
  });

  it("JSON: reads usage at the end; an oversized JSON body is read at its two ends (red team R14-1)", async () => {
    const body = JSON.stringify({ id: "x", usage: { input_tokens: 4, output_tokens: 9 } });
    const t = tapBody(streamOf(cut(enc.encode(body), [5, 17])), opts({ sse: false }));
    expect(await drain(t.stream)).toBe(body);
    expect((await t.done).usage).toEqual({ promptTokens: 4, completionTokens: 9 });
    const t2 = tapBody(streamOf([enc.encode(body)]), opts({ sse: false, maxJsonBytes: 10 }));
    await drain(t2.stream);
    expect((await t2.done).usage).toEqual({ promptTokens: 4, completionTokens: 9 });
  });

  it("a cancelled stream reports what was streamed and cancels the origin", async () => {
    let originCancelled = false;
    const origin = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(enc.encode('data: {"choices":[{"delta":{"content":"abcdefgh"}}]}\n\n'));
      },
      cancel() {
        originCancelled = true;
      },
    });
    const t = tapBody(origin, opts({}));
    const r = t.stream.getReader();
    await r.read();
    await r.cancel("client gone");
    expect(await t.done).toEqual({ usage: undefined, usageFinal: false, streamedChars: 8, outcome: "cancelled" });
    expect(originCancelled).toBe(true);
  });

  it("readUsage understands every provider's usage object", () => {
    expect(readUsage({ prompt_tokens: 3, completion_tokens: 4 })).toEqual({ promptTokens: 3, completionTokens: 4 });
    expect(readUsage({ input_tokens: 3, output_tokens: 4, cache_read_input_tokens: 10, cache_creation_input_tokens: 2 })).toEqual({ promptTokens: 15, completionTokens: 4, cacheRead: 10, cacheWrite: 2 });
    expect(readUsage({ prompt_tokens: 7, total_tokens: 7 })).toEqual({ promptTokens: 7, completionTokens: 0 });
    expect(readUsage(null)).toBeUndefined();
    expect(readUsage({ foo: 1 })).toBeUndefined();
    expect(readUsage({ prompt_tokens: -1, completion_tokens: "x" })).toEqual({ promptTokens: 0, completionTokens: 0 });
  });
});

describe("a stream cut short (red team F1, F2)", () => {
  const sse = (events: object[]) => enc.encode(events.map((e) => `data: ${JSON.stringify(e)}\n\n`).join(""));

  /** Read `take` events of the stream, then hang up like a client would. */
  async function cutAfter(bytes: Uint8Array, take: number, opts: Partial<TapOptions>) {
    const events = dec.decode(bytes).split("\n\n").filter(Boolean).map((e) => enc.encode(e + "\n\n"));
    const tap = tapBody(streamOf(events), { provider: "openai", kind: "chat", sse: true, hideUsageChunk: false, maxJsonBytes: 1 << 20, ...opts });
    const reader = tap.stream.getReader();
    for (let i = 0; i < take; i++) await reader.read();
    await reader.cancel();
    return tap.done;
  }
  const prep = (extra: Record<string, unknown> = {}) => ({
    reservedTokens: 4010,
    promptTokens: 10,
    stream: true,
    body: { stream: true, ...extra },
  });

  it("Anthropic: text deltas streamed before the hang-up are charged, not the opening count of 0", async () => {
    const text = "y".repeat(400);
    const events = [
      { type: "message_start", message: { usage: { input_tokens: 10, output_tokens: 1 } } },
      ...Array.from({ length: 10 }, () => ({ type: "content_block_delta", index: 0, delta: { type: "text_delta", text } })),
      { type: "message_delta", usage: { output_tokens: 1000 } },
    ];
    const r = await cutAfter(sse(events), 10, { provider: "anthropic", kind: "messages" });
    expect(r.usageFinal).toBe(false);
    const u = settledUsage(r, true, prep());
    expect(u.promptTokens).toBe(10);
    expect(u.completionTokens).toBeGreaterThanOrEqual(900); // >= 9 deltas x 400 chars / 4
  });

  it("R89-3: an origin error (non-2xx) costs no tokens, whatever usage its body carries", () => {
    const usage = { promptTokens: 5, completionTokens: 500 };
    expect(settledUsage({ usage, usageFinal: true, streamedChars: 0, outcome: "complete" }, false, prep())).toEqual({ promptTokens: 0, completionTokens: 0 });
    expect(settledUsage({ usage, usageFinal: true, streamedChars: 0, outcome: "complete" }, true, prep())).toEqual(usage);
  });

  it("OpenAI tool-call arguments and reasoning deltas count as streamed output", async () => {
    const args = "z".repeat(400);
    const events = Array.from({ length: 10 }, (_, i) => ({
      choices: [{ index: 0, delta: i % 2 ? { tool_calls: [{ index: 0, id: "call_1", type: "function", function: { arguments: args } }] } : { reasoning_content: args } }],
    }));
    const r = await cutAfter(sse(events), 9, {});
    expect(settledUsage(r, true, prep()).completionTokens).toBeGreaterThanOrEqual(800);
  });

  it("Responses: reasoning summary and function-call argument deltas count", async () => {
    const d = "w".repeat(400);
    const events = [
      ...Array.from({ length: 5 }, () => ({ type: "response.reasoning_summary_text.delta", delta: d })),
      ...Array.from({ length: 5 }, () => ({ type: "response.function_call_arguments.delta", delta: d })),
    ];
    const r = await cutAfter(sse(events), 10, { kind: "responses" });
    expect(settledUsage(r, true, prep()).completionTokens).toBeGreaterThanOrEqual(900);
  });

  it("a stream cut before its final usage keeps its whole reservation: what the origin bills was not all streamed (red team R33-2)", async () => {
    // a reasoning model's answer line, after reasoning the stream never shows, then the hang-up
    const events = [{ choices: [{ index: 0, delta: { content: "The answer is 42." } }] }, { choices: [{ index: 0, delta: { content: " Because..." } }] }];
    const r = await cutAfter(sse(events), 1, {});
    expect(r.outcome).toBe("cancelled");
    expect(settledUsage(r, true, prep())).toEqual({ promptTokens: 10, completionTokens: 4000, seen: 5 }); // "The answer is 42." streamed
    // Anthropic: the input message_start reported stands, the output is the reservation's
    const a = await cutAfter(sse([{ type: "message_start", message: { usage: { input_tokens: 700, output_tokens: 1 } } }, { type: "content_block_delta", index: 0, delta: { type: "text_delta", text: "\u6c49".repeat(800) } }, { type: "message_delta", usage: { output_tokens: 1000 } }]), 2, { provider: "anthropic", kind: "messages" });
    expect(settledUsage(a, true, prep())).toEqual({ promptTokens: 700, completionTokens: 4000, seen: 200 });
    // what was streamed, when more than reserved, still counts
    expect(settledUsage({ streamedChars: 40_000, outcome: "cancelled" }, true, prep()).completionTokens).toBe(10_000);
    // detection reads the answer it streamed, not the reservation, and does not skip it
    const st = newDetectState();
    observeUsage(st, settledUsage(r, true, prep()), 0);
    expect(st.settled).toBe(1);
    expect(st.completionTokens).toBe(5);
  });

  it("a cut Anthropic stream keeps the cache reads message_start reported, so quotas count them at the share (red team R43-5)", async () => {
    const start = { type: "message_start", message: { usage: { input_tokens: 300, cache_read_input_tokens: 68_000, output_tokens: 1 } } };
    const a = await cutAfter(sse([start, { type: "content_block_delta", index: 0, delta: { type: "text_delta", text: "Hello there." } }, { type: "message_delta", usage: { output_tokens: 1000 } }]), 2, { provider: "anthropic", kind: "messages" });
    for (const u of [settledUsage(a, true, prep()), settledUsage(a, true, prep(), { tokensPerSecond: 250, elapsedMs: 1000 })]) {
      expect(u.promptTokens).toBe(68_300);
      expect(u.cacheRead).toBe(68_000);
    }
    // no input reported: the estimate, and no cache read
    expect(settledUsage({ streamedChars: 40, outcome: "cancelled" }, true, prep()).cacheRead).toBeUndefined();
  });

  it("a cut answer that hides nothing is charged what the origin can have written while it ran, not its cap (red team R39b-1)", async () => {
    const a = await cutAfter(sse([{ type: "message_start", message: { usage: { input_tokens: 700, output_tokens: 1 } } }, { type: "content_block_delta", index: 0, delta: { type: "text_delta", text: "Hello there, the first words of an answer." } }, { type: "message_delta", usage: { output_tokens: 1000 } }]), 2, { provider: "anthropic", kind: "messages" });
    // a Stop after 1 s at 250 tokens a second: 2 s of writing (the second it takes to learn), 500
    expect(settledUsage(a, true, prep(), { tokensPerSecond: 250, elapsedMs: 1000 })).toEqual({ promptTokens: 700, completionTokens: 500, seen: 11 });
    expect(settledUsage(a, true, prep(), { tokensPerSecond: 250, elapsedMs: 3400 })).toEqual({ promptTokens: 700, completionTokens: 1100, seen: 11 });
    // never over the cap (4,000 here)
    expect(settledUsage(a, true, prep(), { tokensPerSecond: 250, elapsedMs: 60_000 }).completionTokens).toBe(4000);
    // an origin faster than the rate: what was streamed, at a token a character, if more
    expect(settledUsage({ streamedChars: 3000, outcome: "cancelled" }, true, prep(), { tokensPerSecond: 250, elapsedMs: 0 }).completionTokens).toBe(3000);
    // and what was streamed at the usual estimate, when more than the cap
    expect(settledUsage({ streamedChars: 40_000, outcome: "cancelled" }, true, prep(), { tokensPerSecond: 250, elapsedMs: 0 }).completionTokens).toBe(10_000);
    // a complete answer, or one with its final usage, is charged as before
    expect(settledUsage({ streamedChars: 400, outcome: "complete" }, true, prep(), { tokensPerSecond: 250, elapsedMs: 9_000 }).completionTokens).toBe(100);
  });

  it("visibleOutput: an Anthropic message without thinking and with no tools the origin runs; nothing on OpenAI routes", () => {
    expect(visibleOutput("messages", { messages: [] })).toBe(true);
    expect(visibleOutput("messages", { thinking: { type: "disabled" }, tools: [{ name: "f", input_schema: {} }] })).toBe(true);
    expect(visibleOutput("messages", { thinking: null })).toBe(true);
    expect(visibleOutput("messages", { thinking: { type: "enabled", budget_tokens: 2048 } })).toBe(false);
    expect(visibleOutput("messages", { thinking: { type: "adaptive" } })).toBe(false);
    expect(visibleOutput("messages", { tools: [{ type: "web_search_20250305", name: "web_search" }] })).toBe(false);
    expect(visibleOutput("messages", { mcp_servers: [{ type: "url", url: "https://m.example", name: "m" }] })).toBe(false);
    for (const kind of ["chat", "responses", "completions", "embeddings"] as const) expect(visibleOutput(kind, {})).toBe(false);
  });

  it("a stream that ended without usage (an origin that sends none) is charged what was streamed", () => {
    expect(settledUsage({ streamedChars: 400, outcome: "complete" }, true, prep())).toEqual({ promptTokens: 10, completionTokens: 100 });
  });

  it("a stream the client leaves, with drainMs, is read on to its end for the origin's usage; onCancel is told at once (red team R36)", async () => {
    const events = [
      { type: "response.created", response: { id: "resp_1" } },
      { type: "response.output_text.delta", delta: "The answer" },
      { type: "response.output_text.delta", delta: " and more" },
      { type: "response.completed", response: { id: "resp_1", status: "completed", usage: { input_tokens: 50_010, output_tokens: 40 } } },
    ];
    let told = 0;
    const r = await cutAfter(sse(events), 2, { kind: "responses", drainMs: 5_000, onCancel: () => void told++ });
    expect(told).toBe(1);
    expect(r.outcome).toBe("cancelled");
    expect(r.usageFinal).toBe(true);
    expect(settledUsage(r, true, prep())).toEqual({ promptTokens: 50_010, completionTokens: 40 });
    // without drainMs the origin's stream is cancelled with the client's: its reservation
    const plain = await cutAfter(sse(events), 2, { kind: "responses" });
    expect(plain.usageFinal).toBe(false);
  });

  it("a drain ends after drainMs when the origin says nothing more: what was seen stands", async () => {
    let pull = 0;
    const first = enc.encode(`data: ${JSON.stringify({ type: "response.created", response: { id: "resp_2" } })}\n\n`);
    const origin = new ReadableStream<Uint8Array>({
      pull(c) {
        if (pull++ === 0) c.enqueue(first);
        return new Promise<void>(() => undefined); // then silence
      },
    });
    const tap = tapBody(origin, { provider: "openai", kind: "responses", sse: true, hideUsageChunk: false, maxJsonBytes: 1 << 20, drainMs: 50 });
    const reader = tap.stream.getReader();
    await reader.read();
    await reader.cancel();
    const t0 = Date.now();
    const r = await tap.done;
    expect(Date.now() - t0).toBeLessThan(2_000);
    expect(r.outcome).toBe("cancelled");
    expect(r.usageFinal).toBe(false);
  });

  it("a background response cut short keeps its whole reservation", async () => {
    const events = [{ type: "response.created", response: { id: "resp_1" } }, { type: "response.output_text.delta", delta: "hi" }];
    const r = await cutAfter(sse(events), 1, { kind: "responses" });
    expect(settledUsage(r, true, prep({ background: true }))).toEqual({ promptTokens: 10, completionTokens: 4000, estimated: true });
  });
});
