/** Shared by the lease client's unit tests (fake clock, KeyEngines standing in for key objects). */
import { afterEach, beforeEach, vi } from "vitest";
import { parsePolicy, type PolicyConfig } from "../../src/config/index.ts";
import { resetLeaseClient } from "../../src/proxy/lease-client.ts";

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
