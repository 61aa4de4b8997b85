/**
 * Who may fetch a batch's results under `batchResults: "owner"` (red team R9-5, honest cost):
 * - the creating key, also after an operator's reset (a reset forgets counters and detection
 *   history, not which batches the key created) and after idle expiry, for 30 days;
 * - a key of the creator's batch group (override `batchGroup`, set by the operator only): a
 *   rotated key, a collector service; the answers count for the creating key's detection;
 * - the key an operator moved the batch to (POST /admin/keys/:keyId/batches/move);
 * - nobody else: the provider-shaped 404, saying how to get back.
 */
import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { KeySnapshot } from "../../src/engine/key-engine.ts";
import { handleMockRequest } from "../../src/mock/origin.ts";
import type { KeyGuard } from "../../src/state/key-guard.ts";
import { admin, call, keyIdOf, mockOrigin, newKey, stateOf, testEnv } from "./helpers.ts";

afterEach(() => vi.restoreAllMocks());

const anth = (k: string) => ({ authorization: `Bearer ${k}`, "anthropic-version": "2023-06-01" });
const DAY = 86_400_000;

/** An Anthropic message batch of `n` items created with `key`; its id. */
async function createBatch(key: string, n = 2): Promise<string> {
  const requests = Array.from({ length: n }, (_, i) => ({ custom_id: `q${i}`, params: { model: "claude-sonnet-4-5", max_tokens: 200, messages: [{ role: "user", content: `Classify item ${i}.` }] } }));
  const { res, settled } = await call("/v1/messages/batches", { method: "POST", headers: { ...anth(key), "content-type": "application/json" }, body: JSON.stringify({ requests }) });
  expect(res.status).toBe(200);
  const id = ((await res.json()) as { id: string }).id;
  await settled();
  return id;
}

/** GET the batch's results with `key`: its status, and the error message when refused. */
async function results(key: string, id: string): Promise<{ status: number; message?: string }> {
  const { res, settled } = await call(`/v1/messages/batches/${id}/results`, { headers: anth(key) });
  const text = await res.text();
  await settled();
  return res.status === 200 ? { status: 200 } : { status: res.status, message: (JSON.parse(text) as { error: { message: string } }).error.message };
}

function engineOf(keyId: string) {
  return runInDurableObject(testEnv.KEY_GUARD.getByName(keyId), (instance: KeyGuard) => (instance as unknown as { engine: { snap: KeySnapshot } }).engine.snap);
}

async function settledOf(key: string): Promise<number> {
  return (await engineOf(await keyIdOf(key))).detect.settled;
}

