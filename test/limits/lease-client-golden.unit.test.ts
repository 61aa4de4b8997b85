/**
 * The isolate side of leases (src/proxy/lease-client.ts), pinned exactly (golden): scripted,
 * seeded traffic on a fake clock against KeyEngines standing in for the key objects (one hot key,
 * one cold, one at its concurrency limit, one with a slow object, one whose object is unreachable
 * for a while, and linkage views delivered through link batching), with everything the client
 * does compared with lease-client-golden.json: each decision (local or not, action, cause, ticket,
 * retry-after), every message it sent to an object (outbox, renewal asks, views), the background
 * work it scheduled, and the key's state at checkpoints.
 *
 * Why: lease-client.unit.test.ts and lease-client-decisions.unit.test.ts check what matters to a
 * caller (calls saved, slots freed), which a changed wait bound, timer or exchange bookkeeping
 * keeps; this pins when each call happens and what it carries.
 *
 * A change of the client's behaviour changes these expectations on purpose: re-record with
 * `GOLDEN_UPDATE=1 npx vitest run test/limits/lease-client-golden.unit.test.ts` and review the diff.
 */
import { describe, expect, it, vi } from "vitest";
import { goldenFile } from "../golden.ts";
import type { LinkReport, LinkView } from "../../src/detect/index.ts";
import { type LeaseContext, type Ticket, decideLeased, leaseKeyForTests, settleLeased } from "../../src/proxy/lease-client.ts";
import { flush, objectFor, policyOf, useFakeClock } from "./lease-client-helpers.ts";
import { rng } from "../detect/helpers.ts";

const { UPDATE, golden, recorded } = goldenFile(new URL("./lease-client-golden.json", import.meta.url));
/** The isolate's id is random (crypto.randomUUID): masked. */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
function pin(name: string, got: unknown): void {
  const v = JSON.parse(JSON.stringify(got).replace(UUID, "ISO")) as unknown;
  if (UPDATE) recorded[name] = v;
  else expect(v).toEqual(golden[name]);
}

useFakeClock(5_000_000);

type Script = {
  limits: Record<string, unknown>;
  leases?: Record<string, unknown>;
  steps: number;
  /** Per step: requests started at once, ms advanced after, and the share settled. */
  burst: (i: number, r: () => number) => number;
  gapMs: (i: number, r: () => number) => number;
  slowAt?: [number, number];
  failAt?: [number, number];
  waitMs?: number;
  links?: boolean;
  seed: number;
};

