/**
 * A batch's results read whole give back what its creation reserved beyond what its answers took
 * (red team R81-5); results read in part, or with a line the guard cannot read, do not (the
 * answers read stand for the batch, as before).
 */
import { describe, expect, it } from "vitest";
import { BatchResults, MAX_RESULT_LINE_CHARS } from "../../src/proxy/usage.ts";

const ok = (i: number) => JSON.stringify({ custom_id: `c${i}`, result: { type: "succeeded", message: { usage: { input_tokens: 5, output_tokens: 3 } } } });
const canceled = (i: number) => JSON.stringify({ custom_id: `c${i}`, result: { type: "canceled" } });
const openaiErr = (i: number) => JSON.stringify({ id: `r${i}`, custom_id: `c${i}`, response: null, error: { code: "batch_expired", message: "expired" } });

function read(lines: string[], toEnd: boolean) {
  const r = new BatchResults();
  r.push(lines.join("\n") + "\n");
  return r.end(toEnd);
}

describe("BatchResults.end: whole results", () => {
  it("read to the end, every line an item: whole, an unanswered batch an answer of none", () => {
    expect(read([ok(0), ok(1), canceled(2)], true)).toMatchObject({ whole: true, count: 2, promptTokens: 10, completionTokens: 6 });
    expect(read([canceled(0), canceled(1)], true)).toMatchObject({ whole: true, count: 0, promptTokens: 0 });
    expect(read([openaiErr(0)], true)).toMatchObject({ whole: true, count: 0 });
  });
  it("not whole: read in part, a line too long to read, a line of no known shape", () => {
    expect(read([ok(0), ok(1)], false)).not.toHaveProperty("whole");
    expect(read([canceled(0)], false)).toBeUndefined();
    const long = JSON.stringify({ custom_id: "big", result: { type: "succeeded", message: { content: "x".repeat(MAX_RESULT_LINE_CHARS), usage: { input_tokens: 1, output_tokens: 9000 } } } });
    expect(read([ok(0), long], true)).not.toHaveProperty("whole");
    expect(read([ok(0), '{"custom_id":"c1","result":{"type":"succeeded","message":{"usage":"n/a"}}}'], true)).not.toHaveProperty("whole");
    // a request line (an input file fetched as results) is no item
    expect(read([ok(0), JSON.stringify({ custom_id: "c1", method: "POST", url: "/v1/chat/completions", body: {}, result: { type: "canceled" } })], true)).not.toHaveProperty("whole");
  });
});
