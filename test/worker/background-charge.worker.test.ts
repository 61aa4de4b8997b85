/**
 * A background answer read after its request is charged what it took beyond what that request was
 * charged, once, by the key that created it (red team R13-1), however many newer answers the key
 * left unread meanwhile (R37-1) and with detection off too (R37-2, where the deny list's reach to a
 * creator's stored responses was lost as well).
 */
import { runInDurableObject } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MAX_UNREAD, type KeySnapshot } from "../../src/engine/key-engine.ts";
import { BatchGroup } from "../../src/state/batch-group.ts";
import type { KeyGuard } from "../../src/state/key-guard.ts";
import { admin, call, mockOrigin, newKey, setOverride, stateOf, testEnv } from "./helpers.ts";

afterEach(() => vi.restoreAllMocks());

const OFF = { GUARD_POLICY: JSON.stringify({ ...JSON.parse(String(testEnv.GUARD_POLICY)), detection: { mode: "off" } }) };

/** An origin whose background answers bill 9,000 input tokens the request does not show (a stored
 *  prompt's template, a context by id) and 300 output tokens; ids are never reused. */
function billingOrigin() {
  return mockOrigin(async (req) => {
    const path = new URL(req.url).pathname;
    if (req.method === "POST") return Response.json({ id: `resp_bg${Math.random().toString(36).slice(2, 12)}`, object: "response", status: "queued", background: true, usage: null });
    return Response.json({ id: path.split("/").at(-1), object: "response", status: "completed", background: true, output: [], usage: { input_tokens: 9000, output_tokens: 300 } });
  });
}

/** A background job on a stored prompt that runs no built-in tool (`max_tool_calls` 0: a stored
 *  prompt may carry tools, whose calls are otherwise reserved, red team R82-1). */
async function post(key: string, env: Record<string, string> = {}): Promise<string> {
  const { res, settled } = await call("/v1/responses", { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify({ model: "gpt-4o", input: "Write up point 1.", prompt: { id: "pmpt_longdoc" }, background: true, max_output_tokens: 100, max_tool_calls: 0 }) }, env);
  expect(res.status).toBe(200);
  const { id } = (await res.json()) as { id: string };
  await settled();
  return id;
}

async function get(key: string, id: string, env: Record<string, string> = {}) {
  const { res, settled } = await call(`/v1/responses/${id}`, { headers: { authorization: `Bearer ${key}` } }, env);
  const body = await res.text();
  await settled();
  return { status: res.status, body };
}

/** Tokens the key was charged in all (its counters: a quota's remaining refills as the test runs). */
const used = async (keyId: string) => {
  const c = (await stateOf(keyId)).counters;
  return c.promptTokens + c.completionTokens;
};

describe("a background answer read later is charged what it took, once", () => {
  it("after the key's own record of it was pushed out by 512 newer unread answers (red team R37-1)", async () => {
    billingOrigin();
    const key = newKey();
    const keyId = await setOverride(key, { tpd: 1_000_000, concurrency: null });
    const id = await post(key);
    const atPost = await used(keyId);
    expect(atPost).toBeGreaterThan(100);
    expect(atPost).toBeLessThan(200);
    // 512 newer answers left unread: the key's own record of this one is forgotten
    await runInDurableObject(testEnv.KEY_GUARD.getByName(keyId), (instance: KeyGuard) => {
      const snap = (instance as unknown as { engine: { snap: KeySnapshot } }).engine.snap;
      snap.unread = [...(snap.unread ?? []), ...Array.from({ length: MAX_UNREAD }, (_, i): [number, number] => [i + 1, 117])].slice(-MAX_UNREAD);
      expect(snap.unread.length).toBe(MAX_UNREAD);
    });
    for (let i = 0; i < 2; i++) {
      expect((await get(key, id)).status).toBe(200);
      // 9,300 in all, however often it is fetched
      expect(await used(keyId)).toBe(9300);
    }
  });

  it("with detection off: read by another key, the creator is charged; a denied creator's answers are refused to other keys (red team R37-2)", async () => {
    billingOrigin();
    const a = newKey();
    const b = newKey();
    const aId = await setOverride(a, { tpd: 1_000_000, concurrency: null });
    const bId = await setOverride(b, { tpd: 1_000_000, concurrency: null });
    const first = await post(a, OFF);
    const reserved = await used(aId);
    const ids = [first, await post(a, OFF)];
    expect(await used(aId)).toBe(2 * reserved);
    const bBefore = await used(bId);
    expect((await get(b, ids[0]!, OFF)).status).toBe(200);
    // A's first answer read by B: A is charged its 9,300 (beside its second POST's reservation);
    // B pays only its own retrieval's fixed cost
    expect(await used(aId)).toBe(9300 + reserved);
    expect((await used(bId)) - bBefore).toBeLessThan(50);
    expect((await admin(`/lists/deny/${aId}`, { method: "PUT", body: "{}" })).status).toBe(200);
    const r = await get(b, ids[1]!, OFF);
    expect(r.status).toBe(403);
    expect((JSON.parse(r.body) as { error: { code: string } }).error.code).toBe("creator_restricted");
  });

  it("a registry shard stored before `charged` existed gets the column, and keeps its rows", async () => {
    await runInDurableObject(testEnv.BATCH_GROUP.getByName("background:migration-test"), (_: BatchGroup, state: DurableObjectState) => {
      state.storage.sql.exec("DROP TABLE IF EXISTS outputs");
      state.storage.sql.exec("CREATE TABLE outputs (id TEXT PRIMARY KEY, key_id TEXT NOT NULL, at_ms INTEGER NOT NULL)");
      state.storage.sql.exec("INSERT INTO outputs (id, key_id, at_ms) VALUES ('resp_old', 'k_old', ?)", Date.now());
      const reopened = new BatchGroup(state, testEnv);
      expect(reopened.creatorOf("resp_old")).toBe("k_old");
      expect(reopened.takeCharged("resp_old")).toBeNull();
      return reopened.record("k_new", [["resp_new", Date.now()]], 117).then(() => {
        expect(reopened.takeCharged("resp_new")).toBe(117);
        expect(reopened.takeCharged("resp_new")).toBeNull();
      });
    });
  });
});
