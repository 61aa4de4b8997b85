import { afterEach, describe, expect, it, vi } from "vitest";
import type { Env } from "../../src/env.ts";
import { call, chat, keyIdOf, mockOrigin, newKey, remaining, setOverride, stateOf } from "./helpers.ts";

afterEach(() => vi.restoreAllMocks());

/** A KEY_GUARD namespace whose objects fail (throw) or hang (never answer). `exchange` is the
 *  call a chat request's decision makes (the lease client bounds it with DO_TIMEOUT_MS itself). */
function brokenGuard(mode: "throw" | "hang"): Env["KEY_GUARD"] {
  const fail = () => (mode === "throw" ? Promise.reject(new Error("Durable Object reset")) : new Promise(() => {}));
  return { getByName: () => ({ admit: fail, settle: fail, exchange: fail }) } as unknown as Env["KEY_GUARD"];
}

describe("when the key's Durable Object cannot answer", () => {
  for (const mode of ["throw", "hang"] as const) {
    it(`fail-open (default) serves the request and logs it failed open (${mode})`, async () => {
      const { seen } = mockOrigin();
      const log = vi.spyOn(console, "log").mockImplementation(() => {});
      const { res } = await call("/v1/chat/completions", chat(newKey()), { KEY_GUARD: brokenGuard(mode), DO_TIMEOUT_MS: "50" });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { object: string }).object).toBe("chat.completion");
      expect(seen).toHaveLength(1);
      const line = log.mock.calls.map((c) => JSON.parse(String(c[0])) as Record<string, unknown>).find((l) => l.evt === "decision");
      expect(line?.failed).toBe("open");
      expect(line?.served).toBe(true);
    });

    it(`fail-closed answers 503 with a clear error and does not call the origin (${mode})`, async () => {
      const { seen } = mockOrigin();
      vi.spyOn(console, "log").mockImplementation(() => {});
      const { res } = await call("/v1/chat/completions", chat(newKey()), { KEY_GUARD: brokenGuard(mode), FAIL_MODE: "closed", DO_TIMEOUT_MS: "50" });
      expect(res.status).toBe(503);
      const body = (await res.json()) as { error: { code: string; type: string } };
      expect(body.error.code).toBe("guard_unavailable");
      expect(res.headers.get("retry-after")).toBe("1");
      expect(seen).toHaveLength(0);
    });
  }

  it("an unreachable origin is a 502 in the provider's shape, and the reservation is returned", async () => {
    mockOrigin(() => Promise.reject(new Error("connect ECONNREFUSED")));
    vi.spyOn(console, "log").mockImplementation(() => {});
    const key = newKey();
    await setOverride(key, { rpm: null, tpd: null, concurrency: null, tpm: 10_000 });
    const { res, settled } = await call("/v1/messages", {
      method: "POST",
      headers: { "x-api-key": key, "content-type": "application/json" },
      body: JSON.stringify({ model: "c", max_tokens: 5_000, messages: [{ role: "user", content: "hi" }] }),
    });
    expect(res.status).toBe(502);
    expect(((await res.json()) as { type: string; error: { code: string } }).error.code).toBe("upstream_unavailable");
    // The 5,000 tokens reserved at admission are back in full: nothing was used.
    await settled();
    expect(remaining(await stateOf(await keyIdOf(key)), "tpm")).toBe(10_000);
  });
});
