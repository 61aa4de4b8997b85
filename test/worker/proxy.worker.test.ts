import { afterEach, describe, expect, it, vi } from "vitest";
import { ORIGIN, anthropic, call, chat, keyIdOf, mockOrigin, newKey, remaining, setOverride, stateOf, testEnv } from "./helpers.ts";

/** A daily quota that refills one token per 8.64 s, so exact counts hold for the length of a test. */
const SLOW_TPD = { tpd: 10_000, tpm: null };

/** Read a stream until `marker` arrives, then hang up as a client does; what was read. */
async function readUntil(res: Response, marker: string | RegExp): Promise<string> {
  const reader = res.body!.getReader();
  const dec = new TextDecoder();
  let got = "";
  while (typeof marker === "string" ? !got.includes(marker) : !marker.test(got)) got += dec.decode((await reader.read()).value);
  await reader.cancel("client went away");
  return got;
}

async function hangUpAfter(res: Response, marker: string | RegExp): Promise<void> {
  await readUntil(res, marker);
}

afterEach(() => vi.restoreAllMocks());

async function readAll(res: Response): Promise<string> {
  return await res.text();
}

describe("pass-through", () => {
  it("forwards a JSON chat completion with the client's own credential and RateLimit fields", async () => {
    const { seen } = mockOrigin();
    const key = newKey();
    const { res, settled } = await call("/v1/chat/completions?beta=true", chat(key));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { object: string; usage: { prompt_tokens: number; completion_tokens: number } };
    await settled();
    expect(body.object).toBe("chat.completion");
    expect(body.usage.completion_tokens).toBe(8);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.url).toBe(`${ORIGIN}/v1/chat/completions?beta=true`);
    expect(seen[0]!.headers.get("authorization")).toBe(`Bearer ${key}`);
    expect(res.headers.get("RateLimit-Policy")).toBe('"rpm";q=60;w=60, "tpm";q=200000;w=60, "tpd";q=5000000;w=86400, "concurrency";q=8');
    expect(res.headers.get("RateLimit")).toMatch(/^"rpm";r=59;t=1, "tpm";r=\d+;t=\d+, "tpd";r=\d+;t=\d+, "concurrency";r=7;t=0$/);
    expect(res.headers.get("x-ratelimit-remaining-requests")).toBe("59");
  });

  it("serves free routes (GET /v1/models) with the key, counting one request", async () => {
    const { seen } = mockOrigin();
    const { res, settled } = await call("/v1/models", { headers: { authorization: "Bearer whatever" } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { object: string }).object).toBe("list");
    expect(seen[0]!.method).toBe("GET");
    expect(res.headers.get("x-ratelimit-remaining-requests")).toBe("59");
    await settled();
  });

  it("sends ORIGIN_AUTH_TOKEN to the origin when configured and strips a client-forged one", async () => {
    const { seen } = mockOrigin();
    const { res } = await call("/v1/chat/completions", chat(newKey(), {}, { "x-guard-origin-auth": "forged" }), { ORIGIN_AUTH_TOKEN: "s3cret" });
    expect(res.status).toBe(200);
    expect(seen[0]!.headers.get("x-guard-origin-auth")).toBe("s3cret");
    const { seen: seen2 } = mockOrigin();
    await call("/v1/chat/completions", chat(newKey(), {}, { "x-guard-origin-auth": "forged" }));
    expect(seen2[0]!.headers.get("x-guard-origin-auth")).toBeNull();
  });

  it("streams SSE: chunks reach the client before the stream ends", async () => {
    mockOrigin();
    const { res } = await call("/v1/chat/completions", chat(newKey(), { stream: true, max_tokens: 5 }, { "x-mock-chunk-delay-ms": "150" }));
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const reader = res.body!.getReader();
    const t0 = Date.now();
    const first = await reader.read();
    const firstAt = Date.now() - t0;
    let rest = "";
    const dec = new TextDecoder();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      rest += dec.decode(value);
    }
    const total = Date.now() - t0;
    expect(first.done).toBe(false);
    expect(dec.decode(first.value)).toContain("data: ");
    // 5 words at 150 ms apart: the whole stream takes >= 600 ms, the first chunk comes well before.
    expect(total).toBeGreaterThanOrEqual(600);
    expect(firstAt).toBeLessThan(total - 300);
    expect(rest).toContain("data: [DONE]");
  });

  it("asks the origin for usage on streams and hides the usage chunk the client did not ask for", async () => {
    const { seen } = mockOrigin();
    const key = newKey();
    const { res, settled } = await call("/v1/chat/completions", chat(key, { stream: true, max_tokens: 6 }));
    const text = await readAll(res);
    await settled();
    const sent = (await seen[0]!.json()) as { stream_options?: { include_usage?: boolean } };
    expect(sent.stream_options?.include_usage).toBe(true);
    const events = text.split("\n\n").filter((e) => e.startsWith("data: {"));
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      const j = JSON.parse(e.slice(6)) as { choices: unknown[]; usage?: unknown };
      expect(j.choices.length).toBeGreaterThan(0);
      expect(j.usage ?? null).toBeNull();
    }
    expect(text.trimEnd().endsWith("data: [DONE]")).toBe(true);
    // Settled from the hidden usage chunk: 6 completion tokens + the prompt's.
    const s = await stateOf(await keyIdOf(key));
    expect(s.counters.completionTokens).toBe(6);
    expect(s.inFlight).toBe(0);
  });

  it("keeps the usage chunk when the client asked for it", async () => {
    mockOrigin();
    const { res } = await call("/v1/chat/completions", chat(newKey(), { stream: true, max_tokens: 3, stream_options: { include_usage: true } }));
    const text = await readAll(res);
    const usageChunk = text.split("\n\n").find((e) => e.includes('"choices":[]'));
    expect(usageChunk).toBeDefined();
    expect(JSON.parse(usageChunk!.slice(6)).usage.completion_tokens).toBe(3);
  });
});

