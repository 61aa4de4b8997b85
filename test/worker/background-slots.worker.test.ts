/**
 * Red team R13-3: a background response's POST answers `queued` at once and its job runs on at the
 * origin, so releasing the key's concurrency slot at that answer let a key of concurrency 2 run
 * ten jobs at once. A background job now holds its slot until its answer is read (retrieved or
 * cancelled once it has ended, by any key), or it is seen cancelled or failed, or
 * `backgroundHoldSeconds` pass. Retrievals themselves are not kept out by held slots: they are
 * what frees them.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { handleMockRequest } from "../../src/mock/origin.ts";
import { call, keyIdOf, mockOrigin, newKey, setOverride, stateOf } from "./helpers.ts";

afterEach(() => vi.restoreAllMocks());

const json = { "content-type": "application/json" };

async function ask(key: string, input: string, overrides = {}) {
  const { res, settled } = await call(
    "/v1/responses",
    { method: "POST", headers: { authorization: `Bearer ${key}`, ...json }, body: JSON.stringify({ model: "gpt-4o", input, background: true, max_output_tokens: 300 }) },
    overrides,
  );
  const body = (await res.json()) as { id?: string; status?: string; error?: { code?: string } };
  await settled();
  return { status: res.status, body };
}

async function get(key: string, path: string, method = "GET") {
  const { res, settled } = await call(path, { method, headers: { authorization: `Bearer ${key}` } });
  const body = (await res.json()) as { status?: string };
  await settled();
  return { status: res.status, body };
}

async function inFlight(key: string): Promise<number> {
  const s = (await stateOf(await keyIdOf(key))) as unknown as { inFlight: number };
  return s.inFlight;
}

describe("background jobs hold their concurrency slot (red team R13-3)", () => {
  it("a key of concurrency 2 runs two background jobs at once, not ten; a retrieval that reads an answer frees its slot", async () => {
    mockOrigin();
    const key = newKey();
    await setOverride(key, { rpm: null, tpm: null, tpd: null, concurrency: 2 });
    const a = await ask(key, "first job");
    const b = await ask(key, "second job");
    expect([a.status, b.status, a.body.status, b.body.status]).toEqual([200, 200, "queued", "queued"]);
    expect(await inFlight(key)).toBe(2);
    const c = await ask(key, "third job");
    expect(c.status).toBe(429);
    // a foreground request is kept out as well: the origin is running two of this key's jobs
    const { res: fg, settled } = await call("/v1/responses", { method: "POST", headers: { authorization: `Bearer ${key}`, ...json }, body: JSON.stringify({ model: "gpt-4o", input: "now", max_output_tokens: 50 }) });
    expect(fg.status).toBe(429);
    await fg.text();
    await settled();
    // the client fetches its first answer (the mock's stored responses have ended): served, and it frees a slot
    const got = await get(key, `/v1/responses/${a.body.id}`);
    expect(got).toMatchObject({ status: 200, body: { status: "completed" } });
    expect(await inFlight(key)).toBe(1);
    expect((await ask(key, "third job")).status).toBe(200);
    expect((await ask(key, "fourth job")).status).toBe(429);
  });

  it("a poll of a job still running is served while every slot is held, and frees nothing", async () => {
    mockOrigin(async (req) => {
      const url = new URL(req.url);
      if (req.method === "GET" && url.pathname.startsWith("/v1/responses/")) {
        const id = url.pathname.slice("/v1/responses/".length);
        return new Response(JSON.stringify({ id, object: "response", status: "in_progress", background: true, output: [], usage: null }), { headers: json });
      }
      return handleMockRequest(req);
    });
    const key = newKey();
    await setOverride(key, { rpm: null, tpm: null, tpd: null, concurrency: 1 });
    const a = await ask(key, "only job");
    expect(a.status).toBe(200);
    for (let i = 0; i < 3; i++) expect(await get(key, `/v1/responses/${a.body.id}`)).toMatchObject({ status: 200, body: { status: "in_progress" } });
    expect(await inFlight(key)).toBe(1);
    expect((await ask(key, "second job")).status).toBe(429);
  });

  it("a job seen cancelled (or failed) frees its slot; one seen queued does not", async () => {
    let failedId = "";
    mockOrigin(async (req) => {
      const url = new URL(req.url);
      const m = /^\/v1\/responses\/([^/]+)\/cancel$/.exec(url.pathname);
      if (req.method === "POST" && m) return new Response(JSON.stringify({ id: m[1], object: "response", status: "cancelled", background: true, output: [], usage: null }), { headers: json });
      if (req.method === "GET" && url.pathname.startsWith("/v1/responses/")) {
        const id = url.pathname.slice("/v1/responses/".length);
        return new Response(JSON.stringify({ id, object: "response", status: id === failedId ? "failed" : "queued", background: true, output: [], usage: null }), { headers: json });
      }
      return handleMockRequest(req);
    });
    const key = newKey();
    await setOverride(key, { rpm: null, tpm: null, tpd: null, concurrency: 2 });
    const a = await ask(key, "job a");
    const b = await ask(key, "job b");
    failedId = b.body.id!;
    expect(await inFlight(key)).toBe(2);
    expect(await get(key, `/v1/responses/${a.body.id}`)).toMatchObject({ status: 200, body: { status: "queued" } });
    expect(await inFlight(key)).toBe(2);
    expect(await get(key, `/v1/responses/${a.body.id}/cancel`, "POST")).toMatchObject({ status: 200, body: { status: "cancelled" } });
    expect(await inFlight(key)).toBe(1);
    expect(await get(key, `/v1/responses/${b.body.id}`)).toMatchObject({ status: 200, body: { status: "failed" } });
    expect(await inFlight(key)).toBe(0);
  });

  it("backgroundHoldSeconds 0 frees the slot when the POST answers (the behaviour before R13-3)", async () => {
    mockOrigin();
    const key = newKey();
    await setOverride(key, { rpm: null, tpm: null, tpd: null, concurrency: 1 });
    const { testEnv } = await import("./helpers.ts");
    const policy = JSON.parse(String(testEnv.GUARD_POLICY)) as Record<string, unknown>;
    const off = { GUARD_POLICY: JSON.stringify({ ...policy, backgroundHoldSeconds: 0 }) };
    for (let i = 0; i < 3; i++) expect((await ask(key, `job ${i}`, off)).status).toBe(200);
    expect(await inFlight(key)).toBe(0);
  });
});
