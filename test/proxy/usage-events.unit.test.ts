/**
 * The usage tap event by event: which events carry usage, which characters count as streamed
 * output, how Anthropic's split usage combines, what is forwarded. Exact numbers. Written against
 * the survivors of a mutation run over src/proxy/usage.ts.
 */
import { describe, expect, it } from "vitest";
import { readUsage } from "../../src/proxy/usage.ts";

import { ev, tap } from "./tap-helpers.ts";

describe("readUsage", () => {
  it("negative, non-finite and non-number counts are 0; a usage needs at least one known field", () => {
    expect(readUsage({ prompt_tokens: -5, completion_tokens: Number.POSITIVE_INFINITY })).toEqual({ promptTokens: 0, completionTokens: 0 });
    expect(readUsage({ prompt_tokens: "5", completion_tokens: 0 })).toEqual({ promptTokens: 0, completionTokens: 0 });
    expect(readUsage({ input_tokens: 3 })).toEqual({ promptTokens: 3, completionTokens: 0 });
    expect(readUsage({ output_tokens: 4 })).toEqual({ promptTokens: 0, completionTokens: 4 });
    expect(readUsage({ completion_tokens: 4 })).toEqual({ promptTokens: 0, completionTokens: 4 });
    expect(readUsage({ prompt_tokens: 0, completion_tokens: 0 })).toEqual({ promptTokens: 0, completionTokens: 0 });
    expect(readUsage({ total_tokens: 9 })).toBeUndefined();
    expect(readUsage(null)).toBeUndefined();
    expect(readUsage("x")).toBeUndefined();
  });
});

describe("Anthropic's sampling iterations (server-side compaction, red team R79-1)", () => {
  // the documented example: the top level counts the message iteration only
  const usage = {
    input_tokens: 23_000, output_tokens: 1_000,
    iterations: [{ type: "compaction", input_tokens: 180_000, output_tokens: 3_500 }, { type: "message", input_tokens: 23_000, output_tokens: 1_000 }],
  };
  it("a JSON answer: each count the larger of the top level's and the iterations' sum", () => {
    expect(readUsage(usage)).toEqual({ promptTokens: 203_000, completionTokens: 4_500 });
    // cache counts are summed the same way
    expect(readUsage({ input_tokens: 10, output_tokens: 5, cache_read_input_tokens: 100, iterations: [{ input_tokens: 50, output_tokens: 7, cache_read_input_tokens: 900 }, { input_tokens: 10, output_tokens: 5, cache_read_input_tokens: 100 }] }))
      .toEqual({ promptTokens: 1_060, completionTokens: 12, cacheRead: 1_000 });
    // iterations that sum to less than the top level (or are not counts) leave it standing
    expect(readUsage({ input_tokens: 400, output_tokens: 50, iterations: [{ input_tokens: 100, output_tokens: "9" }, null] })).toEqual({ promptTokens: 400, completionTokens: 50 });
  });
  it("server tool calls an iteration reports: the larger of the top level's and the iterations' sum", () => {
    const its = [{ input_tokens: 10, output_tokens: 5, server_tool_use: { web_search_requests: 3 } }, { input_tokens: 10, output_tokens: 5, server_tool_use: { web_search_requests: 2, web_fetch_requests: 1 } }];
    expect(readUsage({ input_tokens: 20, output_tokens: 10, iterations: its })).toEqual({ promptTokens: 20, completionTokens: 10, hosted: { webSearch: 5, webFetch: 1 } });
    expect(readUsage({ input_tokens: 20, output_tokens: 10, server_tool_use: { web_search_requests: 9 }, iterations: its })).toEqual({ promptTokens: 20, completionTokens: 10, hosted: { webSearch: 9, webFetch: 1 } });
    expect(readUsage({ input_tokens: 20, output_tokens: 10, server_tool_use: { web_search_requests: 1 }, iterations: [{ input_tokens: 20 }, null] })).toEqual({ promptTokens: 20, completionTokens: 10, hosted: { webSearch: 1 } });
  });
  it("a stream: the final message_delta's iterations", async () => {
    const start = ev({ type: "message_start", message: { usage: { input_tokens: 23_000, output_tokens: 1 } } });
    const delta = ev({ type: "message_delta", usage });
    const { result } = await tap([start, delta], { provider: "anthropic", kind: "messages" });
    expect(result.usage).toEqual({ promptTokens: 203_000, completionTokens: 4_500 });
  });
});

