/** Shared by the lease client's unit tests (fake clock, KeyEngines standing in for key objects). */
import { afterEach, beforeEach, vi } from "vitest";
import { parsePolicy, type PolicyConfig } from "../../src/config/index.ts";
import { KeyEngine } from "../../src/engine/key-engine.ts";
import { type ExchangeFn, resetLeaseClient } from "../../src/proxy/lease-client.ts";

export function policyOf(raw: Record<string, unknown>): PolicyConfig {
  const p = parsePolicy({ detection: { mode: "off" }, ...raw });
  if (!p.ok) throw new Error(JSON.stringify(p.problem));
  return p.value;
}

let seq = 0;
/** A chat request reserving 100 tokens, with a fresh id. */
export const req = () => ({ requestId: `r${seq++}`, route: "chat" as const, reservedTokens: 100 });

/** Let pending promise chains run (the fake clock does not). */
export const flush = async () => {
  for (let i = 0; i < 30; i++) await Promise.resolve();
};

/** Fake timers from `nowMs`, and a lease client with no keys, around every test of the file. */
export function useFakeClock(nowMs: number): void {
  beforeEach(() => {
    vi.useFakeTimers({ now: nowMs });
    resetLeaseClient();
  });
  afterEach(() => vi.useRealTimers());
}

/** The key's object: a KeyEngine; `slow` holds every answer until release() (a loaded object);
 *  `fail` rejects every call (the object unreachable). */
export function objectFor(policy: PolicyConfig) {
  const engine = new KeyEngine();
  const o = {
    engine,
    calls: [] as Parameters<ExchangeFn>[0][],
    slow: false,
    fail: false,
    held: [] as (() => void)[],
    exchange: ((msg) => {
      o.calls.push(msg);
      if (o.fail) return Promise.reject(new Error("unreachable"));
      const answer = () => engine.exchange(policy, { nowMs: Date.now(), report: msg.report, admit: msg.admit ? { ...msg.admit } : undefined });
      if (!o.slow) return Promise.resolve(answer());
      return new Promise((resolve) => o.held.push(() => resolve(answer())));
    }) as ExchangeFn,
    /** Answer everything held; returns how many answers were released. */
    async release(): Promise<number> {
      const h = o.held.splice(0);
      for (const f of h) f();
      for (let i = 0; i < 20; i++) await Promise.resolve();
      return h.length;
    },
  };
  return o;
}
