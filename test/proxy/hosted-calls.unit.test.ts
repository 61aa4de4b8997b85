import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/config/index.ts";
import { hostedTokens, quotaTokens } from "../../src/limits/index.ts";
import { BatchResults, readUsage, withOutputCalls } from "../../src/proxy/usage.ts";

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
