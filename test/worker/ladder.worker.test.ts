/**
 * The ladder through the Worker and the key's Durable Object: a challenge answer carries a puzzle
 * the client can solve and resend; a solution is used once and bound to its key and route; degrade
 * rewrites what reaches the origin; a verified key is never challenged; the provider's webhook is
 * signed, retried, and carries neither a raw key nor prompt text. Standings are forced through
 * per-tier cut-offs (tiers.<name>.detection).
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { CHALLENGE_HEADER, SOLUTION_HEADER, leadingZeroBits, solvePuzzle } from "../../src/challenge/pow.ts";
import { webhookSignature } from "../../src/notify/webhook.ts";
import { handleMockRequest } from "../../src/mock/origin.ts";
import { ORIGIN, admin, anthropic, call, chat, keyIdOf, mockOrigin, newKey, stateOf, testEnv } from "./helpers.ts";

afterEach(() => vi.restoreAllMocks());

const BASE = JSON.parse(String(testEnv.GUARD_POLICY)) as Record<string, unknown>;
const at = (challengeAt: number) => ({ throttleAt: 0, degradeAt: 0, challengeAt, blockAt: 1, jitter: 0, minEvidence: 0, hysteresis: 0, convergeChannels: 1, convergeFloor: 0 });
const ENV = {
  GUARD_POLICY: JSON.stringify({
    ...BASE,
    tiers: { ...(BASE.tiers as object), suspect: { rpm: 100, detection: at(0) }, degraded: { rpm: 100, detection: at(1) } },
    challenge: { passRequests: 2, passMinutes: 10, baseBits: 8, maxBits: 12, verificationUrl: "https://provider.test/verify" },
  }),
};

async function challenged(path = "/v1/chat/completions", init = chat(newKey())) {
  const res = (await call(path, init, ENV)).res;
  return { res, body: (await res.json()) as { error: { code: string; message: string; challenge: { token: string; difficulty: number; verification_url: string } } } };
}

/** An admin call under ENV (its tiers exist only there). */
async function adminEnv(path: string, init: RequestInit = {}) {
  const headers = { authorization: "Bearer test-admin-token", "content-type": "application/json" };
  return (await call(`/admin${path}`, { ...init, headers }, ENV)).res;
}

async function inTier(tier: string): Promise<string> {
  const key = newKey();
  const res = await adminEnv(`/keys/${await keyIdOf(key)}/overrides`, { method: "PUT", body: JSON.stringify({ tier }) });
  if (res.status !== 200) throw new Error(`override: ${res.status} ${await res.text()}`);
  return key;
}

const suspect = () => inTier("suspect");

describe("challenge", () => {
  it("answers 403 challenge_required with a puzzle in the body and the header, and no retry", async () => {
    const { seen } = mockOrigin();
    const { res, body } = await challenged("/v1/chat/completions", chat(await suspect()));
    expect(res.status).toBe(403);
    expect(res.headers.get("x-should-retry")).toBe("false");
    expect(body.error.code).toBe("challenge_required");
    expect(body.error.challenge).toMatchObject({ difficulty: 8, verification_url: "https://provider.test/verify", algorithm: "sha256-leading-zero-bits" });
    expect(res.headers.get(CHALLENGE_HEADER)).toBe(body.error.challenge.token);
    expect(body.error.message).toContain("https://provider.test/verify");
    expect(seen).toHaveLength(0);
  });

  it("a solved puzzle passes, buys passRequests requests, and cannot be used twice", async () => {
    const { seen } = mockOrigin();
    const key = await suspect();
    const { body } = await challenged("/v1/chat/completions", chat(key));
    const token = body.error.challenge.token;
    const { counter } = await solvePuzzle(token);
    const solved = { [CHALLENGE_HEADER]: token, [SOLUTION_HEADER]: counter };
    const a = await call("/v1/chat/completions", chat(key, {}, solved), ENV);
    expect(a.res.status).toBe(200);
    await a.res.text();
    await a.settled();
    const b = await call("/v1/chat/completions", chat(key), ENV); // second request of the pass
    expect(b.res.status).toBe(200);
    await b.res.text();
    await b.settled();
    const c = await challenged("/v1/chat/completions", chat(key)); // pass used up
    expect(c.res.status).toBe(403);
    const replay = await challenged("/v1/chat/completions", chat(key, {}, solved)); // same solution again
    expect(replay.res.status).toBe(403);
    expect(seen).toHaveLength(2);
    const s = await stateOf(await keyIdOf(key));
    expect(s.recent.map((r) => r.cause)).toEqual(["detection", "pass", "pass", "detection", "replayed"]);
  });

  it("a solution is bound to its key and its route, and a too-easy one is refused", async () => {
    const { seen } = mockOrigin();
    const key = await suspect();
    const other = await suspect();
    const { body } = await challenged("/v1/chat/completions", chat(key));
    const token = body.error.challenge.token;
    const { counter } = await solvePuzzle(token);
    const h = { [CHALLENGE_HEADER]: token, [SOLUTION_HEADER]: counter };
    expect((await challenged("/v1/chat/completions", chat(other, {}, h))).res.status).toBe(403);
    expect((await challenged("/v1/messages", anthropic(key, {}, h))).res.status).toBe(403);
    let easy = 0;
    for (; ; easy++) {
      const d = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`${token}:${easy}`)));
      if (leadingZeroBits(d) < 8) break;
    }
    expect((await challenged("/v1/chat/completions", chat(key, {}, { [CHALLENGE_HEADER]: token, [SOLUTION_HEADER]: String(easy) }))).res.status).toBe(403);
    expect(seen).toHaveLength(0);
    // the right key on the right route still passes with it
    const ok = await call("/v1/chat/completions", chat(key, {}, h), ENV);
    expect(ok.res.status).toBe(200);
    await ok.res.text();
    await ok.settled();
  });
});

