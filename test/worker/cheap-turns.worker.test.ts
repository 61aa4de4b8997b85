/**
 * Red team R9-1 and R9-2 (critical), in the Worker: a harvest ask that continues a cheap stored
 * response (previous_response_id) or carries a cheap opener as its history with the greeting
 * padded by the client was a conversation turn, so no key showed the extraction profile. The
 * Worker now settles each answer with the exchange it was (its input turn's hash, the stored
 * response it created): an exchange answered trivially is remembered, and a request continuing
 * only such an exchange asks on its own. A turn continuing a stored response another key created
 * (red team R10-2) asks on its own too: each answer's stored-response id is remembered by the key it
 * answered.
 */
import { runInDurableObject } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { anchorHash } from "../../src/detect/view.ts";
import type { KeySnapshot } from "../../src/engine/key-engine.ts";
import type { KeyGuard } from "../../src/state/key-guard.ts";
import { handleMockRequest } from "../../src/mock/origin.ts";
import { call, keyIdOf, mockOrigin, newKey, testEnv } from "./helpers.ts";

afterEach(() => vi.restoreAllMocks());

async function detectOf(key: string) {
  return runInDurableObject(testEnv.KEY_GUARD.getByName(await keyIdOf(key)), (instance: KeyGuard) => {
    const d = (instance as unknown as { engine: { snap: KeySnapshot } }).engine.snap.detect;
    return { cheapTurns: [...d.cheapTurns], singleTurn: d.singleTurn, requests: d.requests, settled: d.settled, longAnswers: d.longAnswers };
  });
}

const post = (key: string, body: unknown) => ({ method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify(body) });
const responseJson = (id: string, output: number) => JSON.stringify({ object: "response", id, status: "completed", output: [], usage: { input_tokens: 12, output_tokens: output } });
const sse = (id: string, output: number) =>
  [
    { type: "response.created", response: { object: "response", id, status: "in_progress" } },
    { type: "response.output_text.delta", delta: "Hello!" },
    { type: "response.completed", response: { object: "response", id, status: "completed", usage: { input_tokens: 12, output_tokens: output } } },
  ]
    .map((e) => `event: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`)
    .join("");

/** An origin that queues every POST as a background response `${prefix}${input}` and answers a
 *  retrieval with it completed in 1,500 tokens. */
function backgroundOrigin(prefix: string): void {
  mockOrigin(async (req) => {
    if (req.method === "GET") {
      const id = new URL(req.url).pathname.split("/").pop()!;
      return new Response(JSON.stringify({ object: "response", id, background: true, status: "completed", output: [], usage: { input_tokens: 12, output_tokens: 1500 } }), { headers: { "content-type": "application/json" } });
    }
    const body = (await req.clone().json()) as { input?: string };
    return new Response(JSON.stringify({ object: "response", id: `${prefix}${body.input}`, background: true, status: "queued", output: [], usage: null }), { headers: { "content-type": "application/json" } });
  });
}

