/**
 * Tools the origin runs and bills per call (red team R77-1 left them open): a web search costs
 * $10 per 1,000 beside the tokens its results add, which the answer's `usage` tokens do not
 * count. Quotas count each call at GUARD_POLICY.hostedCalls tokens (2,500 a web search by
 * default), read from Anthropic's `usage.server_tool_use`, a Responses answer's `web_search_call`
 * items (JSON and streamed), and a chat request's `web_search_options`.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { anthropic, call, chat, keyIdOf, mockOrigin, newKey, remaining, setOverride, stateOf, testEnv } from "./helpers.ts";

afterEach(() => vi.restoreAllMocks());

const TPD = 1_000_000;

/** What one request took from the key's daily tokens (the bucket refills ~12 tokens a second). */
async function tpdTaken(path: string, init: (key: string) => RequestInit, overrides: Record<string, unknown> = {}): Promise<number> {
  mockOrigin();
  const key = newKey("sk-hosted");
  await setOverride(key, { tpd: TPD, tpm: null, rpm: null, concurrency: null });
  const a = await call(path, init(key), overrides);
  expect(a.res.status).toBe(200);
  await a.res.text();
  await a.settled();
  return TPD - remaining(await stateOf(await keyIdOf(key)), "tpd")!;
}

const searches = (n: number) => ({ "x-mock-web-searches": String(n), "x-mock-words": "20" });
const message = { model: "claude-test", max_tokens: 400, messages: [{ role: "user", content: "What changed in the tax rules this year?" }], tools: [{ type: "web_search_20250305", name: "web_search", max_uses: 5 }] };
const turn = { model: "gpt-test", input: "What changed in the tax rules this year?", max_output_tokens: 400, tools: [{ type: "web_search" }] };
const json = (key: string, body: unknown, headers: Record<string, string>): RequestInit => ({
  method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json", ...headers }, body: JSON.stringify(body),
});

describe("hosted tool calls count against token quotas (GUARD_POLICY.hostedCalls)", () => {
  it("an Anthropic answer's web searches (usage.server_tool_use), JSON and streamed: 2,500 tokens each", async () => {
    const none = await tpdTaken("/v1/messages", (k) => anthropic(k, message, searches(0)));
    expect(none).toBeLessThan(200);
    const four = await tpdTaken("/v1/messages", (k) => anthropic(k, message, searches(4)));
    expect(four - none).toBeGreaterThanOrEqual(4 * 2_500 - 20);
    expect(four - none).toBeLessThanOrEqual(4 * 2_500 + 20);
    const streamed = await tpdTaken("/v1/messages", (k) => anthropic(k, { ...message, stream: true }, searches(4)));
    expect(streamed - none).toBeGreaterThanOrEqual(4 * 2_500 - 20);
  });

  it("a Responses answer's web_search_call items, JSON and streamed", async () => {
    const none = await tpdTaken("/v1/responses", (k) => json(k, turn, searches(0)));
    const three = await tpdTaken("/v1/responses", (k) => json(k, turn, searches(3)));
    expect(three - none).toBeGreaterThanOrEqual(3 * 2_500 - 20);
    expect(three - none).toBeLessThanOrEqual(3 * 2_500 + 20);
    const streamed = await tpdTaken("/v1/responses", (k) => json(k, { ...turn, stream: true }, searches(3)));
    expect(streamed - none).toBeGreaterThanOrEqual(3 * 2_500 - 20);
  });

  it("a chat request with web_search_options: one search", async () => {
    const ask = { model: "gpt-test", max_tokens: 100, messages: [{ role: "user", content: "Latest on the rail strike?" }] };
    const plain = await tpdTaken("/v1/chat/completions", (k) => chat(k, ask));
    const searched = await tpdTaken("/v1/chat/completions", (k) => chat(k, { ...ask, web_search_options: {} }));
    expect(searched - plain).toBeGreaterThanOrEqual(2_500 - 20);
    expect(searched - plain).toBeLessThanOrEqual(2_500 + 20);
  });

  it("the operator's price: hostedCalls.webSearch 0 counts the tokens alone, 10,000 four times the default", async () => {
    const policy = (webSearch: number) => ({ GUARD_POLICY: JSON.stringify({ ...JSON.parse(String(testEnv.GUARD_POLICY)), hostedCalls: { webSearch } }) });
    const free = await tpdTaken("/v1/messages", (k) => anthropic(k, message, searches(4)), policy(0));
    expect(free).toBeLessThan(200);
    const dear = await tpdTaken("/v1/messages", (k) => anthropic(k, message, searches(4)), policy(10_000));
    expect(dear - free).toBeGreaterThanOrEqual(40_000 - 20);
  });
});

