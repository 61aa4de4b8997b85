/**
 * The pure parts of the proxy, pinned exactly (golden): the degrade rewrite and its reservation,
 * a metered request's preparation (reservation, prompt estimate, stream_options rewrite, the 400
 * naming the field), the body walk's prompt estimate, the size cap, and the usage tap over SSE
 * streams and JSON bodies of each provider, compared with proxy-golden.json.
 *
 * Why: the proxy unit tests check each rule on the case it was written for; a guard that also
 * fires when it should not (a field set that was absent, a list rewritten that had no repeats),
 * a boundary or a nesting bound were free to drift.
 *
 * A change of this behaviour changes these expectations on purpose: re-record with
 * `GOLDEN_UPDATE=1 npx vitest run test/proxy/proxy-golden.unit.test.ts` and review the diff.
 */
import { describe, expect, it } from "vitest";
import { goldenFile } from "../golden.ts";
import { DEFAULT_DEGRADE, degradeBody, degradedReservation } from "../../src/proxy/degrade.ts";
import { GuardError } from "../../src/proxy/errors.ts";
import { bodyPromptTokens, prepareBody, readBody, samplesOf } from "../../src/proxy/request.ts";
import type { MeteredKind } from "../../src/proxy/routes.ts";
import { readUsage, tapBody } from "../../src/proxy/usage.ts";

const { golden, pin } = goldenFile(new URL("./proxy-golden.json", import.meta.url));

const msgs = [{ role: "user", content: "Explain the tides in detail." }];
/** Bodies per route: plain ones, and ones asking for every thing degrade removes. */
const BODIES: [MeteredKind, Record<string, unknown>][] = [
  ["chat", { model: "m", messages: msgs }],
  ["chat", { model: "m", messages: msgs, n: 1, max_tokens: 100, verbosity: "low", reasoning_effort: "low" }],
  ["chat", { model: "m", messages: msgs, n: 4, logprobs: true, top_logprobs: 5, max_tokens: 9000, max_completion_tokens: 700, reasoning_effort: "high", verbosity: "high", prompt_logprobs: 3, stream: true, stream_options: { include_usage: false } }],
  ["chat", { model: "m", messages: msgs, n: 2, best_of: 3, max_completion_tokens: null, reasoning_effort: "minimal", stream: true, stream_options: { include_usage: true } }],
  ["chat", { model: "m", messages: msgs, reasoning_effort: "none", max_tokens: 512, echo: false, logprobs: null }],
  ["completions", { model: "m", prompt: ["a", "b", "a", "c", "b"], best_of: 5, n: 2, logprobs: 3, echo: true, max_tokens: 2000, stream: true }],
  ["completions", { model: "m", prompt: [[1, 2], [1, 2], [3]], max_tokens: 10 }],
  ["completions", { model: "m", prompt: [1, 2, 3, 1, 2], max_tokens: 10 }],
  ["completions", { model: "m", prompt: ["only"], max_tokens: 600 }],
  ["completions", { model: "m", prompt: [], suffix: "end" }],
  ["completions", { model: "m", prompt: "plain", ignore_eos: true, min_tokens: 100 }],
  ["responses", { model: "m", input: "Think hard.", reasoning: { effort: "high", summary: "auto", generate_summary: "detailed" }, include: ["reasoning.encrypted_content", "message.output_text.logprobs", "file_search_call.results"], text: { verbosity: "high", format: { type: "text" } }, max_output_tokens: 5000, top_logprobs: 4 }],
  ["responses", { model: "m", input: "x", reasoning: { effort: "low", summary: null }, include: ["file_search_call.results"], text: { verbosity: "low" } }],
  ["responses", { model: "m", input: "x", reasoning: { effort: "minimal" }, background: true }],
  ["responses", { model: "m", input: "x", background: true, max_output_tokens: 77 }],
  ["responses", { model: "m", input: "x", background: false }],
  ["messages", { model: "c", messages: msgs, max_tokens: 20000, thinking: { type: "enabled", budget_tokens: 16000 }, top_k: 5 }],
  ["messages", { model: "c", messages: msgs, max_tokens: 2000, thinking: { type: "enabled", budget_tokens: 1024 } }],
  ["messages", { model: "c", messages: msgs, max_tokens: 300, thinking: { type: "disabled" } }],
  ["messages", { model: "c", messages: msgs, max_tokens: 300, thinking: { type: "adaptive" } }],
  ["messages", { model: "c", messages: msgs, max_tokens: 300, thinking: { type: "enabled" } }],
  ["messages", { model: "c", messages: msgs, max_tokens: 300, system: [{ type: "text", text: "sys" }], output_config: { effort: "high" } }],
  ["embeddings", { model: "e", input: ["a", "b"], dimensions: 3 }],
  ["embeddings", { model: "e", input: [[1, 2, 3], [4]] }],
];