async function play(name: string, sc: Script): Promise<void> {
  const policy = policyOf({ defaults: sc.limits, ...(sc.leases ? { leases: sc.leases } : {}) });
  const o = objectFor(policy);
  const r = rng(sc.seed);
  const scheduled: string[] = [];
  let waits = 0;
  const linkCalls: unknown[] = [];
  const lc: LeaseContext = {
    keyId: name, settings: policy.leases, exchange: o.exchange,
    waitUntil: (p) => {
      waits++;
      void p.then(() => scheduled.push(`done@${Date.now()}`), () => scheduled.push(`fail@${Date.now()}`));
    },
    ...(sc.waitMs !== undefined ? { waitMs: sc.waitMs } : {}),
    ...(sc.links
      ? {
        observeLinks: (shard: string, reports: LinkReport[]): Promise<LinkView[]> => {
          linkCalls.push([Date.now(), shard, reports.length]);
          return Promise.resolve(reports.map((_, i): LinkView => ({ shard, keys: 3 + i, linked: 2, score: 0.1 * (i + 1), generic: false, why: "shared" })));
        },
      }
      : {}),
  };
  const trace: unknown[] = [];
  const open: { t: Ticket | undefined; at: number }[] = [];
  let seq = 0;
  for (let i = 0; i < sc.steps; i++) {
    o.slow = sc.slowAt !== undefined && i >= sc.slowAt[0] && i < sc.slowAt[1];
    o.fail = sc.failAt !== undefined && i >= sc.failAt[0] && i < sc.failAt[1];
    const n = sc.burst(i, r);
    const ps = Array.from({ length: n }, () => decideLeased(lc, { requestId: `${name}-${seq++}`, route: "chat", reservedTokens: 50 + Math.floor(r() * 200) }).then(
      (x) => x,
      (e: unknown) => ({ error: String(e) }),
    ));
    let done = false;
    void Promise.all(ps).then(() => (done = true));
    await flush();
    // a slow object answers what it holds every 7 ms (requests meanwhile wait, within waitMs)
    for (let j = 0; j < 100 && !done; j++) {
      if (o.slow) await vi.advanceTimersByTimeAsync(7);
      await o.release();
      await flush();
    }
    for (const x of await Promise.all(ps)) {
      if ("error" in x) {
        trace.push(["err", Date.now(), x.error]);
        continue;
      }
      const d = x.decision;
      trace.push([Date.now(), x.local, d?.action, d?.served, d?.cause, d?.retryAfterMs ?? null, x.ticket?.kind ?? null, x.ticket?.reservedTokens ?? null]);
      if (d?.served) open.push({ t: x.ticket, at: Date.now() });
    }
    // settle some of the open requests (oldest first)
    const settle = Math.floor(open.length * (0.3 + 0.6 * r()));
    for (const s of open.splice(0, settle)) settleLeased(lc, s.t, { promptTokens: 30, completionTokens: Math.floor(r() * 300), ...(r() < 0.1 ? { estimated: true } : {}) }, r() < 0.05 ? 502 : 200);
    await vi.advanceTimersByTimeAsync(sc.gapMs(i, r));
    await flush();
    if (i % 10 === 9) {
      const k = leaseKeyForTests(name);
      trace.push(["key", Date.now(), k ? { ...k, out: { ...k.out } } : null]);
    }
  }
  o.slow = false;
  o.fail = false;
  for (const s of open.splice(0)) settleLeased(lc, s.t, { promptTokens: 10, completionTokens: 10 }, 200);
  await vi.advanceTimersByTimeAsync(20_000);
  await o.release();
  await flush();
  const calls = o.calls.map((c) => ({ admit: c.admit?.requestId ?? null, report: c.report, views: c.views ?? null, batchLinks: c.batchLinks ?? null }));
  pin(name, { trace, calls, scheduled, waits, linkCalls, end: leaseKeyForTests(name) ?? null });
}

const BIG = { rpm: 1_000_000, tpm: 1_000_000_000, tpd: 10_000_000_000, concurrency: 10_000 };

describe("lease client, golden", () => {
  it("a hot key: bursts at machine pace, then a pause and back", async () => {
    await play("hot", { limits: BIG, steps: 60, seed: 1, burst: (i, r) => (i === 30 ? 0 : 1 + Math.floor(r() * 6)), gapMs: (i, r) => (i === 30 ? 3000 : 5 + Math.floor(r() * 40)) });
  });
  it("a cold key: one request every few hundred ms, settlements deferred", async () => {
    await play("cold", { limits: { rpm: 1000, tpm: 1_000_000, tpd: 10_000_000, concurrency: 2 }, steps: 30, seed: 2, burst: () => 1, gapMs: (_i, r) => 150 + Math.floor(r() * 500) });
  });
  it("a key at its limits: tokens per minute and concurrency refuse, locally and at the object", async () => {
    await play("tight", { limits: { rpm: 600, tpm: 12_000, tpd: 10_000_000, concurrency: 6 }, steps: 60, seed: 3, burst: (_i, r) => 1 + Math.floor(r() * 5), gapMs: (_i, r) => 10 + Math.floor(r() * 60) });
  });
  it("a slow object: requests wait for the renewal in flight, within waitMs", async () => {
    await play("slow", { limits: BIG, steps: 50, seed: 4, slowAt: [15, 35], waitMs: 40, burst: (_i, r) => 2 + Math.floor(r() * 6), gapMs: (_i, r) => 5 + Math.floor(r() * 20) });
  });
  it("an unreachable object for a while: decisions reject, background reports fail, the key recovers", async () => {
    await play("fail", { limits: BIG, steps: 60, seed: 5, failAt: [20, 45], burst: (_i, r) => 1 + Math.floor(r() * 4), gapMs: (i, r) => (i >= 20 && i < 45 ? 80 : 10) + Math.floor(r() * 30) });
  });
  it("linkage views batched through the isolate, and leases with small grants", async () => {
    await play("links", { limits: BIG, leases: { maxRequests: 8, maxMs: 200, flushMs: 100, linkBatchMs: 50 }, links: true, steps: 40, seed: 6, burst: (_i, r) => 1 + Math.floor(r() * 4), gapMs: (_i, r) => 20 + Math.floor(r() * 80) });
  });
});
