/**
 * Free routes (models, retrieving a stored response or a batch...) count one request for the key
 * but are not answers: detection must not read their settlement as an answer of 0 completion
 * tokens. It did, so free calls interleaved with a harvest diluted every answer-length feature
 * (the mean answer, the cohort's extraction profile, amplification) at no cost.
 * Some free routes do carry answers: a background response retrieved once it has ended (its own
 * POST returned at once, with no usage; red team R6-3 `e-bg`), and a batch's results (red team
 * R7-1: a hydra of one-item message batches showed no answer at all); detection reads them there.
 */
import { runInDurableObject } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { KeySnapshot } from "../../src/engine/key-engine.ts";
import type { KeyGuard } from "../../src/state/key-guard.ts";
import { handleMockRequest } from "../../src/mock/origin.ts";
import { call, chat, keyIdOf, mockOrigin, newKey, remaining, setOverride, stateOf, testEnv } from "./helpers.ts";

afterEach(() => vi.restoreAllMocks());

async function detectOf(key: string) {
  const keyId = await keyIdOf(key);
  return runInDurableObject(testEnv.KEY_GUARD.getByName(keyId), (instance: KeyGuard) => {
    const d = (instance as unknown as { engine: { snap: KeySnapshot } }).engine.snap.detect;
    return { settled: d.settled, completionTokens: d.completionTokens, requests: d.requests, nextReportAt: d.nextReportAt, cohortCounted: d.cohortCounted };
  });
}

/** A fresh key (mock origin on) that sends `n` background asks; each POST answers `queued`. */
async function backgroundAsks(n: number) {
  mockOrigin();
  const key = newKey();
  const auth = { authorization: `Bearer ${key}` };
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const { res, settled } = await call("/v1/responses", { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ model: "gpt-4o", input: `Explain topic ${i} in depth.`, background: true, max_output_tokens: 1500 }) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { id: string; status: string };
    expect(body.status).toBe("queued");
    ids.push(body.id);
    await settled();
  }
  return { key, auth, ids };
}

