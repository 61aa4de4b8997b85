import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/config/index.ts";
import { hostedTokens, quotaTokens } from "../../src/limits/index.ts";
import { BatchResults, readUsage, withOutputCalls } from "../../src/proxy/usage.ts";
import { DEFAULT_TOOL_CALLS, hostedCallsAsked, prepareBody } from "../../src/proxy/request.ts";

const PRICES = { webSearch: 2_500, webFetch: 0, fileSearch: 625, containers: 7_500 };

describe("hosted tool calls read from answers", () => {
  it("Anthropic's usage.server_tool_use: web searches and fetches", () => {
    expect(readUsage({ input_tokens: 10, output_tokens: 5, server_tool_use: { web_search_requests: 3, web_fetch_requests: 2 } })).toEqual({
      promptTokens: 10, completionTokens: 5, hosted: { webSearch: 3, webFetch: 2 },
    });
    // none, or counts that are not counts: no calls
    expect(readUsage({ input_tokens: 10, output_tokens: 5, server_tool_use: { web_search_requests: 0 } })).toEqual({ promptTokens: 10, completionTokens: 5 });
    expect(readUsage({ input_tokens: 10, output_tokens: 5, server_tool_use: { web_search_requests: -4, web_fetch_requests: "9" } })).toEqual({ promptTokens: 10, completionTokens: 5 });
  });

  it("a Responses answer's output items: each search a call, each distinct container one", () => {
    const u = { promptTokens: 100, completionTokens: 50 };
    const output = [
      { type: "web_search_call", id: "ws1" }, { type: "web_search_call", id: "ws2" },
      { type: "file_search_call", id: "fs1" },
      { type: "code_interpreter_call", id: "ci1", container_id: "cntr_a" }, { type: "code_interpreter_call", id: "ci2", container_id: "cntr_a" },
      { type: "code_interpreter_call", id: "ci3", container_id: "cntr_b" },
      { type: "message", content: [{ type: "output_text", text: "web_search_call" }] },
    ];
    expect(withOutputCalls(u, { object: "response", output })).toEqual({ ...u, hosted: { webSearch: 2, fileSearch: 1, containers: 2 } });
    expect(withOutputCalls(u, { object: "response", output: [] })).toEqual(u);
    expect(withOutputCalls(undefined, { output })).toBeUndefined();
  });

  it("a container the request's tools named (echoed in the answer's tools) was billed before: not counted; a new one beside it is", () => {
    const u = { promptTokens: 100, completionTokens: 50 };
    const output = [{ type: "code_interpreter_call", id: "ci1", container_id: "cntr_a" }, { type: "code_interpreter_call", id: "ci2", container_id: "cntr_a" }];
    expect(withOutputCalls(u, { output, tools: [{ type: "code_interpreter", container: "cntr_a" }] })).toEqual(u);
    expect(withOutputCalls(u, { output, tools: [{ type: "code_interpreter", container: { type: "auto" } }] })).toEqual({ ...u, hosted: { containers: 1 } });
    expect(withOutputCalls(u, { output: [...output, { type: "code_interpreter_call", id: "ci3", container_id: "cntr_b" }], tools: [{ type: "code_interpreter", container: "cntr_a" }] })).toEqual({ ...u, hosted: { containers: 1 } });
    const shell = [{ type: "shell_call", container_id: "cntr_s" }];
    expect(withOutputCalls(u, { output: shell, tools: [{ type: "shell", environment: { type: "container_reference", container_id: "cntr_s" } }] })).toEqual(u);
    expect(withOutputCalls(u, { output: shell, tools: [{ type: "shell", environment: { type: "container_auto" } }] })).toEqual({ ...u, hosted: { containers: 1 } });
    // named by the request's tools when the answer echoes none (red team R86-5)
    expect(withOutputCalls(u, { output }, [{ type: "code_interpreter", container: "cntr_a" }])).toEqual(u);
    expect(withOutputCalls(u, { output: [...output, { type: "code_interpreter_call", id: "ci3", container_id: "cntr_new" }] }, [{ type: "code_interpreter", container: "cntr_a" }])).toEqual({ ...u, hosted: { containers: 1 } });
    // a name that is not an id names nothing
    expect(withOutputCalls(u, { output, tools: [{ type: "code_interpreter", container: "" }] })).toEqual({ ...u, hosted: { containers: 1 } });
    // and a turn in a named container reserves none
    expect(hostedCallsAsked("responses", { model: "m", tools: [{ type: "code_interpreter", container: "cntr_a" }] })).toBeUndefined();
    expect(hostedCallsAsked("responses", { model: "m", tools: [{ type: "shell", environment: { type: "container_reference", container_id: "cntr_s" } }] })).toBeUndefined();
    expect(hostedCallsAsked("responses", { model: "m", tools: [{ type: "code_interpreter", container: { type: "auto" } }] })).toMatchObject({ containers: 1 });
  });

  it("a batch's results sum their items' calls", () => {
    const r = new BatchResults();
    const line = (searches: number) => JSON.stringify({ custom_id: "x", result: { type: "succeeded", message: { usage: { input_tokens: 10, output_tokens: 40, server_tool_use: { web_search_requests: searches } } } } });
    r.push(`${line(2)}\n${line(0)}\n${line(5)}\n`);
    expect(r.end()).toMatchObject({ count: 3, hosted: { webSearch: 7 } });
    const o = new BatchResults();
    o.push(JSON.stringify({ custom_id: "y", response: { status_code: 200, body: { object: "response", usage: { input_tokens: 4, output_tokens: 9 }, output: [{ type: "web_search_call" }] } } }) + "\n");
    expect(o.end()).toMatchObject({ count: 1, hosted: { webSearch: 1 } });
  });
});