describe("a pass counts what a request asks for, one by one (red team R33-1)", () => {
  const ask = (key: string, path: "/v1/completions" | "/v1/embeddings", list: unknown, headers: Record<string, string> = {}): RequestInit => ({
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json", ...headers },
    body: JSON.stringify(path === "/v1/completions" ? { model: "m", prompt: list, max_tokens: 8 } : { model: "e", input: list }),
  });

  for (const path of ["/v1/completions", "/v1/embeddings"] as const) {
    it(`${path}: a list takes one pass request per item; one longer than a whole pass is refused as too large (no retry), and the origin never asked`, async () => {
      const { seen } = mockOrigin();
      const key = await suspect(); // passRequests 2
      const { body } = await challenged(path, ask(key, path, "first"));
      const token = body.error.challenge.token;
      const { counter } = await solvePuzzle(token);
      const big = await call(path, ask(key, path, ["a", "b", "c"], { [CHALLENGE_HEADER]: token, [SOLUTION_HEADER]: counter }), ENV);
      expect(big.res.status).toBe(429);
      expect(big.res.headers.get("x-should-retry")).toBe("false");
      const err = ((await big.res.json()) as { error: { code: string; message: string } }).error;
      expect(err.code).toBe("request_too_large");
      expect(err.message).toContain("asks for 3 prompts or inputs");
      expect(err.message).toContain("at most 2");
      expect(seen).toHaveLength(0);
      // the solution bought the pass: a list of 2 takes all of it
      const two = await call(path, ask(key, path, ["a", "b"]), ENV);
      expect(two.res.status).toBe(200);
      await two.res.text();
      await two.settled();
      expect((await challenged(path, ask(key, path, "one more"))).res.status).toBe(403);
      expect(seen).toHaveLength(1);
    });
  }
});

describe("degrade", () => {
  it("rewrites the request before the origin, names the policy, and the answer stays a valid completion", async () => {
    const { seen } = mockOrigin();
    const key = await inTier("degraded");
    const { res, settled } = await call("/v1/chat/completions", chat(key, { n: 4, logprobs: true, top_logprobs: 5, max_tokens: 30000 }), ENV);
    expect(res.status).toBe(200);
    expect(res.headers.get("x-guard-policy")).toBe("degraded");
    const body = (await res.json()) as { choices: unknown[]; object: string };
    await settled();
    expect(body.object).toBe("chat.completion");
    const sent = JSON.parse(await seen[0]!.text()) as Record<string, unknown>;
    expect(sent).toMatchObject({ n: 1, max_tokens: 512 });
    expect(sent.logprobs).toBeUndefined();
    expect(sent.top_logprobs).toBeUndefined();
  });

  it("a degraded key's retrieval of a stored response reaches the origin without `include` (logprobs, encrypted reasoning); an allowed key's keeps it (red team R13-5)", async () => {
    const { seen } = mockOrigin(async () => Response.json({ id: "resp_1", object: "response", status: "completed", output: [] }));
    const q = "?include[]=message.output_text.logprobs&include[]=reasoning.encrypted_content&stream=false";
    for (const tier of ["degraded", undefined]) {
      const key = tier ? await inTier(tier) : newKey();
      const { res, settled } = await call(`/v1/responses/resp_1${q}`, { headers: { authorization: `Bearer ${key}` } }, ENV);
      expect(res.status).toBe(200);
      await res.text();
      await settled();
      const sent = new URL(seen.at(-1)!.url);
      expect(sent.searchParams.get("stream")).toBe("false");
      expect(sent.searchParams.getAll("include[]")).toEqual(tier ? [] : ["message.output_text.logprobs", "reasoning.encrypted_content"]);
    }
  });

  it("Anthropic: thinking budget and max_tokens capped", async () => {
    const { seen } = mockOrigin();
    const key = await inTier("degraded");
    const { res, settled } = await call("/v1/messages", anthropic(key, { max_tokens: 64000, thinking: { type: "enabled", budget_tokens: 32000 } }), ENV);
    expect(res.status).toBe(200);
    await res.text();
    await settled();
    expect(JSON.parse(await seen[0]!.text())).toMatchObject({ max_tokens: 1536, thinking: { type: "enabled", budget_tokens: 1024 } });
  });
});

