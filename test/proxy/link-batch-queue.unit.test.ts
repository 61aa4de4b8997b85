/**
 * queueLinks on its own (src/proxy/link-batch.ts), with a recording sink: the overall cap of
 * MAX_QUEUED sends every shard at once, a shard call that fails is logged and dropped, and views
 * are delivered one per report, never more than either side has.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { LinkReport, LinkView } from "../../src/detect/index.ts";
import { type LinkSink, LINK_BATCH_MAX, MAX_QUEUED, queueLinks, queuedLinksForTests, resetLinkBatch } from "../../src/proxy/link-batch.ts";

const report = (k: number, shard: string): LinkReport => ({ shard, k, n: 1, pf: 7, rh: 0, loc: 0, tp: 3, s1: 1, ps: 0, rs: 0, gm: 0, hv: 0.6, n24: 0, asn: 64500, ws: "" });
const view = (shard: string, keys: number): LinkView => ({ shard, keys, linked: keys, score: 0.5, generic: false, why: `v${keys}` });
const flush = async () => {
  for (let i = 0; i < 30; i++) await Promise.resolve();
};

function sink(answer: (shard: string, reports: LinkReport[]) => Promise<LinkView[]>) {
  const calls: { shard: string; n: number }[] = [];
  const delivered: [number, LinkView][] = [];
  const s: LinkSink<number> = {
    windowMs: 250,
    waitUntil: () => {},
    observe: (shard, reports) => {
      calls.push({ shard, n: reports.length });
      return answer(shard, reports);
    },
    deliver: (tag, v) => void delivered.push([tag, v]),
  };
  return { s, calls, delivered };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
  resetLinkBatch();
});
afterEach(() => vi.useRealTimers());

describe("queueLinks", () => {
  it("counts what waits per shard; MAX_QUEUED reports in all send every shard at once, before the window", async () => {
    const { s, calls } = sink(async (shard, reports) => reports.map((_, i) => view(shard, i)));
    const perShard = MAX_QUEUED / 20; // below LINK_BATCH_MAX: no shard is full on its own
    expect(perShard).toBeLessThan(LINK_BATCH_MAX);
    for (let sh = 0; sh < 20; sh++) {
      const reports = Array.from({ length: perShard }, (_, i) => report(i, `s:${sh}`));
      if (sh < 19) {
        queueLinks(s, sh, reports);
        continue;
      }
      queueLinks(s, sh, reports.slice(0, -1));
      await flush();
      expect(calls).toHaveLength(0); // one short of the cap
      expect(queuedLinksForTests().get("s:19")).toBe(perShard - 1);
      queueLinks(s, sh, reports.slice(-1));
    }
    await flush();
    expect(calls).toHaveLength(20);
    expect(calls.every((c) => c.n === perShard)).toBe(true);
    expect(queuedLinksForTests().size).toBe(0);
    // the count went back to 0: the next reports wait for their window again
    queueLinks(s, 0, [report(1, "s:0")]);
    await flush();
    expect(calls).toHaveLength(20);
    vi.advanceTimersByTime(250);
    await flush();
    expect(calls).toHaveLength(21);
  });

  it("a shard call that fails is logged and dropped; nothing is delivered", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const { s, calls, delivered } = sink(() => Promise.reject(new Error("shard down")));
    queueLinks(s, 7, [report(1, "s:x"), report(2, "s:x")]);
    vi.advanceTimersByTime(250);
    await flush();
    expect(calls).toEqual([{ shard: "s:x", n: 2 }]);
    expect(delivered).toEqual([]);
    expect(log.mock.calls.map((c) => JSON.parse(String(c[0])))).toContainEqual({ evt: "link_failed", shard: "s:x", reports: 2, error: "Error: shard down" });
    expect(queuedLinksForTests().size).toBe(0);
    log.mockRestore();
  });

  it("views go to the reports' tags in order, one each, never more than either side has", async () => {
    const few = sink(async (shard) => [view(shard, 1)]);
    queueLinks(few.s, 1, [report(1, "s:a")]);
    queueLinks(few.s, 2, [report(2, "s:a")]);
    vi.advanceTimersByTime(250);
    await flush();
    expect(few.delivered).toEqual([[1, view("s:a", 1)]]);
    const many = sink(async (shard) => [view(shard, 1), view(shard, 2), view(shard, 3)]);
    queueLinks(many.s, 5, [report(1, "s:b"), report(2, "s:b")]);
    vi.advanceTimersByTime(250);
    await flush();
    expect(many.delivered).toEqual([[5, view("s:b", 1)], [5, view("s:b", 2)]]);
  });

  it("a view that cannot change its key (no score, not generic) is not carried back; a generic one is", async () => {
    const zero = (shard: string, generic: boolean): LinkView => ({ shard, keys: 9, linked: 0, score: 0, generic, why: "quiet" });
    const k = sink(async (shard) => [zero(shard, false), zero(shard, true), view(shard, 3)]);
    queueLinks(k.s, 1, [report(1, "c:0")]);
    queueLinks(k.s, 2, [report(2, "c:0")]);
    queueLinks(k.s, 3, [report(3, "c:0")]);
    vi.advanceTimersByTime(250);
    await flush();
    expect(k.calls).toEqual([{ shard: "c:0", n: 3 }]);
    expect(k.delivered).toEqual([[2, zero("c:0", true)], [3, view("c:0", 3)]]);
  });
});