async function putOverride(keyId: string, body: unknown) {
  const res = await admin(`/keys/${keyId}/overrides`, { method: "PUT", body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { error?: { message: string; param?: string } } };
}

describe("batch ownership survives reset and idle expiry (R9-5)", () => {
  it("after an admin reset the creating key still fetches its results (and runs its uploaded file); counters and detection history are gone", async () => {
    let inFile = "";
    mockOrigin(async (req) => {
      const res = await handleMockRequest(req);
      if (new URL(req.url).pathname === "/v1/files") inFile = ((await res.clone().json()) as { id: string }).id;
      return res;
    });
    const key = newKey();
    const id = await createBatch(key);
    const form = new FormData();
    form.set("purpose", "batch");
    form.set("file", new File([JSON.stringify({ custom_id: "c0", method: "POST", url: "/v1/chat/completions", body: { model: "gpt-4o", messages: [{ role: "user", content: "Hi" }], max_tokens: 50 } }) + "\n"], "in.jsonl"));
    const up = await call("/v1/files", { method: "POST", headers: { authorization: `Bearer ${key}` }, body: form });
    expect(up.res.status).toBe(200);
    await up.res.text();
    await up.settled();
    const keyId = await keyIdOf(key);
    expect((await stateOf(keyId)).counters.requests).toBeGreaterThan(0);

    expect((await admin(`/keys/${keyId}/reset`, { method: "POST" })).status).toBe(200);
    const after = await stateOf(keyId);
    expect(after.counters.requests).toBe(0);
    expect((await engineOf(keyId)).detect.requests).toBe(0);

    expect(await results(key, id)).toEqual({ status: 200 });
    const run = await call("/v1/batches", { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify({ input_file_id: inFile, endpoint: "/v1/chat/completions", completion_window: "24h" }) });
    expect(run.res.status).toBe(200);
    await run.res.text();
    await run.settled();
  });

  it("idle expiry keeps them too (confirmed: they were already kept past expiry)", async () => {
    mockOrigin();
    const key = newKey();
    const id = await createBatch(key);
    const keyId = await keyIdOf(key);
    const stub = testEnv.KEY_GUARD.getByName(keyId);
    await runInDurableObject(stub, (instance: KeyGuard) => {
      (instance as unknown as { engine: { snap: KeySnapshot } }).engine.snap.exp = Date.now() - 1;
    });
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    // what is kept is kept until the record ages out (the alarm is set for then)
    const kept = await runInDurableObject(stub, async (_i, state) => ({ snap: state.storage.kv.get<{ outputs: [string, number][] }>("snapshot")!, alarm: await state.storage.getAlarm() }));
    expect(kept.snap.outputs.map(([i]) => i)).toEqual([id]);
    expect(kept.alarm).toBe(kept.snap.outputs[0]![1] + 30 * DAY);
    expect((await stateOf(keyId)).counters.requests).toBe(0); // the idle state is gone
    expect(await results(key, id)).toEqual({ status: 200 });
    await runInDurableObject(stub, (instance: KeyGuard) => {
      const s = (instance as unknown as { engine: { snap: KeySnapshot } }).engine.snap;
      s.outputs = [[id, Date.now() - 30 * DAY]];
      s.exp = Date.now() - 1;
    });
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect(await runInDurableObject(stub, async (_i, state) => [[...state.storage.kv.list()].length, await state.storage.getAlarm()])).toEqual([0, null]);
    expect((await results(key, id)).status).toBe(404);
  });

  it("a record is kept 30 days (as long as the provider keeps results), then forgotten", async () => {
    mockOrigin();
    const key = newKey();
    const young = await createBatch(key);
    const old = await createBatch(key);
    const keyId = await keyIdOf(key);
    // the second batch was created 31 days ago, the first 29
    await runInDurableObject(testEnv.KEY_GUARD.getByName(keyId), (instance: KeyGuard) => {
      const s = (instance as unknown as { engine: { snap: KeySnapshot } }).engine.snap;
      s.outputs = [
        [young, Date.now() - 29 * DAY],
        [old, Date.now() - 31 * DAY],
      ];
    });
    expect(await results(key, young)).toEqual({ status: 200 });
    const gone = await results(key, old);
    expect(gone.status).toBe(404);
    // the message does not claim the key did not create it: the record may simply have aged out
    expect(gone.message).not.toContain("was not created");
    expect(gone.message).toContain("30 days");
    // a write drops the aged record from storage
    await createBatch(key);
    expect((await engineOf(keyId)).outputs!.map(([i]) => i)).not.toContain(old);
  });
});

describe("batch groups: keys of one customer share results (R9-5)", () => {
  it("a key of the creator's group fetches its results; the answers count for the creating key's detection, once", async () => {
    mockOrigin();
    const submitter = newKey();
    const collector = newKey();
    const [sId, cId] = [await keyIdOf(submitter), await keyIdOf(collector)];
    for (const k of [sId, cId]) expect((await putOverride(k, { batchGroup: "cust-42" })).status).toBe(200);
    const id = await createBatch(submitter, 3);
    expect(await results(collector, id)).toEqual({ status: 200 });
    expect(await settledOf(collector)).toBe(0);
    const s1 = await settledOf(submitter);
    expect(s1).toBeGreaterThan(2.99);
    expect(s1).toBeLessThan(3.01);
    // the creator fetching them too does not count them twice
    expect(await results(submitter, id)).toEqual({ status: 200 });
    expect(await settledOf(submitter)).toBeLessThan(3.01);
    // and the group works both ways
    const back = await createBatch(collector);
    expect(await results(submitter, back)).toEqual({ status: 200 });
  });

  it("a key of the group is refused a creator's results while detection holds the creator at challenge or block; degraded, they are served marked so (red team R76-1)", async () => {
    mockOrigin();
    const submitter = newKey();
    const collector = newKey();
    const [sId, cId] = [await keyIdOf(submitter), await keyIdOf(collector)];
    for (const k of [sId, cId]) expect((await putOverride(k, { batchGroup: "cust-76" })).status).toBe(200);
    const id = await createBatch(submitter, 20);
    const standAt = (standing: "allow" | "degrade" | "challenge" | "block") =>
      runInDurableObject(testEnv.KEY_GUARD.getByName(sId), (instance: KeyGuard) => {
        const d = (instance as unknown as { engine: { snap: KeySnapshot } }).engine.snap.detect;
        d.standing = standing;
        d.standingMs = Date.now();
        d.peakScore = standing === "allow" ? 0 : 0.99;
        d.peakMs = Date.now();
      });
    for (const standing of ["challenge", "block"] as const) {
      await standAt(standing);
      const refused = await results(collector, id);
      expect(refused.status).toBe(403);
      expect(refused.message).toMatch(/created with another API key of this key's batch group, whose access is currently restricted/);
    }
    // degraded: served, marked degraded (the policy that applied is the creator's)
    await standAt("degrade");
    const { res, settled } = await call(`/v1/messages/batches/${id}/results`, { headers: anth(collector) });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-guard-policy")).toBe("degraded");
    await res.text();
    await settled();
    // the collector's own batches are its own to fetch
    expect(await results(collector, await createBatch(collector))).toEqual({ status: 200 });
  });

  it("batches created before the operator grouped the keys are shared once it does (a rotation noticed late)", async () => {
    mockOrigin();
    const oldKey = newKey();
    const newK = newKey();
    const id = await createBatch(oldKey);
    const [oId, nId] = [await keyIdOf(oldKey), await keyIdOf(newK)];
    expect((await results(newK, id)).status).toBe(404);
    expect((await putOverride(oId, { batchGroup: "cust-7" })).status).toBe(200);
    expect((await putOverride(nId, { batchGroup: "cust-7", tier: "pro" })).status).toBe(200);
    // the old key revoked, as rotation policies require
    expect((await admin(`/lists/deny/${oId}`, { method: "PUT", body: "{}" })).status).toBe(200);
    expect((await results(oldKey, id)).status).toBe(403);
    expect(await results(newK, id)).toEqual({ status: 200 });
    expect((await stateOf(nId)).override).toEqual({ tier: "pro", batchGroup: "cust-7" });
  });

  it("an OpenAI batch's output file: a group member retrieving the batch makes its files the group's", async () => {
    const outFile = `file-out${Math.random().toString(36).slice(2, 8)}`;
    const out = JSON.stringify({ id: "batch_req_0", custom_id: "c0", response: { status_code: 200, request_id: "r0", body: { object: "chat.completion", choices: [], usage: { prompt_tokens: 20, completion_tokens: 700, total_tokens: 720 } } }, error: null });
    let inFile = "";
    mockOrigin(async (req) => {
      const path = new URL(req.url).pathname;
      if (req.method === "GET" && /^\/v1\/batches\/[^/]+$/.test(path)) return Response.json({ id: path.slice(12), object: "batch", status: "completed", output_file_id: outFile, error_file_id: null });
      if (path === `/v1/files/${outFile}/content`) return new Response(out + "\n", { headers: { "content-type": "application/octet-stream" } });
      const res = await handleMockRequest(req);
      if (path === "/v1/files") inFile = ((await res.clone().json()) as { id: string }).id;
      return res;
    });
    const submitter = newKey();
    const collector = newKey();
    for (const k of [submitter, collector]) expect((await putOverride(await keyIdOf(k), { batchGroup: "cust-openai" })).status).toBe(200);
    const auth = (k: string) => ({ authorization: `Bearer ${k}` });
    const form = new FormData();
    form.set("purpose", "batch");
    form.set("file", new File([JSON.stringify({ custom_id: "c0", method: "POST", url: "/v1/chat/completions", body: { model: "gpt-4o", messages: [{ role: "user", content: "Hi" }], max_tokens: 800 } }) + "\n"], "in.jsonl"));
    const up = await call("/v1/files", { method: "POST", headers: auth(submitter), body: form });
    await up.res.text();
    await up.settled();
    const run = await call("/v1/batches", { method: "POST", headers: { ...auth(submitter), "content-type": "application/json" }, body: JSON.stringify({ input_file_id: inFile, endpoint: "/v1/chat/completions", completion_window: "24h" }) });
    const batchId = ((await run.res.json()) as { id: string }).id;
    await run.settled();
    const got = await call(`/v1/batches/${batchId}`, { headers: auth(collector) });
    await got.res.text();
    await got.settled();
    const c = await call(`/v1/files/${outFile}/content`, { headers: auth(collector) });
    expect(c.res.status).toBe(200);
    await c.res.text();
    await c.settled();
    expect(await settledOf(submitter)).toBeGreaterThan(0.99);
    expect(await settledOf(collector)).toBe(0);
  });

  it("a key of another group, or of none, is refused with a 404 that says how to get back; a key leaving the group stops sharing", async () => {
    mockOrigin();
    const a = newKey();
    const b = newKey();
    const stranger = newKey();
    const otherGroup = newKey();
    const [aId, bId] = [await keyIdOf(a), await keyIdOf(b)];
    for (const k of [aId, bId]) expect((await putOverride(k, { batchGroup: "cust-1" })).status).toBe(200);
    expect((await putOverride(await keyIdOf(otherGroup), { batchGroup: "cust-2" })).status).toBe(200);
    const id = await createBatch(a);
    for (const k of [stranger, otherGroup]) {
      const r = await results(k, id);
      expect(r.status).toBe(404);
      expect(r.message).toContain(`Message batch '${id}'`);
      expect(r.message).toContain("batch group");
      expect(r.message).not.toContain("was not created");
    }
    expect(await results(b, id)).toEqual({ status: 200 });
    // a leaves the group: its batches are no longer the group's, and it no longer sees the group's
    const mine = await createBatch(b);
    const cleared = await admin(`/keys/${aId}/overrides`, { method: "DELETE" });
    expect(cleared.status).toBe(200);
    expect((await results(b, id)).status).toBe(404);
    expect((await results(a, mine)).status).toBe(404);
    expect(await results(a, id)).toEqual({ status: 200 });
  });

  it("the group's records age out after 30 days too (its alarm deletes them)", async () => {
    mockOrigin();
    const a = newKey();
    const b = newKey();
    for (const k of [a, b]) expect((await putOverride(await keyIdOf(k), { batchGroup: "cust-aging" })).status).toBe(200);
    const id = await createBatch(a);
    const group = testEnv.BATCH_GROUP.getByName("cust-aging");
    const rows = () => runInDurableObject(group, (_i, state) => state.storage.sql.exec<{ id: string }>("SELECT id FROM outputs").toArray().map((r) => r.id));
    expect(await rows()).toContain(id);
    expect(await runInDurableObject(group, (_i, state) => state.storage.getAlarm())).not.toBeNull();
    await runInDurableObject(group, (_i, state) => void state.storage.sql.exec("UPDATE outputs SET at_ms = ? WHERE id = ?", Date.now() - 30 * DAY, id));
    expect((await results(b, id)).status).toBe(404);
    expect(await runDurableObjectAlarm(group)).toBe(true);
    expect(await rows()).not.toContain(id);
  });

  it("only the operator sets a group: an invalid batchGroup is a 400 naming it; a group alone is a valid override", async () => {
    const keyId = await keyIdOf(newKey());
    for (const bad of ["", " cust", "cust 42", "a".repeat(65), 42, null, ["x"], "grp/../x"]) {
      const r = await putOverride(keyId, { batchGroup: bad });
      expect(r.status).toBe(400);
      expect(r.body.error!.param).toBe("batchGroup");
      expect(r.body.error!.message).toContain("batchGroup");
    }
    const ok = await putOverride(keyId, { batchGroup: "Cust_42.eu-1" });
    expect(ok.status).toBe(200);
    expect(ok.body.override).toEqual({ batchGroup: "Cust_42.eu-1" });
    expect((await stateOf(keyId)).override).toEqual({ batchGroup: "Cust_42.eu-1" });
  });
});

describe("moving a batch's ownership to another key (rotation without a group)", () => {
  it("POST /admin/keys/:keyId/batches/move moves every batch the key may fetch to another key: the new key fetches, the old one no longer does, the answers count for the new owner", async () => {
    mockOrigin();
    const oldKey = newKey();
    const newK = newKey();
    const ids = [await createBatch(oldKey), await createBatch(oldKey)];
    const [oId, nId] = [await keyIdOf(oldKey), await keyIdOf(newK)];
    const res = await admin(`/keys/${oId}/batches/move`, { method: "POST", body: JSON.stringify({ to: nId }) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ keyId: oId, to: nId, moved: 2 });
    for (const id of ids) expect(await results(newK, id)).toEqual({ status: 200 });
    expect((await results(oldKey, ids[0]!)).status).toBe(404);
    expect(await settledOf(newK)).toBeGreaterThan(3.99);
  });

  it("only some ids, and bad input: a 400 naming the field", async () => {
    mockOrigin();
    const oldKey = newKey();
    const newK = newKey();
    const ids = [await createBatch(oldKey), await createBatch(oldKey)];
    const [oId, nId] = [await keyIdOf(oldKey), await keyIdOf(newK)];
    const res = await admin(`/keys/${oId}/batches/move`, { method: "POST", body: JSON.stringify({ to: nId, ids: [ids[1], "msgbatch_unknown"] }) });
    expect(await res.json()).toEqual({ keyId: oId, to: nId, moved: 1 });
    expect((await results(newK, ids[0]!)).status).toBe(404);
    expect(await results(oldKey, ids[0]!)).toEqual({ status: 200 });
    expect(await results(newK, ids[1]!)).toEqual({ status: 200 });
    for (const [body, param] of [[{ to: "nope" }, "to"], [{}, "to"], [{ to: oId }, "to"], [{ to: nId, ids: "x" }, "ids"], [{ to: nId, ids: [1] }, "ids"]] as const) {
      const r = await admin(`/keys/${oId}/batches/move`, { method: "POST", body: JSON.stringify(body) });
      expect(r.status).toBe(400);
      expect(((await r.json()) as { error: { param: string } }).error.param).toBe(param);
    }
  });
});

describe("a batch group keeps what a batch's creation was charged (red team R78-1)", () => {
  /** Upload a 3-line chat file with `key`, run it (every item answering 3,000 words), retrieve
   *  it; the output file's id. */
  async function runOpenAiBatch(key: string): Promise<string> {
    const h = { authorization: `Bearer ${key}` };
    const lines = [0, 1, 2].map((i) => JSON.stringify({ custom_id: `c${i}`, method: "POST", url: "/v1/chat/completions", body: { model: "gpt-test", max_tokens: 100, messages: [{ role: "user", content: `Summarise report ${i}.` }] } }));
    const form = new FormData();
    form.set("purpose", "batch");
    form.set("file", new File([lines.join("\n") + "\n"], "in.jsonl"));
    const up = await call("/v1/files", { method: "POST", headers: h, body: form });
    expect(up.res.status).toBe(200);
    const file = ((await up.res.json()) as { id: string }).id;
    await up.settled();
    const run = await call("/v1/batches", { method: "POST", headers: { ...h, "content-type": "application/json", "x-mock-words": "3000" }, body: JSON.stringify({ input_file_id: file, endpoint: "/v1/chat/completions", completion_window: "24h" }) });
    expect(run.res.status).toBe(200);
    const batch = ((await run.res.json()) as { id: string }).id;
    await run.settled();
    const got = await call(`/v1/batches/${batch}`, { headers: h });
    const out = ((await got.res.json()) as { output_file_id: string }).output_file_id;
    await got.settled();
    return out;
  }

  /** What `key` was charged in all (its counters). */
  async function chargedOf(key: string): Promise<number> {
    const c = (await stateOf(await keyIdOf(key))).counters;
    return c.promptTokens + c.completionTokens;
  }

  it("a group mate's read after 530 newer batches pushed the creator's record out is charged what the answers took", async () => {
    mockOrigin();
    const a = newKey("sk-r78-a");
    const b = newKey("sk-r78-b");
    const unlimited = { rpm: null, tpm: null, tpd: null, concurrency: null, batchGroup: "r78-group" };
    for (const k of [a, b]) expect((await putOverride(await keyIdOf(k), unlimited)).status).toBe(200);
    const out = await runOpenAiBatch(a);
    // 530 one-item message batches: newer than the run, they push its records out of the 512 newest
    for (let i = 0; i < 530; i++) await createBatch(a, 1);
    const before = await chargedOf(a);
    const read = await call(`/v1/files/${out}/content`, { headers: { authorization: `Bearer ${b}` } });
    expect(read.res.status).toBe(200);
    expect((await read.res.text()).trim().split("\n")).toHaveLength(3);
    await read.settled();
    // 3 answers of 3,000 tokens beyond the run's reservation (3 x ~110): charged to the creator
    expect(await chargedOf(a) - before).toBeGreaterThan(3 * 3_000 - 3 * 120);
    // read again: charged once
    const again = await call(`/v1/files/${out}/content`, { headers: { authorization: `Bearer ${b}` } });
    await again.res.text();
    await again.settled();
    const after = await chargedOf(a);
    const third = await call(`/v1/files/${out}/content`, { headers: { authorization: `Bearer ${a}` } });
    await third.res.text();
    await third.settled();
    expect(await chargedOf(a)).toBe(after);
  }, 120_000);
});