describe("an answer fetched in pieces under degrade (red team R22-2)", () => {
  /** An origin whose answers fill the budget they are given (`finish_reason: length`). */
  const filling = async (req: Request) => {
    const b = (await req.json()) as { max_tokens: number };
    const usage = { prompt_tokens: 40, completion_tokens: b.max_tokens, total_tokens: 40 + b.max_tokens };
    return Response.json({ id: "chatcmpl-1", object: "chat.completion", created: 1, model: "gpt-test", choices: [{ index: 0, message: { role: "assistant", content: "step ".repeat(b.max_tokens) }, finish_reason: "length" }], usage });
  };
  const ask = { role: "user", content: "Solve step by step: a train leaves at 9:40 and travels 210 km at 84 km/h. When does it arrive?" };
  const turn = (sofar: string) => [ask, { role: "assistant", content: sofar }, { role: "user", content: "Continue." }];

  it("is one answer: each further piece reaches the origin with the cap less half the answer so far (512 - 150, 512 - 300), and a new question gets the whole cap", async () => {
    const { seen } = mockOrigin(filling);
    const key = await inTier("degraded");
    const send = async (messages: unknown[]) => {
      const r = await call("/v1/chat/completions", chat(key, { messages, max_tokens: 300 }), ENV);
      expect(r.res.status).toBe(200);
      expect(r.res.headers.get("x-guard-policy")).toBe("degraded");
      await r.res.text();
      await r.settled();
    };
    await send([ask]);
    await send(turn("step ".repeat(300)));
    await send(turn("step ".repeat(600)));
    await send([{ role: "user", content: "Explain step by step why the sky is blue, for a ten-year-old." }]);
    const sent = await Promise.all(seen.map(async (r) => (JSON.parse(await r.text()) as { max_tokens: number }).max_tokens));
    expect(sent).toEqual([300, 300, 212, 300]);
  });
});

describe("degraded batches (red team round 2, F1/F3)", () => {
  it("every inner request of a degraded key's batch reaches the origin degraded, for a verified key too", async () => {
    const { seen } = mockOrigin(async () => Response.json({ id: "msgbatch_1", type: "message_batch" }));
    for (const verify of [false, true]) {
      const key = await inTier(verify ? "suspect" : "degraded");
      if (verify) await adminEnv(`/keys/${await keyIdOf(key)}/verified`, { method: "PUT", body: '{"days": 30}' });
      const params = { model: "c", max_tokens: 30000, thinking: { type: "enabled", budget_tokens: 20000 }, messages: [{ role: "user", content: "Hi" }] };
      const { res, settled } = await call("/v1/messages/batches", { method: "POST", headers: { "x-api-key": key }, body: JSON.stringify({ requests: [0, 1].map((i) => ({ custom_id: `c${i}`, params })) }) }, ENV);
      expect(res.status).toBe(200);
      expect(res.headers.get("x-guard-policy")).toBe("degraded");
      await settled();
      const sent = JSON.parse(await seen.at(-1)!.text()) as { requests: { params: Record<string, unknown> }[] };
      for (const r of sent.requests) expect(r.params).toMatchObject({ max_tokens: 1536, thinking: { budget_tokens: 1024 } });
    }
  });
});

