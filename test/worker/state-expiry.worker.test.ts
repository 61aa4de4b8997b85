/**
 * Idle expiry of per-key state (src/state/key-guard.ts + src/engine/expiry.ts). Alarms are run
 * with runDurableObjectAlarm; "idle long enough" is made true by moving the object's expiry time
 * into the past (the TTL arithmetic itself is unit-tested in test/engine/expiry.unit.test.ts).
 */
import { listDurableObjectIds, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadConfig } from "../../src/config/index.ts";
import { extractSignals } from "../../src/detect/index.ts";
import type { KeySnapshot } from "../../src/engine/key-engine.ts";
import { handleMockRequest } from "../../src/mock/origin.ts";
import { prepare, prepareOptionsOf } from "../../src/proxy/request.ts";
import type { KeyGuard } from "../../src/state/key-guard.ts";
import type { LinkRegistry } from "../../src/state/link-registry.ts";
import { admin, call, chat, keyIdOf, mockOrigin, newKey, setOverride, stateOf, testEnv } from "./helpers.ts";

afterEach(() => vi.restoreAllMocks());

const stubOf = (keyId: string) => testEnv.KEY_GUARD.getByName(keyId);

/** Everything the key's object has in storage, and its alarm. */
async function storageOf(keyId: string) {
  return runInDurableObject(stubOf(keyId), async (_i, state) => ({
    kv: Object.fromEntries(state.storage.kv.list()) as Record<string, unknown>,
    alarm: await state.storage.getAlarm(),
  }));
}

/** Pretend the key has been idle past its TTL: its expiry time is now in the past. */
async function makeDue(keyId: string): Promise<void> {
  await runInDurableObject(stubOf(keyId), (instance: KeyGuard) => {
    (instance as unknown as { engine: { snap: KeySnapshot } }).engine.snap.exp = Date.now() - 1;
  });
}

async function served(key: string, n = 1): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < n; i++) {
    const { res, settled } = await call("/v1/chat/completions", chat(key));
    statuses.push(res.status);
    await res.text();
    await settled();
  }
  return statuses;
}

describe("idle expiry of per-key state", () => {
  it("an idle key's storage is gone after its alarm runs", async () => {
    mockOrigin();
    const key = newKey();
    await served(key, 2);
    const keyId = await keyIdOf(key);
    const before = await storageOf(keyId);
    expect(Object.keys(before.kv)).toEqual(["snapshot"]);
    expect((before.kv.snapshot as KeySnapshot).counters.served).toBe(2);
    expect(before.alarm).not.toBeNull();

    await makeDue(keyId);
    expect(await runDurableObjectAlarm(stubOf(keyId))).toBe(true);
    const after = await storageOf(keyId);
    expect(after.kv).toEqual({});
    expect(after.alarm).toBeNull();
    // the admin API sees a fresh key
    expect((await stateOf(keyId)).counters.requests).toBe(0);
  });

  it("a deny-list entry, an override and a verification survive expiry and still act", async () => {
    mockOrigin();
    const denied = newKey();
    const limited = newKey();
    const deniedId = await keyIdOf(denied);
    expect((await admin(`/lists/deny/${deniedId}`, { method: "PUT", body: "{}" })).status).toBe(200);
    const limitedId = await setOverride(limited, { rpm: 1 });
    const verified = newKey();
    const verifiedId = await keyIdOf(verified);
    expect((await admin(`/keys/${verifiedId}/verified`, { method: "PUT", body: JSON.stringify({ days: 30 }) })).status).toBe(200);
    await served(denied);
    await served(limited);
    await served(verified);

    for (const id of [deniedId, limitedId, verifiedId]) {
      await makeDue(id);
      expect(await runDurableObjectAlarm(stubOf(id))).toBe(true);
    }
    // only the admin's settings are left, in the same object
    expect((await storageOf(deniedId)).kv).toEqual({ snapshot: { v: 3, list: "deny" } });
    expect((await storageOf(limitedId)).kv).toEqual({ snapshot: { v: 3, override: { limits: { rpm: 1 } } } });
    expect(Object.keys((await storageOf(verifiedId)).kv.snapshot as object).sort()).toEqual(["v", "verifiedUntilMs"]);
    // the admin API still finds them
    expect((await stateOf(deniedId)).list).toBe("deny");
    expect((await stateOf(limitedId)).override).toEqual({ limits: { rpm: 1 } });
    expect(((await stateOf(verifiedId)) as unknown as { verifiedUntil: string | null }).verifiedUntil).not.toBeNull();
    // and they still act: refused by the deny list; limited to 1 request per minute (default: 60)
    expect(await served(denied)).toEqual([403]);
    expect(await served(limited, 2)).toEqual([200, 429]);
  });

  it("activity after the alarm was set postpones expiry (and does not rewrite the alarm per request)", async () => {
    mockOrigin();
    const key = newKey();
    await served(key);
    const keyId = await keyIdOf(key);
    const first = await storageOf(keyId);
    const exp1 = (first.kv.snapshot as KeySnapshot).exp;
    expect(first.alarm).not.toBeNull();
    expect(first.alarm!).toBeLessThanOrEqual(exp1);

    await new Promise((r) => setTimeout(r, 20));
    await served(key);
    const second = await storageOf(keyId);
    const exp2 = (second.kv.snapshot as KeySnapshot).exp;
    expect(exp2).toBeGreaterThan(exp1);
    expect(second.alarm).toBe(first.alarm); // left alone: it wakes and moves itself

    // the alarm fires: the key was active since, so nothing is deleted and the alarm moves to exp2
    expect(await runDurableObjectAlarm(stubOf(keyId))).toBe(true);
    const third = await storageOf(keyId);
    expect((third.kv.snapshot as KeySnapshot).counters.served).toBe(2);
    expect(third.alarm).toBe(exp2);
  });
});

