/**
 * Red team R56-2, in the Worker: a background Response streamed to its end (`background: true,
 * stream: true`) brings its answer and usage on its own request, and no retrieval ever reads it.
 * It was counted as an answer that comes later and never as read, so a translation portal's
 * unread answers only grew and its budgets counted in full. Its settlement now says the later
 * answer came (Usage.later, through the lease reports too), and detection reads it as read; a
 * background request answered "queued" stays waited for.
 */
import { runInDurableObject } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { KeySnapshot } from "../../src/engine/key-engine.ts";
import type { KeyGuard } from "../../src/state/key-guard.ts";
import { call, keyIdOf, mockOrigin, newKey, testEnv } from "./helpers.ts";

afterEach(() => vi.restoreAllMocks());

async function laterOf(key: string) {
  return runInDurableObject(testEnv.KEY_GUARD.getByName(await keyIdOf(key)), (instance: KeyGuard) => {
    const d = (instance as unknown as { engine: { snap: KeySnapshot } }).engine.snap.detect;
    return { pending: Math.round(d.laterAnswers * 1000) / 1000, read: Math.round(d.laterRead * 1000) / 1000, completion: Math.round(d.laterCompletionTokens) };
  });
}

const post = (key: string, body: unknown) => ({ method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify(body) });
const streamed = (id: string) =>
  [
    { type: "response.created", response: { object: "response", id, status: "queued", background: true } },
    { type: "response.output_text.delta", delta: "Die Übersetzung folgt. " },
    { type: "response.completed", response: { object: "response", id, status: "completed", background: true, usage: { input_tokens: 700, output_tokens: 760 } } },
  ]
    .map((e) => `event: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`)
    .join("");

describe("a background response streamed to its end is a later answer read (red team R56-2)", () => {
  it("counts as read with its usage; a queued one stays waited for", async () => {
    let n = 0;
    mockOrigin(async (req) => {
      const body = (await req.clone().json()) as { stream?: boolean };
      const id = `resp_bgs_${++n}`;
      if (body.stream) return new Response(streamed(id), { headers: { "content-type": "text/event-stream" } });
      return Response.json({ object: "response", id, status: "queued", background: true, output: [], usage: null });
    });
    const key = newKey("sk-later-stream");
    const ask = { model: "gpt-4.1", input: "Translate the attached article into English.", background: true, max_output_tokens: 16000 };
    const a = await call("/v1/responses", post(key, { ...ask, stream: true }));
    await a.res.text();
    await a.settled();
    expect(await laterOf(key)).toEqual({ pending: 0, read: 1, completion: 760 });
    const b = await call("/v1/responses", post(key, ask));
    await b.res.text();
    await b.settled();
    const after = await laterOf(key);
    expect(after.pending).toBeCloseTo(1, 2);
    expect(after.read).toBeCloseTo(1, 2);
  });
});
