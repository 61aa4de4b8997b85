/**
 * Exact tests for the survivors of the usage tap's event reading (src/proxy/usage.ts) that
 * usage-events, usage-tap and the proxy golden leave free: the depth bound of a delta, labels not
 * counted, which Responses events count as deltas, an empty chunk that is not the usage chunk, and
 * data lines joined as the SSE spec joins them. Each test names the survivor(s) it kills
 * (line:column of src/proxy/usage.ts at the commit measured); each was shown red against its
 * planted mutant.
 */
import { describe, expect, it } from "vitest";

import { ev, tap } from "./tap-helpers.ts";
/** `v` inside `n` nested objects. */
const nest = (n: number, v: unknown): unknown => (n === 0 ? v : { a: nest(n - 1, v) });

describe("streamed characters", () => {
  // kills 85:7 (depth > 6 -> >=): an object at depth 6 of a delta is still read
  it("reads strings in a delta's objects down to depth 6 (the string itself at depth 7)", async () => {
    const { result } = await tap([ev({ choices: [{ delta: nest(7, "xyz") }] }), ev({ choices: [{ delta: nest(8, "abcd") }] })]);
    expect(result.streamedChars).toBe(3);
  });

  // kills 88:98, 88:104 (k !== "index" -> true / ""): `index` is a label, whatever its type
  it("does not count an `index` label, even a string one", async () => {
    const { result } = await tap([ev({ choices: [{ delta: { index: "12345", content: "ab" } }] })]);
    expect(result.streamedChars).toBe(2);
  });

  // kills 116:55 (".delta" -> ""): only Responses events of type *.delta count their `delta`
  it("a Responses event that is not a .delta does not count a delta field", async () => {
    const { result } = await tap([
      ev({ type: "response.output_text.done", delta: "abcdef", text: "abcdef" }),
      ev({ type: "response.output_text.delta", delta: "abc" }),
    ], { kind: "responses" });
    expect(result.streamedChars).toBe(3);
  });
});

describe("the usage-only chunk", () => {
  // kills 108:9 (if (u) -> true): an empty choices list without usage is not the usage chunk: forwarded
  it("a chunk with no choices and no usage is forwarded even when the usage chunk is hidden", async () => {
    const empty = ev({ id: "c1", choices: [] });
    const usage = ev({ choices: [], usage: { prompt_tokens: 2, completion_tokens: 3 } });
    const { text, result } = await tap([empty, usage, "data: [DONE]\n\n"], { hideUsageChunk: true });
    expect(text).toBe(empty + "data: [DONE]\n\n");
    expect(result.usage).toEqual({ promptTokens: 2, completionTokens: 3 });
  });
});

describe("data lines", () => {
  // kills 136:51 ("\n" -> ""): an event's data lines are joined with a newline (SSE), so a number
  // split over two lines is not one number: the event is not JSON and carries no usage
  it("joins an event's data lines with a newline", async () => {
    const split = 'data: {"choices":[],"usage":{"prompt_tokens":1\ndata: 2,"completion_tokens":3}}\n\n';
    const { result } = await tap([split]);
    expect(result.usage).toBeUndefined();
    const whole = 'data: {"choices":[],\ndata: "usage":{"prompt_tokens":12,"completion_tokens":3}}\n\n';
    expect((await tap([whole])).result.usage).toEqual({ promptTokens: 12, completionTokens: 3 });
  });
});
