/**
 * Red team R13-3 on a hot key: a background response's slot is held past its settlement, which
 * only the key's object counts, so an isolate holding permits still sends it to the object
 * (src/proxy/lease-client.ts decideLeased, AdmitFields.background).
 */
import { describe, expect, it, vi } from "vitest";
import { type LeaseContext, decideLeased, leaseKeyForTests } from "../../src/proxy/lease-client.ts";
import { flush, objectFor, policyOf, useFakeClock } from "./lease-client-helpers.ts";

let seq = 0;
const req = () => ({ requestId: `b${seq++}`, route: "responses" as const, reservedTokens: 100 });
const HIGH = { rpm: 1_000_000, tpm: 1_000_000_000, tpd: 10_000_000_000, concurrency: 10_000 };

useFakeClock(2_000_000);

describe("decideLeased: background responses", () => {
  it("an isolate holding permits decides a foreground request itself and sends a background one to the object", async () => {
    const policy = policyOf({ defaults: HIGH });
    const o = objectFor(policy);
    const lc: LeaseContext = { keyId: "bg", settings: policy.leases, exchange: o.exchange, waitUntil: () => {} };
    for (let i = 0; i < 40; i++) {
      vi.advanceTimersByTime(10);
      await decideLeased(lc, req());
      await flush();
    }
    expect(leaseKeyForTests("bg")!.requests).toBeGreaterThan(0);
    const calls = o.calls.length;
    expect((await decideLeased(lc, req())).local).toBe(true);
    expect(o.calls.length).toBe(calls);
    const r = await decideLeased(lc, { ...req(), background: true });
    expect(r.local).toBe(false);
    expect(r.ticket).toMatchObject({ kind: "object" });
    expect(o.calls.length).toBe(calls + 1);
    expect(o.calls.at(-1)!.admit).toMatchObject({ background: true });
  });
});
