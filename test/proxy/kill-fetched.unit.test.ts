/**
 * The fetched-answer readers, exactly where the batch-results tests leave them free: which paths
 * fetch results (anchored), a line too long being skipped to its end (never read from where the
 * cut fell), and the reader's fast path (a line that never spells `usage` is not parsed). Written
 * against the survivors of the mutation run after batch results reached detection (red team R7-1).
 */
import { describe, expect, it } from "vitest";
import { fetchedAnswers, responseRead } from "../../src/proxy/routes.ts";
import { BatchResults, MAX_RESULT_LINE_CHARS, resultLineUsage } from "../../src/proxy/usage.ts";

const item = (out: number) => JSON.stringify({ custom_id: "a", result: { type: "succeeded", message: { usage: { input_tokens: 20, output_tokens: out } } } });

describe("fetchedAnswers: the results paths are anchored", () => {
  it("a message batch's results and a file's content only at the root of the path", () => {
    expect(fetchedAnswers("GET", "/x/v1/messages/batches/msgbatch_01/results")).toBeUndefined();
    expect(fetchedAnswers("GET", "/x/v1/files/file-abc/content")).toBeUndefined();
    expect(fetchedAnswers("GET", "/v1/messages/batches/msgbatch_01/results/x")).toBeUndefined();
    expect(fetchedAnswers("GET", "/v1/files/file-abc/content/x")).toBeUndefined();
  });
});

describe("BatchResults: a line over the bound", () => {
  it("is skipped to its end: a valid item after the cut, on the same line, is not read", () => {
    const r = new BatchResults();
    r.push("x".repeat(MAX_RESULT_LINE_CHARS + 1));
    r.push(item(900) + "\n");
    expect(r.end()).toBeUndefined();
    const s = new BatchResults();
    s.push("x".repeat(MAX_RESULT_LINE_CHARS + 1));
    s.push(item(900)); // the same, without a final newline
    expect(s.end()).toBeUndefined();
  });
  it("the line after it is read", () => {
    const r = new BatchResults();
    r.push("x".repeat(MAX_RESULT_LINE_CHARS + 1));
    r.push(item(900) + "\n" + item(800) + "\n");
    expect(r.end()).toEqual({ promptTokens: 20, completionTokens: 800, count: 1, long: 1, longTokens: 800, beyondTokens: 800 - 512, trivial: 0, trivialPromptTokens: 0 });
  });
});

describe("resultLineUsage: the fast path", () => {
  it("a line that never spells `usage` is not parsed, even when a JSON escape would make the key", () => {
    const escaped = item(900).replace('"usage"', '"\\u0075sage"');
    expect(JSON.parse(escaped).result.message.usage).toEqual({ input_tokens: 20, output_tokens: 900 });
    expect(resultLineUsage(escaped)).toBeUndefined();
    expect(resultLineUsage(item(900))).toEqual({ promptTokens: 20, completionTokens: 900 });
  });
});

describe("responseRead: the stored response a retrieval or a cancel reads (red team R12-2)", () => {
  it("names the retrieval path for GET /v1/responses/{id} and POST /v1/responses/{id}/cancel, nothing else", () => {
    expect(responseRead("GET", "/v1/responses/resp_1")).toBe("/v1/responses/resp_1");
    expect(responseRead("POST", "/v1/responses/resp_1/cancel")).toBe("/v1/responses/resp_1");
    expect(fetchedAnswers("POST", "/v1/responses/resp_1/cancel")).toBe("response");
    for (const [m, p] of [["POST", "/v1/responses/resp_1"], ["GET", "/v1/responses/resp_1/cancel"], ["POST", "/v1/batches/b_1/cancel"], ["GET", "/v1/responses/resp_1/input_items"], ["POST", "/x/v1/responses/resp_1/cancel"], ["DELETE", "/v1/responses/resp_1"]] as const) {
      expect(responseRead(m, p)).toBeUndefined();
      expect(fetchedAnswers(m, p)).toBeUndefined();
    }
  });
  it("a cancel's path is anchored at its end: a longer path after /cancel reads no response", () => {
    // the survivor of the mutation run on 1611dfe: the cancel regex without its `$`
    for (const p of ["/v1/responses/resp_1/cancel/x", "/v1/responses/resp_1/cancelled", "/v1/responses/resp_1/cancel/"]) {
      expect(responseRead("POST", p)).toBeUndefined();
      expect(fetchedAnswers("POST", p)).toBeUndefined();
    }
  });
});