describe("SSE events", () => {
  it("OpenAI chat: delta strings count except labels; text choices count; the usage chunk is final", async () => {
    const { result } = await tap([
      ev({ choices: [{ index: 0, delta: { role: "assistant", content: "abc" } }] }),
      ev({ choices: [{ index: 0, delta: { tool_calls: [{ index: 0, id: "call_1", type: "function", function: { name: "fn", arguments: "{}" } }] } }] }),
      ev({ choices: [{ text: "hello" }, null] }),
      ev({ choices: [], usage: { prompt_tokens: 7, completion_tokens: 9 } }),
      "data: [DONE]\n\n",
    ]);
    expect(result).toEqual({ usage: { promptTokens: 7, completionTokens: 9 }, usageFinal: true, streamedChars: 3 + 2 + 2 + 5, outcome: "complete" });
  });

  it("deeply nested delta strings beyond 6 levels are not counted", async () => {
    let d: unknown = "xyz";
    for (let i = 0; i < 8; i++) d = { k: d };
    let shallow: unknown = "xyz";
    for (let i = 0; i < 5; i++) shallow = [shallow];
    const { result } = await tap([ev({ choices: [{ delta: d }] }), ev({ choices: [{ delta: { a: shallow, n: 5 } }] })]);
    expect(result.streamedChars).toBe(3);
  });

  it("the usage chunk is hidden only when asked, and only that chunk", async () => {
    const chunks = [ev({ choices: [{ delta: { content: "ab" } }] }), ev({ choices: [{ delta: { content: "c" } }], usage: { prompt_tokens: 1, completion_tokens: 2 } }), ev({ choices: [], usage: { prompt_tokens: 1, completion_tokens: 3 } }), "data: [DONE]\n\n"];
    const hidden = await tap(chunks, { hideUsageChunk: true });
    expect(hidden.text).toBe(chunks[0]! + chunks[1]! + chunks[3]!);
    expect(hidden.result.usage).toEqual({ promptTokens: 1, completionTokens: 3 });
    const shown = await tap(chunks);
    expect(shown.text).toBe(chunks.join(""));
  });

  it("an unterminated last event is forwarded when hiding, and still parsed nowhere", async () => {
    const { text, result } = await tap([ev({ choices: [{ delta: { content: "ab" } }] }), 'data: {"choices":[{"delta":{"content":"zz"}}]}'], { hideUsageChunk: true });
    expect(text.endsWith('data: {"choices":[{"delta":{"content":"zz"}}]}')).toBe(true);
    expect(result.streamedChars).toBe(2);
  });

  it("Responses: every *.delta string counts; completed, incomplete and failed carry the usage", async () => {
    for (const end of ["response.completed", "response.incomplete", "response.failed"]) {
      const { result } = await tap(
        [
          ev({ type: "response.output_text.delta", delta: "abcd" }),
          ev({ type: "response.reasoning_summary_text.delta", delta: "ef" }),
          ev({ type: "response.output_text.delta", delta: 5 }),
          ev({ type: "response.output_text.done", text: "abcdef" }),
          ev({ type: "other.delta", delta: "zzzz" }),
          ev({ type: end, response: { usage: { input_tokens: 4, output_tokens: 6 } } }),
        ],
        { kind: "responses" },
      );
      expect(result, end).toMatchObject({ usage: { promptTokens: 4, completionTokens: 6 }, usageFinal: true, streamedChars: 6 });
    }
    const inProgress = await tap([ev({ type: "response.in_progress", response: { usage: { input_tokens: 4, output_tokens: 6 } } })], { kind: "responses" });
    expect(inProgress.result.usage).toBeUndefined();
  });

  it("Anthropic: input from message_start (not final), output from message_delta (final), text deltas count", async () => {
    const start = ev({ type: "message_start", message: { usage: { input_tokens: 10, cache_read_input_tokens: 5, output_tokens: 1 } } });
    const delta = ev({ type: "content_block_delta", index: 0, delta: { type: "text_delta", text: "hello" } });
    const mdelta = ev({ type: "message_delta", usage: { output_tokens: 42 } });
    const a = await tap([start, delta], { provider: "anthropic", kind: "messages" });
    expect(a.result).toEqual({ usage: { promptTokens: 15, completionTokens: 0, cacheRead: 5 }, usageFinal: false, streamedChars: 5, outcome: "complete" });
    const b = await tap([start, delta, mdelta], { provider: "anthropic", kind: "messages" });
    expect(b.result).toEqual({ usage: { promptTokens: 15, completionTokens: 42, cacheRead: 5 }, usageFinal: true, streamedChars: 5, outcome: "complete" });
    // an output count before any input count keeps prompt 0
    const c = await tap([mdelta, start], { provider: "anthropic", kind: "messages" });
    expect(c.result.usage).toEqual({ promptTokens: 15, completionTokens: 42, cacheRead: 5 });
    expect(c.result.usageFinal).toBe(false);
    const d = await tap([ev({ type: "message_start" }), ev({ type: "ping" })], { provider: "anthropic", kind: "messages" });
    expect(d.result.usage).toBeUndefined();
  });

  it("Anthropic: a message_delta's input counts are cumulative and replace message_start's, field by field (red team R39a-1)", async () => {
    // a server tool (web search, code execution, MCP) adds its results to the input: the API
    // reports the turn's whole input only in the final message_delta
    const start = ev({ type: "message_start", message: { usage: { input_tokens: 10, cache_read_input_tokens: 5, cache_creation_input_tokens: 2, output_tokens: 1 } } });
    const searched = ev({ type: "message_delta", usage: { input_tokens: 50_010, cache_read_input_tokens: 700, output_tokens: 300, server_tool_use: { web_search_requests: 1 } } });
    const a = await tap([start, searched], { provider: "anthropic", kind: "messages" });
    // input 50,010 and cache read 700 replaced; cache creation 2 kept from message_start (not named again)
    // (its one web search is a call billed beside the tokens: GUARD_POLICY.hostedCalls)
    expect(a.result).toEqual({ usage: { promptTokens: 50_712, completionTokens: 300, cacheRead: 700, cacheWrite: 2, hosted: { webSearch: 1 } }, usageFinal: true, streamedChars: 0, outcome: "complete" });
    // two message_deltas: the last one's counts stand
    const again = ev({ type: "message_delta", usage: { input_tokens: 90_000, output_tokens: 400 } });
    const b = await tap([start, searched, again], { provider: "anthropic", kind: "messages" });
    expect(b.result.usage).toEqual({ promptTokens: 90_702, completionTokens: 400, cacheRead: 700, cacheWrite: 2, hosted: { webSearch: 1 } });
    // a count that is not a non-negative number is not read as one
    const bad = ev({ type: "message_delta", usage: { input_tokens: -5, cache_read_input_tokens: "9", output_tokens: 3 } });
    const c = await tap([start, bad], { provider: "anthropic", kind: "messages" });
    expect(c.result.usage).toEqual({ promptTokens: 17, completionTokens: 3, cacheRead: 5, cacheWrite: 2 });
  });

  it("data lines: 'data:' with or without a space, several lines joined, CRLF events, non-JSON ignored", async () => {
    const { result } = await tap([
      'data:{"choices":[{"delta":{"content":"ab"}}]}\r\n\r\n',
      'data: {"choices":[{"delta":\ndata: {"content":"cde"}}]}\n\n',
      "event: x\ndata: not json\n\n",
      "data: {broken\n\n",
      ": comment\n\n",
    ]);
    expect(result.streamedChars).toBe(5);
  });
});