describe("quotas price the calls (GUARD_POLICY.hostedCalls)", () => {
  it("each kind at its price, beside the tokens", () => {
    expect(hostedTokens({ webSearch: 2, webFetch: 9, fileSearch: 4, containers: 1 }, PRICES)).toBe(5_000 + 0 + 2_500 + 7_500);
    expect(quotaTokens({ promptTokens: 100, completionTokens: 50, hosted: { webSearch: 1 } }, { cacheReadShare: 1, hostedCalls: PRICES })).toBe(2_650);
    // no prices: the tokens alone
    expect(quotaTokens({ promptTokens: 100, completionTokens: 50, hosted: { webSearch: 1 } }, { cacheReadShare: 1 })).toBe(150);
    expect(hostedTokens({ webSearch: Number.NaN, containers: -3 }, PRICES)).toBe(0);
  });

  it("the policy's defaults, an operator's prices, and a bad price named", () => {
    const d = parsePolicy({});
    expect(d.ok && d.value.hostedCalls).toEqual(PRICES);
    const set = parsePolicy({ hostedCalls: { webSearch: 6_250, containers: 0 } });
    expect(set.ok && set.value.hostedCalls).toEqual({ ...PRICES, webSearch: 6_250, containers: 0 });
    const bad = parsePolicy({ hostedCalls: { webSearch: -1 } });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problem.field).toBe("GUARD_POLICY.hostedCalls.webSearch");
    const unknown = parsePolicy({ hostedCalls: { imageGeneration: 5 } });
    expect(!unknown.ok && unknown.problem.field).toBe("GUARD_POLICY.hostedCalls.imageGeneration");
  });
});

describe("a request whose answer may go unread gets a bound on its priced tool calls (red team R80)", () => {
  const opts = { defaultMaxOutput: 1000, hostedCalls: PRICES, runTools: ["*search*"] };
  const turn = { model: "gpt-test", input: "Research the rail strike.", tools: [{ type: "web_search" }, { type: "function", name: "f", parameters: {} }] };
  const msg = { model: "claude-test", max_tokens: 500, messages: [{ role: "user", content: "Research it." }], tools: [{ type: "web_search_20250305", name: "web_search" }, { type: "web_fetch_20250910", name: "web_fetch", max_uses: 2 }] };
  it("a background response, a batch item, a request asking for logprobs: bounded at DEFAULT_TOOL_CALLS, and reserved so", () => {
    const bg = prepareBody("responses", { ...turn, background: true }, opts);
    expect(bg.body.max_tool_calls).toBe(DEFAULT_TOOL_CALLS);
    expect(bg.hostedAsked).toEqual({ webSearch: DEFAULT_TOOL_CALLS, webFetch: 0, fileSearch: 0, containers: 0 });
    const fg = prepareBody("responses", turn, opts);
    expect(fg.body.max_tool_calls).toBeUndefined();
    const noTools = prepareBody("responses", { ...turn, tools: [], background: true }, opts);
    expect(bg.reservedTokens - noTools.reservedTokens - DEFAULT_TOOL_CALLS * 2_500).toBeGreaterThanOrEqual(0);
    expect(bg.reservedTokens - noTools.reservedTokens - DEFAULT_TOOL_CALLS * 2_500).toBeLessThan(20);
    // a foreground request reserves nothing for its calls: its answer, read whole, is charged what it
    // made (red team R83-3)
    expect(fg.reservedTokens).toBeLessThan(noTools.reservedTokens + 20);
    expect(prepareBody("responses", { ...turn, top_logprobs: 5 }, opts).body.max_tool_calls).toBe(DEFAULT_TOOL_CALLS);
    const item = prepareBody("messages", msg, { ...opts, batchItem: true, hostedCalls: { ...PRICES, webFetch: 100 } });
    expect((item.body.tools as { max_uses?: number }[]).map((t) => t.max_uses)).toEqual([DEFAULT_TOOL_CALLS, 2]);
    expect(item.hostedAsked).toEqual({ webSearch: DEFAULT_TOOL_CALLS, webFetch: 2, fileSearch: 0, containers: 0 });
    // a bound the request sets is kept (and reserved)
    const own = prepareBody("responses", { ...turn, background: true, max_tool_calls: 40 }, opts);
    expect(own.body.max_tool_calls).toBe(40);
    expect(own.hostedAsked?.webSearch).toBe(40);
    // without the policy's prices (a caller that meters no calls): as sent
    expect(prepareBody("responses", { ...turn, background: true }, { defaultMaxOutput: 1000 }).body.max_tool_calls).toBeUndefined();
  });
  it("what a request may make: a search model's one search, a code interpreter's container", () => {
    expect(hostedCallsAsked("chat", { model: "gpt-4o-search-preview", messages: [] }, ["*search*"])).toEqual({ webSearch: 1, webFetch: 0, fileSearch: 0, containers: 0 });
    expect(hostedCallsAsked("chat", { model: "gpt-4o", messages: [] }, ["*search*"])).toBeUndefined();
    expect(hostedCallsAsked("responses", { model: "m", tools: [{ type: "code_interpreter", container: { type: "auto" } }] })).toEqual({ webSearch: 0, webFetch: 0, fileSearch: 0, containers: 1 });
  });
});

