/**
 * Red team R58-3, in the Worker: an OpenAI reasoning model bills its hidden reasoning as completion
 * tokens (`completion_tokens_details.reasoning_tokens`, `output_tokens_details` on the Responses
 * API) and never returns it. Quotas charge it; detection reads the answer the client received, so a
 * tutor on o4-mini (900-7,000 reasoning tokens beside 180-520 of answer) is not read as answers 20x
 * its students' questions. Checked over HTTP for a JSON answer, a stream's final usage, and a
 * background response read by its retrieval; reasoning an answer returned (a DeepSeek-style
 * `reasoning_content`, a Responses summary) is read as answer, as far as it goes.
 */
import { runInDurableObject } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { KeySnapshot } from "../../src/engine/key-engine.ts";
import type { KeyGuard } from "../../src/state/key-guard.ts";
import { call, keyIdOf, mockOrigin, newKey, testEnv } from "./helpers.ts";

afterEach(() => vi.restoreAllMocks());

/** What the key's object counted: quotas' completion tokens, and the answers detection read. */
async function countsOf(key: string) {
  return runInDurableObject(testEnv.KEY_GUARD.getByName(await keyIdOf(key)), (instance: KeyGuard) => {
    const snap = (instance as unknown as { engine: { snap: KeySnapshot } }).engine.snap;
    return { charged: snap.counters.completionTokens, read: Math.round(snap.detect.completionTokens), answers: Math.round(snap.detect.settled * 1000) / 1000 };
  });
}

const REASONING = { "x-mock-words": "40", "x-mock-reasoning-tokens": "3000" };
const post = (key: string, body: unknown, headers: Record<string, string> = REASONING) => ({
  method: "POST",
  headers: { authorization: `Bearer ${key}`, "content-type": "application/json", ...headers },
  body: JSON.stringify(body),
});
const ask = { model: "o4-mini", messages: [{ role: "user", content: "Why is the sky blue? Answer for a ten-year-old." }], reasoning_effort: "high", max_completion_tokens: 16000 };

describe("hidden reasoning tokens are charged and not read as the answer (red team R58-3)", () => {
  it("a JSON chat answer: charged 3,040, read as 40", async () => {
    mockOrigin();
    const key = newKey("sk-reasoning-json");
    const a = await call("/v1/chat/completions", post(key, ask));
    const body = (await a.res.json()) as { usage: { completion_tokens: number; completion_tokens_details: { reasoning_tokens: number } } };
    await a.settled();
    expect(body.usage).toMatchObject({ completion_tokens: 3040, completion_tokens_details: { reasoning_tokens: 3000 } });
    expect(await countsOf(key)).toEqual({ charged: 3040, read: 40, answers: 1 });
  });

  it("a stream's final usage: the same", async () => {
    mockOrigin();
    const key = newKey("sk-reasoning-sse");
    const a = await call("/v1/chat/completions", post(key, { ...ask, stream: true, stream_options: { include_usage: true } }));
    expect(await a.res.text()).toContain('"reasoning_tokens":3000');
    await a.settled();
    expect(await countsOf(key)).toEqual({ charged: 3040, read: 40, answers: 1 });
  });

  it("a background response read by its retrieval: the answer read is the 40 returned", async () => {
    mockOrigin();
    const key = newKey("sk-reasoning-bg");
    const job = { model: "o4-mini", input: "Why is the sky blue?", reasoning: { effort: "high" }, background: true, max_output_tokens: 16000 };
    const a = await call("/v1/responses", post(key, job));
    const { id } = (await a.res.json()) as { id: string };
    await a.settled();
    const g = await call(`/v1/responses/${id}`, { headers: { authorization: `Bearer ${key}` } });
    const got = (await g.res.json()) as { status: string; usage: { output_tokens: number; output_tokens_details: { reasoning_tokens: number } } };
    await g.settled();
    expect(got).toMatchObject({ status: "completed", usage: { output_tokens: 3040, output_tokens_details: { reasoning_tokens: 3000 } } });
    expect(await countsOf(key)).toMatchObject({ read: 40, answers: 1 });
  });

  it("a reasoning summary asked but none returned: the reasoning is read apart (red team R60-2)", async () => {
    mockOrigin();
    const key = newKey("sk-reasoning-summary");
    const turn = { model: "o4-mini", input: "Why is the sky blue?", reasoning: { effort: "high", summary: "auto" }, max_output_tokens: 16000 };
    const a = await call("/v1/responses", post(key, turn));
    await a.res.text();
    await a.settled();
    expect(await countsOf(key)).toEqual({ charged: 3040, read: 40, answers: 1 });
  });

  it("an origin that returns the reasoning (reasoning_content) beside reasoning_tokens: read as answer (red team R59-3)", async () => {
    mockOrigin(async () =>
      Response.json({
        id: "chatcmpl-ds", object: "chat.completion", model: "deepseek-reasoner",
        choices: [{ index: 0, message: { role: "assistant", reasoning_content: "We need to compare the two... ".repeat(200), content: "The answer." }, finish_reason: "stop" }],
        usage: { prompt_tokens: 40, completion_tokens: 3040, completion_tokens_details: { reasoning_tokens: 3000 } },
      }),
    );
    const key = newKey("sk-reasoning-shown");
    const a = await call("/v1/chat/completions", post(key, { ...ask, model: "deepseek-reasoner" }, {}));
    await a.res.text();
    await a.settled();
    expect(await countsOf(key)).toEqual({ charged: 3040, read: 3040, answers: 1 });
  });

  it("a background response retrieved with a reasoning summary: the summary read as answer (red team R59-1, R60-2)", async () => {
    mockOrigin(async (req) => {
      const url = new URL(req.url);
      const usage = { input_tokens: 40, output_tokens: 3040, output_tokens_details: { reasoning_tokens: 3000 } };
      if (req.method === "GET") {
        return Response.json({
          id: url.pathname.slice("/v1/responses/".length), object: "response", status: "completed", background: true,
          output: [{ type: "reasoning", summary: [{ type: "summary_text", text: "First I compared the two rates. ".repeat(25) }] }, { type: "message", content: [{ type: "output_text", text: "The answer." }] }],
          usage,
        });
      }
      return Response.json({ id: "resp_bg_summary_1", object: "response", status: "queued", background: true, output: [], usage: null });
    });
    const key = newKey("sk-reasoning-bg-summary");
    const job = { model: "o3", input: "Why is the sky blue?", reasoning: { effort: "high", summary: "auto" }, background: true, max_output_tokens: 32000 };
    const a = await call("/v1/responses", post(key, job, {}));
    const { id } = (await a.res.json()) as { id: string };
    await a.settled();
    const g = await call(`/v1/responses/${id}`, { headers: { authorization: `Bearer ${key}` } });
    await g.res.text();
    await g.settled();
    // 800 characters of summary, 400 tokens at SHOWN_CHARS_PER_TOKEN, beside the 40 of the answer
    expect(await countsOf(key)).toMatchObject({ read: 440, answers: 1 });
  });

  it("control: an answer without reasoning details is read whole", async () => {
    mockOrigin();
    const key = newKey("sk-reasoning-none");
    const a = await call("/v1/chat/completions", post(key, { ...ask, model: "gpt-4.1" }, { "x-mock-words": "40" }));
    await a.res.text();
    await a.settled();
    expect(await countsOf(key)).toEqual({ charged: 40, read: 40, answers: 1 });
  });
});
