/**
 * edgeFacts exactly (survivors of the ninth session's mutation run on the R14-1 fix): braces
 * inside strings, nested usage details, JSON written with spaces around its colons, and fields
 * that must be absent, not merely undefined.
 */
import { describe, expect, it } from "vitest";
import { edgeFacts, storedAnswerAtEdges } from "../../src/proxy/usage.ts";

describe("edgeFacts, exactly", () => {
  it("a brace inside a string of the usage object does not close it", () => {
    expect(edgeFacts("", `"usage":{"note":"ab}","prompt_tokens":2,"completion_tokens":5}`).usage).toEqual({ promptTokens: 2, completionTokens: 5 });
  });
  it("a usage object with nested details (OpenAI's *_tokens_details) is read whole", () => {
    const tail = `"usage":{"prompt_tokens":10,"prompt_tokens_details":{"cached_tokens":0},"completion_tokens":20,"completion_tokens_details":{"reasoning_tokens":5}}}`;
    // read at its two ends only, whether it returned its reasoning is not known: read as answer (R59-3)
    expect(edgeFacts("", tail).usage).toEqual({ promptTokens: 10, completionTokens: 20 });
  });
  it("JSON written with spaces around its colons (a pretty-printing origin)", () => {
    const head = `{"id" : "resp_s", "object" : "response", "status" : "completed", "background" : true, "output" : [{"id" : "msg_1", "status" : "in_progress"`;
    expect(edgeFacts(head, `"usage" : {"input_tokens" : 1, "output_tokens" : 2}}`)).toStrictEqual({ usage: { promptTokens: 1, completionTokens: 2 }, responseId: "resp_s", status: "completed", background: true });
    // the output's own fields, after "output" : [, are not the response's
    const noTop = `{"object" : "response", "output" : [{"id":"msg_1","status":"completed"`;
    expect(edgeFacts(noTop, "")).toStrictEqual({});
  });
  it("a head with no output yet is read to its last char", () => {
    expect(edgeFacts(`{"object":"response","id":"r","background":true`, "")).toStrictEqual({ responseId: "r", background: true });
  });
  it("what is not known is absent, not undefined; a status of an object that is no response is not read", () => {
    expect(edgeFacts(`{"object":"response","output":[`, "")).toStrictEqual({});
    expect(edgeFacts(`{"id":"run_1","object":"thread.run","status":"completed","output":[`, "")).toStrictEqual({});
    expect(storedAnswerAtEdges(`{"id":"run_1","object":"thread.run","status":"completed","output":[`, `"usage":{"input_tokens":1,"output_tokens":2}}`, false)).toBeUndefined();
  });
});
