/**
 * guardFetch and degraded answers (red team R41-4): a degraded answer (`n` 1, no `logprobs`, output
 * capped) is a plain 200 to the SDKs, which do not show headers, so an app reading `choices[2]`
 * threw with nothing saying why. The helper reports each one to `onDegraded`, or warns once.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { CHALLENGE_HEADER, issuePuzzle } from "../../src/challenge/pow.ts";
import { type DegradedInfo, POLICY_HEADER, guardFetch } from "../../src/client/index.ts";
import { POLICY_HEADER as GUARD_POLICY_HEADER } from "../../src/proxy/handler.ts";

const URL_ = "https://guard.test/v1/chat/completions";
const answer = (degraded: boolean) => new Response("{}", { status: 200, headers: degraded ? { [POLICY_HEADER]: "degraded" } : {} });

afterEach(() => vi.restoreAllMocks());

describe("guardFetch, degraded answers (red team R41-4)", () => {
  it("reads the header the guard sets", () => {
    expect(POLICY_HEADER).toBe(GUARD_POLICY_HEADER);
  });

  it("reports every degraded answer to onDegraded, and no other", async () => {
    const seen: DegradedInfo[] = [];
    const marks = [true, false, true];
    let i = 0;
    const f = guardFetch({ fetch: (async () => answer(marks[i++]!)) as typeof fetch, onDegraded: (d) => seen.push(d) });
    for (let k = 0; k < marks.length; k++) expect((await f(URL_, { method: "POST", body: "{}" })).status).toBe(200);
    expect(seen).toEqual([
      { url: URL_, status: 200, policy: "degraded" },
      { url: URL_, status: 200, policy: "degraded" },
    ]);
  });

  it("without onDegraded, warns once on the console", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const f = guardFetch({ fetch: (async () => answer(true)) as typeof fetch });
    await f(URL_, { method: "POST", body: "{}" });
    await f(URL_, { method: "POST", body: "{}" });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain("degraded");
    // a helper whose answers are served in full says nothing
    const quiet = vi.spyOn(console, "warn").mockImplementation(() => {});
    quiet.mockClear();
    await guardFetch({ fetch: (async () => answer(false)) as typeof fetch })(URL_, { method: "POST", body: "{}" });
    expect(quiet).not.toHaveBeenCalled();
  });

  it("an answer served on a solved challenge's pass is reported too", async () => {
    const { token } = await issuePuzzle("secret-for-tests", { keyId: "k_1", route: "chat", bits: 4, nowMs: Date.now(), ttlMs: 60_000 });
    let calls = 0;
    const inner = (async () => (++calls === 1 ? new Response("{}", { status: 403, headers: { [CHALLENGE_HEADER]: token } }) : answer(true))) as typeof fetch;
    const seen: DegradedInfo[] = [];
    const res = await guardFetch({ fetch: inner, onDegraded: (d) => seen.push(d) })(URL_, { method: "POST", body: "{}" });
    expect(res.status).toBe(200);
    expect(calls).toBe(2);
    expect(seen).toEqual([{ url: URL_, status: 200, policy: "degraded" }]);
  });
});
