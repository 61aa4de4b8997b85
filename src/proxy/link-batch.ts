/**
 * Detection's linkage reports, batched per registry shard in the isolate. A key's object no longer
 * calls the shards itself (one call per shard per reporting request: every new key of a network
 * made two): it returns its reports in the exchange's answer, and the isolate sends all the
 * reports queued for one shard in one call, `windowMs` (leases.linkBatchMs) after the first of
 * them (sooner when LINK_BATCH_MAX are queued for it). The shard answers one view per report; each view goes back to
 * its key with the key's next call from this isolate (see lease-client.ts: a view schedules the
 * key's outbox to leave within flushMs, so it never waits for traffic that may not come).
 *
 * State stays sharded: one call per shard, never one object for all. Bounded: at most
 * MAX_QUEUED reports wait in an isolate; reaching it sends every queue at once. A failed call
 * loses its reports' views (logged): the shard misses that window's reports, each key reports
 * again at its next report count, exactly as when the object's own call failed before.
 */
import type { LinkReport, LinkView } from "../detect/index.ts";
import { viewMatters } from "../detect/link.ts";
import { IO } from "../observability/io.ts";
import { logEvent, safeError } from "../observability/log.ts";

/** A shard's queue leaves at once when it holds this many reports. */
export const LINK_BATCH_MAX = 200;
/** Reports waiting in one isolate at most (over all shards). */
export const MAX_QUEUED = 2000;

/** How the isolate reaches the shards, and where the views go (given by the request that queues). */
export interface LinkSink<T> {
  /** One call to `shard` with `reports`; resolves with one view per report, in order. */
  observe: (shard: string, reports: LinkReport[]) => Promise<LinkView[]>;
  waitUntil: (p: Promise<unknown>) => void;
  /** A window's reports leave this long after its first report. */
  windowMs: number;
  /** A view for the key a report came from (`tag`: what the queueing request passed with it). */
  deliver: (tag: T, view: LinkView, sink: LinkSink<T>) => void;
}

interface Queued<T> {
  report: LinkReport;
  tag: T;
}

const queues = new Map<string, Queued<unknown>[]>();
let queued = 0;

/** Queue a key's reports; the window's first report arms its shard's timer (in this request's waitUntil). */
export function queueLinks<T>(sink: LinkSink<T>, tag: T, reports: readonly LinkReport[]): void {
  for (const report of reports) {
    let q = queues.get(report.shard);
    if (!q) {
      q = [];
      queues.set(report.shard, q);
      const shard = report.shard;
      IO.timers++;
      sink.waitUntil(new Promise((r) => setTimeout(r, sink.windowMs)).then(() => send(sink, shard)));
    }
    q.push({ report, tag });
    queued++;
    if (q.length >= LINK_BATCH_MAX) sink.waitUntil(send(sink, report.shard));
  }
  if (queued >= MAX_QUEUED) for (const shard of [...queues.keys()]) sink.waitUntil(send(sink, shard));
}

/** Send what is queued for `shard` (nothing when a size trigger sent it already). */
async function send<T>(sink: LinkSink<T>, shard: string): Promise<void> {
  const q = queues.get(shard) as Queued<T>[] | undefined;
  if (!q || q.length === 0) return;
  queues.delete(shard);
  queued -= q.length;
  IO.shardCalls++;
  let views: LinkView[];
  try {
    views = await sink.observe(shard, q.map((x) => x.report));
  } catch (e) {
    logEvent({ evt: "link_failed", shard, reports: q.length, error: safeError(e) });
    return;
  }
  // a view that cannot change its key is not carried back (it would only make the key's outbox due)
  for (let i = 0; i < q.length && i < views.length; i++) if (viewMatters(views[i]!)) sink.deliver(q[i]!.tag, views[i]!, sink);
}

/** For tests: reports waiting, per shard. */
export function queuedLinksForTests(): Map<string, number> {
  return new Map([...queues].map(([s, q]) => [s, q.length]));
}

/** For tests: forget everything queued. */
export function resetLinkBatch(): void {
  queues.clear();
  queued = 0;
}
