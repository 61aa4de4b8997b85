/** Edges a plausible small bug would break unnoticed (the test-strength issue's list), through the Worker. */
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Env } from "../../src/env.ts";
import { anthropic, call, chat, keyIdOf, mockOrigin, newKey, setOverride, stateOf } from "./helpers.ts";

afterEach(() => vi.restoreAllMocks());

describe("edges", () => {
  it("an unreachable origin frees the key's concurrency slot and its reserved tokens at once (planted: no settlement on 502)", async () => {
    vi.spyOn(console, "log").mockImplementation(() => {});
    const key = newKey();
    await setOverride(key, { concurrency: 1 });
    mockOrigin(() => Promise.reject(new Error("connect ECONNREFUSED")));
    const a = await call("/v1/chat/completions", chat(key, { max_tokens: 1000 }));
    expect(a.res.status).toBe(502);
    await a.settled();
    const s = await stateOf(await keyIdOf(key));
    expect(s.inFlight).toBe(0);
    expect(s.usage.find((u) => u.name === "tpm")!.remaining).toBeGreaterThan(200_000 - 10);
    mockOrigin();
    const b = await call("/v1/chat/completions", chat(key));
    expect(b.res.status).toBe(200);
    await b.res.text();
    await b.settled();
  });

  it("fail-closed on an Anthropic route answers overloaded_error (planted: api_error)", async () => {
    mockOrigin();
    vi.spyOn(console, "log").mockImplementation(() => {});
    const broken = { getByName: () => ({ admit: () => Promise.reject(new Error("reset")) }) } as unknown as Env["KEY_GUARD"];
    const { res } = await call("/v1/messages", anthropic(newKey()), { KEY_GUARD: broken, FAIL_MODE: "closed", DO_TIMEOUT_MS: "50" });
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ type: "error", error: { type: "overloaded_error", code: "guard_unavailable" } });
  });

  it("a body of exactly MAX_BODY_BYTES is accepted, one byte more is not (planted: >= instead of >)", async () => {
    mockOrigin();
    const key = newKey();
    const base = JSON.stringify({ model: "m", messages: [{ role: "user", content: "" }] });
    const body = (size: number) => JSON.stringify({ model: "m", messages: [{ role: "user", content: "x".repeat(size - base.length) }] });
    const env = { MAX_BODY_BYTES: "2048" };
    const exact = await call("/v1/chat/completions", { method: "POST", headers: { authorization: `Bearer ${key}` }, body: body(2048) }, env);
    expect(exact.res.status).toBe(200);
    await exact.res.text();
    await exact.settled();
    const over = await call("/v1/chat/completions", { method: "POST", headers: { authorization: `Bearer ${key}` }, body: body(2049) }, env);
    expect(over.res.status).toBe(413);
  });

  it("by default a phone photo sent inline fits: 3.4 MB of base64 on chat and on Anthropic (red team R39b-5: 413 at 1 MiB)", async () => {
    mockOrigin();
    const key = newKey();
    await setOverride(key, { tpd: 1_000_000, tpm: null });
    const photo = "A".repeat(3_400_000); // a 2.5 MB JPEG, base64
    const openai = await call("/v1/chat/completions", chat(key, { messages: [{ role: "user", content: [{ type: "text", text: "What is in this photo?" }, { type: "image_url", image_url: { url: `data:image/jpeg;base64,${photo}` } }] }] }));
    expect(openai.res.status).toBe(200);
    await openai.res.text();
    await openai.settled();
    const claude = await call("/v1/messages", anthropic(key, { messages: [{ role: "user", content: [{ type: "image", source: { type: "base64", media_type: "image/jpeg", data: photo } }, { type: "text", text: "What is in this photo?" }] }] }));
    expect(claude.res.status).toBe(200);
    await claude.res.text();
    await claude.settled();
  });

  it("a 512-character key is accepted, 513 is not (planted: >= MAX_KEY_LENGTH)", async () => {
    mockOrigin();
    const k512 = "sk-" + "a".repeat(509);
    const ok = await call("/v1/chat/completions", chat(k512));
    expect(ok.res.status).toBe(200);
    await ok.res.text();
    await ok.settled();
    expect((await call("/v1/chat/completions", chat(k512 + "b"))).res.status).toBe(401);
  });
});
