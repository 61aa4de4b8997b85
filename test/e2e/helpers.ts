/** Shared pieces of the SDK end-to-end tests (node side, real guard via Miniflare's API). */
import type { GuardHarness } from "../../scripts/lib/guard-harness.ts";
import type { KeyCounters } from "../../src/engine/key-engine.ts";

export interface Attempt {
  at: number;
  status: number;
  headers: Headers;
}

/** A fetch for the SDK clients that records every attempt they make (retries included). */
export function recordingFetch(): { fetch: typeof fetch; attempts: Attempt[] } {
  const attempts: Attempt[] = [];
  const f: typeof fetch = async (input, init) => {
    const res = await fetch(input, init);
    attempts.push({ at: Date.now(), status: res.status, headers: res.headers });
    return res;
  };
  return { fetch: f, attempts };
}

/** A fresh API key per test so quotas never leak between tests. */
export function freshKey(prefix = "sk-e2e"): string {
  return `${prefix}-${crypto.randomUUID()}`;
}

export async function keyIdOf(g: GuardHarness, key: string): Promise<string> {
  const res = await g.admin("/admin/keys/lookup", { method: "POST", body: JSON.stringify({ key }) });
  if (res.status !== 200) throw new Error(`lookup: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { keyId: string }).keyId;
}

export async function setOverrides(g: GuardHarness, key: string, overrides: Record<string, unknown>): Promise<string> {
  const keyId = await keyIdOf(g, key);
  const res = await g.admin(`/admin/keys/${encodeURIComponent(keyId)}/overrides`, {
    method: "PUT",
    body: JSON.stringify(overrides),
  });
  if (res.status !== 200) throw new Error(`overrides: ${res.status} ${await res.text()}`);
  return keyId;
}

/** Wait until `cond()` holds, polling; bounded by `ms`. */
export async function until(cond: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 20));
  }
}


/**
 * The guard's settled counters for a key, once they reach `want` (settlement runs after the
 * answer is complete, in waitUntil); returns the last seen value after `ms` either way.
 */
export async function settledCounters(g: GuardHarness, key: string, want: Partial<KeyCounters>, ms = 5000): Promise<KeyCounters> {
  const keyId = await keyIdOf(g, key);
  const end = Date.now() + ms;
  for (;;) {
    const stats = (await (await g.admin(`/admin/keys/${encodeURIComponent(keyId)}`)).json()) as { counters: KeyCounters };
    const ok = Object.entries(want).every(([k, v]) => stats.counters[k as keyof KeyCounters] === v);
    if (ok || Date.now() > end) return stats.counters;
    await new Promise((r) => setTimeout(r, 50));
  }
}