describe("cheap exchanges (red team R9-1, R9-2)", () => {
  it("a stored response answered trivially, JSON or streamed, is remembered; a turn continuing it asks on its own", async () => {
    let n = 0;
    mockOrigin(async (req) => {
      const body = (await req.clone().json()) as { stream?: boolean; previous_response_id?: string };
      if (body.previous_response_id !== undefined) return new Response(responseJson(`resp_turn_${++n}`, 1500), { headers: { "content-type": "application/json" } });
      if (body.stream) return new Response(sse("resp_cheap_s", 4), { headers: { "content-type": "text/event-stream" } });
      // one JSON answer with its length (read whole), one without (tapped as it passes)
      const text = responseJson(body.previous_response_id === undefined && (body as { input?: string }).input === "Hello" ? "resp_cheap_w" : "resp_cheap_j", 5);
      const whole = (body as { input?: string }).input === "Hello";
      return new Response(text, { headers: { "content-type": "application/json", ...(whole ? { "content-length": String(new TextEncoder().encode(text).byteLength) } : {}) } });
    });
    const key = newKey();
    for (const [stream, input] of [[false, "Hi"], [false, "Hello"], [true, "Hi"]] as const) {
      const { res, settled } = await call("/v1/responses", post(key, { model: "gpt-4o-mini", input, max_output_tokens: 16, ...(stream ? { stream: true } : {}) }));
      expect(res.status).toBe(200);
      await res.text();
      await settled();
    }
    const d = await detectOf(key);
    expect(d.cheapTurns).toContain(anchorHash("resp_cheap_j"));
    expect(d.cheapTurns).toContain(anchorHash("resp_cheap_s"));
    expect(d.cheapTurns).toContain(anchorHash("resp_cheap_w"));
    // the answer of 1,500 tokens it created is no cheap exchange
    const turn = await call("/v1/responses", post(key, { model: "gpt-4o", input: "Write a thorough essay on tides.", previous_response_id: "resp_cheap_j", max_output_tokens: 4096 }));
    await turn.res.text();
    await turn.settled();
    const after = await detectOf(key);
    expect(after.cheapTurns).not.toContain(anchorHash("resp_turn_1"));
    expect(after.singleTurn - d.singleTurn).toBeGreaterThan(0.99);
    // a turn continuing the real answer this key created: a conversation turn
    const next = await call("/v1/responses", post(key, { model: "gpt-4o", input: "And the moon?", previous_response_id: "resp_turn_1", max_output_tokens: 4096 }));
    await next.res.text();
    await next.settled();
    expect((await detectOf(key)).singleTurn - after.singleTurn).toBeLessThan(0.01);
  });

  it("a turn continuing a stored response another key of the project created asks on its own (red team R10-2)", async () => {
    mockOrigin(async (req) => {
      const body = (await req.clone().json()) as { input?: string };
      return new Response(responseJson(`resp_${body.input}`, 1500), { headers: { "content-type": "application/json" } });
    });
    const factory = newKey();
    const farm = newKey();
    for (const [key, input] of [[factory, "made_by_factory"], [farm, "made_by_farm"]] as const) {
      const r = await call("/v1/responses", post(key, { model: "gpt-4o", input, max_output_tokens: 4096 }));
      await r.res.text();
      await r.settled();
    }
    const before = await detectOf(farm);
    const own = await call("/v1/responses", post(farm, { model: "gpt-4o", input: "own", previous_response_id: "resp_made_by_farm", max_output_tokens: 4096 }));
    await own.res.text();
    await own.settled();
    const mid = await detectOf(farm);
    expect(mid.singleTurn - before.singleTurn).toBeLessThan(0.01);
    const other = await call("/v1/responses", post(farm, { model: "gpt-4o", input: "other", previous_response_id: "resp_made_by_factory", max_output_tokens: 4096 }));
    expect(other.res.status).toBe(200);
    await other.res.text();
    await other.settled();
    expect((await detectOf(farm)).singleTurn - mid.singleTurn).toBeGreaterThan(0.99);
  });

  it("a filler: an ask answered at 8x or more the answer of the stored response it continues is counted an ask of its own at its settlement (red team R10-1, anchors of 100-112 tokens)", async () => {
    mockOrigin(async (req) => {
      const body = (await req.clone().json()) as { input?: string; previous_response_id?: string };
      return new Response(responseJson(`resp_${body.input}`, body.previous_response_id === undefined ? 105 : 2000), { headers: { "content-type": "application/json" } });
    });
    const key = newKey();
    const send = async (body: Record<string, unknown>) => {
      const r = await call("/v1/responses", post(key, { model: "gpt-4o", max_output_tokens: 4096, ...body }));
      expect(r.res.status).toBe(200);
      await r.res.text();
      await r.settled();
    };
    await send({ input: "anchor" });
    const before = await detectOf(key);
    await send({ input: "ask", previous_response_id: "resp_anchor" });
    expect((await detectOf(key)).singleTurn - before.singleTurn).toBeGreaterThan(0.99);
  });

  it("a chat opener answered trivially: the ask carrying it, its greeting padded to 420 chars, asks on its own", async () => {
    mockOrigin(async (req) => {
      const body = (await req.clone().json()) as { max_tokens?: number };
      if (body.max_tokens === 16) return new Response(JSON.stringify({ id: "c1", object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content: "Hello!" }, finish_reason: "stop" }], usage: { prompt_tokens: 8, completion_tokens: 3 } }), { headers: { "content-type": "application/json" } });
      return handleMockRequest(req);
    });
    const key = newKey();
    const hi = await call("/v1/chat/completions", post(key, { model: "gpt-4o-mini", max_tokens: 16, messages: [{ role: "user", content: "Hi" }] }));
    await hi.res.text();
    await hi.settled();
    const before = await detectOf(key);
    expect(before.cheapTurns).toHaveLength(1);
    const padded = "Hello! How can I help you today? " + "I can help with explanations, essays, guides and plans. ".repeat(7);
    const ask = await call("/v1/chat/completions", post(key, { model: "gpt-4o", max_tokens: 4096, messages: [{ role: "user", content: "Hi" }, { role: "assistant", content: padded }, { role: "user", content: "Write a thorough essay on tides." }] }));
    await ask.res.text();
    await ask.settled();
    expect((await detectOf(key)).singleTurn - before.singleTurn).toBeGreaterThan(0.99);
  });

  it("a background response's answer is read by the key that created it, whichever key fetches it (red team R11-1: collector keys that ask nothing)", async () => {
    backgroundOrigin("resp_coll_");
    const asker = newKey();
    const collector = newKey();
    const made = await call("/v1/responses", post(asker, { model: "gpt-4o", input: "one", background: true, max_output_tokens: 4096 }));
    expect(made.res.status).toBe(200);
    await made.res.text();
    await made.settled();
    const before = await detectOf(asker);
    const got = await call("/v1/responses/resp_coll_one", { headers: { authorization: `Bearer ${collector}` } });
    expect(got.res.status).toBe(200);
    await got.res.text();
    await got.settled();
    // the collector's request is counted on the collector; the answer is the asker's
    await vi.waitFor(async () => expect((await detectOf(asker)).settled - before.settled).toBeCloseTo(1, 2));
    expect((await detectOf(asker)).longAnswers - before.longAnswers).toBeCloseTo(1, 2);
    expect((await detectOf(collector)).settled).toBe(0);
  });

  it("a background response is no conversation until its answer is read; read and real, it is one (red team R10-3)", async () => {
    backgroundOrigin("resp_bg_");
    const key = newKey();
    for (const input of ["a", "b"]) {
      const { res, settled } = await call("/v1/responses", post(key, { model: "gpt-4o-mini", input, background: true, max_output_tokens: 16 }));
      expect(res.status).toBe(200);
      await res.text();
      await settled();
    }
    const d = await detectOf(key);
    expect(d.cheapTurns).toEqual(expect.arrayContaining([anchorHash("resp_bg_a"), anchorHash("resp_bg_b")]));
    // one is retrieved once it ended: its answer of 1,500 tokens is read, a real one
    const got = await call("/v1/responses/resp_bg_b", { headers: { authorization: `Bearer ${key}` } });
    await got.res.text();
    await got.settled();
    const after = await detectOf(key);
    expect(after.cheapTurns).toContain(anchorHash("resp_bg_a"));
    expect(after.cheapTurns).not.toContain(anchorHash("resp_bg_b"));
  });
});