describe("hosted calls the guard may not see are reserved (red team R80)", () => {
  it("R80-1: a chat request on a search model (models.runTools) counts its search without web_search_options", async () => {
    const ask = { max_tokens: 100, messages: [{ role: "user", content: "Latest on the rail strike?" }] };
    const plain = await tpdTaken("/v1/chat/completions", (k) => chat(k, { ...ask, model: "gpt-4o-mini" }));
    const searched = await tpdTaken("/v1/chat/completions", (k) => chat(k, { ...ask, model: "gpt-4o-mini-search-preview" }));
    expect(searched - plain).toBeGreaterThanOrEqual(2_500 - 20);
  });

  it("R80-2: a background response with a web search tool is charged the searches it may make until its answer is read", async () => {
    const job = { ...turn, background: true, max_tool_calls: 4 };
    const unread = await tpdTaken("/v1/responses", (k) => json(k, job, searches(0)));
    // its reservation: 4 searches beside its output cap
    expect(unread).toBeGreaterThanOrEqual(4 * 2_500);
    const plainJob = await tpdTaken("/v1/responses", (k) => json(k, { ...turn, tools: [], background: true }, searches(0)));
    expect(unread - plainJob).toBeGreaterThanOrEqual(4 * 2_500 - 20);
  });

  it("R83-2: a job too large for a small tier's tpm is refused naming what it reserves and the fields that lower it; lowered, it is served", async () => {
    const { seen } = mockOrigin();
    const key = newKey("sk-hosted-small");
    await setOverride(key, { tpm: 40_000, tpd: TPD, rpm: null, concurrency: null });
    // no output cap and no bound of its own: the guard reserves the background cap and 5 searches
    const big = await call("/v1/responses", json(key, { model: "gpt-test", input: "Research the tax rules.", tools: [{ type: "web_search" }], background: true }, searches(0)));
    expect(big.res.status).toBe(429);
    expect(big.res.headers.get("x-should-retry")).toBe("false");
    const e = ((await big.res.json()) as { error: { code: string; message: string } }).error;
    expect(e.code).toBe("request_too_large");
    expect(e.message).toContain("tokens per minute limit (40000)");
    expect(e.message).toContain("12500 for up to 5 hosted tool calls (lower max_tool_calls)");
    expect(e.message).toMatch(/ 32768 for its output \(lower max_output_tokens\)/);
    expect(e.message).toMatch(/It reserves \d+ tokens: about \d+ for its prompt/);
    expect(seen).toHaveLength(0);
    // the way back the message names
    const fewer = await call("/v1/responses", json(key, { model: "gpt-test", input: "Research the tax rules.", tools: [{ type: "web_search" }], background: true, max_tool_calls: 2 }, searches(0)));
    expect(fewer.res.status).toBe(200);
    await fewer.res.text();
    await fewer.settled();
  });

  it("an Anthropic request too large for the daily limit names its output cap, and no batch advice", async () => {
    mockOrigin();
    const key = newKey("sk-hosted-small-msg");
    await setOverride(key, { tpm: null, tpd: 20_000, rpm: null, concurrency: null });
    const r = await call("/v1/messages", anthropic(key, { ...message, max_tokens: 4_000, tools: [{ type: "web_search_20250305", name: "web_search", max_uses: 8 }] }, searches(0)));
    // a foreground request reserves no calls (R83-3): it is served, its calls read from its answer
    expect(r.res.status).toBe(200);
    await r.res.text();
    await r.settled();
    const big = await call("/v1/messages", anthropic(key, { ...message, max_tokens: 30_000 }, searches(0)));
    expect(big.res.status).toBe(429);
    const e = ((await big.res.json()) as { type: string; error: { type: string; message: string } }).error;
    expect(e.message).toContain("tokens per day limit (20000)");
    expect(e.message).toContain("30000 for its output (lower max_tokens)");
    expect(e.message).not.toContain("hosted tool calls");
    expect(e.message).not.toContain("A batch counts");
  });

  it("a job's reserved calls are counted as calls, not as output: its output counted is its cap; read, what it made", async () => {
    mockOrigin();
    const key = newKey("sk-hosted-counted");
    await setOverride(key, { tpd: TPD, tpm: null, rpm: null, concurrency: null });
    const a = await call("/v1/responses", json(key, { ...turn, background: true, max_tool_calls: 4 }, searches(1)));
    const { id } = (await a.res.json()) as { id: string };
    await a.settled();
    const held = (await stateOf(await keyIdOf(key))).counters;
    expect(held.completionTokens).toBe(400);
    // read: its 20 words and its prompt (the mock's retrieval reports no search); the reserved
    // searches and the cap's unused output given back
    const got = await call(`/v1/responses/${id}`, { headers: { authorization: `Bearer ${key}` } });
    await got.res.text();
    await got.settled();
    const read = (await stateOf(await keyIdOf(key))).counters;
    expect(read.promptTokens + read.completionTokens).toBeGreaterThanOrEqual(20);
    expect(read.promptTokens + read.completionTokens).toBeLessThan(100);
    expect(TPD - remaining(await stateOf(await keyIdOf(key)), "tpd")!).toBeLessThan(200);
  });

  it("R80-4: a message batch's web search items reserve their max_uses", async () => {
    const item = (i: number) => ({ custom_id: `q${i}`, params: { ...message, tools: [{ type: "web_search_20250305", name: "web_search", max_uses: 10 }] } });
    const withSearch = await tpdTaken("/v1/messages/batches", (k) => anthropic(k, { requests: [item(0), item(1)] }));
    const without = await tpdTaken("/v1/messages/batches", (k) => anthropic(k, { requests: [0, 1].map((i) => ({ custom_id: `q${i}`, params: { ...message, tools: [] } })) }));
    expect(withSearch - without).toBeGreaterThanOrEqual(2 * 10 * 2_500 - 20);
  });

  it("R80-3: an answer read only at its two ends is charged the calls its request may make", async () => {
    const big = "word ".repeat(2_000_000);
    const answer = (calls: number) => ({
      id: "resp_big", object: "response", status: "completed", model: "gpt-test",
      output: [...Array.from({ length: calls }, (_, i) => ({ type: "web_search_call", id: `ws${i}`, status: "completed" })), { type: "message", role: "assistant", content: [{ type: "output_text", text: big }] }],
      usage: { input_tokens: 20, output_tokens: 400 },
    });
    const taken = async (calls: number) => {
      mockOrigin(async () => new Response(new Blob([JSON.stringify(answer(calls))]).stream(), { headers: { "content-type": "application/json" } }));
      const key = newKey("sk-edges");
      await setOverride(key, { tpd: TPD, tpm: null, rpm: null, concurrency: null });
      const a = await call("/v1/responses", json(key, { ...turn, store: false, max_tool_calls: 6 }, {}));
      expect(a.res.status).toBe(200);
      await a.res.text();
      await a.settled();
      return TPD - remaining(await stateOf(await keyIdOf(key)), "tpd")!;
    };
    // 40 searches made, none of them seen in a 10 MB answer: charged the 6 the request allowed
    expect(await taken(40)).toBeGreaterThanOrEqual(6 * 2_500);
  });
});
