/**
 * A stored response whose answer its own request left unread (a background job, a stream cut
 * before its usage) is registered with the key that created it. Another key of the customer's
 * organisation may retrieve it at the provider; red team R14-3 showed that such a retrieval was
 * held only to the retrieving key's standing: a denied key's background answers were fetched in
 * full by a fresh key (5 of 5, 200), and a degraded key's colleague asked for logprobs and
 * encrypted reasoning again on the retrieval. Now the creator's standing applies as well.
 */
import { runInDurableObject } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { KeySnapshot } from "../../src/engine/key-engine.ts";
import type { KeyGuard } from "../../src/state/key-guard.ts";
import { admin, call, keyIdOf, mockOrigin, newKey, setOverride, stateOf, testEnv } from "./helpers.ts";

afterEach(() => vi.restoreAllMocks());

/** A background response created by `key`: its id, once the POST settled. */
async function backgroundOf(key: string): Promise<string> {
  const { res, settled } = await call("/v1/responses", {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: JSON.stringify({ model: "gpt-4o", input: "Explain tides in depth.", background: true, max_output_tokens: 400 }),
  });
  expect(res.status).toBe(200);
  const { id } = (await res.json()) as { id: string };
  await settled();
  return id;
}

async function get(key: string, path: string, init: RequestInit = {}) {
  const { res, settled } = await call(path, { ...init, headers: { authorization: `Bearer ${key}`, ...(init.headers ?? {}) } });
  const body = await res.text();
  await settled();
  return { status: res.status, body, policy: res.headers.get("x-guard-policy") };
}

/** Put the key at a detection standing now (as assess would hold it within its dwell period). */
async function standAt(key: string, standing: "degrade" | "challenge" | "block") {
  const keyId = await keyIdOf(key);
  await runInDurableObject(testEnv.KEY_GUARD.getByName(keyId), (instance: KeyGuard) => {
    const snap = (instance as unknown as { engine: { snap: KeySnapshot } }).engine.snap;
    snap.detect.standing = standing;
    snap.detect.standingMs = Date.now();
    snap.detect.peakScore = 0.99;
    snap.detect.peakMs = Date.now();
  });
}

