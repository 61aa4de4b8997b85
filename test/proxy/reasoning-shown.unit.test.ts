/**
 * Red team R59-1, R59-3, R59-4: reasoning tokens are hidden only when the answer did not return the
 * reasoning. A DeepSeek-style origin returns it as `reasoning_content` and may still report
 * `reasoning_tokens`; a Responses answer returns a summary of it (a background job retrieved, a
 * batch's result line). Such an answer's reasoning tokens are read as answer (reasoningShown), in
 * JSON, in streams, in retrievals and in batch results; an answer read at its two ends only keeps
 * them as answer too.
 */
import { describe, expect, it } from "vitest";
import { edgeFacts, jsonFacts, reasoningShown, resultLineUsage, storedAnswer } from "../../src/proxy/usage.ts";
import { ev, tap } from "./tap-helpers.ts";

const usage = { prompt_tokens: 40, completion_tokens: 3040, completion_tokens_details: { reasoning_tokens: 3000 } };
const respUsage = { input_tokens: 40, output_tokens: 3040, output_tokens_details: { reasoning_tokens: 3000 } };
const chat = (message: Record<string, unknown>) => ({ object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content: "The answer.", ...message } }], usage });
const response = (output: unknown[]) => ({ object: "response", id: "resp_1", status: "completed", background: true, output: [...output, { type: "message", content: [{ type: "output_text", text: "The answer." }] }], usage: respUsage });
const SUMMARY = { type: "reasoning", summary: [{ type: "summary_text", text: "First I compared the two..." }] };

describe("reasoningShown", () => {
  it("chat: reasoning_content, reasoning, reasoning_details with text", () => {
    expect(reasoningShown(chat({ reasoning_content: "Let me think..." }))).toBe(true);
    expect(reasoningShown(chat({ reasoning: "Let me think..." }))).toBe(true);
    expect(reasoningShown(chat({ reasoning_details: [{ type: "reasoning.text", text: "Let me think..." }] }))).toBe(true);
    expect(reasoningShown({ choices: [{ delta: { reasoning_content: "Let" } }] })).toBe(true);
  });
  it("responses: a reasoning item's summary or content text", () => {
    expect(reasoningShown(response([SUMMARY]))).toBe(true);
    expect(reasoningShown(response([{ type: "reasoning", summary: [], content: [{ type: "reasoning_text", text: "raw" }] }]))).toBe(true);
  });
  it("nothing returned: an empty field, an encrypted item, a summary left empty", () => {
    expect(reasoningShown(chat({}))).toBe(false);
    expect(reasoningShown(chat({ reasoning_content: "" }))).toBe(false);
    expect(reasoningShown(chat({ reasoning_details: [{ type: "reasoning.encrypted", data: "gAAA" }] }))).toBe(false);
    expect(reasoningShown(response([{ type: "reasoning", summary: [], encrypted_content: "gAAA" }]))).toBe(false);
    expect(reasoningShown(response([]))).toBe(false);
    expect(reasoningShown(null)).toBe(false);
  });
});

describe("where answers are read", () => {
  it("a JSON answer", () => {
    expect(jsonFacts(JSON.stringify(chat({}))).usage).toEqual({ promptTokens: 40, completionTokens: 3040, reasoning: 3000 });
    expect(jsonFacts(JSON.stringify(chat({ reasoning_content: "Let me think..." }))).usage).toEqual({ promptTokens: 40, completionTokens: 3040 });
  });
  it("a retrieved stored response, JSON or its stream's final event", () => {
    expect(storedAnswer(JSON.stringify(response([])), false)?.usage).toEqual({ promptTokens: 40, completionTokens: 3040, reasoning: 3000 });
    expect(storedAnswer(JSON.stringify(response([SUMMARY])), false)?.usage).toEqual({ promptTokens: 40, completionTokens: 3040 });
    const sse = ev({ type: "response.completed", response: response([SUMMARY]) });
    expect(storedAnswer(sse.replace(/^data: /, "event: response.completed\ndata: "), true)?.usage).toEqual({ promptTokens: 40, completionTokens: 3040 });
  });
  it("a batch's result line", () => {
    const line = (body: unknown) => JSON.stringify({ custom_id: "q1", response: { status_code: 200, body } });
    expect(resultLineUsage(line(response([])))).toEqual({ promptTokens: 40, completionTokens: 3040, reasoning: 3000 });
    expect(resultLineUsage(line(response([SUMMARY])))).toEqual({ promptTokens: 40, completionTokens: 3040 });
  });
  it("an answer read at its two ends only: its reasoning is read as answer", () => {
    expect(edgeFacts("", `"usage":${JSON.stringify(usage)}}`).usage).toEqual({ promptTokens: 40, completionTokens: 3040 });
  });
  it("a chat stream whose deltas carry reasoning_content", async () => {
    const end = ev({ choices: [], usage });
    const hidden = await tap([ev({ choices: [{ index: 0, delta: { content: "The answer." } }] }), end]);
    expect(hidden.result.usage).toEqual({ promptTokens: 40, completionTokens: 3040, reasoning: 3000 });
    const shown = await tap([ev({ choices: [{ index: 0, delta: { reasoning_content: "Let me think..." } }] }), ev({ choices: [{ index: 0, delta: { content: "The answer." } }] }), end]);
    expect(shown.result.usage).toEqual({ promptTokens: 40, completionTokens: 3040 });
  });
  it("a Responses stream with reasoning summary deltas", async () => {
    const done = ev({ type: "response.completed", response: { ...response([]), background: false } });
    const plain = await tap([ev({ type: "response.output_text.delta", delta: "The answer." }), done], { kind: "responses" });
    expect(plain.result.usage).toEqual({ promptTokens: 40, completionTokens: 3040, reasoning: 3000 });
    const summarised = await tap([ev({ type: "response.reasoning_summary_text.delta", delta: "First I" }), ev({ type: "response.output_text.delta", delta: "The answer." }), done], { kind: "responses" });
    expect(summarised.result.usage).toEqual({ promptTokens: 40, completionTokens: 3040 });
  });
});