describe("free routes and detection", () => {
  it("a free call is not read as an answer: the settled count and the answers' tokens stay those of the chat requests", async () => {
    mockOrigin();
    const key = newKey();
    for (let i = 0; i < 2; i++) {
      const { res, settled } = await call("/v1/chat/completions", chat(key, { max_tokens: 64 }));
      expect(res.status).toBe(200);
      await res.text();
      await settled();
    }
    const before = await detectOf(key);
    expect(before.settled).toBeGreaterThan(1.9);
    for (const path of ["/v1/models", "/v1/models", "/v1/responses/resp_1", "/v1/models"]) {
      const { res, settled } = await call(path, { headers: { authorization: `Bearer ${key}` } });
      await res.text();
      await settled();
    }
    const after = await detectOf(key);
    // decay over a few ms only: the free calls added no answers
    expect(after.settled).toBeLessThanOrEqual(before.settled);
    expect(after.settled).toBeGreaterThan(before.settled - 0.01);
    expect(after.completionTokens).toBeLessThanOrEqual(before.completionTokens);
  });

  it("a background response's answer reaches detection when it is retrieved, JSON or as events (the client gets it whole)", async () => {
    const { key, auth, ids } = await backgroundAsks(3);
    expect((await detectOf(key)).settled).toBe(0); // the POSTs saw no usage
    const got: string[] = [];
    for (const [i, id] of ids.entries()) {
      const { res, settled } = await call(`/v1/responses/${id}${i === 2 ? "?stream=true" : ""}`, { headers: auth });
      expect(res.status).toBe(200);
      got.push(await res.text());
      await settled();
    }
    // the client got the whole answer (the guard read a copy)
    // (the mock writes at most MAX_WORDS = 64 tokens whatever max_output_tokens asks)
    expect(JSON.parse(got[0]!)).toMatchObject({ status: "completed", background: true, usage: { output_tokens: 64 } });
    expect(got[2]).toContain("response.completed");
    const d = await detectOf(key);
    expect(d.settled).toBeGreaterThan(2.99);
    expect(d.settled).toBeLessThan(3.01);
    // fetched again (JSON or events), an answer is not read again (red team R7-2: re-fetching one
    // cheap background response after every ask diluted the mean answer for free)
    for (const id of [ids[0], ids[0], ids[1]]) {
      const again = await call(`/v1/responses/${id}`, { headers: auth });
      await again.res.text();
      await again.settled();
    }
    expect((await detectOf(key)).settled).toBeLessThan(3.01);
    expect(d.completionTokens).toBeGreaterThan(3 * 64 - 0.01);
    expect(d.completionTokens).toBeLessThan(3 * 64 + 0.01);
  });

  it("a background response's answer taken by a cancel after it completed reaches detection, and once only with a retrieval (red team R12-2)", async () => {
    const { key, auth, ids } = await backgroundAsks(3);
    for (const id of ids) {
      const { res, settled } = await call(`/v1/responses/${id}/cancel`, { method: "POST", headers: auth });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: "completed", background: true, usage: { output_tokens: 64 } });
      await settled();
    }
    const d = await detectOf(key);
    expect(d.settled).toBeGreaterThan(2.99);
    expect(d.completionTokens).toBeGreaterThan(3 * 64 - 0.01);
    // the same answers retrieved, or cancelled again: not read twice
    for (const [i, id] of ids.entries()) {
      const again = await call(i === 0 ? `/v1/responses/${id}/cancel` : `/v1/responses/${id}`, i === 0 ? { method: "POST", headers: auth } : { headers: auth });
      await again.res.text();
      await again.settled();
    }
    expect((await detectOf(key)).settled).toBeLessThan(3.01);
  });

  it("a foreground response retrieved again is not read twice", async () => {
    mockOrigin();
    const key = newKey();
    const auth = { authorization: `Bearer ${key}` };
    const { res, settled } = await call("/v1/responses", { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ model: "gpt-4o", input: "Hello", max_output_tokens: 200 }) });
    const body = (await res.json()) as { id: string; status: string };
    expect(body.status).toBe("completed");
    await settled();
    const before = await detectOf(key);
    expect(before.settled).toBeGreaterThan(0.99);
    // the origin serves it again, complete; its answer was read at its own request
    const again = await call(`/v1/responses/${body.id}`, { headers: auth });
    expect(await again.res.json()).toMatchObject({ id: body.id, status: "completed", background: false });
    await again.settled();
    expect((await detectOf(key)).settled).toBeLessThanOrEqual(before.settled);
  });

  it("a stored stream cut at response.created leaves its answer to the retrieval, read by its creator whoever fetches it; a stream read to its end is not read twice (red team R12-7)", async () => {
    mockOrigin();
    const key = newKey();
    const collector = newKey();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { res, settled } = await call("/v1/responses", {
        method: "POST",
        headers: { authorization: `Bearer ${key}`, "content-type": "application/json", "x-mock-chunk-delay-ms": "20" },
        body: JSON.stringify({ model: "gpt-4o", input: `Explain topic ${i} in depth.`, stream: true, max_output_tokens: 1500 }),
      });
      expect(res.status).toBe(200);
      const reader = res.body!.getReader();
      const dec = new TextDecoder();
      let got = "";
      if (i < 2) {
        // hang up once the id is known
        while (!got.includes("response.created")) got += dec.decode((await reader.read()).value);
        await reader.cancel("got the id");
      } else for (let c = await reader.read(); !c.done; c = await reader.read()) got += dec.decode(c.value);
      ids.push(/"id":"(resp_[^"]+)"/.exec(got)![1]!);
      await settled();
    }
    const before = await detectOf(key);
    // the two cut streams' answers are not in (64 tokens each), the whole one is
    expect(before.completionTokens).toBeLessThan(64 + 0.01 + 2 * 8);
    for (const [i, id] of ids.entries()) {
      const { res, settled } = await call(`/v1/responses/${id}`, { headers: { authorization: `Bearer ${i === 1 ? collector : key}` } });
      expect(await res.json()).toMatchObject({ id, status: "completed", usage: { output_tokens: 64 } });
      await settled();
    }
    const after = await detectOf(key);
    // both cut answers read by their creator (one fetched by another key), the whole one not again
    expect(after.completionTokens - before.completionTokens).toBeGreaterThan(2 * 64 - 0.01);
    expect(after.completionTokens - before.completionTokens).toBeLessThan(2 * 64 + 0.01);
    expect((await detectOf(collector)).completionTokens).toBe(0);
  });

  it.each([["detection on", {}], ["detection off", { GUARD_POLICY: JSON.stringify({ ...JSON.parse(String(testEnv.GUARD_POLICY)), detection: { mode: "off" } }) }]])("a background answer that took more than its POST reserved (input the origin added: a stored context, a file by URL) is charged the rest when read, once, %s (red team R13-1)", async (_, env: Record<string, string>) => {
    // the origin bills 9,000 input tokens the request does not show (a stored context by id); a
    // response id is the origin's, never reused (the guard keeps a response's creator per isolate)
    const made = `resp_ctx${Math.random().toString(36).slice(2, 10)}`;
    mockOrigin(async (req) => {
      const path = new URL(req.url).pathname;
      if (req.method === "POST") return Response.json({ id: made, object: "response", status: "queued", background: true, usage: null });
      return Response.json({ id: path.split("/").at(-1), object: "response", status: "completed", background: true, output: [], usage: { input_tokens: 9000, output_tokens: 300 } });
    });
    const key = newKey();
    await setOverride(key, { tpd: 50_000 });
    const keyId = await keyIdOf(key);
    const auth = { authorization: `Bearer ${key}` };
    const post = await call("/v1/responses", { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ model: "gpt-4o", input: "Continue with point 1.", previous_response_id: "resp_anchor", background: true, max_output_tokens: 100 }) }, env);
    expect(post.res.status).toBe(200);
    await post.res.text();
    await post.settled();
    const afterPost = 50_000 - remaining(await stateOf(keyId), "tpd")!;
    // its reservation, and the context it continues as the anchor's record says (9,300: red team
    // R86-1, readContinued), charged when the job is queued
    expect(afterPost).toBeGreaterThan(9_300 + 100);
    expect(afterPost).toBeLessThan(9_300 + 200);
    for (let i = 0; i < 2; i++) {
      const get = await call(`/v1/responses/${made}`, { headers: auth }, env);
      expect(get.res.status).toBe(200);
      await get.res.text();
      await get.settled();
      // read once: 9,300 in all (what it took beyond its charge charged, what it was charged
      // beyond what it took given back), however often it is fetched
      expect(50_000 - remaining(await stateOf(keyId), "tpd")!).toBe(9300);
    }
  });

  it.each([["detection on", {}], ["detection off", { GUARD_POLICY: JSON.stringify({ ...JSON.parse(String(testEnv.GUARD_POLICY)), detection: { mode: "off" } }) }]])("a message batch whose answers took more than it reserved (input the origin added: a document by URL) is charged the rest when its results are read, once, %s (red team R13-1's batch half)", async (_, env: Record<string, string>) => {
    // the origin bills 9,000 input tokens per item that the lines do not show (a PDF by URL)
    const line = (i: number) => JSON.stringify({ custom_id: `d${i}`, result: { type: "succeeded", message: { type: "message", content: [], usage: { input_tokens: 9000, output_tokens: 300 } } } });
    mockOrigin(async (req) => {
      const path = new URL(req.url).pathname;
      if (path.endsWith("/results")) return new Response([line(0), line(1)].join("\n") + "\n", { headers: { "content-type": "application/binary" } });
      return handleMockRequest(req);
    });
    const key = newKey();
    const keyId = await setOverride(key, { tpd: 50_000 });
    const auth = { authorization: `Bearer ${key}`, "anthropic-version": "2023-06-01" };
    const params = { model: "claude-sonnet-4-5", max_tokens: 100, messages: [{ role: "user", content: [{ type: "document", source: { type: "url", url: "https://example.com/contract.pdf" } }, { type: "text", text: "Summarise this contract." }] }] };
    const created = await call("/v1/messages/batches", { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ requests: [{ custom_id: "d0", params }, { custom_id: "d1", params }] }) }, env);
    expect(created.res.status).toBe(200);
    const id = ((await created.res.json()) as { id: string }).id;
    await created.settled();
    const atCreation = 50_000 - remaining(await stateOf(keyId), "tpd")!;
    // each request: a document by URL at the 1,600 a file part costs at least, its text, its cap
    expect(atCreation).toBeGreaterThan(2 * 1700);
    expect(atCreation).toBeLessThan(2 * 1800);
    for (let i = 0; i < 2; i++) {
      const got = await call(`/v1/messages/batches/${id}/results`, { headers: auth }, env);
      expect(got.res.status).toBe(200);
      await got.res.text();
      await got.settled();
      // 2 x 9,300 in all, however often the results are fetched
      expect(50_000 - remaining(await stateOf(keyId), "tpd")!).toBe(18_600);
    }
  });

  it("an OpenAI batch's output file is charged what its answers took beyond what the file was metered, once, when read (red team R13-1's batch half)", async () => {
    const out = (i: number) => JSON.stringify({ id: `batch_req_${i}`, custom_id: `c${i}`, response: { status_code: 200, request_id: `r${i}`, body: { object: "chat.completion", choices: [], usage: { prompt_tokens: 9000, completion_tokens: 300, total_tokens: 9300 } } }, error: null });
    const line = JSON.stringify({ custom_id: "c0", method: "POST", url: "/v1/chat/completions", body: { model: "gpt-4o", messages: [{ role: "user", content: [{ type: "text", text: "Describe this." }, { type: "image_url", image_url: { url: "https://example.com/big.png" } }] }], max_tokens: 50 } });
    const outFile = `file-out${Math.random().toString(36).slice(2, 8)}`;
    let inFile = "";
    mockOrigin(async (req) => {
      const path = new URL(req.url).pathname;
      if (req.method === "GET" && /^\/v1\/batches\/[^/]+$/.test(path)) return Response.json({ id: path.slice(12), object: "batch", status: "completed", output_file_id: outFile, error_file_id: null });
      if (path === `/v1/files/${outFile}/content`) return new Response([out(0), out(1)].join("\n"), { headers: { "content-type": "application/octet-stream" } });
      const res = await handleMockRequest(req);
      if (path === "/v1/files") inFile = ((await res.clone().json()) as { id: string }).id;
      return res;
    });
    const key = newKey();
    const keyId = await setOverride(key, { tpd: 50_000 });
    const auth = { authorization: `Bearer ${key}` };
    const form = new FormData();
    form.set("purpose", "batch");
    form.set("file", new File([line + "\n" + line.replace('"c0"', '"c1"') + "\n"], "in.jsonl"));
    const up = await call("/v1/files", { method: "POST", headers: auth, body: form });
    expect(up.res.status).toBe(200);
    await up.res.text();
    await up.settled();
    const metered = 50_000 - remaining(await stateOf(keyId), "tpd")!;
    // each line: its text, its template and an image by URL at gpt-4o's 1,445 (red team R42b-4)
    expect(metered).toBeGreaterThan(2 * 1445);
    expect(metered).toBeLessThan(2 * 1600);
    const run = await call("/v1/batches", { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ input_file_id: inFile, endpoint: "/v1/chat/completions", completion_window: "24h" }) });
    expect(run.res.status).toBe(200);
    const batchId = ((await run.res.json()) as { id: string }).id;
    await run.settled();
    const got = await call(`/v1/batches/${batchId}`, { headers: auth });
    await got.res.text();
    await got.settled();
    expect(50_000 - remaining(await stateOf(keyId), "tpd")!).toBe(metered);
    for (let i = 0; i < 2; i++) {
      const { res, settled } = await call(`/v1/files/${outFile}/content`, { headers: auth });
      expect(res.status).toBe(200);
      await res.text();
      await settled();
      expect(50_000 - remaining(await stateOf(keyId), "tpd")!).toBe(18_600);
    }
  });

  it("a message batch's results reach detection when fetched, each item an answer, read once per batch; its items report to linkage as direct requests do", async () => {
    mockOrigin();
    const key = newKey();
    const auth = { authorization: `Bearer ${key}`, "anthropic-version": "2023-06-01" };
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const items = Array.from({ length: i === 0 ? 3 : 1 }, (_, j) => ({ custom_id: `q${i}-${j}`, params: { model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "user", content: `Explain topic ${i}.${j} in depth.` }] } }));
      const { res, settled } = await call("/v1/messages/batches", { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ requests: items }) });
      expect(res.status).toBe(200);
      ids.push(((await res.json()) as { id: string }).id);
      await settled();
    }
    const posted = await detectOf(key);
    expect(posted.settled).toBe(0); // a batch's POST sees no usage
    expect(posted.requests).toBe(6);
    // the batch items went through the linkage schedule (1, 2, 3, 5, 8, ...): reported at the 6th
    expect(posted.nextReportAt).toBe(8);
    const bodies: string[] = [];
    for (const id of ids) {
      const { res, settled } = await call(`/v1/messages/batches/${id}/results`, { headers: auth });
      expect(res.status).toBe(200);
      bodies.push(await res.text());
      await settled();
    }
    // the client got the results whole (the guard read a copy)
    expect(bodies[0]!.trim().split("\n")).toHaveLength(3);
    expect(JSON.parse(bodies[1]!.trim())).toMatchObject({ result: { type: "succeeded", message: { usage: { output_tokens: 64 } } } });
    const d = await detectOf(key);
    expect(d.settled).toBeGreaterThan(5.99);
    expect(d.settled).toBeLessThan(6.01);
    expect(d.completionTokens).toBeGreaterThan(6 * 64 - 0.01);
    expect(d.completionTokens).toBeLessThan(6 * 64 + 0.01);
    // fetched again: not read again
    for (const id of [ids[0], ids[0], ids[3]]) {
      const again = await call(`/v1/messages/batches/${id}/results`, { headers: auth });
      await again.res.text();
      await again.settled();
    }
    expect((await detectOf(key)).settled).toBeLessThan(6.01);
  });

  it("an OpenAI batch's output file is read on GET /v1/files/{id}/content once its batch named it; an input file's lines are no answers", async () => {
    const out = (i: number) => JSON.stringify({ id: `batch_req_${i}`, custom_id: `c${i}`, response: { status_code: 200, request_id: `r${i}`, body: { object: "chat.completion", choices: [], usage: { prompt_tokens: 20, completion_tokens: 1000 + i, total_tokens: 1020 + i } } }, error: null });
    const line = JSON.stringify({ custom_id: "c0", method: "POST", url: "/v1/chat/completions", body: { model: "gpt-4o", messages: [{ role: "user", content: "Hi" }], max_tokens: 50 } });
    const outFile = `file-out${Math.random().toString(36).slice(2, 8)}`;
    let inFile = "";
    mockOrigin(async (req) => {
      const path = new URL(req.url).pathname;
      if (req.method === "GET" && /^\/v1\/batches\/[^/]+$/.test(path)) return Response.json({ id: path.slice(12), object: "batch", status: "completed", output_file_id: outFile, error_file_id: null });
      if (path === `/v1/files/${outFile}/content`) return new Response([out(0), out(1), out(2)].join("\n"), { headers: { "content-type": "application/octet-stream" } });
      if (path === `/v1/files/${inFile}/content`) return new Response(line + "\n", { headers: { "content-type": "application/octet-stream" } });
      const res = await handleMockRequest(req);
      if (path === "/v1/files") inFile = ((await res.clone().json()) as { id: string }).id;
      return res;
    });
    const key = newKey();
    const auth = { authorization: `Bearer ${key}` };
    const form = new FormData();
    form.set("purpose", "batch");
    form.set("file", new File([line + "\n"], "in.jsonl"));
    const up = await call("/v1/files", { method: "POST", headers: auth, body: form });
    expect(up.res.status).toBe(200);
    await up.res.text();
    await up.settled();
    const run = await call("/v1/batches", { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ input_file_id: inFile, endpoint: "/v1/chat/completions", completion_window: "24h" }) });
    expect(run.res.status).toBe(200);
    const batchId = ((await run.res.json()) as { id: string }).id;
    await run.settled();
    // the output file is not this key's until its batch named it
    const early = await call(`/v1/files/${outFile}/content`, { headers: auth });
    expect(early.res.status).toBe(404);
    await early.res.text();
    const got = await call(`/v1/batches/${batchId}`, { headers: auth });
    expect(((await got.res.json()) as { output_file_id: string }).output_file_id).toBe(outFile);
    await got.settled();
    for (const f of [inFile, outFile, outFile]) {
      const { res, settled } = await call(`/v1/files/${f}/content`, { headers: auth });
      expect(res.status).toBe(200);
      await res.text();
      await settled();
    }
    const d = await detectOf(key);
    expect(d.settled).toBeGreaterThan(2.99);
    expect(d.settled).toBeLessThan(3.01);
    expect(d.completionTokens).toBeGreaterThan(3003 - 0.01);
    expect(d.completionTokens).toBeLessThan(3003 + 0.01);
  });

  it("another key cannot fetch a batch's results or its output file (a collector key would take the answers away from the keys that asked); with batchResults 'any' it can", async () => {
    mockOrigin(async (req) => {
      const path = new URL(req.url).pathname;
      if (req.method === "GET" && /^\/v1\/batches\/[^/]+$/.test(path)) return Response.json({ id: path.slice(12), object: "batch", status: "completed", output_file_id: "file-theirs", error_file_id: "file-theirs-err" });
      if (path.endsWith("/content")) return new Response("", { headers: { "content-type": "application/octet-stream" } });
      return handleMockRequest(req);
    });
    const owner = newKey();
    const other = newKey();
    const anth = (k: string) => ({ authorization: `Bearer ${k}`, "anthropic-version": "2023-06-01" });
    const params = { model: "claude-sonnet-4-5", max_tokens: 100, messages: [{ role: "user", content: "Hi" }] };
    const created = await call("/v1/messages/batches", { method: "POST", headers: { ...anth(owner), "content-type": "application/json" }, body: JSON.stringify({ requests: [{ custom_id: "a", params }] }) });
    const id = ((await created.res.json()) as { id: string }).id;
    await created.settled();
    const theirs = await call(`/v1/messages/batches/${id}/results`, { headers: anth(other) });
    expect(theirs.res.status).toBe(404);
    const err = (await theirs.res.json()) as { type: string; error: { type: string; message: string } };
    expect(err.error.type).toBe("not_found_error");
    expect(err.error.message).toContain(`Message batch '${id}' is not one this API key may fetch through this gateway`);
    expect(err.error.message).toContain("fetch it with that key, or ask the API provider to put your keys in one batch group or to move the batch to this key");
    const mine = await call(`/v1/messages/batches/${id}/results`, { headers: anth(owner) });
    expect(mine.res.status).toBe(200);
    await mine.res.text();
    // a batch another key created names no file for this key (nor is it retrieved: red team R78-2)
    const peek = await call("/v1/batches/batch_someone_else", { headers: { authorization: `Bearer ${other}` } });
    expect(peek.res.status).toBe(404);
    await peek.res.text();
    await peek.settled();
    for (const f of ["file-theirs", "file-theirs-err"]) {
      const c = await call(`/v1/files/${f}/content`, { headers: { authorization: `Bearer ${other}` } });
      expect(c.res.status).toBe(404);
      expect(((await c.res.json()) as { error: { type: string; message: string } }).error.message).toContain(`File '${f}' is not one this API key may fetch through this gateway`);
    }
    // the operator's switch for batches created before the guard: any key may fetch
    const BASE = JSON.parse(String(testEnv.GUARD_POLICY)) as Record<string, unknown>;
    const any = { GUARD_POLICY: JSON.stringify({ ...BASE, batchResults: "any" }) } as never;
    const open = await call(`/v1/messages/batches/${id}/results`, { headers: anth(other) }, any);
    expect(open.res.status).toBe(200);
    await open.res.text();
    const file = await call("/v1/files/file-theirs/content", { headers: { authorization: `Bearer ${other}` } }, any);
    expect(file.res.status).toBe(200);
    await file.res.text();
  });

  it("a young key whose fetched results first show the extraction profile reports to its cohort then, without another request (all batches sent first, all results fetched after)", async () => {
    const line = (i: number) => JSON.stringify({ custom_id: `q${i}`, result: { type: "succeeded", message: { type: "message", content: [], usage: { input_tokens: 25, output_tokens: 1200 } } } });
    mockOrigin(async (req) => {
      const path = new URL(req.url).pathname;
      if (req.method === "GET" && path.endsWith("/results")) return new Response(line(0) + "\n", { headers: { "content-type": "application/binary" } });
      return handleMockRequest(req);
    });
    const key = newKey();
    const auth = { authorization: `Bearer ${key}`, "anthropic-version": "2023-06-01" };
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const params = { model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "user", content: `Write a thorough essay on subject ${i}.` }] };
      const { res, settled } = await call("/v1/messages/batches", { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ requests: [{ custom_id: `q${i}`, params }] }) });
      ids.push(((await res.json()) as { id: string }).id);
      await settled();
    }
    const day = Math.floor(Date.now() / 86_400_000) + 1;
    expect((await detectOf(key)).cohortCounted).toBe(0); // never answered yet: not counted
    for (const id of ids) {
      const { res, settled } = await call(`/v1/messages/batches/${id}/results`, { headers: auth });
      await res.text();
      await settled();
    }
    const d = await detectOf(key);
    expect(d.settled).toBeGreaterThan(4.99);
    expect(d.cohortCounted).toBe(-day); // counted today, with the profile
  });
});
