/**
 * Background work stays inside request contexts the platform still runs (issue 9): a request's
 * waitUntil work is cut 30 s after its response, so a key's wake-up timers must not chain on
 * inside the context of the request that armed the first one. A timer is registered with a context
 * only until CONTEXT_MS after its request last used it (decided or settled), and a key's pending
 * timer moves to a newer request's context when its own has less than HANDOVER_MS left. Without
 * that, a cold key at 2.5 requests/s registered 45 timers with contexts past their 25 s.
 */
import { describe, expect, it, vi } from "vitest";
import { CONTEXT_MS, HANDOVER_MS, type LeaseContext, decideLeased, settleLeased, timerPlan } from "../../src/proxy/lease-client.ts";
import { objectFor, policyOf, req, useFakeClock } from "./lease-client-helpers.ts";

const T0 = 1_000_000;
useFakeClock(T0);

describe("a key's background timers and the request contexts they wait in", () => {
  it("the bounds leave the platform's 30 s a margin, and cover the longest wake-up a key sets (10 s)", () => {
    expect(CONTEXT_MS).toBeLessThan(30_000);
    expect(HANDOVER_MS).toBeGreaterThan(10_000);
    expect(HANDOVER_MS).toBeLessThan(CONTEXT_MS);
  });

  it("timerPlan: a pending timer is kept when it fires first in a context that lasts; else a wake-up is armed here, unless this context ends first", () => {
    const now = T0;
    const fresh = now + CONTEXT_MS;
    // nothing pending: armed when it fires before this context ends
    expect(timerPlan(undefined, now + 1000, fresh, now)).toBe("arm");
    expect(timerPlan(undefined, fresh, fresh, now)).toBe("arm");
    expect(timerPlan(undefined, fresh + 1, fresh, now)).toBe("skip");
    // pending first, its context lasting HANDOVER_MS or more: kept
    expect(timerPlan({ due: now + 500, ctxEndMs: now + HANDOVER_MS }, now + 1000, fresh, now)).toBe("keep");
    expect(timerPlan({ due: now + 1000, ctxEndMs: now + HANDOVER_MS }, now + 1000, fresh, now)).toBe("keep");
    // pending later than this wake-up: replaced
    expect(timerPlan({ due: now + 1001, ctxEndMs: fresh }, now + 1000, fresh, now)).toBe("arm");
    // pending first, but its context ends within HANDOVER_MS (or has ended): moves to this one
    expect(timerPlan({ due: now + 500, ctxEndMs: now + HANDOVER_MS - 1 }, now + 1000, fresh, now)).toBe("arm");
    expect(timerPlan({ due: now - 9000, ctxEndMs: now - 5000 }, now + 1000, fresh, now)).toBe("arm");
    // ... unless this context ends no later than that one (a timer fired in the same old context)
    expect(timerPlan({ due: now + 500, ctxEndMs: now + 5000 }, now + 1000, now + 5000, now)).toBe("keep");
    expect(timerPlan({ due: now + 500, ctxEndMs: now + 5000 }, now + 1000, now + 4000, now)).toBe("keep");
    // in an old context, nothing pending: a wake-up beyond its end is left to the next request
    expect(timerPlan(undefined, now + 6000, now + 5000, now)).toBe("skip");
    expect(timerPlan({ due: now + 100, ctxEndMs: now + 50 }, now + 6000, now + 5000, now)).toBe("skip");
  });

  // one request every `gap` ms for 60 s, each answered `hold` ms after its decision, each with its
  // own context as the Worker makes them; then 40 s of silence
  for (const [gap, hold] of [[400, 30], [1000, 500], [95, 30], [20, 3000]] as const) {
    it(`a request every ${gap} ms, answered in ${hold} ms: no work is registered with a context more than CONTEXT_MS after its request last used it`, async () => {
      const policy = policyOf({ defaults: { rpm: 1_000_000, tpm: 1_000_000_000, tpd: 10_000_000_000, concurrency: 10_000 } });
      const o = objectFor(policy);
      const contexts: { at: number[]; used: number }[] = [];
      const requests: Promise<void>[] = [];
      while (Date.now() < T0 + 60_000) {
        const c = { at: [] as number[], used: Date.now() };
        contexts.push(c);
        const lc: LeaseContext = { keyId: "k", settings: policy.leases, exchange: o.exchange, waitUntil: () => void c.at.push(Date.now()) };
        requests.push(
          (async () => {
            const d = await decideLeased(lc, req());
            await new Promise<void>((r) => setTimeout(r, hold));
            c.used = Date.now();
            settleLeased(lc, d.ticket, { promptTokens: 20, completionTokens: 50 }, 200);
          })(),
        );
        await vi.advanceTimersByTimeAsync(gap);
      }
      await vi.advanceTimersByTimeAsync(40_000);
      await Promise.all(requests);
      // the key's work ran: every request was settled at the object in the end
      expect(o.calls.length).toBeGreaterThan(10);
      expect(o.engine.inspect(policy, Date.now()).inFlight).toBe(0);
      const late = contexts.flatMap((c) => c.at.filter((t) => t > c.used + CONTEXT_MS));
      expect(late).toEqual([]);
    });
  }
});
