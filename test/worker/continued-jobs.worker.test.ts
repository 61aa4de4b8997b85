/**
 * Red teams R84 and R86: a background job (or a stream cut before its usage) that continues a
 * stored response by `previous_response_id` carries that response's whole context, which the
 * origin bills and the request does not show. The guard reads the continued response's record at
 * the origin (readContinued in src/proxy/handler.ts): what it took is charged as this turn's
 * context, whichever key made it; a record with usage shows it ended, so the continued job is read
 * for its creator (its held slot freed, what it took beyond its charge charged once).
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { call, keyIdOf, mockOrigin, newKey, remaining, setOverride, stateOf } from "./helpers.ts";

afterEach(() => vi.restoreAllMocks());

const TPD = 10_000_000;

async function job(key: string, input: string, prev?: string) {
  const { res, settled } = await call("/v1/responses", {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json", "x-mock-words": "400" },
    body: JSON.stringify({ model: "gpt-4o", input, background: true, max_output_tokens: 600, ...(prev ? { previous_response_id: prev } : {}) }),
  });
  const body = (await res.json()) as { id?: string; status?: string };
  await settled();
  return { status: res.status, id: body.id };
}

const taken = async (key: string) => TPD - remaining(await stateOf(await keyIdOf(key)), "tpd")!;
const inFlight = async (key: string) => ((await stateOf(await keyIdOf(key))) as unknown as { inFlight: number }).inFlight;

describe("a job continuing a stored response (red teams R84, R86)", () => {
  it("R84-5: a pipeline of background stages on concurrency 2, each continuing the last, none retrieved: every stage admitted, each freeing the ended one before it", async () => {
    mockOrigin();
    const key = newKey("sk-pipe");
    await setOverride(key, { rpm: null, tpm: null, tpd: null, concurrency: 2 });
    let prev: string | undefined;
    for (let i = 0; i < 5; i++) {
      const s = await job(key, `stage ${i}`, prev);
      expect(s.status, `stage ${i}`).toBe(200);
      prev = s.id;
    }
    // the last stage runs; the one before it was read (its record ended) and freed
    expect(await inFlight(key)).toBe(1);
  });

  it("R87-1: a job continued by a foreground turn (its result heard of by webhook, never retrieved) is read then: its slot freed, its reservation trued up", async () => {
    mockOrigin();
    const key = newKey("sk-fg-cont");
    await setOverride(key, { rpm: null, tpm: null, tpd: TPD, concurrency: 2 });
    const first = await job(key, "Research the tides.");
    const charged = await taken(key);
    expect(await inFlight(key)).toBe(1);
    const { res, settled } = await call("/v1/responses", {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json", "x-mock-words": "20" },
      body: JSON.stringify({ model: "gpt-4o", input: "Summarise it.", max_output_tokens: 100, previous_response_id: first.id }),
    });
    expect(res.status).toBe(200);
    await res.text();
    await settled();
    expect(await inFlight(key)).toBe(0);
    // the job's 600-token cap given back to what its record says it took (400 words), beside the
    // turn's own 20: 420 answer tokens counted, not 620
    expect(charged).toBeGreaterThan(600);
    expect((await stateOf(await keyIdOf(key))).counters.completionTokens).toBe(420);
  });

  it("R87-1: a concurrency refusal caused by background jobs not retrieved says so and names the way back", async () => {
    mockOrigin();
    const key = newKey("sk-held-msg");
    await setOverride(key, { rpm: null, tpm: null, tpd: TPD, concurrency: 2 });
    await job(key, "one");
    await job(key, "two");
    const { res, settled } = await call("/v1/responses", { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify({ model: "gpt-4o", input: "now", max_output_tokens: 50 }) });
    expect(res.status).toBe(429);
    const e = ((await res.json()) as { error: { message: string } }).error;
    await settled();
    expect(e.message).toContain("2 of this key's concurrent requests are background responses whose answer has not been retrieved");
    expect(e.message).toContain("GET /v1/responses/{id}");
  });

  it("R88-3: an ended job's record is read from the origin once per isolate, however many turns continue it", async () => {
    const { seen } = mockOrigin();
    const key = newKey("sk-anchor");
    await setOverride(key, { rpm: null, tpm: null, tpd: TPD, concurrency: null });
    const anchor = await job(key, "A long brief to branch from.");
    for (let i = 0; i < 4; i++) expect((await job(key, `branch ${i}`, anchor.id)).status).toBe(200);
    const reads = seen.filter((r) => r.method === "GET" && new URL(r.url).pathname === `/v1/responses/${anchor.id}`);
    expect(reads).toHaveLength(1);
  });

  it("R86-1: a chain alternating two keys, each job continuing the other key's unread job, is charged each job's context; the continued job is read for its creator", async () => {
    mockOrigin();
    const a = newKey("sk-alt-a");
    const b = newKey("sk-alt-b");
    for (const k of [a, b]) await setOverride(k, { rpm: null, tpm: null, tpd: TPD, concurrency: null });
    const first = await job(a, "A long document to work from. ".repeat(400));
    const aFirst = await taken(a);
    const before = await taken(b);
    const second = await job(b, "Go on.", first.id);
    expect(second.status).toBe(200);
    // B's job carries A's whole job (its input and its 400-word answer) as context
    expect((await taken(b)) - before).toBeGreaterThan(aFirst);
    // A's job was read for A (its record ended): its held slot is free
    expect(await inFlight(a)).toBe(0);
  });
});