describe("usage settlement", () => {
  it("settles JSON usage: the reservation is replaced by the real token count", async () => {
    mockOrigin();
    const key = newKey();
    await setOverride(key, SLOW_TPD);
    const { res, settled } = await call("/v1/chat/completions", chat(key, { max_tokens: 4000 }));
    const body = (await res.json()) as { usage: { prompt_tokens: number; completion_tokens: number } };
    await settled();
    const s = await stateOf(await keyIdOf(key));
    const used = body.usage.prompt_tokens + body.usage.completion_tokens;
    expect(s.counters.promptTokens).toBe(body.usage.prompt_tokens);
    expect(s.counters.completionTokens).toBe(body.usage.completion_tokens);
    expect(remaining(s, "tpd")).toBe(10_000 - used);
  });

  // A JSON answer whose length the origin declares is read whole (one native read, no chunk loop);
  // one without (chunked) goes through the tap. Both settle the origin's usage, and the client gets
  // the origin's bytes unchanged. (The mock origin's own answers carry no Content-Length in this
  // runtime, so the declared case is built here.)
  const ANSWER = JSON.stringify({
    id: "chatcmpl-1",
    object: "chat.completion",
    choices: [{ index: 0, message: { role: "assistant", content: "Hello there" }, finish_reason: "stop" }],
    usage: { prompt_tokens: 7, completion_tokens: 11, total_tokens: 18 },
  });
  it.each([
    ["declared", { "content-length": String(new TextEncoder().encode(ANSWER).byteLength) }],
    ["declared, identity encoding", { "content-length": String(new TextEncoder().encode(ANSWER).byteLength), "content-encoding": "identity" }],
    ["not declared", {}],
  ])("a JSON answer, length %s: the client gets its bytes, the key is charged its usage", async (_, headers: Record<string, string>) => {
    const { spy } = mockOrigin(async () => new Response(ANSWER, { headers: { "content-type": "application/json", ...headers } }));
    const key = newKey();
    await setOverride(key, SLOW_TPD);
    const { res, settled } = await call("/v1/chat/completions", chat(key, { max_tokens: 4000 }));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(ANSWER);
    await settled();
    expect(spy).toHaveBeenCalledTimes(1);
    const s = await stateOf(await keyIdOf(key));
    expect([s.counters.promptTokens, s.counters.completionTokens, s.inFlight]).toEqual([7, 11, 0]);
    expect(remaining(s, "tpd")).toBe(10_000 - 18);
  });

  it("a declared-length JSON answer cut off by the origin: 502 upstream_unavailable, charged its reservation, slot freed", async () => {
    const half = new TextEncoder().encode(ANSWER.slice(0, 40));
    mockOrigin(async () => {
      let sent = false;
      const body = new ReadableStream<Uint8Array>({
        pull(c) {
          if (!sent) {
            sent = true;
            c.enqueue(half);
          } else c.error(new Error("origin reset"));
        },
      });
      return new Response(body, { headers: { "content-type": "application/json", "content-length": "999" } });
    });
    const key = newKey();
    await setOverride(key, SLOW_TPD);
    const { res, settled } = await call("/v1/chat/completions", chat(key, { max_tokens: 40 }));
    expect(res.status).toBe(502);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("upstream_unavailable");
    await settled();
    const s = await stateOf(await keyIdOf(key));
    expect(s.inFlight).toBe(0);
    // the origin did the work: the whole completion reservation is charged, as for a broken stream
    expect(s.counters.completionTokens).toBe(40);
  });

  it("settles Anthropic streams from message_start + message_delta", async () => {
    mockOrigin();
    const key = newKey();
    const { res, settled } = await call("/v1/messages", anthropic(key, { stream: true, max_tokens: 7 }));
    const text = await res.text();
    await settled();
    expect(text).toContain("event: message_stop");
    const s = await stateOf(await keyIdOf(key));
    expect(s.counters.completionTokens).toBe(7);
    expect(s.counters.promptTokens).toBeGreaterThan(0);
  });

  it("forwards a Responses request that names a stored prompt and sends no input (red team round 34's note: it was refused 400)", async () => {
    const { seen } = mockOrigin();
    const key = newKey();
    const body = { model: "m", prompt: { id: "pmpt_abc123", version: "2", variables: { product: "a cast iron skillet" } }, max_output_tokens: 9 };
    const { res, settled } = await call("/v1/responses", { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify(body) });
    expect(res.status).toBe(200);
    await res.text();
    await settled();
    expect(JSON.parse(await seen[0]!.text()).prompt).toEqual(body.prompt);
    const none = await call("/v1/responses", { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify({ model: "m" }) });
    expect(none.res.status).toBe(400);
    expect(((await none.res.json()) as { error: { param: string } }).error.param).toBe("input");
    expect(seen).toHaveLength(1);
  });

  it("settles /v1/responses streams from response.completed", async () => {
    mockOrigin();
    const key = newKey();
    const { res, settled } = await call("/v1/responses", {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify({ model: "m", input: "hi there", stream: true, max_output_tokens: 9 }),
    });
    await res.text();
    await settled();
    const s = await stateOf(await keyIdOf(key));
    expect(s.counters.completionTokens).toBe(9);
  });

  it("a client that disconnects mid-stream keeps its reservation (what the origin bills was not all streamed: red team R33-2), and its slot is freed", async () => {
    mockOrigin();
    const key = newKey();
    await setOverride(key, SLOW_TPD);
    const { res, settled } = await call(
      "/v1/chat/completions",
      chat(key, { stream: true, max_tokens: 40 }, { "x-mock-chunk-delay-ms": "50" }),
    );
    await hangUpAfter(res, /"content":"[^"]+"/);
    await settled();
    const s = await stateOf(await keyIdOf(key));
    expect(s.inFlight).toBe(0);
    // the 40 reserved completion tokens, though fewer were streamed
    expect(s.counters.completionTokens).toBe(40);
    expect(remaining(s, "tpd")).toBe(10_000 - s.counters.promptTokens - s.counters.completionTokens);
  });

  it("a Responses turn cut before its usage is charged the stored response it continued, as the origin's record says, though this key never saw it answered (red team R33-2)", async () => {
    const { seen } = mockOrigin();
    const key = newKey();
    await setOverride(key, { tpd: 1_000_000, tpm: null });
    // created by another key of the same origin account: 100,000 tokens in, 500 out (the mock's id says so)
    const prev = "resp_fg_500_100000_0abc1234";
    const { res, settled } = await call("/v1/responses", {
      method: "POST",
      // the origin kept no record of the turn itself (which would say the same, context included)
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json", "x-mock-chunk-delay-ms": "50", "x-mock-unstored": "1" },
      body: JSON.stringify({ model: "m", input: "the next question", previous_response_id: prev, stream: true, max_output_tokens: 40 }),
    });
    await hangUpAfter(res, "response.output_text.delta");
    await settled();
    const s = await stateOf(await keyIdOf(key));
    expect(s.inFlight).toBe(0);
    expect(s.counters.completionTokens).toBe(40);
    // its own input (a handful of tokens) and the 100,500 the context took
    expect(s.counters.promptTokens).toBeGreaterThanOrEqual(100_500);
    expect(s.counters.promptTokens).toBeLessThan(100_500 + 50);
    // read with the client's own credentials, at the id's own path, after the turn's own record (none)
    const reads = seen.filter((r) => r.method === "GET");
    expect(reads).toHaveLength(2);
    const read = reads[1];
    expect(read?.url).toBe(`${ORIGIN}/v1/responses/${prev}`);
    expect(read?.headers.get("authorization")).toBe(`Bearer ${key}`);
  });

  /** A streamed Responses turn on a stored prompt whose 50,000-token template the origin adds. */
  function promptTurn(key: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): RequestInit {
    return {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json", "x-mock-chunk-delay-ms": "50", ...headers },
      body: JSON.stringify({ model: "m", prompt: { id: "pmpt_50000tok_longdoc", version: "3", variables: { q: "the next question" } }, stream: true, max_output_tokens: 40, ...extra }),
    };
  }

  it("a Responses turn on a stored prompt cut before its usage is charged what its own record says the origin billed, template included (red team R35-1)", async () => {
    const { seen } = mockOrigin();
    const key = newKey();
    await setOverride(key, { tpd: 1_000_000, tpm: null });
    const { res, settled } = await call("/v1/responses", promptTurn(key));
    const head = await readUntil(res, "response.output_text.delta");
    await settled();
    const s = await stateOf(await keyIdOf(key));
    expect(s.inFlight).toBe(0);
    // the 50,000-token template and the turn's own few tokens, as the origin's record of it says
    expect(s.counters.promptTokens).toBeGreaterThanOrEqual(50_000);
    expect(s.counters.promptTokens).toBeLessThan(50_000 + 50);
    expect(s.counters.completionTokens).toBe(40);
    // its own record, read with the client's credentials
    const id = /"id":"(resp_[^"]+)"/.exec(head)![1]!;
    const read = seen.find((r) => r.method === "GET");
    expect(read?.url).toBe(`${ORIGIN}/v1/responses/${id}`);
    expect(read?.headers.get("authorization")).toBe(`Bearer ${key}`);
  });

  it("a cut stream whose input the guard cannot read back is read on to its end and charged what the origin billed: a stored prompt not stored, a background job (red team R36)", async () => {
    const { seen } = mockOrigin();
    const key = newKey();
    await setOverride(key, { tpd: 1_000_000, tpm: null });
    const id = await keyIdOf(key);
    // not stored: no record to read after the cut, and nothing known of the template
    const first = await call("/v1/responses", promptTurn(key, { store: false }));
    await hangUpAfter(first.res, "response.output_text.delta");
    await first.settled();
    const a = (await stateOf(id)).counters;
    expect(a.promptTokens).toBeGreaterThanOrEqual(50_000);
    expect(a.promptTokens).toBeLessThan(50_050);
    // the answer the origin finished: as billed, not the reservation's cap
    expect(a.completionTokens).toBe(40);
    // a background job streamed and left: its record ends only with the job
    const bg = await call("/v1/responses", promptTurn(key, { background: true }));
    await hangUpAfter(bg.res, "response.output_text.delta");
    await bg.settled();
    const b = (await stateOf(id)).counters;
    expect(b.promptTokens - a.promptTokens).toBeGreaterThanOrEqual(50_000);
    expect(b.promptTokens - a.promptTokens).toBeLessThan(50_050);
    expect(seen.filter((r) => r.method === "GET")).toHaveLength(0);
  });

  it("a Stop on a Claude stream without thinking is charged what the origin can have written by then, not the cap; with thinking, the cap (red team R39b-1)", async () => {
    mockOrigin();
    const key = newKey();
    await setOverride(key, { tpd: 1_000_000, tpm: null });
    const id = await keyIdOf(key);
    const stop = async (extra: Record<string, unknown>) => {
      const before = (await stateOf(id)).counters.completionTokens;
      const { res, settled } = await call("/v1/messages", anthropic(key, { stream: true, max_tokens: 8192, ...extra }, { "x-mock-chunk-delay-ms": "20", "x-mock-words": "400" }));
      expect(res.status).toBe(200);
      await hangUpAfter(res, "content_block_delta");
      await settled();
      return (await stateOf(id)).counters.completionTokens - before;
    };
    // at most 250 tokens a second (the default rate) for the ~0.1 s it ran, and the second after
    const plain = await stop({});
    expect(plain).toBeGreaterThanOrEqual(250);
    expect(plain).toBeLessThan(600);
    // a model that thinks is billed thinking the stream need not show: the cap stands
    expect(await stop({ thinking: { type: "enabled", budget_tokens: 2048 } })).toBe(8192);
  });

  it("a Stop on a chat stream of a model the operator names as one that does not reason unseen is charged what the origin can have written; any other model, its cap (red team R39b-1)", async () => {
    mockOrigin();
    const key = newKey();
    await setOverride(key, { tpd: 1_000_000, tpm: null });
    const id = await keyIdOf(key);
    const env = { GUARD_POLICY: JSON.stringify({ ...JSON.parse(String(testEnv.GUARD_POLICY)), models: { visibleOutput: ["gpt-4o*"] } }) };
    const stop = async (model: string, extra: Record<string, unknown> = {}) => {
      const before = (await stateOf(id)).counters.completionTokens;
      const { res, settled } = await call("/v1/chat/completions", chat(key, { model, stream: true, max_tokens: 4096, ...extra }, { "x-mock-chunk-delay-ms": "20", "x-mock-words": "400" }), env);
      expect(res.status).toBe(200);
      await hangUpAfter(res, '"content":"');
      await settled();
      return (await stateOf(id)).counters.completionTokens - before;
    };
    const named = await stop("gpt-4o-mini");
    expect(named).toBeGreaterThanOrEqual(250);
    expect(named).toBeLessThan(600);
    // a model not named, or one asked to reason: the cap
    expect(await stop("o3")).toBe(4096);
    expect(await stop("gpt-4o-mini", { reasoning_effort: "low" })).toBe(4096);
  });

  it("a cut stream of a model that searches by itself is read on to its end (red team R40-2)", async () => {
    mockOrigin();
    const key = newKey();
    await setOverride(key, { tpd: 1_000_000, tpm: null });
    const id = await keyIdOf(key);
    const { res, settled } = await call("/v1/chat/completions", chat(key, { model: "gpt-4o-search-preview", stream: true, max_tokens: 40 }, { "x-mock-tool-tokens": "50000", "x-mock-chunk-delay-ms": "10" }));
    await hangUpAfter(res, '"content":"');
    await settled();
    const s = (await stateOf(id)).counters;
    expect(s.promptTokens).toBeGreaterThanOrEqual(50_000);
    expect(s.completionTokens).toBe(40);
  });

  it("a cut stream naming origin-held input by id is read on to its end: a Responses item_reference or unknown item not stored, a chat turn's earlier audio answer (red team R75-1, R75-2)", async () => {
    mockOrigin();
    const key = newKey();
    await setOverride(key, { tpd: 1_000_000, tpm: null });
    const id = await keyIdOf(key);
    // the origin adds 50,000 tokens of input the body does not show (what the id stands for)
    const headers = { authorization: `Bearer ${key}`, "content-type": "application/json", "x-mock-tool-tokens": "50000", "x-mock-chunk-delay-ms": "10" };
    const cut = async (path: string, body: Record<string, unknown>, marker: string) => {
      const before = (await stateOf(id)).counters.promptTokens;
      const { res, settled } = await call(path, { method: "POST", headers, body: JSON.stringify(body) });
      expect(res.status).toBe(200);
      await hangUpAfter(res, marker);
      await settled();
      return (await stateOf(id)).counters.promptTokens - before;
    };
    const input = (item: Record<string, unknown>) => [item, { role: "user", content: "and what does it say about the tides?" }];
    const responses = (item: Record<string, unknown>) => ({ model: "m", input: input(item), store: false, stream: true, max_output_tokens: 40 });
    expect(await cut("/v1/responses", responses({ type: "item_reference", id: "msg_0123456789abcdef" }), "response.output_text.delta")).toBeGreaterThanOrEqual(50_000);
    // an input item of a type the guard does not read is the origin's to add too (default deny)
    expect(await cut("/v1/responses", responses({ type: "some_future_item", id: "fut_0123" }), "response.output_text.delta")).toBeGreaterThanOrEqual(50_000);
    const history = [
      { role: "user", content: "read me the forecast" },
      { role: "assistant", audio: { id: "audio_0123456789abcdef" } },
      { role: "user", content: "and tomorrow?" },
    ];
    expect(await cut("/v1/chat/completions", { model: "gpt-4o-audio-preview", messages: history, stream: true, max_tokens: 40 }, '"content":"')).toBeGreaterThanOrEqual(50_000);
  });

  it("an Anthropic stream with a server tool is charged the tool's input its final message_delta reports (red team R39a-1)", async () => {
    mockOrigin();
    const key = newKey();
    await setOverride(key, { tpd: 1_000_000, tpm: null });
    const tools = [{ type: "web_search_20250305", name: "web_search", max_uses: 1 }];
    const { res, settled } = await call("/v1/messages", anthropic(key, { stream: true, max_tokens: 40, tools }, { "x-mock-tool-tokens": "50000" }));
    expect(await res.text()).toContain('"input_tokens":5000');
    await settled();
    const s = (await stateOf(await keyIdOf(key))).counters;
    // the search results (50,000) and the message's own few tokens
    expect(s.promptTokens).toBeGreaterThanOrEqual(50_000);
    expect(s.promptTokens).toBeLessThan(50_050);
    expect(s.completionTokens).toBe(40);
  });

  it("Anthropic cache reads count at cacheReadShare (a tenth by default) against tpm, the whole bill in the counters (red team R39b-7)", async () => {
    mockOrigin();
    const cached = { "x-mock-cache-read-tokens": "50000" };
    // three turns of an agent on a 50,000-token cached context, a tpm of 60,000: Anthropic's own
    // input limit leaves the cache reads out, and the guard counts a tenth of them
    const key = newKey();
    await setOverride(key, { tpm: 60_000, tpd: null });
    const id = await keyIdOf(key);
    for (const stream of [false, true, false]) {
      const { res, settled } = await call("/v1/messages", anthropic(key, { max_tokens: 40, stream }, cached));
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('"cache_read_input_tokens":50000');
      await settled();
    }
    const s = await stateOf(id);
    expect(s.counters.promptTokens).toBeGreaterThanOrEqual(150_000);
    // each turn charged 5,000 for its cache reads, a few tokens of prompt and 40 of answer
    expect(remaining(s, "tpm")).toBeGreaterThanOrEqual(60_000 - 3 * 5_100);
    // counted whole (cacheReadShare 1), the same three turns: the second is admitted on its
    // reservation (a cache read is known only from the answer) and takes the key over its tpm, so
    // the third is refused
    const whole = { GUARD_POLICY: JSON.stringify({ ...JSON.parse(String(testEnv.GUARD_POLICY)), cacheReadShare: 1 }) };
    const key2 = newKey();
    await setOverride(key2, { tpm: 60_000, tpd: null });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const { res, settled } = await call("/v1/messages", anthropic(key2, { max_tokens: 40 }, cached), whole);
      statuses.push(res.status);
      await res.text();
      await settled();
    }
    expect(statuses).toEqual([200, 200, 429]);
  });

  it("a cut stream on which the origin runs tools is read on to its end and charged what the origin billed: Responses not stored, chat web search, Anthropic server tools (red team R39a-2)", async () => {
    mockOrigin();
    const key = newKey();
    await setOverride(key, { tpd: 10_000_000, tpm: null });
    const id = await keyIdOf(key);
    const tool = { "x-mock-tool-tokens": "50000", "x-mock-chunk-delay-ms": "10" };
    const cuts: [string, RequestInit, string][] = [
      ["/v1/responses", { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json", ...tool }, body: JSON.stringify({ model: "m", input: "latest news?", store: false, stream: true, max_output_tokens: 40, tools: [{ type: "web_search" }] }) }, "response.output_text.delta"],
      ["/v1/responses", { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json", ...tool }, body: JSON.stringify({ model: "m", input: "ask the wiki", store: false, stream: true, max_output_tokens: 40, tools: [{ type: "mcp", server_label: "wiki", server_url: "https://mcp.example/sse" }] }) }, "response.output_text.delta"],
      ["/v1/chat/completions", chat(key, { stream: true, max_tokens: 40, web_search_options: {} }, tool), '"content":"'],
      ["/v1/messages", anthropic(key, { stream: true, max_tokens: 40, tools: [{ type: "web_fetch_20250910", name: "web_fetch" }] }, tool), "content_block_delta"],
      ["/v1/messages", anthropic(key, { stream: true, max_tokens: 40, mcp_servers: [{ type: "url", url: "https://mcp.example/sse", name: "wiki" }] }, tool), "content_block_delta"],
    ];
    let before = (await stateOf(id)).counters.promptTokens;
    for (const [path, init, marker] of cuts) {
      const { res, settled } = await call(path, init);
      expect(res.status, path).toBe(200);
      await hangUpAfter(res, marker);
      await settled();
      const now = (await stateOf(id)).counters.promptTokens;
      // (a chat request with web_search_options searched once: a call counted at its price, 2,500)
      const search = path === "/v1/chat/completions" ? 2_500 : 0;
      expect([path, now - before - search >= 50_000 && now - before - search < 50_050]).toEqual([path, true]);
      before = now;
    }
    // control: a function tool runs at the client, and the stream is not read on for it
    const { seen } = mockOrigin();
    const fn = await call("/v1/responses", { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json", "x-mock-chunk-delay-ms": "10" }, body: JSON.stringify({ model: "m", input: "hi", store: false, stream: true, max_output_tokens: 40, tools: [{ type: "function", name: "f", parameters: {} }] }) });
    await hangUpAfter(fn.res, "response.output_text.delta");
    await fn.settled();
    expect(seen).toHaveLength(1);
    expect((await stateOf(id)).counters.promptTokens - before).toBeLessThan(50);
  });

  it("the turn after a cut one is decided once the cut turn's context is charged, not on its reservation (red team R35-2)", async () => {
    mockOrigin();
    const key = newKey();
    await setOverride(key, { tpd: 100_000, tpm: null });
    // a stored response of 100,500 tokens made by another key; the origin's record takes 400 ms to read
    const turn = (): RequestInit => ({
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json", "x-mock-chunk-delay-ms": "50", "x-mock-delay-ms": "400" },
      body: JSON.stringify({ model: "m", input: "the next question", previous_response_id: "resp_fg_500_100000_0abc1234", stream: true, max_output_tokens: 40 }),
    });
    const first = await call("/v1/responses", turn());
    expect(first.res.status).toBe(200);
    await hangUpAfter(first.res, "response.output_text.delta");
    // sent at once, while the guard is still reading the context's record: a chat request, which
    // carries no stored input, is decided on its own reservation as before; the next turn waits
    const other = await call("/v1/chat/completions", chat(key));
    expect(other.res.status).toBe(200);
    await other.res.text();
    const next = await call("/v1/responses", turn());
    const nextBody = await next.res.text();
    expect(next.res.status, nextBody).toBe(429);
    await first.settled();
    await next.settled();
    await other.settled();
    const s = await stateOf(await keyIdOf(key));
    expect(s.counters.served).toBe(2);
    expect(s.counters.promptTokens).toBeGreaterThanOrEqual(100_500);
  });

  it("the key's next decisions wait from the moment the client goes (the request's signal), not from when the guard next writes to it (R35-2)", async () => {
    mockOrigin();
    const key = newKey();
    await setOverride(key, { tpd: 100_000, tpm: null });
    const body = JSON.stringify({ model: "m", input: "the next question", previous_response_id: "resp_fg_500_100000_0abc1234", stream: true, max_output_tokens: 40 });
    const headers = { authorization: `Bearer ${key}`, "content-type": "application/json", "x-mock-chunk-delay-ms": "50" };
    const gone = new AbortController();
    const first = await call("/v1/responses", { method: "POST", headers, body, signal: gone.signal });
    expect(first.res.status).toBe(200);
    const reader = first.res.body!.getReader();
    await reader.read();
    // the client goes; the runtime tells the stream only later (here: 300 ms)
    gone.abort();
    const later = new Promise((r) => setTimeout(r, 300)).then(() => reader.cancel("client went away"));
    const next = await call("/v1/responses", { method: "POST", headers, body });
    const nextBody = await next.res.text();
    expect(next.res.status, nextBody).toBe(429);
    await later;
    await first.settled();
    await next.settled();
    expect((await stateOf(await keyIdOf(key))).counters.served).toBe(1);
  });

  it("a cut turn whose context the origin does not know is charged its reservation; an id is never a path", async () => {
    const { seen } = mockOrigin();
    const key = newKey();
    await setOverride(key, { tpd: 1_000_000, tpm: null });
    const { res, settled } = await call("/v1/responses", {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json", "x-mock-chunk-delay-ms": "50", "x-mock-unstored": "1" },
      body: JSON.stringify({ model: "m", input: "q", previous_response_id: "../files/file-1?x=1", stream: true, max_output_tokens: 40 }),
    });
    await hangUpAfter(res, "response.output_text.delta");
    await settled();
    const s = await stateOf(await keyIdOf(key));
    expect(s.counters.completionTokens).toBe(40);
    expect(s.counters.promptTokens).toBeLessThan(50);
    // its own record first (the origin kept none), then the context's: one path segment each
    const reads = seen.filter((r) => r.method === "GET").map((r) => r.url);
    expect(reads).toHaveLength(2);
    expect(reads[0]).toMatch(new RegExp(`^${ORIGIN}/v1/responses/resp_mock[0-9a-f]+$`));
    expect(reads[1]).toBe(`${ORIGIN}/v1/responses/..%2Ffiles%2Ffile-1%3Fx%3D1`);
  });

  it("an origin error costs no tokens", async () => {
    mockOrigin();
    const key = newKey();
    await setOverride(key, SLOW_TPD);
    const { res, settled } = await call("/v1/chat/completions", chat(key, {}, { "x-mock-status": "500" }));
    expect(res.status).toBe(500);
    await res.text();
    await settled();
    const s = await stateOf(await keyIdOf(key));
    expect(remaining(s, "tpd")).toBe(10_000);
    expect(s.counters.served).toBe(1);
  });

  it("R90-5: a gateway timeout (504, 524) is charged as a stream its client left (the model may run on to its end and bill it); a 503 costs nothing", async () => {
    mockOrigin();
    for (const [status, charged] of [["504", true], ["524", true], ["503", false]] as const) {
      const key = newKey();
      await setOverride(key, SLOW_TPD);
      const { res, settled } = await call("/v1/chat/completions", chat(key, { max_tokens: 300 }, { "x-mock-status": status }));
      expect(res.status).toBe(Number(status));
      await res.text();
      await settled();
      const s = await stateOf(await keyIdOf(key));
      if (charged) expect(10_000 - (remaining(s, "tpd") ?? 10_000), status).toBeGreaterThanOrEqual(300);
      else expect(remaining(s, "tpd"), status).toBe(10_000);
    }
  });
});

describe("decision log lines", () => {
  afterEach(() => vi.restoreAllMocks());
  const decisions = (log: { mock: { calls: unknown[][] } }) =>
    log.mock.calls.map((c) => JSON.parse(String(c[0])) as Record<string, unknown>).filter((l) => l.evt === "decision");

  it("a plain allow is not logged by default; with LOG_DECISIONS=all it is, without the key or the prompt", async () => {
    mockOrigin();
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const key = newKey();
    const quiet = await call("/v1/chat/completions", chat(key, { messages: [{ role: "user", content: "a secret prompt" }] }));
    expect(quiet.res.status).toBe(200);
    await quiet.res.text();
    await quiet.settled();
    expect(decisions(log)).toEqual([]);
    const loud = await call("/v1/chat/completions", chat(key, { messages: [{ role: "user", content: "a secret prompt" }] }), { LOG_DECISIONS: "all" });
    expect(loud.res.status).toBe(200);
    await loud.res.text();
    await loud.settled();
    const lines = decisions(log);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ keyId: await keyIdOf(key), route: "chat", action: "allow", served: true, cause: "ok" });
    const raw = JSON.stringify(log.mock.calls);
    expect(raw).not.toContain(key);
    expect(raw).not.toContain("a secret prompt");
  });

  it("a refusal is logged by default", async () => {
    mockOrigin();
    const key = newKey();
    await setOverride(key, { rpm: 1 });
    const first = await call("/v1/chat/completions", chat(key));
    await first.res.text();
    await first.settled();
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const { res } = await call("/v1/chat/completions", chat(key));
    expect(res.status).toBe(429);
    expect(decisions(log)).toEqual([expect.objectContaining({ action: "limit", served: false, cause: "rpm" })]);
  });
});