describe("degrade, golden", () => {
  it("the rewrite and its reservation for every route and shape, default and other settings", () => {
    const settings = [DEFAULT_DEGRADE, { maxOutputTokens: 64, maxThinkingTokens: 1024 }, { maxOutputTokens: 4000, maxThinkingTokens: 8000 }, { maxOutputTokens: 100, maxThinkingTokens: 500 }];
    pin("degrade", BODIES.flatMap(([kind, body]) => settings.map((s) => {
      const d = degradeBody(kind, body, s);
      return { kind, body: d.body, changed: d.changed, reserved: degradedReservation(kind, body, 50, s), same: d.body === body, input: body };
    })));
  });
});

describe("request preparation, golden", () => {
  it("reservation, prompt estimate, samples and the stream_options rewrite", () => {
    pin("prepare", BODIES.map(([kind, body]) => {
      try {
        const p = prepareBody(kind, body, { defaultMaxOutput: 1024 });
        return { kind, reservedTokens: p.reservedTokens, promptTokens: p.promptTokens, stream: p.stream, hide: p.hideUsageChunk, rewritten: p.rewrittenBody ?? null, body: p.body, samples: samplesOf(kind, body) };
      } catch (e) {
        return { kind, error: e instanceof GuardError ? [e.code, e.param ?? null, e.message] : String(e) };
      }
    }));
  });
  it("the 400 naming the field, for each field checked", () => {
    const bad: [MeteredKind, unknown][] = [
      ["chat", null], ["chat", [1]], ["chat", "x"], ["chat", {}], ["chat", { model: "m" }], ["chat", { model: "m", messages: [], n: 0 }],
      ["chat", { model: "m", messages: [], max_tokens: -1 }], ["chat", { model: "m", messages: [], max_tokens: 1.5 }], ["chat", { model: "m", messages: [], logprobs: 3 }],
      ["chat", { model: "m", messages: [], top_logprobs: 21 }], ["chat", { model: "m", messages: [], stream: "yes" }], ["chat", { model: "m", messages: [], stream_options: [] }],
      ["completions", { model: "m", prompt: "p", logprobs: 21 }], ["completions", { model: "m", prompt: "p", logprobs: true }], ["completions", { model: "m", prompt: "p", logprobs: 0 }],
      ["completions", { model: "m", prompt: "p", best_of: 0 }], ["completions", { model: "m", prompt: 5 }], ["completions", { model: "m", prompt: "p", echo: 1 }],
      ["responses", { model: "m", input: "x", instructions: 5 }], ["responses", { model: "m", input: "x", instructions: null }], ["responses", { model: "m", input: "x", instructions: "i" }],
      ["responses", { model: "m", input: 5 }], ["responses", { model: "m", input: "x", max_output_tokens: 0 }], ["responses", { model: "m", input: "x", reasoning: 3 }],
      ["messages", { model: "c", messages: [] }], ["messages", { model: "c", messages: [], max_tokens: 5, thinking: { type: "enabled", budget_tokens: "lots" } }],
      ["messages", { model: "c", messages: [], max_tokens: 5, thinking: 7 }], ["messages", { model: "c", messages: [], max_tokens: 5, system: 5 }],
      ["embeddings", { model: "e" }], ["embeddings", { model: "e", input: 5 }], ["embeddings", { input: "x" }],
    ];
    pin("errors", bad.map(([kind, body]) => {
      try {
        const p = prepareBody(kind, body, { defaultMaxOutput: 1024 });
        return { ok: [p.reservedTokens, p.promptTokens] };
      } catch (e) {
        return e instanceof GuardError ? [e.code, e.param ?? null, e.message] : String(e);
      }
    }));
  });
  it("the body walk's prompt estimate: images, base64, labels, token IDs, nesting bounds", () => {
    let deep: unknown = "deep text at the bottom";
    for (let i = 0; i < 70; i++) deep = { x: deep };
    let deep63: unknown = "end";
    for (let i = 0; i < 63; i++) deep63 = [deep63];
    const wide = Array.from({ length: 250_000 }, () => ({ t: "ab" }));
    pin("walk", [
      {}, "", "abcd", { model: "a very long model name that is not prompt" }, { messages: [{ role: "user", content: "hello world" }] },
      { a: { model: "nested model counts" } }, { image: "data:image/png;base64," + "A".repeat(4000) }, { doc: "data:application/pdf;base64," + "A".repeat(4000) },
      { source: { type: "base64", media_type: "image/jpeg", data: "B".repeat(5000) } }, { source: { type: "base64", media_type: "application/pdf", data: "B".repeat(5000) } },
      { source: { type: "base64", data: "B".repeat(5000) } }, { source: { type: "url", data: "B".repeat(100) } }, { data: "top-level data" },
      { prompt: [1, 2, 3, [4, 5], "six"] }, { metadata: { user: "u" }, user: "x", stop: ["a"], tools: [{ name: "t", description: "desc", input_schema: { type: "object" } }] },
      deep, deep63, { list: wide },
    ].map((b) => bodyPromptTokens(b)));
  });
  it("the size cap: declared and streamed lengths, at and over the limit", async () => {
    const cases: [string, Record<string, string>, number][] = [
      ["x".repeat(100), {}, 100], ["x".repeat(101), {}, 100], ["x".repeat(50), { "content-length": "101" }, 100], ["x".repeat(50), { "content-length": "100" }, 100],
      ["x".repeat(50), { "content-length": "12a" }, 100], ["x".repeat(50), { "content-length": "" }, 100], ["", {}, 10],
    ];
    const out: unknown[] = [];
    for (const [text, headers, max] of cases) {
      const req = new Request("https://g.example/v1/x", { method: "POST", body: text === "" ? null : text, headers });
      if (headers["content-length"] !== undefined) {
        // Request recomputes Content-Length from the body: stand in a headers object that keeps it
        Object.defineProperty(req, "headers", { value: new Headers(headers) });
      }
      try {
        out.push((await readBody(req, max)).byteLength);
      } catch (e) {
        out.push(e instanceof GuardError ? [e.code, e.message] : String(e));
      }
    }
    pin("readBody", out);
  });
});

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  return new ReadableStream({
    start(c) {
      for (const x of chunks) c.enqueue(enc.encode(x));
      c.close();
    },
  });
}

