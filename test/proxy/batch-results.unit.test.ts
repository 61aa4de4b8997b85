/**
 * A batch's results (an Anthropic message batch's `GET .../results`, an OpenAI batch's output file
 * on `GET /v1/files/{id}/content`) carry each item's usage; the guard reads them line by line as
 * they pass (red team R7-1: a hydra of one-item batches showed detection no answer at all).
 */
import { describe, expect, it } from "vitest";
import { pointResultsAt } from "../../src/proxy/batch.ts";
import { BatchResults, MAX_RESULT_LINE_CHARS, resultLineUsage } from "../../src/proxy/usage.ts";

const anthropic = (custom_id: string, out: number, type = "succeeded") =>
  JSON.stringify({ custom_id, result: type === "succeeded" ? { type, message: { id: "msg_1", type: "message", role: "assistant", content: [{ type: "text", text: "hi" }], usage: { input_tokens: 20, cache_read_input_tokens: 5, output_tokens: out } } } : { type, error: { type: "error", error: { type: "invalid_request_error", message: "bad usage" } } } });
const openai = (custom_id: string, out: number, status = 200) =>
  JSON.stringify({ id: "batch_req_1", custom_id, response: { status_code: status, request_id: "r", body: { id: "chatcmpl-1", object: "chat.completion", choices: [], usage: { prompt_tokens: 12, completion_tokens: out, total_tokens: 12 + out } } }, error: null });

function read(text: string, chunk = text.length) {
  const r = new BatchResults();
  for (let i = 0; i < text.length; i += chunk) r.push(text.slice(i, i + chunk));
  return r.end();
}

describe("resultLineUsage", () => {
  it("an Anthropic item that succeeded, an OpenAI item answered 2xx: their usage (cache reads count as prompt)", () => {
    expect(resultLineUsage(anthropic("a", 900))).toEqual({ promptTokens: 25, completionTokens: 900, cacheRead: 5 });
    expect(resultLineUsage(openai("b", 700))).toEqual({ promptTokens: 12, completionTokens: 700 });
    expect(resultLineUsage(openai("b", 700, 299))).toEqual({ promptTokens: 12, completionTokens: 700 });
  });
  it("errored, canceled, expired, non-2xx items, input-file lines, junk: no answer", () => {
    for (const t of ["errored", "canceled", "expired"]) expect(resultLineUsage(anthropic("a", 900, t))).toBeUndefined();
    expect(resultLineUsage(openai("b", 700, 400))).toBeUndefined();
    expect(resultLineUsage(openai("b", 700, 199))).toBeUndefined();
    expect(resultLineUsage(openai("b", 700, 300))).toBeUndefined();
    expect(resultLineUsage(JSON.stringify({ custom_id: "x", method: "POST", url: "/v1/chat/completions", body: { usage: { prompt_tokens: 1, completion_tokens: 1 } } }))).toBeUndefined();
    // an uploaded input line dressed as a result (extra fields pass the upload check): a key could
    // fetch its own input file and have thousands of made-up short answers read for one upload
    const dressed = { response: { status_code: 200, body: { usage: { prompt_tokens: 5, completion_tokens: 2 } } } };
    expect(resultLineUsage(JSON.stringify({ custom_id: "x", method: "POST", url: "/v1/chat/completions", body: {}, ...dressed }))).toBeUndefined();
    expect(resultLineUsage(JSON.stringify({ custom_id: "x", url: "/v1/chat/completions", ...dressed }))).toBeUndefined();
    expect(resultLineUsage(JSON.stringify({ custom_id: "x", method: "POST", ...dressed }))).toBeUndefined();
    expect(resultLineUsage(JSON.stringify({ custom_id: "x", result: { type: "succeeded", message: { usage: { input_tokens: 1, output_tokens: 1 } } }, params: {} }))).toBeUndefined();
    expect(resultLineUsage(JSON.stringify({ custom_id: "x", response: { status_code: "200", body: { usage: { prompt_tokens: 1, completion_tokens: 1 } } } }))).toBeUndefined();
    expect(resultLineUsage(JSON.stringify({ custom_id: "x", response: { status_code: 200, body: null } }))).toBeUndefined();
    expect(resultLineUsage(JSON.stringify({ custom_id: "x", result: { type: "succeeded", message: null } }))).toBeUndefined();
    expect(resultLineUsage('{"usage": oops')).toBeUndefined();
    expect(resultLineUsage("null")).toBeUndefined();
    expect(resultLineUsage('"usage"')).toBeUndefined();
    expect(resultLineUsage("")).toBeUndefined();
  });
});

