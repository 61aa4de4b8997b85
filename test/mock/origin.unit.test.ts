import { describe, expect, it } from "vitest";
import { handleMockRequest } from "../../src/mock/origin.ts";
import { jsonFrames, parseSse } from "./sse.ts";

function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return handleMockRequest(
    new Request(`http://origin.test${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}

// 14 + 23 = 37 characters -> ceil(37 / 4) = 10 prompt tokens.
const CHAT = {
  model: "mock-gpt",
  messages: [
    { role: "system", content: "You are terse." },
    { role: "user", content: "Say hello to the world!" },
  ],
};

describe("mock origin: OpenAI chat completions", () => {
  it("answers JSON with exact usage and max_tokens words", async () => {
    const res = await post("/v1/chat/completions", { ...CHAT, max_tokens: 5 });
    expect(res.status).toBe(200);
    const j = (await res.json()) as any;
    expect(j.object).toBe("chat.completion");
    expect(j.choices[0].message.content).toBe("Lorem ipsum dolor sit amet");
    expect(j.choices[0].finish_reason).toBe("length");
    expect(j.usage).toEqual({ prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 });
  });

  it("defaults to 16 words, caps at 64, and takes max_completion_tokens", async () => {
    const d = (await (await post("/v1/chat/completions", CHAT)).json()) as any;
    expect(d.usage.completion_tokens).toBe(16);
    expect(d.choices[0].finish_reason).toBe("stop");
    const c = (await (await post("/v1/chat/completions", { ...CHAT, max_tokens: 1000 })).json()) as any;
    expect(c.usage.completion_tokens).toBe(64);
    expect(c.choices[0].message.content.split(" ")).toHaveLength(64);
    const m = (await (await post("/v1/chat/completions", { ...CHAT, max_completion_tokens: 3 })).json()) as any;
    expect(m.choices[0].message.content).toBe("Lorem ipsum dolor");
  });

  it("counts text parts and ignores non-text parts", async () => {
    const body = {
      messages: [{ role: "user", content: [{ type: "text", text: "abcdefgh" }, { type: "image_url", image_url: { url: "x" } }] }],
    };
    const j = (await (await post("/v1/chat/completions", body)).json()) as any;
    expect(j.usage.prompt_tokens).toBe(2);
  });

  it("streams chunks without usage when include_usage is not set", async () => {
    const res = await post("/v1/chat/completions", { ...CHAT, stream: true, max_tokens: 3 });
    expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(res.headers.get("x-mock-include-usage")).toBe("no");
    const text = await res.text();
    const frames = parseSse(text);
    expect(frames.at(-1)!.data).toBe("[DONE]");
    const chunks = jsonFrames(text);
    expect(chunks.map((c) => c.choices[0]?.delta?.content ?? "").join("")).toBe("Lorem ipsum dolor");
    expect(chunks.every((c) => !("usage" in c))).toBe(true);
    expect(chunks.at(-1)!.choices[0].finish_reason).toBe("length");
    expect(chunks).toHaveLength(5); // role chunk, 3 words, finish chunk
  });

  it("streams a final usage chunk (choices: []) and usage: null elsewhere with include_usage", async () => {
    const res = await post("/v1/chat/completions", {
      ...CHAT, stream: true, max_tokens: 4, stream_options: { include_usage: true },
    });
    expect(res.headers.get("x-mock-include-usage")).toBe("yes");
    const chunks = jsonFrames(await res.text());
    const last = chunks.at(-1)!;
    expect(last.choices).toEqual([]);
    expect(last.usage).toEqual({ prompt_tokens: 10, completion_tokens: 4, total_tokens: 14 });
    expect(chunks.slice(0, -1).every((c) => c.usage === null)).toBe(true);
  });

  it("waits x-mock-chunk-delay-ms between chunks", async () => {
    const t0 = Date.now();
    const res = await post("/v1/chat/completions", { ...CHAT, stream: true, max_tokens: 2 }, { "x-mock-chunk-delay-ms": "40" });
    await res.text();
    // 5 frames (role, 2 words, finish, [DONE]) -> 4 gaps of 40 ms.
    expect(Date.now() - t0).toBeGreaterThanOrEqual(150);
  });

  it("x-mock-words overrides the word count", async () => {
    const j = (await (await post("/v1/chat/completions", { ...CHAT, max_tokens: 2 }, { "x-mock-words": "100" })).json()) as any;
    expect(j.usage.completion_tokens).toBe(100);
    expect(j.choices[0].finish_reason).toBe("stop");
  });
});

describe("mock origin: legacy completions, responses, embeddings, models", () => {
  it("completions JSON and SSE", async () => {
    // "Once upon a time" = 16 chars -> 4 tokens
    const j = (await (await post("/v1/completions", { prompt: "Once upon a time", max_tokens: 2 })).json()) as any;
    expect(j.choices[0].text).toBe("Lorem ipsum");
    expect(j.usage).toEqual({ prompt_tokens: 4, completion_tokens: 2, total_tokens: 6 });
    const s = await post("/v1/completions", {
      prompt: ["ab", "cd"], max_tokens: 2, stream: true, stream_options: { include_usage: true },
    });
    const chunks = jsonFrames(await s.text());
    expect(chunks.slice(0, -1).map((c) => c.choices[0].text).join("")).toBe("Lorem ipsum");
    expect(chunks.at(-1)!.usage).toEqual({ prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 });
  });

  it("responses JSON has usage.input_tokens/output_tokens/total_tokens", async () => {
    // instructions 8 + input 9 = 17 chars -> 5 tokens
    const j = (await (await post("/v1/responses", { instructions: "Be brief", input: "Hi there!", max_output_tokens: 6 })).json()) as any;
    expect(j.object).toBe("response");
    expect(j.output[0].content[0].text).toBe("Lorem ipsum dolor sit amet consectetur");
    expect(j.usage).toMatchObject({ input_tokens: 5, output_tokens: 6, total_tokens: 11 });
  });

  it("responses SSE: created, deltas, completed with usage", async () => {
    const res = await post("/v1/responses", {
      input: [{ role: "user", content: [{ type: "input_text", text: "12345678" }] }], max_output_tokens: 3, stream: true,
    });
    const frames = parseSse(await res.text());
    expect(frames[0]!.event).toBe("response.created");
    expect(frames.at(-1)!.event).toBe("response.completed");
    const deltas = frames.filter((f) => f.event === "response.output_text.delta").map((f) => JSON.parse(f.data).delta);
    expect(deltas.join("")).toBe("Lorem ipsum dolor");
    const done = JSON.parse(frames.at(-1)!.data);
    expect(done.response.usage).toMatchObject({ input_tokens: 2, output_tokens: 3, total_tokens: 5 });
    for (const f of frames) expect(JSON.parse(f.data).type).toBe(f.event);
  });

  it("embeddings: one vector per input, usage prompt_tokens = total_tokens, base64 on request", async () => {
    const j = (await (await post("/v1/embeddings", { input: ["abcd", "efghij"], model: "mock-embed" })).json()) as any;
    expect(j.data).toHaveLength(2);
    expect(j.data[0].embedding).toHaveLength(8);
    expect(j.usage).toEqual({ prompt_tokens: 3, total_tokens: 3 });
    const b = (await (await post("/v1/embeddings", { input: "abcd", encoding_format: "base64" })).json()) as any;
    expect(typeof b.data[0].embedding).toBe("string");
    expect(atob(b.data[0].embedding).length).toBe(32);
  });

  it("GET /v1/models lists models", async () => {
    const res = await handleMockRequest(new Request("http://origin.test/v1/models"));
    const j = (await res.json()) as any;
    expect(j.object).toBe("list");
    expect(j.data.map((m: any) => m.id)).toContain("mock-gpt");
  });
});

describe("mock origin: Anthropic messages", () => {
  // system 10 + "Hello Claude" 12 = 22 chars -> 6 tokens
  const MSG = { model: "mock-claude", system: "Be concise", max_tokens: 4, messages: [{ role: "user", content: "Hello Claude" }] };

  it("answers JSON with usage input_tokens/output_tokens", async () => {
    const res = await post("/v1/messages", MSG);
    const j = (await res.json()) as any;
    expect(j.type).toBe("message");
    expect(j.content).toEqual([{ type: "text", text: "Lorem ipsum dolor sit" }]);
    expect(j.stop_reason).toBe("max_tokens");
    expect(j.usage).toEqual({ input_tokens: 6, output_tokens: 4 });
  });

  it("streams the event sequence with event: lines and final usage in message_delta", async () => {
    const res = await post("/v1/messages", { ...MSG, stream: true, system: [{ type: "text", text: "Be concise" }] });
    const frames = parseSse(await res.text());
    const events = frames.map((f) => f.event);
    expect(events[0]).toBe("message_start");
    expect(events.slice(-3)).toEqual(["content_block_stop", "message_delta", "message_stop"]);
    expect(events.filter((e) => e === "content_block_delta")).toHaveLength(4);
    for (const f of frames) expect(JSON.parse(f.data).type).toBe(f.event);
    const start = JSON.parse(frames[0]!.data);
    expect(start.message.usage.input_tokens).toBe(6);
    const delta = JSON.parse(frames.find((f) => f.event === "message_delta")!.data);
    expect(delta.usage.output_tokens).toBe(4);
    const text = frames.filter((f) => f.event === "content_block_delta").map((f) => JSON.parse(f.data).delta.text).join("");
    expect(text).toBe("Lorem ipsum dolor sit");
  });
});

describe("mock origin: controls, diagnostics and errors", () => {
  it("x-mock-status answers a provider-shaped error", async () => {
    const o = await post("/v1/chat/completions", CHAT, { "x-mock-status": "503" });
    expect(o.status).toBe(503);
    expect(((await o.json()) as any).error.type).toBe("server_error");
    const a = await post("/v1/messages", CHAT, { "x-mock-status": "529" });
    expect(a.status).toBe(529);
    expect(await a.json()).toMatchObject({ type: "error", error: { type: "overloaded_error" } });
  });

  it("bad JSON is a 400 in the provider's shape", async () => {
    const o = await post("/v1/chat/completions", "{not json");
    expect(o.status).toBe(400);
    expect(((await o.json()) as any).error.type).toBe("invalid_request_error");
    const a = await post("/v1/messages", "[1,");
    expect(a.status).toBe(400);
    expect(await a.json()).toMatchObject({ type: "error", error: { type: "invalid_request_error" } });
  });

  it("reports whether auth and origin auth arrived without echoing them", async () => {
    const none = await post("/v1/chat/completions", CHAT);
    expect(none.headers.get("x-mock-saw-auth")).toBe("no");
    expect(none.headers.get("x-mock-origin-auth")).toBe("no");
    const both = await post("/v1/messages", CHAT, { "x-api-key": "sk-secret", "x-guard-origin-auth": "tok-secret" });
    expect(both.headers.get("x-mock-saw-auth")).toBe("yes");
    expect(both.headers.get("x-mock-origin-auth")).toBe("yes");
    const all = [...both.headers.values()].join(" ") + (await both.text());
    expect(all).not.toContain("sk-secret");
    expect(all).not.toContain("tok-secret");
  });

  it("is deterministic: same request, same bytes", async () => {
    const a = await (await post("/v1/chat/completions", { ...CHAT, stream: true })).text();
    const b = await (await post("/v1/chat/completions", { ...CHAT, stream: true })).text();
    expect(a).toBe(b);
  });

  it("unknown routes are 404", async () => {
    expect((await post("/v1/nope", {})).status).toBe(404);
  });
});
