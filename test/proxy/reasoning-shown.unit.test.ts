/**
 * Red team R59-1, R59-3, R59-4, R60-2: reasoning tokens are hidden only as far as the answer did
 * not return the reasoning. A DeepSeek-style origin returns all of it as `reasoning_content` and may
 * still report `reasoning_tokens`; a Responses answer returns a summary of it (in the foreground, a
 * background job retrieved, a batch's result line). What an answer returned is read as answer, at
 * SHOWN_CHARS_PER_TOKEN, and only that (R60-2: a short summary had made all 2,000 reasoning tokens
 * answer), in JSON, in streams, in retrievals and in batch results; an answer read at its two ends
 * only keeps all of its reasoning as answer.
 */
import { describe, expect, it } from "vitest";
import { SHOWN_CHARS_PER_TOKEN, edgeFacts, jsonFacts, reasoningShownChars, resultLineUsage, storedAnswer } from "../../src/proxy/usage.ts";
import { ev, tap } from "./tap-helpers.ts";

const usage = { prompt_tokens: 40, completion_tokens: 3040, completion_tokens_details: { reasoning_tokens: 3000 } };
const respUsage = { input_tokens: 40, output_tokens: 3040, output_tokens_details: { reasoning_tokens: 3000 } };
const chat = (message: Record<string, unknown>) => ({ object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content: "The answer.", ...message } }], usage });
const response = (output: unknown[]) => ({ object: "response", id: "resp_1", status: "completed", background: true, output: [...output, { type: "message", content: [{ type: "output_text", text: "The answer." }] }], usage: respUsage });
/** A summary of 400 characters: 200 tokens of the 3,000 read as answer. */
const SUMMARY_TEXT = "First I compared the two rates, then ".repeat(11).slice(0, 400);
const SUMMARY = { type: "reasoning", summary: [{ type: "summary_text", text: SUMMARY_TEXT }] };
/** A whole reasoning trace: more characters than its tokens at SHOWN_CHARS_PER_TOKEN. */
const TRACE = "We need to compare the two rates carefully. ".repeat(150);
const PART = { promptTokens: 40, completionTokens: 3040, reasoning: 3000 - 400 / SHOWN_CHARS_PER_TOKEN };
const WHOLE = { promptTokens: 40, completionTokens: 3040 };
const HIDDEN = { promptTokens: 40, completionTokens: 3040, reasoning: 3000 };

describe("reasoningShownChars", () => {
  it("chat: reasoning_content, reasoning, reasoning_details text", () => {
    expect(reasoningShownChars(chat({ reasoning_content: "Let me think" }))).toBe(12);
    expect(reasoningShownChars(chat({ reasoning: "Let me think" }))).toBe(12);
    expect(reasoningShownChars(chat({ reasoning_details: [{ type: "reasoning.text", text: "Let me think" }] }))).toBe(12);
    expect(reasoningShownChars({ choices: [{ delta: { reasoning_content: "Let" } }] })).toBe(3);
  });
  it("responses: a reasoning item's summary and content text", () => {
    expect(reasoningShownChars(response([SUMMARY]))).toBe(400);
    expect(reasoningShownChars(response([{ type: "reasoning", summary: [], content: [{ type: "reasoning_text", text: "raw" }] }]))).toBe(3);
  });
  it("nothing returned: no field, an encrypted item, a summary left empty", () => {
    expect(reasoningShownChars(chat({}))).toBe(0);
    expect(reasoningShownChars(chat({ reasoning_details: [{ type: "reasoning.encrypted", data: "gAAA" }] }))).toBe(0);
    expect(reasoningShownChars(response([{ type: "reasoning", summary: [], encrypted_content: "gAAA" }]))).toBe(0);
    expect(reasoningShownChars(null)).toBe(0);
  });
});

describe("where answers are read", () => {
  it("a JSON answer: nothing returned, a whole trace, a summary", () => {
    expect(jsonFacts(JSON.stringify(chat({}))).usage).toEqual(HIDDEN);
    expect(jsonFacts(JSON.stringify(chat({ reasoning_content: TRACE }))).usage).toEqual(WHOLE);
    expect(jsonFacts(JSON.stringify({ ...response([SUMMARY]), background: false })).usage).toEqual(PART);
  });
  it("a retrieved stored response, JSON or its stream's final event", () => {
    expect(storedAnswer(JSON.stringify(response([])), false)?.usage).toEqual(HIDDEN);
    expect(storedAnswer(JSON.stringify(response([SUMMARY])), false)?.usage).toEqual(PART);
    const sse = ev({ type: "response.completed", response: response([SUMMARY]) });
    expect(storedAnswer(sse.replace(/^data: /, "event: response.completed\ndata: "), true)?.usage).toEqual(PART);
  });
  it("a batch's result line", () => {
    const line = (body: unknown) => JSON.stringify({ custom_id: "q1", response: { status_code: 200, body } });
    expect(resultLineUsage(line(response([])))).toEqual(HIDDEN);
    expect(resultLineUsage(line(response([SUMMARY])))).toEqual(PART);
  });
  it("an answer read at its two ends only: all its reasoning is read as answer", () => {
    expect(edgeFacts("", `"usage":${JSON.stringify(usage)}}`).usage).toEqual(WHOLE);
  });
  it("a chat stream whose deltas carry reasoning_content", async () => {
    const end = ev({ choices: [], usage });
    const hidden = await tap([ev({ choices: [{ index: 0, delta: { content: "The answer." } }] }), end]);
    expect(hidden.result.usage).toEqual(HIDDEN);
    const deltas = [TRACE.slice(0, 3000), TRACE.slice(3000)].map((t) => ev({ choices: [{ index: 0, delta: { reasoning_content: t } }] }));
    const shown = await tap([...deltas, ev({ choices: [{ index: 0, delta: { content: "The answer." } }] }), end]);
    expect(shown.result.usage).toEqual(WHOLE);
  });
  it("a Responses stream: its summary deltas, or its final event's summary, read as answer", async () => {
    const done = (output: unknown[]) => ev({ type: "response.completed", response: { ...response(output), background: false } });
    const plain = await tap([ev({ type: "response.output_text.delta", delta: "The answer." }), done([])], { kind: "responses" });
    expect(plain.result.usage).toEqual(HIDDEN);
    const halves = [SUMMARY_TEXT.slice(0, 150), SUMMARY_TEXT.slice(150)].map((delta) => ev({ type: "response.reasoning_summary_text.delta", delta }));
    const summarised = await tap([...halves, ev({ type: "response.output_text.delta", delta: "The answer." }), done([SUMMARY])], { kind: "responses" });
    expect(summarised.result.usage).toEqual(PART);
    const finalOnly = await tap([ev({ type: "response.output_text.delta", delta: "The answer." }), done([SUMMARY])], { kind: "responses" });
    expect(finalOnly.result.usage).toEqual(PART);
  });
});
