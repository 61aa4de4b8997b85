/**
 * holdDecisions (src/proxy/lease-client.ts): while a cut Responses turn of a key is being priced,
 * the key's next Responses turns in this isolate wait; each hold ends when its own holder releases
 * it or after its `maxMs`, whatever the order of the holders (red team R35-2; a first form shared
 * one promise between holders, which the runtime refuses to settle from another request), and
 * the wait takes at most half of the decision's time. Other routes do not wait.
 */
import { describe, expect, it, vi } from "vitest";
import { type LeaseContext, decideLeased, holdDecisions } from "../../src/proxy/lease-client.ts";
import { flush, objectFor, policyOf, useFakeClock } from "./lease-client-helpers.ts";

let seq = 0;
const turn = (route: "responses" | "chat" = "responses") => ({ requestId: `h${seq++}`, route, reservedTokens: 100 });
const HIGH = { rpm: 1_000_000, tpm: 1_000_000_000, tpd: 10_000_000_000, concurrency: 10_000 };

useFakeClock(2_000_000);

function context(keyId: string, timeoutMs?: number): LeaseContext {
  const policy = policyOf({ defaults: HIGH, leases: { enabled: false } });
  const o = objectFor(policy);
  return { keyId, settings: policy.leases, exchange: o.exchange, waitUntil: () => {}, ...(timeoutMs !== undefined ? { timeoutMs } : {}) };
}

/** Start a decision and say whether it has ended after `ms` of the fake clock. */
async function endedAfter(p: Promise<unknown>, ms: number): Promise<boolean> {
  let ended = false;
  void p.then(() => (ended = true));
  await vi.advanceTimersByTimeAsync(ms);
  await flush();
  return ended;
}

describe("holdDecisions", () => {
  it("a Responses turn waits until every hold of its key is released, in any order", async () => {
    const lc = context("k1");
    const a = holdDecisions("k1", 60_000);
    const b = holdDecisions("k1", 60_000);
    const d = decideLeased(lc, turn());
    expect(await endedAfter(d, 100)).toBe(false);
    a();
    expect(await endedAfter(d, 100)).toBe(false);
    b();
    expect(await endedAfter(d, 10)).toBe(true);
    expect((await d).decision?.served).toBe(true);
    // released twice: nothing more happens
    b();
  });

  it("a hold ends by itself after maxMs", async () => {
    const lc = context("k2");
    holdDecisions("k2", 500);
    const d = decideLeased(lc, turn());
    expect(await endedAfter(d, 400)).toBe(false);
    expect(await endedAfter(d, 200)).toBe(true);
  });

  it("the wait takes at most half of the decision's time", async () => {
    const lc = context("k3", 2_000);
    holdDecisions("k3", 60_000);
    const d = decideLeased(lc, turn());
    expect(await endedAfter(d, 900)).toBe(false);
    expect(await endedAfter(d, 200)).toBe(true);
  });

  it("another route, and another key, do not wait", async () => {
    holdDecisions("k4", 60_000);
    expect(await endedAfter(decideLeased(context("k4"), turn("chat")), 1)).toBe(true);
    expect(await endedAfter(decideLeased(context("k5"), turn()), 1)).toBe(true);
  });
});
