/**
 * Counters of Durable Object traffic, kept in the isolate's memory (never stored): calls the
 * Worker made to key objects, calls key objects served, and storage rows they wrote. Counted where
 * they happen, not estimated. In production the Worker and its objects run in different isolates,
 * so each side sees its own half; under `wrangler dev` / Miniflare they share one isolate, and
 * GET /admin/io shows both (the bench reads it, and checks the two call counts agree).
 */
export const IO = {
  /** Calls the Worker made to KeyGuard objects (admit, exchange, settle, batch...). */
  doCalls: 0,
  /** Calls KeyGuard objects served. */
  objectCalls: 0,
  /** Storage rows KeyGuard and LinkRegistry objects wrote (one per kv.put / delete / setAlarm). */
  rowsWritten: 0,
  /** Requests the Worker decided from a permit lease, without calling the object. */
  leasedAdmits: 0,
  /** Requests refused by the Worker from its lease while the key was at a limit. */
  leasedRefusals: 0,
  /** Requests that found the permits gone and waited for the renewal in flight (no call of their own). */
  leaseWaits: 0,
  /** Calls KeyGuard objects made to LinkRegistry shards (detection's linkage reports). */
  shardCalls: 0,
  /** Timers the Worker armed for background work and call bounds (lease client, link batching,
   *  the timeout of a call to an object): each is a setTimeout, most of them also a waitUntil. */
  timers: 0,
};

export type IoCounters = typeof IO;

export function ioSnapshot(): IoCounters {
  return { ...IO };
}
