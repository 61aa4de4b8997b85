/**
 * The ways around the guard found by the security review (one describe per bypass). Each test
 * was red on the code before the route table, credential and path rules existed.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { anthropic, call, chat, keyIdOf, mockOrigin, newKey, remaining, setOverride, stateOf, testEnv } from "./helpers.ts";
import { admin } from "./helpers.ts";
import { netMeta } from "../../src/proxy/handler.ts";

afterEach(() => vi.restoreAllMocks());

const BASE_POLICY = JSON.parse(String(testEnv.GUARD_POLICY)) as Record<string, unknown>;
const policy = (extra: Record<string, unknown>) => ({ GUARD_POLICY: JSON.stringify({ ...BASE_POLICY, ...extra }) });

async function errorOf(res: Response): Promise<{ code?: string; param?: string | null; type?: string; message?: string }> {
  const j = (await res.json()) as { error: { code?: string; param?: string | null; type?: string; message?: string } };
  return j.error;
}

describe("1. two credentials", () => {
  it("refuses a throwaway Bearer key next to a different x-api-key, before the origin sees anything", async () => {
    const { seen } = mockOrigin();
    const init = anthropic("sk-real-key-000");
    const { res } = await call("/v1/messages", { ...init, headers: { ...(init.headers as Record<string, string>), authorization: "Bearer sk-throwaway" } });
    expect(res.status).toBe(401);
    expect(await errorOf(res)).toMatchObject({ type: "authentication_error", code: "invalid_api_key" });
    expect(seen).toHaveLength(0);
  });

  it("refuses an Authorization header of another scheme next to x-api-key", async () => {
    const { seen } = mockOrigin();
    const init = anthropic(newKey());
    const { res } = await call("/v1/messages", { ...init, headers: { ...(init.headers as Record<string, string>), authorization: "Basic dXNlcjpwYXNz" } });
    expect(res.status).toBe(401);
    expect(seen).toHaveLength(0);
  });

  it("sends the origin only the metered key: other credential headers are dropped", async () => {
    const { seen } = mockOrigin();
    const key = newKey();
    const extra = {
      "api-key": "sk-azure-other", "x-goog-api-key": "g-other", cookie: "session=other", "proxy-authorization": "Basic x",
      "ocp-apim-subscription-key": "sk-apim", "x-auth-token": "t", "openai-api-key": "sk-o", "anthropic-api-key": "sk-a",
      "x-forwarded-for": "203.0.113.9", "x-real-ip": "203.0.113.9", "x-custom-anything": "1", "x-stainless-api-key": "sk-other",
    };
    const { res, settled } = await call("/v1/chat/completions", chat(key, {}, extra));
    expect(res.status).toBe(200);
    await res.text();
    await settled();
    const h = seen[0]!.headers;
    expect(h.get("authorization")).toBe(`Bearer ${key}`);
    for (const name of ["x-api-key", ...Object.keys(extra)]) expect(h.get(name)).toBeNull();
  });

  it("accepts the same key in both headers and forwards both unchanged", async () => {
    const { seen } = mockOrigin();
    const key = newKey();
    const { res, settled } = await call("/v1/messages", anthropic(key, {}, { authorization: `Bearer ${key}` }));
    expect(res.status).toBe(200);
    await res.text();
    await settled();
    expect(seen[0]!.headers.get("x-api-key")).toBe(key);
    expect(seen[0]!.headers.get("authorization")).toBe(`Bearer ${key}`);
  });

  it("refuses a key in the query string", async () => {
    const { seen } = mockOrigin();
    const { res } = await call("/v1/chat/completions?api_key=sk-other", chat(newKey()));
    expect(res.status).toBe(401);
    expect(seen).toHaveLength(0);
  });

  it("refuses query parameters the providers do not take (credentials under other names, ';' splitting)", async () => {
    const { seen } = mockOrigin();
    for (const q of ["subscription-key=sk-real", "code=x", "sig=x", "api.key=x", "api_key[]=x", "x-api-key=x", "authorization=x", "auth=x", "a=1;key=sk-z"]) {
      const { res } = await call(`/v1/chat/completions?${q}`, chat(newKey()));
      expect(res.status, q).toBe(400);
    }
    expect(seen).toHaveLength(0);
    const ok = await call("/v1/messages?beta=true", anthropic(newKey()));
    expect(ok.res.status).toBe(200);
    await ok.res.text();
    await ok.settled();
    // the origin gets the query re-encoded, as the guard read it
    const enc = await call("/v1/chat/completions?api-version=1%3Bkey%3Dx&%73tream=true", chat(newKey()));
    await enc.res.text();
    await enc.settled();
    expect(new URL(seen.at(-1)!.url).search).toBe("?api-version=1%3Bkey%3Dx&stream=true");
  });

  it("forwards the providers' and SDKs' own headers", async () => {
    const { seen } = mockOrigin();
    const own = { "anthropic-version": "2023-06-01", "anthropic-beta": "x", "openai-organization": "org", "x-stainless-lang": "js", "idempotency-key": "i", accept: "application/json", "user-agent": "ua" };
    const { res, settled } = await call("/v1/chat/completions", chat(newKey(), {}, own));
    await res.text();
    await settled();
    for (const [k, v] of Object.entries(own)) expect(seen[0]!.headers.get(k), k).toBe(v);
  });
});

describe("2. every /v1 route is in the table", () => {
  it.each(["/v1/images/generations", "/v1/audio/speech", "/v1/threads/thread_1/runs", "/v1/complete", "/v1/uploads", "/v1/assistants", "/v1/fine_tuning/jobs"])(
    "POST %s with a key: 404, the origin never sees it",
    async (path) => {
      const { seen } = mockOrigin();
      const { res } = await call(path, chat(newKey()));
      expect(res.status).toBe(404);
      expect((await errorOf(res)).code).toBe("not_found");
      expect(seen).toHaveLength(0);
    },
  );

  it("free routes need the key", async () => {
    const { seen } = mockOrigin();
    for (const path of ["/v1/models", "/v1/batches/batch_1", "/v1/responses/resp_1"]) {
      const { res } = await call(path);
      expect(res.status, path).toBe(401);
    }
    const { res } = await call("/v1/messages/count_tokens", { method: "POST", headers: { "anthropic-version": "2023-06-01" }, body: "{}" });
    expect(res.status).toBe(401);
    expect((await res.json()) as unknown).toMatchObject({ type: "error", error: { type: "authentication_error" } });
    expect(seen).toHaveLength(0);
  });

  it("free routes obey the deny list", async () => {
    const { seen } = mockOrigin();
    const key = newKey();
    const keyId = await keyIdOf(key);
    expect((await admin(`/lists/deny/${keyId}`, { method: "PUT" })).status).toBe(200);
    const { res } = await call("/v1/models", { headers: { authorization: `Bearer ${key}` } });
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe("access_blocked");
    expect(seen).toHaveLength(0);
  });

  it("free routes count one request against rpm", async () => {
    mockOrigin();
    const key = newKey();
    await setOverride(key, { rpm: 2 });
    const get = () => call("/v1/models", { headers: { authorization: `Bearer ${key}` } });
    const a = await get();
    expect(a.res.status).toBe(200);
    await a.settled();
    expect(a.res.headers.get("x-ratelimit-remaining-requests")).toBe("1");
    const b = await get();
    await b.settled();
    const { res } = await call("/v1/chat/completions", chat(key));
    expect(res.status).toBe(429);
    expect((await errorOf(res)).code).toBe("rate_limit_exceeded");
  });

  it("refuses stored completions, the Realtime API and connection upgrades", async () => {
    const { seen } = mockOrigin();
    const key = newKey();
    const auth = { authorization: `Bearer ${key}` };
    const stored = await call("/v1/chat/completions", { headers: auth });
    expect(stored.res.status).toBe(405);
    expect(stored.res.headers.get("allow")).toBe("POST");
    const rt = await call("/v1/realtime", { headers: auth });
    expect(rt.res.status).toBe(404);
    const up = await call("/v1/chat/completions", chat(key, {}, { upgrade: "websocket", connection: "Upgrade" }));
    expect(up.res.status).toBe(400);
    expect(seen).toHaveLength(0);
  });

  it("an operator route from GUARD_POLICY.routes is served, counted and charged its tokens", async () => {
    const { seen } = mockOrigin(async () => Response.json({ data: [] }));
    const key = newKey();
    const env = policy({ defaults: { rpm: 10, tpm: 10_000 }, routes: [{ method: "POST", path: "/v1/images/generations", tokens: 4000 }] });
    const { res, settled } = await call("/v1/images/generations", chat(key), env);
    expect(res.status).toBe(200);
    await settled();
    expect(seen).toHaveLength(1);
    // the fixed cost stays charged after settlement
    const s = await stateOf(await keyIdOf(key));
    expect(s.counters).toMatchObject({ served: 1, promptTokens: 4000, completionTokens: 0 });
  });
});

function batchLine(i: number, body: Record<string, unknown> = {}): string {
  return JSON.stringify({
    custom_id: `req-${i}`,
    method: "POST",
    url: "/v1/chat/completions",
    body: { model: "gpt-test", max_tokens: 10, messages: [{ role: "user", content: `Question ${i}` }], ...body },
  });
}

function upload(key: string, jsonl: string, purpose = "batch"): RequestInit {
  const form = new FormData();
  form.set("purpose", purpose);
  form.set("file", new File([jsonl], "batch.jsonl", { type: "application/jsonl" }));
  return { method: "POST", headers: { authorization: `Bearer ${key}` }, body: form };
}

describe("2b. batch inputs are metered request by request", () => {
  it("an OpenAI batch file counts each line, and reaches the origin byte for byte", async () => {
    const { seen } = mockOrigin(async () => Response.json({ id: "file-1", object: "file", purpose: "batch" }));
    const key = newKey();
    const lines = [0, 1, 2].map((i) => batchLine(i)).join("\n") + "\n";
    const { res, settled } = await call("/v1/files", upload(key, lines));
    expect(res.status).toBe(200);
    await settled();
    expect(seen).toHaveLength(1);
    expect(await seen[0]!.text()).toContain(batchLine(2));
    const s = await stateOf(await keyIdOf(key));
    expect(s.counters).toMatchObject({ requests: 3, served: 3 });
    // each line reserved its own max_tokens: the batch keeps them (the answers come later)
    expect(60 - remaining(s, "rpm")!).toBe(3);
  });

  it("an inner request without an output cap reaches the origin with the one it reserved; capped and legacy-completion requests as sent (red team R13-2)", async () => {
    const { seen } = mockOrigin(async () => Response.json({ id: "file-1", object: "file", purpose: "batch" }));
    const key = newKey();
    const line = (i: number, url: string, body: Record<string, unknown>) => JSON.stringify({ custom_id: `r${i}`, method: "POST", url, body });
    const chatLines = [
      line(0, "/v1/chat/completions", { model: "o3", messages: [{ role: "user", content: "Write a long essay." }] }),
      line(1, "/v1/chat/completions", { model: "o3", messages: [{ role: "user", content: "Another." }], reasoning_effort: "high", max_tokens: null }),
      line(2, "/v1/chat/completions", { model: "o3", messages: [{ role: "user", content: "Short." }], max_tokens: 10 }),
    ].join("\n");
    const respLines = [line(0, "/v1/responses", { model: "o3", input: "Write a long essay." }), line(1, "/v1/responses", { model: "o3", input: "x", max_output_tokens: 7 })].join("\n");
    const complLines = line(0, "/v1/completions", { model: "babbage-002", prompt: "Once upon" });
    for (const lines of [chatLines, respLines, complLines]) {
      const { res, settled } = await call("/v1/files", upload(key, lines));
      expect(res.status).toBe(200);
      await settled();
    }
    const bodies: Record<string, unknown>[][] = [];
    for (const r of seen) {
      const f = (await r.formData()).get("file") as File;
      bodies.push((await f.text()).trim().split("\n").map((l) => (JSON.parse(l) as { body: Record<string, unknown> }).body));
    }
    expect(bodies[0]![0]).toMatchObject({ max_completion_tokens: 1024 });
    expect(bodies[0]![1]).toMatchObject({ max_completion_tokens: 1024, reasoning_effort: "high" });
    expect(bodies[0]![2]).toEqual({ model: "o3", messages: [{ role: "user", content: "Short." }], max_tokens: 10 });
    expect(bodies[1]![0]).toMatchObject({ max_output_tokens: 1024 });
    expect(bodies[1]![1]).toMatchObject({ max_output_tokens: 7 });
    expect(bodies[2]![0]).toEqual({ model: "babbage-002", prompt: "Once upon" });
  });

  it("each batch created from an uploaded file after the first is metered as the whole file again (red team F3)", async () => {
    let n = 0;
    const { seen } = mockOrigin(async (req) => Response.json(new URL(req.url).pathname === "/v1/files" ? { id: `file-${++n}` } : { id: "batch_1", object: "batch" }));
    const key = newKey();
    const up = await call("/v1/files", upload(key, [0, 1, 2, 3].map((i) => batchLine(i)).join("\n")));
    expect(up.res.status).toBe(200);
    expect(((await up.res.json()) as { id: string }).id).toBe("file-1");
    await up.settled();
    const keyId = await keyIdOf(key);
    const run = async (k = key, fileId = "file-1") => {
      const r = await call("/v1/batches", { method: "POST", headers: { authorization: `Bearer ${k}` }, body: JSON.stringify({ input_file_id: fileId, endpoint: "/v1/chat/completions", completion_window: "24h" }) });
      await r.settled();
      return r.res;
    };
    expect((await run()).status).toBe(200);
    expect((await stateOf(keyId)).counters.served).toBe(4 + 1);
    expect((await run()).status).toBe(200);
    expect((await stateOf(keyId)).counters.served).toBe(4 + 1 + 4);
    // a file this key did not upload through the guard, or another key's file, or another endpoint
    expect((await run(key, "file-999")).status).toBe(400);
    const other = await call("/v1/batches", { method: "POST", headers: { authorization: `Bearer ${key}` }, body: JSON.stringify({ input_file_id: "file-1", endpoint: "/v1/embeddings", completion_window: "24h" }) });
    expect(other.res.status).toBe(400);
    expect((await run(newKey())).status).toBe(400);
    expect(seen.filter((r) => new URL(r.url).pathname === "/v1/batches")).toHaveLength(2);
  });

  it("a file of more lines than the key's rpm is admitted on a whole minute and holds its next requests back (red team R31-2)", async () => {
    const { seen } = mockOrigin();
    const key = newKey();
    await setOverride(key, { rpm: 2 });
    const up = await call("/v1/files", upload(key, [0, 1, 2].map((i) => batchLine(i)).join("\n")));
    expect(up.res.status).toBe(200);
    await up.settled();
    expect(seen).toHaveLength(1);
    // three requests taken from a minute of two: the next one waits for the debt and the minute
    const next = await call("/v1/chat/completions", { method: "POST", headers: { authorization: `Bearer ${key}` }, body: JSON.stringify({ model: "gpt-test", max_tokens: 10, messages: [{ role: "user", content: "hi" }] }) });
    expect(next.res.status).toBe(429);
    expect((await errorOf(next.res)).code).toBe("rate_limit_exceeded");
    expect(Number(next.res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(seen).toHaveLength(1);
  });

  it("a run the origin refused is not counted: the retry is still the free first run, the next one metered (red team R32-1)", async () => {
    let refuse = 1;
    const { seen } = mockOrigin(async (req) => {
      if (new URL(req.url).pathname === "/v1/files") return Response.json({ id: "file-r1" });
      if (refuse-- > 0) return Response.json({ error: { message: "Enqueued token limit reached", type: "invalid_request_error", code: "token_limit_exceeded" } }, { status: 429 });
      return Response.json({ id: "batch_1", object: "batch" });
    });
    const key = newKey();
    const up = await call("/v1/files", upload(key, [0, 1, 2, 3].map((i) => batchLine(i)).join("\n")));
    expect(up.res.status).toBe(200);
    await up.settled();
    const keyId = await keyIdOf(key);
    const tokensAfterUpload = remaining(await stateOf(keyId), "tpd")!;
    const run = async () => {
      const r = await call("/v1/batches", { method: "POST", headers: { authorization: `Bearer ${key}` }, body: JSON.stringify({ input_file_id: "file-r1", endpoint: "/v1/chat/completions", completion_window: "24h" }) });
      await r.settled();
      return r.res;
    };
    expect((await run()).status).toBe(429);
    expect((await run()).status).toBe(200);
    // the retry ran the file as its first run: no tokens charged beyond the upload's
    expect(remaining(await stateOf(keyId), "tpd")).toBeGreaterThanOrEqual(tokensAfterUpload);
    // the run after it is the second: metered as the whole file again
    expect((await run()).status).toBe(200);
    expect(remaining(await stateOf(keyId), "tpd")).toBeLessThan(tokensAfterUpload - 4 * 10);
    expect(seen.filter((r) => new URL(r.url).pathname === "/v1/batches")).toHaveLength(3);
  });

  it("a file of more tokens than the key's tpm leaves a debt that holds back requests needing tokens, not the batch's start (red team R32-4)", async () => {
    const { seen } = mockOrigin();
    const key = newKey();
    await setOverride(key, { tpm: 100 });
    const up = await call("/v1/files", upload(key, [0, 1, 2].map((i) => batchLine(i, { max_tokens: 50 })).join("\n")));
    expect(up.res.status).toBe(200);
    const fileId = ((await up.res.json()) as { id: string }).id;
    await up.settled();
    // the run (free: no tokens) starts at once, as the SDK's next call expects
    const run = await call("/v1/batches", { method: "POST", headers: { authorization: `Bearer ${key}` }, body: JSON.stringify({ input_file_id: fileId, endpoint: "/v1/chat/completions", completion_window: "24h" }) });
    await run.settled();
    expect(run.res.status).toBe(200);
    // a request that needs tokens waits for the debt
    const chat = await call("/v1/chat/completions", { method: "POST", headers: { authorization: `Bearer ${key}` }, body: JSON.stringify({ model: "gpt-test", max_tokens: 10, messages: [{ role: "user", content: "hi" }] }) });
    expect(chat.res.status).toBe(429);
    expect((await errorOf(chat.res)).message).toContain("tokens per minute");
    expect(seen.map((r) => new URL(r.url).pathname)).toEqual(["/v1/files", "/v1/batches"]);
  });

  it("refuses the whole file when its tokens exceed the key's daily limit; the origin never gets it", async () => {
    const { seen } = mockOrigin();
    const key = newKey();
    await setOverride(key, { tpd: 30 });
    const { res } = await call("/v1/files", upload(key, [0, 1, 2].map((i) => batchLine(i)).join("\n")));
    expect(res.status).toBe(429);
    const e = await errorOf(res);
    expect(e.code).toBe("request_too_large");
    // the message names the limit and what to do
    expect(e.message).toContain("tokens per day limit");
    expect(e.message).toContain("split it into files sent on different days");
    expect(res.headers.get("x-should-retry")).toBe("false");
    expect(seen).toHaveLength(0);
  });

  it("an output cap under another route's field name is refused, in a batch line, a chat request and a background response; the origin gets nothing (red team R20-2)", async () => {
    const { seen } = mockOrigin();
    const key = newKey();
    const line = (i: number, body: Record<string, unknown>) => JSON.stringify({ custom_id: `r${i}`, method: "POST", url: "/v1/chat/completions", body });
    const lines = [0, 1, 2].map((i) => line(i, { model: "m", messages: [{ role: "user", content: "Write a long essay." }], max_output_tokens: 1 })).join("\n");
    const b = await call("/v1/files", upload(key, lines));
    expect(b.res.status).toBe(400);
    expect(await errorOf(b.res)).toMatchObject({ code: "invalid_request", param: "line 1.max_output_tokens" });
    const c = await call("/v1/chat/completions", chat(key, { max_output_tokens: 1 }));
    expect(c.res.status).toBe(400);
    expect(await errorOf(c.res)).toMatchObject({ type: "invalid_request_error", param: "max_output_tokens" });
    for (const f of ["max_tokens", "max_completion_tokens"]) {
      const r = await call("/v1/responses", { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify({ model: "m", input: "Write a long essay.", background: true, [f]: 1 }) });
      expect(r.res.status).toBe(400);
      expect((await errorOf(r.res)).param).toBe(f);
    }
    expect(seen).toHaveLength(0);
  });

  it("refuses a file with a line the guard cannot check, naming the line", async () => {
    const { seen } = mockOrigin();
    const bad = [batchLine(0), batchLine(1, { n: -100000 })].join("\n");
    const { res } = await call("/v1/files", upload(newKey(), bad));
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toMatchObject({ code: "invalid_request", param: "line 2.n" });
    const wrongUrl = JSON.stringify({ custom_id: "x", method: "POST", url: "/v1/images/generations", body: {} });
    expect((await call("/v1/files", upload(newKey(), wrongUrl))).res.status).toBe(400);
    const mixed = [batchLine(0), JSON.stringify({ custom_id: "e", method: "POST", url: "/v1/embeddings", body: { model: "e", input: "x" } })].join("\n");
    const m = await call("/v1/files", upload(newKey(), mixed));
    expect(m.res.status).toBe(400);
    expect((await errorOf(m.res)).message).toContain("same url");
    expect(seen).toHaveLength(0);
  });

  it("accepts batch uploads and model inputs (user_data, vision, assistants); refuses every other purpose", async () => {
    const { seen } = mockOrigin(async () => Response.json({ id: "file-u1", object: "file", purpose: "user_data" }));
    for (const purpose of ["fine-tune", "evals", "Assistants", ""]) {
      const { res } = await call("/v1/files", upload(newKey(), batchLine(0), purpose));
      expect(res.status, purpose).toBe(400);
      const err = await errorOf(res);
      expect(err.param).toBe("purpose");
      expect(err.message).toBe("Only uploads with purpose 'batch', 'user_data', 'vision' or 'assistants' are accepted through this gateway.");
    }
    expect(seen).toHaveLength(0);
    // a model input (a PDF a later request names by file_id): one free request, forwarded as sent
    const key = newKey();
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0xff, 0x00, 0x01]);
    for (const purpose of ["user_data", "vision", "assistants"]) {
      const form = new FormData();
      form.set("purpose", purpose);
      form.set("file", new File([pdf], "report.pdf", { type: "application/pdf" }));
      const built = new Request("https://x", { method: "POST", body: form });
      const type = built.headers.get("content-type")!;
      const sent = new Uint8Array(await built.arrayBuffer());
      const { res, settled } = await call("/v1/files", { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": type }, body: sent });
      expect(res.status, purpose).toBe(200);
      await settled();
      const got = seen.at(-1)!;
      expect(new Uint8Array(await got.arrayBuffer())).toEqual(sent);
      expect(got.headers.get("content-type")).toBe(type);
      const f = (await new Request("https://x", { method: "POST", headers: { "content-type": got.headers.get("content-type")! }, body: sent }).formData()).get("file") as File;
      expect(new Uint8Array(await f.arrayBuffer())).toEqual(pdf);
    }
    expect(seen).toHaveLength(3);
    const st = await stateOf(await keyIdOf(key));
    expect(st.counters.requests).toBe(3);
  });

  it("an Anthropic message batch counts each request and obeys the deny list", async () => {
    const { seen } = mockOrigin(async () => Response.json({ id: "msgbatch_1", type: "message_batch" }));
    const key = newKey();
    const params = { model: "claude-test", max_tokens: 16, messages: [{ role: "user", content: "Hello" }] };
    const body = JSON.stringify({ requests: [0, 1, 2, 3].map((i) => ({ custom_id: `c${i}`, params })) });
    const init = (): RequestInit => ({ method: "POST", headers: { "x-api-key": key, "anthropic-version": "2023-06-01" }, body });
    const ok = await call("/v1/messages/batches", init());
    expect(ok.res.status).toBe(200);
    await ok.settled();
    const keyId = await keyIdOf(key);
    expect((await stateOf(keyId)).counters.served).toBe(4);
    await admin(`/lists/deny/${keyId}`, { method: "PUT" });
    const denied = await call("/v1/messages/batches", init());
    expect(denied.res.status).toBe(403);
    expect(seen).toHaveLength(1);
  });

  it("a batch the origin did not accept gives its requests back but for the call itself; a later run of a file likewise (red team R32-2)", async () => {
    let overloaded = 2;
    const { seen } = mockOrigin(async (req) => {
      const path = new URL(req.url).pathname;
      if (path === "/v1/files") return Response.json({ id: "file-o1" });
      if (overloaded-- > 0) return Response.json({ type: "error", error: { type: "overloaded_error", message: "Overloaded" } }, { status: 529 });
      return Response.json({ id: "msgbatch_1", type: "message_batch" });
    });
    const key = newKey();
    await setOverride(key, { rpm: 20 });
    const keyId = await keyIdOf(key);
    const params = { model: "claude-test", max_tokens: 16, messages: [{ role: "user", content: "Hello" }] };
    const body = JSON.stringify({ requests: Array.from({ length: 30 }, (_, i) => ({ custom_id: `c${i}`, params })) });
    const failed = await call("/v1/messages/batches", { method: "POST", headers: { "x-api-key": key, "anthropic-version": "2023-06-01" }, body });
    expect(failed.res.status).toBe(529);
    await failed.settled();
    // 20 taken (the whole minute), 19 given back: the call itself counts
    expect(remaining(await stateOf(keyId), "rpm")).toBe(19);
    // a later run of a file (metered as the whole file again) the origin refused, likewise
    const up = await call("/v1/files", upload(key, [0, 1, 2, 3, 4].map((i) => batchLine(i)).join("\n")));
    await up.settled();
    const run = async () => {
      const r = await call("/v1/batches", { method: "POST", headers: { authorization: `Bearer ${key}` }, body: JSON.stringify({ input_file_id: "file-o1", endpoint: "/v1/chat/completions", completion_window: "24h" }) });
      await r.settled();
      return r.res.status;
    };
    expect(await run()).toBe(529); // the free first run, refused: not counted (R32-1)
    expect(await run()).toBe(200); // the first run
    const before = remaining(await stateOf(keyId), "rpm")!;
    overloaded = 1;
    expect(await run()).toBe(529); // a later run, metered as the 5 requests of the file, refused
    expect(remaining(await stateOf(keyId), "rpm")).toBeGreaterThanOrEqual(before - 1);
    expect(seen.filter((r) => new URL(r.url).pathname === "/v1/batches")).toHaveLength(3);
  });

  it("an Anthropic batch item with a hostile number is refused with its place as param", async () => {
    const { seen } = mockOrigin();
    const params = { model: "claude-test", max_tokens: -5, messages: [{ role: "user", content: "Hello" }] };
    const { res } = await call("/v1/messages/batches", {
      method: "POST",
      headers: { "x-api-key": newKey(), "anthropic-version": "2023-06-01" },
      body: JSON.stringify({ requests: [{ custom_id: "a", params }] }),
    });
    expect(res.status).toBe(400);
    expect((await res.json()) as unknown).toMatchObject({ type: "error", error: { type: "invalid_request_error", code: "invalid_request" } });
    expect(seen).toHaveLength(0);
  });
});

describe("3. path spellings", () => {
  it.each([
    "/v1/chat/completion%73",
    "/v1/%63hat/completions",
    "/v1//chat/completions",
    "/v1/chat%2Fcompletions",
    "/v1/chat/completions;x=1",
    "/v1/chat/completions/",
    "/admin/lists/deny/k_00000000000000000000000000000000%2F",
  ])("%s: 400, never forwarded", async (path) => {
    const { seen } = mockOrigin();
    const { res } = await call(path, chat(newKey()));
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe("invalid_request");
    expect(seen).toHaveLength(0);
  });

  it("case variants are not routes", async () => {
    const { seen } = mockOrigin();
    for (const path of ["/V1/chat/completions", "/v1/Chat/Completions", "/v1/MESSAGES"]) {
      const { res } = await call(path, chat(newKey()));
      expect(res.status, path).toBe(404);
    }
    expect(seen).toHaveLength(0);
  });

  it("the admin API is reachable only by its canonical spelling", async () => {
    const res = (await call("/%61dmin/keys/lookup", { method: "POST", headers: { authorization: "Bearer test-admin-token" }, body: '{"key":"x"}' })).res;
    expect(res.status).toBe(400);
  });
});

describe("5. numbers that would refund quota", () => {
  it.each([
    ["/v1/responses", { model: "m", input: "hi", n: -100000 }, "n"],
    ["/v1/responses", { model: "m", input: "hi", max_output_tokens: { $gt: 1 } }, "max_output_tokens"],
    ["/v1/embeddings", { model: "m", input: "hi", max_tokens: -1 }, "max_tokens"],
    ["/v1/chat/completions", { model: "m", messages: [{ role: "user", content: "x" }], max_completion_tokens: 1.5 }, "max_completion_tokens"],
    ["/v1/chat/completions", { model: "m", messages: [{ role: "user", content: "x" }], top_logprobs: 99 }, "top_logprobs"],
    ["/v1/completions", { model: "m", prompt: "x", best_of: 0 }, "best_of"],
    ["/v1/messages", { model: "m", max_tokens: 10, messages: [{ role: "user", content: "x" }], thinking: { type: "enabled", budget_tokens: -4 } }, "thinking.budget_tokens"],
    ["/v1/messages", { model: "m", max_tokens: 10, messages: [{ role: "user", content: "x" }], n: "4" }, "n"],
  ])("%s %j: 400 naming %s", async (path, body, param) => {
    const { seen } = mockOrigin();
    const { res } = await call(path, { method: "POST", headers: { authorization: `Bearer ${newKey()}` }, body: JSON.stringify(body) });
    expect(res.status).toBe(400);
    const j = (await res.json()) as { error: { code: string; param?: string } };
    expect(j.error.code).toBe("invalid_request");
    if (path !== "/v1/messages") expect(j.error.param).toBe(param);
    else expect(j.error).toMatchObject({ code: "invalid_request" });
    expect(seen).toHaveLength(0);
  });

  it("max_tokens 0 with echo (a log-likelihood evaluation) is a valid completions request and reserves no output", async () => {
    mockOrigin();
    const { res, settled } = await call("/v1/completions", { method: "POST", headers: { authorization: `Bearer ${newKey()}` }, body: JSON.stringify({ model: "m", prompt: "abcdefgh", echo: true, logprobs: 1, max_tokens: 0 }) });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-ratelimit-remaining-tokens")).toBe(String(200_000 - 2));
    await res.text();
    await settled();
  });

  it("n and best_of multiply the completion reservation", async () => {
    mockOrigin();
    const key = newKey();
    const { res, settled } = await call("/v1/chat/completions", chat(key, { n: 4, max_tokens: 1000, messages: [{ role: "user", content: "abcd" }] }));
    expect(res.status).toBe(200);
    // a prompt of 8 tokens ("abcd" and one message's template) + 4 x 1,000 completion tokens reserved out of 200,000
    expect(res.headers.get("x-ratelimit-remaining-tokens")).toBe(String(200_000 - 4008));
    await res.text();
    await settled();
  });
});

describe("parser differentials", () => {
  it("the origin gets the body the guard metered: a duplicate key cannot say one thing to each", async () => {
    const { seen } = mockOrigin();
    const key = newKey();
    const raw = '{"model":"m","messages":[{"role":"user","content":"hi"}],"max_tokens":100000,"max_tokens":1}';
    const { res, settled } = await call("/v1/chat/completions", { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "text/plain" }, body: raw });
    expect(res.status).toBe(200);
    await res.text();
    await settled();
    const forwarded = await seen[0]!.text();
    expect(JSON.parse(forwarded).max_tokens).toBe(1);
    expect(forwarded.match(/max_tokens/g)).toHaveLength(1);
    expect(seen[0]!.headers.get("content-type")).toBe("application/json");
  });

  it("batches too: an Anthropic batch with two 'requests' keys, a JSONL line with two 'body' keys", async () => {
    const { seen } = mockOrigin(async () => Response.json({ id: "x" }));
    const params = (max: number) => ({ model: "c", max_tokens: max, messages: [{ role: "user", content: "Hi" }] });
    const many = JSON.stringify(Array.from({ length: 20 }, (_, i) => ({ custom_id: `c${i}`, params: params(8000) })));
    const one = JSON.stringify([{ custom_id: "c", params: params(1) }]);
    const key = newKey();
    const a = await call("/v1/messages/batches", { method: "POST", headers: { "x-api-key": key }, body: `{"requests":${many},"requests":${one}}` });
    expect(a.res.status).toBe(200);
    await a.settled();
    const sent = await seen[0]!.text();
    expect(JSON.parse(sent).requests).toHaveLength(1);
    expect(sent.match(/"requests"/g)).toHaveLength(1);

    const line = `{"custom_id":"r","method":"POST","url":"/v1/chat/completions","body":{"model":"m","max_tokens":8000,"n":8,"messages":[{"role":"user","content":"x"}]},"body":{"model":"m","max_tokens":1,"messages":[{"role":"user","content":"x"}]}}`;
    const f = await call("/v1/files", upload(key, line));
    expect(f.res.status).toBe(200);
    await f.settled();
    const file = (await seen[1]!.formData()).get("file") as File;
    const forwarded = await file.text();
    expect(forwarded.match(/"body"/g)).toHaveLength(1);
    expect(JSON.parse(forwarded.trim()).body.max_tokens).toBe(1);
  });

  it("method-override headers never reach the origin", async () => {
    const { seen } = mockOrigin();
    const { res, settled } = await call("/v1/chat/completions", chat(newKey(), {}, { "x-http-method-override": "DELETE", "x-http-method": "GET", "x-method-override": "PUT" }));
    expect(res.status).toBe(200);
    await res.text();
    await settled();
    for (const h of ["x-http-method-override", "x-http-method", "x-method-override"]) expect(seen[0]!.headers.get(h)).toBeNull();
  });

  it("a compressed request body is refused, not forwarded for the origin to inflate", async () => {
    const { seen } = mockOrigin();
    const { res } = await call("/v1/chat/completions", chat(newKey(), {}, { "content-encoding": "gzip" }));
    expect(res.status).toBe(400);
    expect(seen).toHaveLength(0);
  });
});

describe("smaller ones", () => {
  it("tier names that are Object.prototype members are not tiers", async () => {
    const keyId = await keyIdOf(newKey());
    for (const tier of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      const res = await admin(`/keys/${keyId}/overrides`, { method: "PUT", body: JSON.stringify({ tier }) });
      expect(res.status, tier).toBe(400);
    }
    const bad = await call("/v1/chat/completions", chat(newKey()), policy({ tiers: JSON.parse('{"__proto__":{"rpm":1}}') }));
    expect(bad.res.status).toBe(500);
  });

  it("netMeta: CF-Connecting-IP is believed only from Cloudflare's edge or when the operator says so", () => {
    const headers = { "cf-connecting-ip": "203.0.113.7" };
    const direct = new Request("https://guard.test/v1/models", { headers });
    expect(netMeta(direct, false).ip).toBeUndefined();
    expect(netMeta(direct, true).ip).toBe("203.0.113.7");
    const viaEdge = new Request("https://guard.test/v1/models", { headers, cf: { asn: 64500, country: "DE" } } as RequestInit);
    expect(netMeta(viaEdge, false)).toEqual({ ip: "203.0.113.7", asn: 64500, country: "DE" });
  });

  it("netMeta remembers an address's network: a second request from it does not parse cf again; without cf nothing is remembered", () => {
    let reads = 0;
    const viaEdge = (ip: string) => {
      const r = new Request("https://guard.test/v1/models", { headers: { "cf-connecting-ip": ip } });
      Object.defineProperty(r, "cf", { get: () => (reads++, { asn: 64501, country: "FR" }) });
      return r;
    };
    const ip = "198.51.100.23"; // no other test sends it
    expect(netMeta(viaEdge(ip), false)).toEqual({ ip, asn: 64501, country: "FR" });
    expect(netMeta(viaEdge(ip), false)).toEqual({ ip, asn: 64501, country: "FR" });
    expect(reads).toBe(1);
    // a deployment without cf (a bare workerd): the header is never believed, however often it comes
    const direct = () => new Request("https://guard.test/v1/models", { headers: { "cf-connecting-ip": "198.51.100.24" } });
    for (let i = 0; i < 3; i++) expect(netMeta(direct(), false).ip).toBeUndefined();
    expect(netMeta(direct(), true).ip).toBe("198.51.100.24");
  });

  it("no query string reaches the logs, even when the origin cannot be reached", async () => {
    vi.spyOn(globalThis, "fetch").mockImplementation(async (input) => {
      throw new TypeError(`fetch failed for ${String(input instanceof Request ? input.url : input)}`);
    });
    const logs: string[] = [];
    vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => void logs.push(a.join(" ")));
    const { res, settled } = await call("/v1/chat/completions?beta=abc123", chat(newKey()));
    expect(res.status).toBe(502);
    await settled();
    expect(logs.some((l) => l.includes("upstream_error"))).toBe(true);
    expect(logs.join("\n")).not.toContain("abc123");
  });

  it("a client that hangs up during the upload is logged as a client abort, not an internal error", async () => {
    mockOrigin();
    const logs: string[] = [];
    vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => void logs.push(a.join(" ")));
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode('{"messages":['));
        c.error(new Error("connection reset by peer"));
      },
    });
    const { res } = await call("/v1/chat/completions", { method: "POST", headers: { authorization: `Bearer ${newKey()}` }, body, duplex: "half" } as RequestInit);
    expect(res.status).toBe(400);
    expect(logs.some((l) => l.includes('"evt":"client_abort"'))).toBe(true);
    expect(logs.some((l) => l.includes("internal_error"))).toBe(false);
  });
});