describe("another key's retrieval of a stored response is held to its creator's standing (red team R14-3)", () => {
  it("a denied creator: its responses are refused to every other key (403 creator_restricted, nothing forwarded); the other key's own responses are not", async () => {
    const { seen } = mockOrigin();
    const a = newKey();
    const b = newKey();
    const ids = [await backgroundOf(a), await backgroundOf(a)];
    const own = await backgroundOf(b);
    // before the deny list: B may fetch A's response (one organisation)
    expect((await get(b, `/v1/responses/${ids[0]}`)).status).toBe(200);
    const aId = await keyIdOf(a);
    expect((await admin(`/lists/deny/${aId}`, { method: "PUT", body: "{}" })).status).toBe(200);
    const before = seen.length;
    for (const path of [`/v1/responses/${ids[0]}`, `/v1/responses/${ids[1]}?stream=true`, `/v1/responses/${ids[1]}/input_items`]) {
      const r = await get(b, path);
      expect(r.status, path).toBe(403);
      const err = JSON.parse(r.body) as { error: { code: string; type: string; message: string } };
      expect(err.error).toMatchObject({ code: "creator_restricted", type: "permission_error" });
      expect(err.error.message).toContain("created with another API key");
    }
    const cancel = await get(b, `/v1/responses/${ids[1]}/cancel`, { method: "POST" });
    expect(cancel.status).toBe(403);
    expect(seen.length).toBe(before); // none reached the origin
    // A itself: its own deny (access_blocked); B's own response: served
    expect(JSON.parse((await get(a, `/v1/responses/${ids[0]}`)).body).error.code).toBe("access_blocked");
    expect((await get(b, `/v1/responses/${own}`)).status).toBe(200);
    // off the deny list, B fetches again
    expect((await admin(`/lists/deny/${aId}`, { method: "DELETE" })).status).toBe(200);
    expect((await get(b, `/v1/responses/${ids[0]}`)).status).toBe(200);
  });

  it("R84-2: a denied creator in the reader's batch group is a rotated-out key: its jobs are retrieved, listed and cancelled by its successor; a key of another group is still refused", async () => {
    mockOrigin();
    const old = newKey();
    const successor = newKey();
    const stranger = newKey();
    const ids = [await backgroundOf(old), await backgroundOf(old)];
    await setOverride(old, { batchGroup: "cust-84" });
    await setOverride(successor, { batchGroup: "cust-84" });
    await setOverride(stranger, { batchGroup: "cust-other" });
    expect((await admin(`/lists/deny/${await keyIdOf(old)}`, { method: "PUT", body: "{}" })).status).toBe(200);
    expect((await get(successor, `/v1/responses/${ids[0]}`)).status).toBe(200);
    // forwarded (the mock keeps no input items: its 404, not the guard's 403)
    expect((await get(successor, `/v1/responses/${ids[1]}/input_items`)).status).not.toBe(403);
    expect((await get(successor, `/v1/responses/${ids[1]}/cancel`, { method: "POST" })).status).toBe(200);
    expect((await get(stranger, `/v1/responses/${ids[0]}`)).status).toBe(403);
    // the old key itself stays denied
    expect(JSON.parse((await get(old, `/v1/responses/${ids[0]}`)).body).error.code).toBe("access_blocked");
  });

  it("R84-3: another key's turn continuing a denied creator's response (`previous_response_id`) is refused before the origin sees it, plain, streamed or in the background, and costs nothing; the successor of its batch group continues it; a chain of a key's own answers costs no registry read", async () => {
    const { seen } = mockOrigin();
    const a = newKey();
    const b = newKey();
    const successor = newKey();
    const id = await backgroundOf(a);
    const turn = (key: string, prev: string) =>
      get(key, "/v1/responses", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "gpt-4o", input: "ok", previous_response_id: prev, max_output_tokens: 16 }) });
    // before the deny list: B may continue A's response (one organisation)
    expect((await turn(b, id)).status).toBe(200);
    expect((await admin(`/lists/deny/${await keyIdOf(a)}`, { method: "PUT", body: "{}" })).status).toBe(200);
    const before = seen.length;
    const charged = async () => { const c = (await stateOf(await keyIdOf(b))).counters; return c.promptTokens + c.completionTokens; };
    const bBefore = await charged();
    const r = await turn(b, id);
    expect(r.status).toBe(403);
    // refused before the origin saw it: its admission given back, nothing charged (red team R90-2)
    expect((await charged()) - bBefore).toBe(0);
    const err = JSON.parse(r.body) as { error: { code: string; type: string; message: string } };
    expect(err.error).toMatchObject({ code: "creator_restricted", type: "permission_error" });
    expect(err.error.message).toContain("may not be continued with this key");
    // the creator's standing is read beside the decision, before anything is forwarded: the origin
    // never sees the turn (red team R90-2, R90-3: a turn refused once the origin answered had it bill
    // whole answers, and background jobs run on with no slot)
    expect(seen.length).toBe(before);
    // streamed alike
    const streamed = await get(b, "/v1/responses", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "gpt-4o", input: "ok", previous_response_id: id, max_output_tokens: 16, stream: true }) });
    expect(streamed.status).toBe(403);
    const bg = await get(b, "/v1/responses", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "gpt-4o", input: "ok", previous_response_id: id, background: true }) });
    expect(bg.status).toBe(403);
    expect(seen.length).toBe(before);
    expect((await charged()) - bBefore).toBe(0);
    // a rotated-out key's successor (one batch group) continues its jobs
    await setOverride(a, { batchGroup: "cust-84c" });
    await setOverride(successor, { batchGroup: "cust-84c" });
    expect((await turn(successor, id)).status).toBe(200);
    // B's own chain: its turns continue its own answers, answered here in full, without a registry read
    const first = await get(b, "/v1/responses", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "gpt-4o", input: "Hello", max_output_tokens: 16 }) });
    expect(first.status).toBe(200);
    let prev = (JSON.parse(first.body) as { id: string }).id;
    const objects = vi.spyOn(testEnv.BATCH_GROUP, "getByName");
    for (let k = 0; k < 3; k++) {
      const t = await turn(b, prev);
      expect(t.status).toBe(200);
      prev = (JSON.parse(t.body) as { id: string }).id;
    }
    expect(objects.mock.calls.filter(([name]) => String(name).startsWith("background:"))).toEqual([]);
    // a turn on a response this isolate did not answer to B reads the registry once
    expect((await turn(b, "resp_never_seen_here")).status).toBe(200);
    expect(objects.mock.calls.filter(([name]) => String(name).startsWith("background:")).length).toBe(1);
  });

  it("R90-1: another key's turn naming a denied creator's output item by `item_reference` is refused before the origin sees it; an item of its own is not", async () => {
    const { seen } = mockOrigin();
    const a = newKey();
    const b = newKey();
    // A's background stream, cut after its first events: its job and the output item they named are registered
    const { res, settled } = await call("/v1/responses", { method: "POST", headers: { authorization: `Bearer ${a}`, "content-type": "application/json" }, body: JSON.stringify({ model: "gpt-4o", input: "Explain tides in depth.", background: true, stream: true, max_output_tokens: 400 }) });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    let text = "";
    while (!/"item_id":"[^"]+"/.test(text)) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    await reader.cancel();
    await settled();
    const item = /"item_id":"([^"]+)"/.exec(text)![1]!;
    const turn = (key: string, ids: string[]) =>
      get(key, "/v1/responses", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "gpt-4o", input: [...ids.map((id) => ({ type: "item_reference", id })), { role: "user", content: "ok" }], max_output_tokens: 16 }) });
    expect((await turn(b, [item])).status).toBe(200); // before the deny list: one organisation
    expect((await admin(`/lists/deny/${await keyIdOf(a)}`, { method: "PUT", body: "{}" })).status).toBe(200);
    const before = seen.length;
    const r = await turn(b, ["msg_b_own", item]);
    expect(r.status).toBe(403);
    expect(JSON.parse(r.body).error).toMatchObject({ code: "creator_restricted" });
    expect(JSON.parse(r.body).error.message).toContain(`Item '${item}'`);
    expect(seen.length).toBe(before);
    expect((await turn(b, ["msg_b_own"])).status).toBe(200);
    // a list of references no app keeps is refused whole, named
    const many = await turn(b, Array.from({ length: 257 }, (_, i) => `msg_${i}`));
    expect(many.status).toBe(400);
    expect(JSON.parse(many.body).error.param).toBe("input");
  });

  it("R84-2: a creator in the reader's batch group blocked by detection is still refused to it", async () => {
    mockOrigin();
    const a = newKey();
    const b = newKey();
    const id = await backgroundOf(a);
    await setOverride(a, { batchGroup: "cust-84b" });
    await setOverride(b, { batchGroup: "cust-84b" });
    await standAt(a, "block");
    expect((await get(b, `/v1/responses/${id}`)).status).toBe(403);
  });

  it("a creator blocked or challenged by detection: refused to other keys; a verified creator is held at degrade", async () => {
    mockOrigin();
    for (const standing of ["block", "challenge"] as const) {
      const a = newKey();
      const b = newKey();
      const id = await backgroundOf(a);
      await standAt(a, standing);
      const r = await get(b, `/v1/responses/${id}`);
      expect(r.status, standing).toBe(403);
      expect(JSON.parse(r.body).error.code).toBe("creator_restricted");
    }
    const a = newKey();
    const b = newKey();
    const id = await backgroundOf(a);
    await standAt(a, "challenge");
    expect((await admin(`/keys/${await keyIdOf(a)}/verified`, { method: "PUT", body: JSON.stringify({ days: 30 }) })).status).toBe(200);
    const r = await get(b, `/v1/responses/${id}`);
    expect(r.status).toBe(200);
    expect(r.policy).toBe("degraded");
  });

  it("a degraded creator: another key's retrieval is served without what degrade removes (include), and says so", async () => {
    const { seen } = mockOrigin();
    const a = newKey();
    const b = newKey();
    const id = await backgroundOf(a);
    const query = "?include[]=message.output_text.logprobs&include[]=reasoning.encrypted_content";
    // in good standing: the retrieval goes as asked
    let r = await get(b, `/v1/responses/${id}${query}`);
    expect(r.status).toBe(200);
    expect(r.policy).toBeNull();
    expect(new URL(seen.at(-1)!.url).search).toContain("include");
    await standAt(a, "degrade");
    for (const path of [`/v1/responses/${id}${query}`, `/v1/responses/${id}${query}&stream=true`]) {
      r = await get(b, path);
      expect(r.status).toBe(200);
      expect(r.policy).toBe("degraded");
      const sent = new URL(seen.at(-1)!.url);
      expect(sent.searchParams.has("include[]")).toBe(false);
      expect(sent.searchParams.has("include")).toBe(false);
    }
    // the creator's own retrieval: its own standing (degraded) applies as before
    r = await get(a, `/v1/responses/${id}${query}`);
    expect(r.policy).toBe("degraded");
    expect(new URL(seen.at(-1)!.url).searchParams.has("include[]")).toBe(false);
  });

  it("a job's polls by another key ask the registry once per isolate, with detection on or off (red team R37-2)", async () => {
    mockOrigin();
    const a = newKey();
    const b = newKey();
    const id = await backgroundOf(a);
    const calls = async (key: string, n: number, env: Record<string, string> = {}) => {
      const io0 = (await (await admin("/io")).json()) as { doCalls: number };
      for (let i = 0; i < n; i++) {
        const { res, settled } = await call(`/v1/responses/${id}`, { headers: { authorization: `Bearer ${key}` } }, env);
        expect(res.status).toBe(200);
        await res.text();
        await settled();
      }
      const io1 = (await (await admin("/io")).json()) as { doCalls: number };
      return (io1.doCalls - io0.doCalls) / n;
    };
    const first = await calls(b, 1); // the registry's answer is kept from here on
    const polls = await calls(b, 5);
    const own = await calls(a, 5);
    // another key's poll: its own decision, plus the creator's gate and the creator's read of
    // the answer (observeFetched): two more than the creator's own poll, and no registry call
    expect(polls - own).toBe(2);
    // the first also asks the registry what its request was charged (red team R37-1), once per
    // isolate; not for the creator, which this isolate learnt when it recorded the job
    expect(first - polls).toBe(1);
    // detection off: the creator is still looked up (its deny entry and the charge of its answer
    // hold in every mode), the same calls
    const off = JSON.stringify({ ...JSON.parse(String(testEnv.GUARD_POLICY)), detection: { mode: "off" } });
    expect(await calls(b, 5, { GUARD_POLICY: off })).toBe(polls);
  });
});
