/**
 * What decideLeased / settleLeased return and send, exactly (src/proxy/lease-client.ts): a local
 * admission's and a local refusal's decision, what goes to the object when leases are off or the
 * request carries a puzzle solution, and a background report the object never answered.
 * lease-client.unit.test.ts covers the waiting and deferral timing.
 */
import { describe, expect, it, vi } from "vitest";
import { type LeaseContext, decideLeased, leaseKeyForTests, settleLeased } from "../../src/proxy/lease-client.ts";
import { flush, objectFor, policyOf, useFakeClock } from "./lease-client-helpers.ts";

let seq = 0;
const req = (tokens = 100) => ({ requestId: `d${seq++}`, route: "chat" as const, reservedTokens: tokens });
const HIGH = { rpm: 1_000_000, tpm: 1_000_000_000, tpd: 10_000_000_000, concurrency: 10_000 };

useFakeClock(1_000_000);

/** Warm a key up: 100 requests/s for 400 ms, none settled. */
async function warm(lc: LeaseContext): Promise<void> {
  for (let i = 0; i < 40; i++) {
    vi.advanceTimersByTime(10);
    await decideLeased(lc, req());
    await flush();
  }
}

describe("decideLeased", () => {
  it("a local admission: an allow decision with the permits' headers, a local ticket, no call", async () => {
    const policy = policyOf({ defaults: HIGH });
    const o = objectFor(policy);
    const lc: LeaseContext = { keyId: "a", settings: policy.leases, exchange: o.exchange, waitUntil: () => {} };
    await warm(lc);
    const calls = o.calls.length;
    const k = leaseKeyForTests("a")!;
    expect(k.requests).toBeGreaterThan(0);
    const r = await decideLeased(lc, req(70));
    expect(o.calls.length).toBe(calls);
    expect(r.local).toBe(true);
    expect(r.ticket).toEqual({ kind: "local", epoch: k.epoch, reservedTokens: 70 });
    expect(r.decision).toEqual({ action: "allow", served: true, enforced: true, cause: "ok", reports: expect.any(Array), reservedTokens: 70, score: 0, reasons: [] });
    expect(r.decision!.reports.map((x) => x.name)).toEqual(["rpm", "tpm", "tpd", "concurrency"]);
  });

  it("leases off: every request is decided by the object, with an outbox that asks for nothing", async () => {
    const policy = policyOf({ defaults: HIGH, leases: { enabled: false } });
    const o = objectFor(policy);
    const lc: LeaseContext = { keyId: "b", settings: policy.leases, exchange: o.exchange, waitUntil: () => {} };
    await warm(lc);
    expect(o.calls).toHaveLength(40);
    expect(o.calls.every((c) => c.admit !== undefined && c.report.want === undefined)).toBe(true);
    // the isolate names itself with one random id, the same in every report
    expect(o.calls[0]!.report.isolateId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(new Set(o.calls.map((c) => c.report.isolateId)).size).toBe(1);
    const r = await decideLeased(lc, req());
    expect(r.local).toBe(false);
    expect(r.ticket).toMatchObject({ kind: "object", reservedTokens: 100, room: true });
    expect(leaseKeyForTests("b")!.requests).toBe(0);
  });

  it("R89-1: on a hot key, a request larger than a token limit holds at all goes to the object, which refuses it too_large (never retryable), every time", async () => {
    const policy = policyOf({ defaults: { ...HIGH, tpm: 2_000_000 } });
    const o = objectFor(policy);
    const lc: LeaseContext = { keyId: "big", settings: policy.leases, exchange: o.exchange, waitUntil: () => {} };
    await warm(lc);
    expect(leaseKeyForTests("big")!.requests).toBeGreaterThan(0);
    for (let t = 0; t < 4; t++) {
      vi.advanceTimersByTime(100);
      const calls = o.calls.length;
      const r = await decideLeased(lc, req(2_100_000));
      await flush();
      expect(r.local, `try ${t}`).toBe(false);
      expect(o.calls.length).toBeGreaterThan(calls);
      expect(r.decision).toMatchObject({ served: false, cause: "too_large", retryAfterMs: Number.POSITIVE_INFINITY });
    }
    // the key's ordinary requests are still admitted from its permits
    vi.advanceTimersByTime(10);
    expect((await decideLeased(lc, req(100))).decision).toMatchObject({ served: true });
  });

  it("a request carrying a puzzle solution goes to the object even when permits are held, and asks for none", async () => {
    const policy = policyOf({ defaults: HIGH });
    const o = objectFor(policy);
    const lc: LeaseContext = { keyId: "c", settings: policy.leases, exchange: o.exchange, waitUntil: () => {} };
    await warm(lc);
    expect(leaseKeyForTests("c")!.requests).toBeGreaterThan(0);
    const calls = o.calls.length;
    const r = await decideLeased(lc, { ...req(), solved: { id: "p", expiresAtMs: Date.now() + 60_000, bits: 10 } });
    expect(r.local).toBe(false);
    expect(o.calls.length).toBe(calls + 1);
    expect(o.calls.at(-1)!.admit).toMatchObject({ solved: { id: "p" } });
    expect(o.calls.at(-1)!.report.want).toBeUndefined();
  });

  it("a hot key refused by the object at a limit is refused locally for the backoff: a limit decision, no call", async () => {
    const policy = policyOf({ defaults: { ...HIGH, concurrency: 3 } });
    const o = objectFor(policy);
    const lc: LeaseContext = { keyId: "d", settings: policy.leases, exchange: o.exchange, waitUntil: () => {} };
    // overlapping requests (never settled) fill the 3 slots, then the object refuses
    const seen: Awaited<ReturnType<typeof decideLeased>>[] = [];
    for (let i = 0; i < 40; i++) {
      vi.advanceTimersByTime(10);
      seen.push(await decideLeased(lc, req()));
      await flush();
    }
    const refusedByObject = seen.find((r) => !r.local && r.decision?.served === false);
    expect(refusedByObject?.decision).toMatchObject({ action: "limit", cause: "concurrency" });
    const local = seen.filter((r) => r.local && r.decision?.served === false);
    expect(local.length).toBeGreaterThan(0);
    const d = local[0]!.decision!;
    // the cause names what this isolate lacks first (here: request permits, it holds none), not the
    // limit the object refused for; see the report of the mutation branch (not pinned here)
    // it carries the object's reports and says the object's wait if that is longer than the
    // backoff (red team R32-3: "1 s" and no RateLimit fields while a debt held the key 40 s)
    expect(d).toEqual({ action: "limit", served: false, enforced: true, cause: expect.any(String), retryAfterMs: expect.any(Number), reports: refusedByObject!.decision!.reports, reservedTokens: 0, score: 0, reasons: [] });
    expect(d.reports.length).toBeGreaterThan(0);
    expect(["rpm", "concurrency"]).toContain(d.cause);
    expect(d.retryAfterMs).toBeGreaterThanOrEqual(1);
    expect(d.retryAfterMs).toBeLessThanOrEqual(Math.max(policy.leases.backoffMs, refusedByObject!.decision!.retryAfterMs!));
    expect(local[0]!.ticket).toBeUndefined();
    // no call of their own for the local refusals: one decision call per other request
    expect(o.calls.filter((c) => c.admit !== undefined).length).toBe(40 - seen.filter((r) => r.local).length);
  });

  it("a request sent while another exchange of its key is in flight carries the outbox's settlements: the slots they free count for it (red team R20-1)", async () => {
    const policy = policyOf({ defaults: { ...HIGH, concurrency: 2 } });
    const o = objectFor(policy);
    const lc: LeaseContext = { keyId: "s", settings: policy.leases, exchange: o.exchange, waitUntil: () => {} };
    const first = await decideLeased(lc, req());
    expect(first.ticket).toMatchObject({ kind: "object" });
    // the second request's exchange is held at a loaded object (the key is busy with it)
    o.slow = true;
    const second = decideLeased(lc, req());
    await flush();
    // the first request ends: its settlement waits in the outbox (a cold key's rides on its next call)
    settleLeased(lc, first.ticket, { promptTokens: 10, completionTokens: 10 }, 200);
    const leaseId = (first.ticket as { leaseId: string }).leaseId;
    expect(leaseKeyForTests("s")!.out.settles.map((x) => x.leaseId)).toEqual([leaseId]);
    const third = decideLeased(lc, req());
    await flush();
    expect(o.calls.at(-1)!.report.settles.map((x) => x.leaseId)).toEqual([leaseId]);
    expect(o.calls.at(-1)!.report.keep).toBeUndefined();
    expect(leaseKeyForTests("s")!.out.settles).toEqual([]);
    expect(await o.release()).toBe(2);
    // two slots: the second request's and the third's (the first's freed before the third was decided)
    expect((await second).decision).toMatchObject({ served: true });
    expect((await third).decision).toMatchObject({ served: true });
  });

  it("a background report the object never answers is dropped and logged; the key is not left busy", async () => {
    const policy = policyOf({ defaults: HIGH });
    const o = objectFor(policy);
    const later: Promise<unknown>[] = [];
    const lc: LeaseContext = { keyId: "e", settings: policy.leases, exchange: o.exchange, waitUntil: (p) => void later.push(p) };
    const r = await decideLeased(lc, req());
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    o.fail = true;
    settleLeased(lc, r.ticket, { promptTokens: 1, completionTokens: 1 }, 200);
    vi.advanceTimersByTime(policy.leases.settleDeferMs + 10);
    await flush();
    await Promise.allSettled(later);
    expect(o.calls.at(-1)!.report.settles).toHaveLength(1);
    expect(log.mock.calls.map((c) => JSON.parse(String(c[0]))).some((l) => l.evt === "lease_report_failed" && l.keyId === "e")).toBe(true);
    expect(leaseKeyForTests("e")!.busy).toBe(false);
    log.mockRestore();
  });
});

describe("settleLeased", () => {
  it("without a ticket (nothing admitted) does nothing", () => {
    const policy = policyOf({ defaults: HIGH });
    const o = objectFor(policy);
    const lc: LeaseContext = { keyId: "f", settings: policy.leases, exchange: o.exchange, waitUntil: () => {} };
    settleLeased(lc, undefined, { promptTokens: 1, completionTokens: 1 }, 200);
    expect(leaseKeyForTests("f")).toBeUndefined();
    expect(o.calls).toHaveLength(0);
  });
  it("a local ticket returns the unused reservation to the permits and queues the usage", async () => {
    const policy = policyOf({ defaults: HIGH });
    const o = objectFor(policy);
    const lc: LeaseContext = { keyId: "g", settings: policy.leases, exchange: o.exchange, waitUntil: () => {} };
    await warm(lc);
    const r = await decideLeased(lc, req(100));
    expect(r.local).toBe(true);
    const k = leaseKeyForTests("g")!;
    const before = k.tokens;
    settleLeased(lc, r.ticket, { promptTokens: 30, completionTokens: 20 }, 200);
    expect(k.tokens).toBe(before + 50);
    expect(k.out.usages.at(-1)).toEqual({ atMs: Date.now(), promptTokens: 30, completionTokens: 20, originStatus: 200 });
  });
});
