/**
 * Permit leases through the real Worker (src/proxy/lease-client.ts wired into the handler, the
 * KeyGuard object's exchange): a hot key is decided from its lease with a fraction of a call per
 * request and every request still reaches the object's counters; a concurrency limit holds with
 * leases engaged; a deny-list entry reaches an isolate holding permits within the lag bound; a
 * strictly sequential client at a few tens of requests/s is leased too; a cold
 * key's settlement rides on its next call. Calls are counted by the Worker (GET /admin/io's IO).
 */
import { evictDurableObject } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { IO } from "../../src/observability/io.ts";
import { resetLeaseClient } from "../../src/proxy/lease-client.ts";
import { admin, call, chat, keyIdOf, mockOrigin, newKey, stateOf, testEnv } from "./helpers.ts";
import { handleMockRequest } from "../../src/mock/origin.ts";

const BASE = JSON.parse(String(testEnv.GUARD_POLICY)) as Record<string, unknown>;
const policy = (defaults: Record<string, unknown>, leases: Record<string, unknown> = {}) =>
  ({ GUARD_POLICY: JSON.stringify({ ...BASE, defaults, leases: { ...(BASE.leases as object), ...leases } }) }) as never;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeEach(() => {
  resetLeaseClient();
  vi.spyOn(console, "log").mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

/** `width` clients, each sending one request after the other for `ms` (`body` over the default
 *  chat body; `hopMs`: the client's next request comes that long after it read its answer, as a
 *  network hop would); returns statuses and settle functions. */
async function waves(key: string, env: never, width: number, ms: number, headers: Record<string, string> = { "x-mock-delay-ms": "20" }, body: Record<string, unknown> = {}, hopMs = 0) {
  const statuses: number[] = [];
  const settles: (() => Promise<void>)[] = [];
  const end = Date.now() + ms;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (Date.now() < end) {
        const { res, settled } = await call("/v1/chat/completions", chat(key, body, headers), env);
        await res.text();
        statuses.push(res.status);
        settles.push(settled);
        if (hopMs > 0) await sleep(hopMs);
        // a refusal answered from the lease involves no I/O: back off a little, as a client
        // honouring retry-after would (else the loop starves the origin's timers in this isolate)
        if (res.status === 429) await sleep(10);
      }
    }),
  );
  return { statuses, settles };
}