describe("tools the guard cannot see, and answers that may grow past a whole read (red team R82)", () => {
  const opts = { defaultMaxOutput: 1000, hostedCalls: PRICES, runTools: [] };
  it("R82-1: a stored prompt may carry tools: bounded and reserved as a search tool and a container", () => {
    const job = prepareBody("responses", { model: "gpt-test", prompt: { id: "pmpt_abc", variables: { q: "rail strike" } }, background: true }, opts);
    expect(job.body.max_tool_calls).toBe(DEFAULT_TOOL_CALLS);
    expect(job.hostedAsked).toMatchObject({ webSearch: DEFAULT_TOOL_CALLS, containers: 0 });
  });
  it("R82-2: a hosted shell's containers are read from its calls and reserved; a local shell's are not", () => {
    const u = { promptTokens: 10, completionTokens: 5 };
    expect(withOutputCalls(u, { output: [{ type: "shell_call", container_id: "cntr_1" }, { type: "shell_call_output", container_id: "cntr_1" }, { type: "shell_call", container_id: "cntr_1" }] })).toEqual({ ...u, hosted: { containers: 1 } });
    expect(withOutputCalls(u, { output: [{ type: "shell_call", id: "local" }] })).toEqual(u);
    expect(hostedCallsAsked("responses", { model: "m", tools: [{ type: "shell", environment: { type: "container_auto" } }] })).toMatchObject({ containers: 1 });
    expect(hostedCallsAsked("responses", { model: "m", tools: [{ type: "shell" }] })).toBeUndefined();
  });
  it("R82-3: a foreground request whose answer `include` may make big gets the bound; ordinary includes and none do not (R83-1)", () => {
    const turn = { model: "gpt-test", input: "Analyse the data.", tools: [{ type: "web_search" }, { type: "code_interpreter", container: { type: "auto" } }] };
    expect(prepareBody("responses", { ...turn, include: ["code_interpreter_call.outputs"] }, opts).body.max_tool_calls).toBe(DEFAULT_TOOL_CALLS);
    expect(prepareBody("responses", turn, opts).body.max_tool_calls).toBeUndefined();
    for (const include of [["reasoning.encrypted_content"], ["web_search_call.action.sources"]]) expect(prepareBody("responses", { ...turn, include }, opts).body.max_tool_calls).toBeUndefined();
    // an Anthropic agent with code execution is not bounded (red team R83-4); a batch item's web
    // fetch, priced 0, is not either
    const msg = { model: "claude-test", max_tokens: 500, messages: [{ role: "user", content: "Analyse." }], tools: [{ type: "code_execution_20250825", name: "code_execution" }, { type: "web_search_20250305", name: "web_search" }] };
    expect((prepareBody("messages", msg, opts).body.tools as { max_uses?: number }[])[1]!.max_uses).toBeUndefined();
    const fetch = { ...msg, tools: [{ type: "web_fetch_20250910", name: "web_fetch" }] };
    expect((prepareBody("messages", fetch, { ...opts, batchItem: true }).body.tools as { max_uses?: number }[])[0]!.max_uses).toBeUndefined();
  });
});