describe("BatchResults", () => {
  const lines = [anthropic("a", 900), anthropic("b", 1100, "errored"), anthropic("c", 1300), "", openai("d", 500), anthropic("t", 31), anthropic("u", 32)];
  it("sums the answers of every line, whatever the chunking, with or without a final newline", () => {
    // 500 is not long (LONG_ANSWER), nor beyond 512 (BUDGET_USED); 31 is trivial, 32 is not (TRIVIAL_ANSWER)
    const want = { promptTokens: 25 + 25 + 12 + 25 + 25, completionTokens: 900 + 1300 + 500 + 31 + 32, cacheRead: 4 * 5, count: 5, long: 2, longTokens: 2200, beyondTokens: 900 - 512 + (1300 - 512), trivial: 1, trivialPromptTokens: 25 };
    for (const chunk of [1, 7, 64, 100_000]) {
      expect(read(lines.join("\n") + "\n", chunk)).toEqual(want);
      expect(read(lines.join("\n"), chunk)).toEqual(want);
      expect(read(lines.join("\r\n") + "\r\n", chunk)).toEqual(want);
    }
  });
  it("no answer at all: undefined", () => {
    expect(read("")).toBeUndefined();
    expect(read(anthropic("b", 1100, "errored") + "\n")).toBeUndefined();
  });
  it("a line longer than MAX_RESULT_LINE_CHARS is skipped, the lines around it are read", () => {
    const long = anthropic("L", 5000).replace('"hi"', JSON.stringify("x".repeat(MAX_RESULT_LINE_CHARS)));
    const text = [anthropic("a", 900), long, anthropic("c", 1300)].join("\n");
    for (const chunk of [65_536, 1_000_003]) expect(read(text, chunk)).toEqual({ promptTokens: 50, completionTokens: 2200, cacheRead: 10, count: 2, long: 2, longTokens: 2200, beyondTokens: 900 - 512 + (1300 - 512), trivial: 0, trivialPromptTokens: 0 });
    // one char under the bound is read
    const fits = anthropic("F", 7);
    const padded = fits.replace('"hi"', JSON.stringify("y".repeat(MAX_RESULT_LINE_CHARS - fits.length + 2)));
    expect(padded.length).toBe(MAX_RESULT_LINE_CHARS);
    expect(read(padded + "\n" + long, 65_536)).toEqual({ promptTokens: 25, completionTokens: 7, cacheRead: 5, count: 1, long: 0, longTokens: 0, beyondTokens: 0, trivial: 1, trivialPromptTokens: 25 });
    // one char over it is not
    const over = fits.replace('"hi"', JSON.stringify("y".repeat(MAX_RESULT_LINE_CHARS - fits.length + 3)));
    expect(read(over + "\n" + fits, 65_536)).toEqual({ promptTokens: 25, completionTokens: 7, cacheRead: 5, count: 1, long: 0, longTokens: 0, beyondTokens: 0, trivial: 1, trivialPromptTokens: 25 });
  });
});

describe("pointResultsAt", () => {
  const G = "https://guard.example";
  it("points a batch's results_url, and each of a list's, at the guard (path kept, origin's host dropped)", () => {
    const one = { id: "msgbatch_1", type: "message_batch", results_url: "https://api.anthropic.com/v1/messages/batches/msgbatch_1/results" };
    expect(JSON.parse(pointResultsAt(JSON.stringify(one), G))).toEqual({ ...one, results_url: `${G}/v1/messages/batches/msgbatch_1/results` });
    const list = { data: [one, { ...one, id: "msgbatch_2", results_url: "/v1/messages/batches/msgbatch_2/results" }, { id: "msgbatch_3", results_url: null }], has_more: false };
    const out = JSON.parse(pointResultsAt(JSON.stringify(list), G)) as typeof list;
    expect(out.data.map((b) => b.results_url)).toEqual([`${G}/v1/messages/batches/msgbatch_1/results`, `${G}/v1/messages/batches/msgbatch_2/results`, null]);
  });
  it("leaves anything else as it was, byte for byte: no results_url, a URL to another path, not JSON", () => {
    for (const text of [
      JSON.stringify({ id: "msgbatch_1", results_url: null }),
      JSON.stringify({ id: "msgbatch_1", results_url: "https://files.example/download/abc" }),
      JSON.stringify({ id: "msgbatch_1", results_url: "https://api.anthropic.com/v1/messages/batches/a/b/results" }),
      JSON.stringify({ id: "msgbatch_1", results_url: "::not a url::" }),
      JSON.stringify([{ results_url: "https://api.anthropic.com/v1/messages/batches/msgbatch_1/results" }]),
      '{"results_url": ',
      "",
    ]) expect(pointResultsAt(text, G)).toBe(text);
  });
});