describe("permit leases through the Worker", () => {
  it("a hot key is decided from its lease: under 0.3 object calls per request, every request counted by the object", async () => {
    mockOrigin();
    const env = policy({ rpm: 100_000, tpm: 1_000_000_000, tpd: 10_000_000_000, concurrency: 1000 });
    const key = newKey("sk-hot");
    // warm-up: the first 250 ms of a key are decided per request (WARM_MS), then it asks
    const warm = await waves(key, env, 8, 500);
    const before = { ...IO };
    const { statuses, settles } = await waves(key, env, 8, 1500);
    const n = statuses.length;
    const calls = IO.doCalls - before.doCalls;
    const leased = IO.leasedAdmits - before.leasedAdmits;
    await Promise.all([...warm.settles, ...settles].map((s) => s()));
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(leased / n).toBeGreaterThan(0.7);
    expect(calls / n).toBeLessThan(0.3);
    // the outbox reached the object: every request and its usage counted there
    await sleep(50);
    const s = await stateOf(await keyIdOf(key));
    expect(s.counters.requests).toBe(n + warm.statuses.length);
    expect(s.counters.served).toBe(n + warm.statuses.length);
    expect(s.counters.completionTokens).toBeGreaterThan(0);
  });

  it("a concurrency limit holds with leases engaged: never more at the origin at once than the limit", async () => {
    let now = 0;
    let max = 0;
    mockOrigin(async (req) => {
      now++;
      max = Math.max(max, now);
      try {
        return await handleMockRequest(req);
      } finally {
        now--;
      }
    });
    const env = policy({ rpm: 100_000, tpm: 1_000_000_000, tpd: 10_000_000_000, concurrency: 6 }, { sharePercent: 50 });
    const key = newKey("sk-conc");
    const before = { ...IO };
    const { statuses, settles } = await waves(key, env, 10, 2000, { "x-mock-delay-ms": "30" });
    await Promise.all(settles.map((s) => s()));
    expect(IO.leasedAdmits - before.leasedAdmits).toBeGreaterThan(0);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(max).toBeLessThanOrEqual(6);
  });

  it("a hot key's burst over its rpm gets what the limit has left, not the lease's share of it; the refusals name rpm (red team R20-1)", async () => {
    mockOrigin();
    const env = policy({ rpm: 100, tpm: 100_000_000, tpd: 1_000_000_000, concurrency: 1000 });
    const key = newKey("sk-burst");
    // warm: 10 requests/s for 1.2 s makes the key hot (leased), 12 of its 100 used
    const warm = await waves(key, env, 1, 1200, { "x-mock-delay-ms": "100" });
    const used = warm.statuses.length;
    expect(IO.leasedAdmits).toBeGreaterThan(0);
    const burst = await Promise.all(Array.from({ length: 150 }, () => call("/v1/chat/completions", chat(key), env)));
    const statuses = burst.map((b) => b.res.status);
    const refusals = await Promise.all(burst.filter((b) => b.res.status === 429).map(async (b) => (await b.res.json()) as { error: { message: string } }));
    await Promise.all([...warm.settles, ...burst.map((b) => b.settled)].map((f) => f()));
    const admitted = statuses.filter((x) => x === 200).length;
    // an exact limiter admits 100 - used (plus what refills meanwhile, ~2); before the fix the
    // lease's share and a local backoff took 19-60 of a burst of 150-300
    expect(used + admitted).toBeGreaterThanOrEqual(95);
    expect(used + admitted).toBeLessThanOrEqual(104);
    for (const r of refusals) expect(r.error.message).toMatch(/requests per minute/);
  });

  it("a worker pool sized to its key's concurrency limit is never refused: its own finished requests' slots are not held against it (red team R20-1)", async () => {
    mockOrigin();
    const env = policy({ rpm: 100_000, tpm: 1_000_000_000, tpd: 10_000_000_000, concurrency: 4 });
    const key = newKey("sk-pool");
    // the client's next request comes a network hop (2 ms) after it read its answer
    const { statuses, settles } = await waves(key, env, 4, 1500, { "x-mock-delay-ms": "20" }, {}, 2);
    await Promise.all(settles.map((f) => f()));
    // the key got hot and was leased (else this is the object's exactness alone)
    expect(IO.leasedAdmits).toBeGreaterThan(0);
    expect(statuses.length).toBeGreaterThan(40);
    expect(statuses.filter((x) => x !== 200)).toEqual([]);
  });

  it("a burst's last report (permits back, slots released) is stored: the idle object evicted, the pool comes back through another isolate and is served (red team R42a-1)", async () => {
    mockOrigin();
    const env = policy({ rpm: 100_000, tpm: 1_000_000_000, tpd: 10_000_000_000, concurrency: 4 });
    const key = newKey("sk-idle");
    const keyId = await keyIdOf(key);
    const first = await waves(key, env, 4, 1200, { "x-mock-delay-ms": "20" }, {}, 2);
    await Promise.all(first.settles.map((f) => f()));
    expect(IO.leasedAdmits).toBeGreaterThan(0);
    // the key goes quiet: its permits lapse (maxMs) and go back to the object with the last usage
    await sleep(1800);
    // (the admin API reads the key under the default policy: every slot free is remaining = quota)
    const free = (st: Awaited<ReturnType<typeof stateOf>>) => { const c = st.usage.find((u) => u.name === "concurrency")!; return c.quota - c.remaining; };
    const quiet = await stateOf(keyId);
    expect(free(quiet)).toBe(0);
    // the idle object is evicted, and the pool comes back through an isolate that holds nothing
    await evictDurableObject(testEnv.KEY_GUARD.getByName(keyId));
    resetLeaseClient();
    const reloaded = await stateOf(keyId);
    expect(free(reloaded)).toBe(0);
    expect(reloaded.counters.served).toBe(quiet.counters.served);
    const again = await waves(key, env, 4, 400, { "x-mock-delay-ms": "20" }, {}, 2);
    await Promise.all(again.settles.map((f) => f()));
    expect(again.statuses.length).toBeGreaterThan(4);
    expect(again.statuses.filter((x) => x !== 200)).toEqual([]);
  });

  it("a pool of streams sized to its key's concurrency limit is never refused while the object has a free slot (red team R21-1)", async () => {
    mockOrigin();
    const env = policy({ rpm: 100_000, tpm: 1_000_000_000, tpd: 10_000_000_000, concurrency: 16 });
    const key = newKey("sk-spool");
    const { statuses, settles } = await waves(key, env, 16, 2000, { "x-mock-chunk-delay-ms": "25" }, { stream: true, max_tokens: 8 }, 2);
    await Promise.all(settles.map((f) => f()));
    expect(IO.leasedAdmits).toBeGreaterThan(0);
    expect(statuses.length).toBeGreaterThan(60);
    expect(statuses.filter((x) => x !== 200)).toEqual([]);
  });

  it("a deny-list entry reaches an isolate holding permits at its next renewal, well before the permits lapse", async () => {
    mockOrigin();
    // permits valid 3 s: only the renewal (a hot key's outbox leaves as one every flushMs) can stop them sooner
    const env = policy({ rpm: 100_000, tpm: 1_000_000_000, tpd: 10_000_000_000, concurrency: 1000 }, { maxMs: 3000 });
    const key = newKey("sk-deny");
    const before = IO.leasedAdmits;
    const warm = await waves(key, env, 8, 800);
    expect(IO.leasedAdmits - before).toBeGreaterThan(0);
    const keyId = await keyIdOf(key);
    expect((await admin(`/lists/deny/${keyId}`, { method: "PUT" })).status).toBe(200);
    const lag = await waves(key, env, 8, 700);
    const after = await waves(key, env, 8, 300);
    expect(after.statuses.length).toBeGreaterThan(0);
    expect(after.statuses.every((s) => s === 403)).toBe(true);
    await Promise.all([...warm.settles, ...lag.settles, ...after.settles].map((s) => s()));
  });

  it("a key of moderate rate (two clients, ~10 requests/s in all, answers in 100 ms) gets a small lease: well under one call per request, every request counted", async () => {
    mockOrigin();
    const env = policy({ rpm: 100_000, tpm: 1_000_000_000, tpd: 10_000_000_000, concurrency: 100 });
    const key = newKey("sk-moderate");
    const before = { ...IO };
    const settles: (() => Promise<void>)[] = [];
    let n = 0;
    const end = Date.now() + 3000;
    await Promise.all(
      [0, 50].map(async (offset) => {
        await sleep(offset);
        while (Date.now() < end) {
          const { res, settled } = await call("/v1/chat/completions", chat(key, {}, { "x-mock-delay-ms": "100" }), env);
          expect(res.status).toBe(200);
          await res.text();
          settles.push(settled);
          n++;
          await sleep(100);
        }
      }),
    );
    const calls = IO.doCalls - before.doCalls;
    const leased = IO.leasedAdmits - before.leasedAdmits;
    await Promise.all(settles.map((s) => s()));
    expect(n).toBeGreaterThan(15);
    // per request before leases reached keys of this rate: 1 call (the settlement riding on the next)
    expect(calls / n).toBeLessThan(0.7);
    expect(leased / n).toBeGreaterThan(0.5);
    await sleep(1200);
    const s = await stateOf(await keyIdOf(key));
    expect(s.counters.requests).toBe(n);
    expect(s.counters.served).toBe(n);
    expect(s.inFlight).toBe(0);
  });

  it("a strictly sequential client (one request at a time, ~20 requests/s, fast answers) is leased too: well under one call per request, every request counted", async () => {
    mockOrigin();
    const env = policy({ rpm: 100_000, tpm: 1_000_000_000, tpd: 10_000_000_000, concurrency: 100 });
    const key = newKey("sk-sequential");
    const before = { ...IO };
    const settles: (() => Promise<void>)[] = [];
    let n = 0;
    const end = Date.now() + 2000;
    while (Date.now() < end) {
      const { res, settled } = await call("/v1/chat/completions", chat(key, {}, { "x-mock-delay-ms": "5" }), env);
      expect(res.status).toBe(200);
      await res.text();
      settles.push(settled);
      n++;
      await sleep(40);
    }
    const calls = IO.doCalls - before.doCalls;
    const leased = IO.leasedAdmits - before.leasedAdmits;
    await Promise.all(settles.map((s) => s()));
    expect(n).toBeGreaterThan(15);
    // decided per request by the object, it would cost one call each
    expect(calls / n).toBeLessThan(0.6);
    expect(leased / n).toBeGreaterThan(0.5);
    await sleep(1200);
    const s = await stateOf(await keyIdOf(key));
    expect(s.counters.requests).toBe(n);
    expect(s.counters.served).toBe(n);
    expect(s.inFlight).toBe(0);
  });

  it("a cold key's settlement rides on the key's next call: one call per request", async () => {
    mockOrigin();
    const env = policy({ rpm: 1000, tpm: 1_000_000, tpd: 10_000_000, concurrency: 4 }, { settleDeferMs: 2000 });
    const key = newKey("sk-cold");
    const before = IO.doCalls;
    const settles: (() => Promise<void>)[] = [];
    for (let i = 0; i < 6; i++) {
      const { res, settled } = await call("/v1/chat/completions", chat(key), env);
      expect(res.status).toBe(200);
      await res.text();
      settles.push(settled);
      await sleep(30);
    }
    expect(IO.doCalls - before).toBe(6);
    // the last settlement leaves on its own within settleDeferMs
    await Promise.all(settles.map((s) => s()));
    expect(IO.doCalls - before).toBe(7);
    const s = await stateOf(await keyIdOf(key));
    expect(s.inFlight).toBe(0);
    expect(s.counters.served).toBe(6);
  });
});