describe("JSON bodies", () => {
  it("usage read at the end exactly, final; a body without usage gives none", async () => {
    const a = await tap([JSON.stringify({ id: "x", usage: { prompt_tokens: 3, completion_tokens: 4 } })], { sse: false });
    expect(a.result).toEqual({ usage: { promptTokens: 3, completionTokens: 4 }, usageFinal: true, streamedChars: 0, outcome: "complete" });
    const b = await tap([JSON.stringify({ id: "x" })], { sse: false });
    expect(b.result).toEqual({ usage: undefined, usageFinal: false, streamedChars: 0, outcome: "complete" });
    const c = await tap(["not json"], { sse: false });
    expect(c.result.usage).toBeUndefined();
    // exactly maxJsonBytes is still read whole; one char more, only its two ends are kept, so a
    // usage written first, before 64 K of output, is out of reach (every provider writes it last)
    const body = JSON.stringify({ usage: { prompt_tokens: 1, completion_tokens: 1 }, output: "z".repeat(70_000) });
    expect((await tap([body], { sse: false, maxJsonBytes: body.length })).result.usage).toEqual({ promptTokens: 1, completionTokens: 1 });
    expect((await tap([body], { sse: false, maxJsonBytes: body.length - 1 })).result.usage).toBeUndefined();
  });
});