async function tap(chunks: string[], opts: Parameters<typeof tapBody>[1]): Promise<unknown> {
  const { stream, done } = tapBody(streamOf(chunks), opts);
  const text = await new Response(stream).text();
  return { text, result: await done };
}

describe("usage tap, golden", () => {
  it("usage objects of every provider shape", () => {
    pin("readUsage", [
      null, 5, {}, { prompt_tokens: 3 }, { completion_tokens: 4 }, { prompt_tokens: 3, completion_tokens: 4 }, { input_tokens: 10, output_tokens: 2, cache_creation_input_tokens: 5, cache_read_input_tokens: 7 },
      { prompt_tokens: -1, completion_tokens: Number.NaN }, { prompt_tokens: "3", output_tokens: 2 }, { input_tokens: 1, prompt_tokens: 9 },
    ].map(readUsage));
  });
  it("SSE streams and JSON bodies of each provider", async () => {
    const chat = [
      'data: {"choices":[{"delta":{"role":"assistant","content":"Hel"}}]}\n\n',
      'data: {"choices":[{"delta":{"content":"lo","tool_calls":[{"index":0,"id":"c","type":"function","function":{"arguments":"{\\"a\\":1}"}}]}}]}\r\n\r\n',
      'data: {"choices":[{"text":"legacy"}]}\n\n',
      'data: {"choices":[],"usage":{"prompt_tokens":11,"completion_tokens":7}}\n\n',
      "data: [DONE]\n\n",
    ];
    const anthropic = [
      'event: message_start\ndata: {"type":"message_start","message":{"usage":{"input_tokens":20,"output_tokens":1}}}\n\n',
      'event: content_block_delta\ndata: {"type":"content_block_delta","delta":{"type":"text_delta","text":"abc"}}\n\n',
      'event: content_block_delta\ndata:{"type":"content_block_delta","delta":{"type":"thinking_delta","thinking":"hmm"}}\n\n',
      'event: message_delta\ndata: {"type":"message_delta","usage":{"output_tokens":42}}\n\n',
    ];
    const responses = [
      'data: {"type":"response.output_text.delta","delta":"four"}\n\n',
      'data: {"type":"response.reasoning_summary_text.delta","delta":"sum"}\n\n',
      'data: {"type":"response.output_text.done","text":"ignored"}\n\n',
      'data: {"type":"response.completed","response":{"usage":{"input_tokens":5,"output_tokens":6}}}\n\n',
    ];
    const odd = ["data: not json\n\n", "data: {bad\n\n", ": comment\n\n", 'data: {"a":\ndata: 1}\n\n', 'data: {"type":"response.failed"}\n\n', 'data: {"choices":[{"delta":{"content":[{"text":[[[[[[["deep"]]]]]]]}]}}]}\n\n'];
    const split = chat.join("").match(/.{1,7}/gs)!;
    const out = [
      await tap(chat, { provider: "openai", kind: "chat", sse: true, hideUsageChunk: true, maxJsonBytes: 1000 }),
      await tap(chat, { provider: "openai", kind: "chat", sse: true, hideUsageChunk: false, maxJsonBytes: 1000 }),
      await tap(split, { provider: "openai", kind: "chat", sse: true, hideUsageChunk: true, maxJsonBytes: 1000 }),
      await tap(anthropic, { provider: "anthropic", kind: "messages", sse: true, hideUsageChunk: false, maxJsonBytes: 1000 }),
      await tap(anthropic.slice(0, 2), { provider: "anthropic", kind: "messages", sse: true, hideUsageChunk: false, maxJsonBytes: 1000 }),
      await tap(responses, { provider: "openai", kind: "responses", sse: true, hideUsageChunk: false, maxJsonBytes: 1000 }),
      await tap(odd, { provider: "openai", kind: "chat", sse: true, hideUsageChunk: true, maxJsonBytes: 1000 }),
      await tap(['{"id":"x","usage":{"prompt_tokens":3,', '"completion_tokens":9}}'], { provider: "openai", kind: "chat", sse: false, hideUsageChunk: false, maxJsonBytes: 1000 }),
      await tap(['{"usage":{"input_tokens":3,"output_tokens":9}}'], { provider: "anthropic", kind: "messages", sse: false, hideUsageChunk: false, maxJsonBytes: 10 }),
      await tap(["not json"], { provider: "openai", kind: "chat", sse: false, hideUsageChunk: false, maxJsonBytes: 1000 }),
    ];
    pin("tap", out);
  });
});
