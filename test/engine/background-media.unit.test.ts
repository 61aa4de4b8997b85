/**
 * A background answer is read when it is retrieved, without its request in hand: red team R16-3
 * asked in images as Responses background requests, and their answers were read against the
 * tokens billed for the image (150 keys, 0 flagged, 100 % served), where the same asks in the
 * foreground are read against the readable note (R15-1). The prompt the readable text stood for
 * is now kept with the unread record and given to the answer when it is read.
 */
import { describe, expect, it } from "vitest";
import { Replayer, type TraceEvent } from "../../src/engine/replayer.ts";

const T0 = Date.UTC(2026, 10, 2);

function run(media: boolean) {
  const r = new Replayer({ policy: { detection: { mode: "shadow" } } });
  for (let i = 0; i < 6; i++) {
    const content: unknown[] = [{ type: "input_text", text: "Question in the picture." }];
    if (media) content.push({ type: "input_image", image_url: `https://img.example.net/u/${i}.png` });
    const post: TraceEvent = {
      ts: T0 + i * 60_000, key: "sk-bg", method: "POST", path: "/v1/responses", response_id: `resp_${i}`,
      body: { model: "gpt-4o", background: true, max_output_tokens: 4096, input: [{ role: "user", content }] },
    };
    r.step(post, 2 * i);
    const get: TraceEvent = { ts: T0 + i * 60_000 + 30_000, key: "sk-bg", method: "GET", path: `/v1/responses/resp_${i}`, body: undefined, usage: { prompt_tokens: 830, completion_tokens: 2100 } };
    r.step(get, 2 * i + 1);
  }
  return r.engineOf("sk-bg")!.snap.detect;
}

describe("background answers to media asks (red team R16-3)", () => {
  it("are read against the prompt the request's readable text stood for, as foreground ones are", () => {
    const img = run(true);
    expect(img.settled).toBeGreaterThan(5.9);
    expect(img.promptTokens).toBeLessThan(6 * 20);
    expect(img.longAnswers).toBeGreaterThan(5.9);
    // the same asks without media: billed prompts, as before
    const text = run(false);
    expect(text.promptTokens).toBeGreaterThan(6 * 829);
    expect(text.longAnswers).toBe(0);
  });
});