describe("a key the origin never served stores as little as possible", () => {
  const policy = () => {
    const c = loadConfig(testEnv as unknown as Record<string, unknown>);
    if (!c.ok) throw new Error(c.problem.field);
    return c.value.policy;
  };
  const body = new TextEncoder().encode(JSON.stringify({ model: "m", messages: [{ role: "user", content: "Summarise the Krebs cycle in detail" }] }));

  /** Admit and settle like the proxy does, the origin answering `originStatus`. */
  async function request(keyId: string, originStatus: number) {
    const p = policy();
    const prep = prepare("chat", body, prepareOptionsOf(p));
    const signals = extractSignals(prep.view, { ip: "203.0.113.9" });
    const d = await stubOf(keyId).admit(p, { keyId, requestId: crypto.randomUUID(), route: "chat", reservedTokens: prep.reservedTokens, signals });
    expect(d.served).toBe(true);
    await stubOf(keyId).settle(p, { leaseId: d.leaseId!, reservedTokens: d.reservedTokens, usage: { promptTokens: 0, completionTokens: 0 }, originStatus });
  }

  it("a junk key (origin 401) stores no detection state, history or counters; its first 2xx stores them", async () => {
    const keyId = await keyIdOf(newKey("junk"));
    await request(keyId, 401);
    await request(keyId, 401);
    const junk = (await storageOf(keyId)).kv.snapshot as Record<string, unknown>;
    expect(Object.keys(junk).sort()).toEqual(["at", "exp", "limits", "v"]);
    expect(JSON.stringify(junk).length).toBeLessThan(300);
    // short idle TTL: unservedIdleSeconds (1 h by default) after the last activity
    expect(junk.exp).toBe((junk.at as number) + 3_600_000);

    await request(keyId, 200);
    const real = (await storageOf(keyId)).kv.snapshot as KeySnapshot;
    expect(real.detect).toBeDefined();
    expect(real.counters.requests).toBe(3); // kept in memory meanwhile
    expect(real.okMs).toBeGreaterThan(0);
    expect(real.exp).toBe(real.at + 7 * 86_400_000);
  });
});

describe("through the proxy: the origin's status decides whether a key was served", () => {
  it("a made-up key the origin answers 401 stores its limits only, with the short idle TTL", async () => {
    mockOrigin(async (req) => (req.headers.get("authorization")?.startsWith("Bearer sk-junk") ? Response.json({ error: { message: "bad key" } }, { status: 401 }) : handleMockRequest(req)));
    const key = newKey("sk-junk");
    for (let i = 0; i < 2; i++) {
      const { res, settled } = await call("/v1/chat/completions", chat(key));
      expect(res.status).toBe(401);
      await res.text();
      await settled();
    }
    const keyId = await keyIdOf(key);
    const { kv, alarm } = await storageOf(keyId);
    const stored = kv.snapshot as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual(["at", "exp", "limits", "v"]);
    expect(stored.exp).toBe((stored.at as number) + 3_600_000);
    expect(alarm).not.toBeNull();
    expect(alarm!).toBeLessThanOrEqual(stored.exp as number);
  });
});

describe("linkage registry shards expire when idle", () => {
  it("a shard's alarm is set at its first report and deletes the whole shard once idle", async () => {
    mockOrigin();
    const key = newKey();
    await served(key, 3);
    const ids = await listDurableObjectIds(testEnv.LINK_REGISTRY);
    expect(ids.length).toBeGreaterThan(0);
    const shard = testEnv.LINK_REGISTRY.get(ids[0]!);
    // reports within a second of the shard's last write are stored by a short alarm first
    const pending = await runInDurableObject(shard, (_i, state) => state.storage.getAlarm());
    if (pending !== null && pending < Date.now() + 86_400_000) expect(await runDurableObjectAlarm(shard)).toBe(true);
    const before = await runInDurableObject(shard, async (_i, state) => ({ keys: [...state.storage.kv.list()].map(([k]) => k), alarm: await state.storage.getAlarm() }));
    expect(before.keys.sort()).toEqual(["exp", "registry"]);
    // 15 days (5 half-lives of the shard's evidence) after the report
    expect(before.alarm).toBeGreaterThan(Date.now() + 14 * 86_400_000);

    // not yet idle: the alarm keeps everything and sleeps again
    expect(await runDurableObjectAlarm(shard)).toBe(true);
    expect(await runInDurableObject(shard, (_i, state) => [...state.storage.kv.list()].length)).toBe(2);

    await runInDurableObject(shard, (instance: LinkRegistry) => {
      (instance as unknown as { exp: number }).exp = Date.now() - 1;
    });
    expect(await runDurableObjectAlarm(shard)).toBe(true);
    const after = await runInDurableObject(shard, async (_i, state) => ({ n: [...state.storage.kv.list()].length, alarm: await state.storage.getAlarm() }));
    expect(after).toEqual({ n: 0, alarm: null });
  });
});
