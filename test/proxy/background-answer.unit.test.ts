/**
 * A background response (`POST /v1/responses` with `background: true`) returns at once with no
 * usage; its answer is fetched later on a free route (`GET /v1/responses/{id}`). Detection reads
 * that answer there (red team R6-3 `e-bg`: a farm asking everything in the background showed no
 * answer at all, so no profile and no amplification). Only a background response counts: one
 * created in the foreground was settled by its own request.
 */
import { describe, expect, it } from "vitest";
import { fetchedAnswers } from "../../src/proxy/routes.ts";
import { answerLeftUnread, backgroundAnswer, storedAnswer } from "../../src/proxy/usage.ts";

const resp = (over: Record<string, unknown>) => ({ id: "resp_1", object: "response", status: "completed", background: true, output: [], usage: { input_tokens: 30, output_tokens: 2100, total_tokens: 2130 }, ...over });
const sse = (events: Record<string, unknown>[]) => events.map((e) => `event: ${String(e.type)}\ndata: ${JSON.stringify(e)}\n\n`).join("");

describe("backgroundAnswer", () => {
  it("reads the usage of a background response that has ended, JSON or replayed as events", () => {
    expect(backgroundAnswer(JSON.stringify(resp({})), false)).toEqual({ promptTokens: 30, completionTokens: 2100 });
    expect(backgroundAnswer(JSON.stringify(resp({ status: "incomplete" })), false)).toEqual({ promptTokens: 30, completionTokens: 2100 });
    const events = sse([
      { type: "response.created", response: resp({ status: "queued", usage: null }) },
      { type: "response.output_text.delta", delta: "Hello" },
      { type: "response.completed", response: resp({}) },
    ]);
    expect(backgroundAnswer(events, true)).toEqual({ promptTokens: 30, completionTokens: 2100 });
    expect(backgroundAnswer(sse([{ type: "response.incomplete", response: resp({ status: "incomplete", usage: { input_tokens: 5, output_tokens: 9 } }) }]), true)).toEqual({ promptTokens: 5, completionTokens: 9 });
  });
  it("reads nothing from a foreground response, one still queued or running, a failed one, or what is not a response", () => {
    expect(backgroundAnswer(JSON.stringify(resp({ background: false })), false)).toBeUndefined();
    expect(backgroundAnswer(JSON.stringify(resp({ background: undefined })), false)).toBeUndefined();
    expect(backgroundAnswer(JSON.stringify(resp({ status: "queued", usage: null })), false)).toBeUndefined();
    expect(backgroundAnswer(JSON.stringify(resp({ status: "in_progress" })), false)).toBeUndefined();
    expect(backgroundAnswer(JSON.stringify(resp({ status: "failed" })), false)).toBeUndefined();
    expect(backgroundAnswer("not json", false)).toBeUndefined();
    expect(backgroundAnswer("null", false)).toBeUndefined();
    expect(backgroundAnswer(sse([{ type: "response.in_progress", response: resp({ status: "in_progress" }) }]), true)).toBeUndefined();
    expect(backgroundAnswer(sse([{ type: "response.completed", response: resp({ background: false }) }]), true)).toBeUndefined();
    // a broken event elsewhere does not hide the answer; a broken completion event is no answer
    expect(backgroundAnswer("data: {broken\n\n" + sse([{ type: "response.completed", response: resp({}) }]), true)).toEqual({ promptTokens: 30, completionTokens: 2100 });
    expect(backgroundAnswer('data: {"type":"response.completed","response":{"background":true\n\n', true)).toBeUndefined();
  });
  it("only a completion event sets the answer: a later event that merely mentions one does not replace it; a completion event that cannot be read voids the answer", () => {
    const done = sse([{ type: "response.completed", response: resp({}) }]);
    const mention = sse([{ type: "response.output_item.added", item: { id: "x", note: "response.completed" } }]);
    expect(backgroundAnswer(done + mention, true)).toEqual({ promptTokens: 30, completionTokens: 2100 });
    expect(backgroundAnswer(done + 'data: {"type":"response.completed","response":\n\n', true)).toBeUndefined();
  });
  it("storedAnswer reads any ended response and says whether it ran in the background; the same parse as backgroundAnswer", () => {
    expect(storedAnswer(JSON.stringify(resp({ background: false })), false)).toEqual({ usage: { promptTokens: 30, completionTokens: 2100 }, background: false });
    expect(storedAnswer(JSON.stringify(resp({ background: undefined, status: "incomplete" })), false)).toEqual({ usage: { promptTokens: 30, completionTokens: 2100 }, background: false });
    expect(storedAnswer(sse([{ type: "response.completed", response: resp({}) }]), true)).toEqual({ usage: { promptTokens: 30, completionTokens: 2100 }, background: true });
    expect(storedAnswer(JSON.stringify(resp({ background: false, status: "in_progress" })), false)).toBeUndefined();
    expect(storedAnswer(JSON.stringify(resp({ background: false, usage: null })), false)).toBeUndefined();
    expect(storedAnswer("[1]", false)).toBeUndefined();
  });
  it("answerLeftUnread: a background response, or a stored stream that ended before its final usage (red team R12-7); not a whole answer, nor one not stored", () => {
    expect(answerLeftUnread({ background: true }, false, { usageFinal: true })).toBe(true);
    expect(answerLeftUnread({}, true, { usageFinal: false })).toBe(true);
    expect(answerLeftUnread({}, true, {})).toBe(true);
    expect(answerLeftUnread({ store: true }, true, { usageFinal: false })).toBe(true);
    expect(answerLeftUnread({}, true, { usageFinal: true })).toBe(false);
    expect(answerLeftUnread({ store: false }, true, { usageFinal: false })).toBe(false);
    expect(answerLeftUnread({}, false, { usageFinal: false })).toBe(false);
    expect(answerLeftUnread({ background: false }, false, {})).toBe(false);
  });
  it("fetchedAnswers: GET /v1/responses/{id} is a response, a message batch's results and a file's content are results; nothing else", () => {
    expect(fetchedAnswers("GET", "/x/v1/responses/resp_abc")).toBeUndefined();
    expect(fetchedAnswers("GET", "/v1/responses/resp_abc")).toBe("response");
    expect(fetchedAnswers("POST", "/v1/responses/resp_abc")).toBeUndefined();
    expect(fetchedAnswers("GET", "/v1/responses")).toBeUndefined();
    expect(fetchedAnswers("GET", "/v1/responses/resp_abc/input_items")).toBeUndefined();
    expect(fetchedAnswers("DELETE", "/v1/responses/resp_abc")).toBeUndefined();
    expect(fetchedAnswers("GET", "/v1/messages/batches/msgbatch_01/results")).toBe("results");
    expect(fetchedAnswers("GET", "/v1/files/file-abc/content")).toBe("results");
    expect(fetchedAnswers("POST", "/v1/messages/batches/msgbatch_01/results")).toBeUndefined();
    expect(fetchedAnswers("GET", "/v1/messages/batches/msgbatch_01")).toBeUndefined();
    expect(fetchedAnswers("GET", "/v1/messages/batches/msgbatch_01/results/x")).toBeUndefined();
    expect(fetchedAnswers("GET", "/v1/files/file-abc")).toBeUndefined();
    expect(fetchedAnswers("GET", "/x/v1/files/file-abc/content")).toBeUndefined();
    expect(fetchedAnswers("GET", "/v1/files/file-abc/contents")).toBeUndefined();
  });
});