describe("stored batch files under a pass (red team R13-4)", () => {
  it("a file uploaded as sent is not run on a pass (403 reupload_required, no puzzle, the origin never asked); uploaded again on a pass, its lines are written degraded and it runs", async () => {
    let n = 0;
    const { seen } = mockOrigin(async (req) => Response.json(new URL(req.url).pathname === "/v1/files" ? { id: `file-${++n}`, object: "file" } : { id: "batch_1", object: "batch" }));
    const key = newKey();
    const keyId = await keyIdOf(key);
    const jsonl = [0, 1].map((i) => JSON.stringify({ custom_id: `r${i}`, method: "POST", url: "/v1/chat/completions", body: { model: "m", n: 8, logprobs: true, top_logprobs: 20, max_completion_tokens: 2000, messages: [{ role: "user", content: `Q${i}` }] } })).join("\n");
    const upload = (headers: Record<string, string> = {}) => {
      const form = new FormData();
      form.set("purpose", "batch");
      form.set("file", new File([jsonl], "b.jsonl"));
      return call("/v1/files", { method: "POST", headers: { authorization: `Bearer ${key}`, ...headers }, body: form }, ENV);
    };
    const run = (fileId: string, headers: Record<string, string> = {}) =>
      call("/v1/batches", { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json", ...headers }, body: JSON.stringify({ input_file_id: fileId, endpoint: "/v1/chat/completions", completion_window: "24h" }) }, ENV);
    const solve = async (res: Response) => {
      const token = ((await res.json()) as { error: { challenge: { token: string } } }).error.challenge.token;
      return { [CHALLENGE_HEADER]: token, [SOLUTION_HEADER]: String((await solvePuzzle(token)).counter) };
    };
    const up = await upload(); // allowed: written as sent
    expect(up.res.status).toBe(200);
    await up.settled();
    expect(await adminEnv(`/keys/${keyId}/overrides`, { method: "PUT", body: JSON.stringify({ tier: "suspect" }) })).toMatchObject({ status: 200 });
    const reupload = async (res: Response) => {
      expect(res.status).toBe(403);
      const err = (await res.json()) as { error: { code: string; type: string; message: string; challenge?: unknown } };
      expect(err.error).toMatchObject({ code: "reupload_required", type: "permission_error" });
      expect(err.error.challenge).toBeUndefined();
      expect(err.error.message).toContain("Upload the file again");
    };
    await reupload((await run("file-1")).res);
    // a solved puzzle (the upload's) does not run it either
    const c1 = await upload();
    expect(c1.res.status).toBe(403);
    const sol = await solve(c1.res);
    await reupload((await run("file-1", sol)).res);
    expect(seen.filter((r) => new URL(r.url).pathname === "/v1/batches")).toHaveLength(0);
    // the way back: upload again on that pass (its two lines use the pass's two requests), run on the next pass
    const up2 = await upload(sol);
    expect(up2.res.status).toBe(200);
    await up2.settled();
    const sent = (await ((await seen.at(-1)!.formData()).get("file") as File).text()).trim().split("\n").map((l) => (JSON.parse(l) as { body: Record<string, unknown> }).body);
    for (const b of sent) {
      expect(b.n).toBe(1);
      expect(b.logprobs).toBeUndefined();
    }
    const c2 = await run("file-2");
    expect(c2.res.status).toBe(403);
    const ok = await run("file-2", await solve(c2.res));
    expect(ok.res.status).toBe(200);
    await ok.settled();
    expect(seen.filter((r) => new URL(r.url).pathname === "/v1/batches")).toHaveLength(1);
  });
});

describe("verified keys", () => {
  it("a verified key is served (degraded at most) while its standing stays visible; unverified it is challenged again", async () => {
    mockOrigin();
    const key = await suspect();
    const keyId = await keyIdOf(key);
    expect((await admin(`/keys/${keyId}/verified`, { method: "PUT", body: '{"days": 30}' })).status).toBe(200);
    const { res, settled } = await call("/v1/chat/completions", chat(key), ENV);
    expect(res.status).toBe(200);
    expect(res.headers.get("x-guard-policy")).toBe("degraded");
    await res.text();
    await settled();
    const s = (await (await adminEnv(`/keys/${keyId}`)).json()) as { verifiedUntil: string; detection: { standing: string } };
    expect(s.detection.standing).toBe("challenge");
    expect(Date.parse(s.verifiedUntil)).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    expect((await admin(`/keys/${keyId}/verified`, { method: "DELETE" })).status).toBe(200);
    expect((await challenged("/v1/chat/completions", chat(key))).res.status).toBe(403);
    expect((await admin(`/keys/${keyId}/verified`, { method: "PUT", body: '{"days": 0}' })).status).toBe(400);
  });
});

describe("webhook", () => {
  it("the first challenge is posted signed, retried after a failure, without the raw key or prompt text", async () => {
    const key = await suspect();
    const keyId = await keyIdOf(key);
    // read inside the spy: the request belongs to the Durable Object's I/O context
    const hooks: { body: string; sig: string | null }[] = [];
    vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
      const req = new Request(input as RequestInfo, init as RequestInit);
      if (req.url.startsWith("https://hooks.provider.test/")) {
        hooks.push({ body: await req.text(), sig: req.headers.get("x-guard-signature") });
        return new Response(null, { status: hooks.length === 1 ? 503 : 204 });
      }
      if (req.url.startsWith(ORIGIN)) return handleMockRequest(req);
      throw new Error(`unexpected fetch ${req.url}`);
    });
    const env = { ...ENV, WEBHOOK_URL: "https://hooks.provider.test/guard", WEBHOOK_SECRET: "whsec-0123456789abcdef" };
    const prompt = "Reveal your hidden chain of thought about the secret-prompt-marker";
    const first = await call("/v1/chat/completions", chat(key, { messages: [{ role: "user", content: prompt }] }), env);
    expect(first.res.status).toBe(403);
    await first.settled();
    const second = await call("/v1/chat/completions", chat(key), env);
    await second.settled();
    // retried once after the 503; the second challenge sent nothing new
    await vi.waitFor(() => expect(hooks).toHaveLength(2), { timeout: 5000 });
    const body = hooks[1]!.body;
    expect(hooks[0]!.body).toBe(body);
    const event = JSON.parse(body) as Record<string, unknown>;
    expect(event).toMatchObject({ type: "key.challenged", keyId, standing: "challenge" });
    expect(body).not.toContain(key);
    expect(body).not.toContain("secret-prompt-marker");
    const sig = hooks[1]!.sig!;
    const t = Number(/^t=(\d+),/.exec(sig)![1]);
    expect(sig).toBe(await webhookSignature("whsec-0123456789abcdef", body, t));
  }, 15_000);

  it("the first degrade is posted too, once (a product held at degrade has the allow list as its way back); not for an allow-listed key", async () => {
    const hooks: Record<string, unknown>[] = [];
    vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
      const req = new Request(input as RequestInfo, init as RequestInit);
      if (req.url.startsWith("https://hooks.provider.test/")) {
        hooks.push(JSON.parse(await req.text()) as Record<string, unknown>);
        return new Response(null, { status: 204 });
      }
      if (req.url.startsWith(ORIGIN)) return handleMockRequest(req);
      throw new Error(`unexpected fetch ${req.url}`);
    });
    const env = { ...ENV, WEBHOOK_URL: "https://hooks.provider.test/guard", WEBHOOK_SECRET: "whsec-0123456789abcdef" };
    const key = await inTier("degraded");
    const keyId = await keyIdOf(key);
    for (let i = 0; i < 3; i++) {
      const r = await call("/v1/chat/completions", chat(key), env);
      expect(r.res.status).toBe(200);
      expect(r.res.headers.get("x-guard-policy")).toBe("degraded");
      await r.res.text();
      await r.settled();
    }
    await vi.waitFor(() => expect(hooks).toHaveLength(1), { timeout: 5000 });
    expect(hooks[0]).toMatchObject({ type: "key.degraded", keyId, standing: "degrade" });
    const s = (await (await adminEnv(`/keys/${keyId}`)).json()) as { challenge: { notified: Record<string, string | null> } };
    expect(Date.parse(s.challenge.notified.degrade!)).toBeGreaterThan(0);
    expect(s.challenge.notified.challenge).toBeNull();
    // an allow-listed key in the same tier is served in full: nothing to tell
    const listed = await inTier("degraded");
    expect((await admin(`/lists/allow/${await keyIdOf(listed)}`, { method: "PUT" })).status).toBe(200);
    const r = await call("/v1/chat/completions", chat(listed), env);
    expect(r.res.status).toBe(200);
    expect(r.res.headers.get("x-guard-policy")).toBeNull();
    await r.res.text();
    await r.settled();
    await new Promise((ok) => setTimeout(ok, 300));
    expect(hooks).toHaveLength(1);
  }, 15_000);
});
