/**
 * A challenged customer gets back in: the official `openai` and `@anthropic-ai/sdk` clients with
 * the llm-edge-guard/client fetch helper solve the guard's proof-of-work and go on; without it they
 * get a `challenge_required` error and do not retry. Degraded answers parse as usual. The guard
 * runs on Miniflare's API in front of the mock origin; standings are forced by tier cut-offs.
 */
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGuard, type GuardHarness } from "../../scripts/lib/guard-harness.ts";
import { type ChallengeInfo, guardFetch } from "../../src/client/index.ts";
import { freshKey, recordingFetch, setOverrides } from "./helpers.ts";

const at = (challengeAt: number) => ({ throttleAt: 0, degradeAt: 0, challengeAt, blockAt: 1, jitter: 0, minEvidence: 0, hysteresis: 0, convergeChannels: 1, convergeFloor: 0 });

let g: GuardHarness;
beforeAll(async () => {
  g = await startGuard({
    policy: {
      defaults: { rpm: 600, tpm: 2_000_000, tpd: 50_000_000, concurrency: 16 },
      tiers: { suspect: { rpm: 600, detection: at(0) }, degraded: { rpm: 600, detection: at(1) } },
      challenge: { passRequests: 20, passMinutes: 10, baseBits: 10, maxBits: 14 },
    },
  });
});
afterAll(async () => {
  await g?.dispose();
});

const MESSAGES = [{ role: "user" as const, content: "Say hello to the world!" }];

async function keyIn(tier: string, prefix?: string): Promise<string> {
  const key = freshKey(prefix);
  await setOverrides(g, key, { tier });
  return key;
}

describe("openai client", () => {
  it("with guardFetch: the challenge is solved once, the request and the following ones are served", async () => {
    const key = await keyIn("suspect");
    const solved: ChallengeInfo[] = [];
    const rec = recordingFetch();
    const c = new OpenAI({ apiKey: key, baseURL: `${g.url}/v1`, maxRetries: 0, fetch: guardFetch({ fetch: rec.fetch, onChallenge: (i) => solved.push(i) }) });
    const r = await c.chat.completions.create({ model: "mock-gpt", messages: MESSAGES, max_tokens: 3 });
    expect(r.choices[0]!.message.content).toBe("Lorem ipsum dolor");
    const s = await c.chat.completions.create({ model: "mock-gpt", messages: MESSAGES, max_tokens: 3, stream: true });
    let text = "";
    for await (const ch of s) text += ch.choices[0]?.delta.content ?? "";
    expect(text).toBe("Lorem ipsum dolor");
    expect(solved).toHaveLength(1);
    expect(solved[0]!.difficulty).toBe(10);
    expect(rec.attempts.map((a) => a.status)).toEqual([403, 200, 200]);
  });

  it("without it: PermissionDeniedError challenge_required, and the SDK does not retry", async () => {
    const key = await keyIn("suspect");
    const rec = recordingFetch();
    const c = new OpenAI({ apiKey: key, baseURL: `${g.url}/v1`, maxRetries: 2, fetch: rec.fetch });
    const err = await c.chat.completions.create({ model: "mock-gpt", messages: MESSAGES }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.PermissionDeniedError);
    expect((err as InstanceType<typeof OpenAI.PermissionDeniedError>).code).toBe("challenge_required");
    expect(rec.attempts).toHaveLength(1);
  });

  it("a degraded answer is a normal completion for the SDK", async () => {
    const key = await keyIn("degraded");
    const c = new OpenAI({ apiKey: key, baseURL: `${g.url}/v1`, maxRetries: 0 });
    const { data, response } = await c.chat.completions.create({ model: "mock-gpt", messages: MESSAGES, n: 3, logprobs: true, max_tokens: 4 }).withResponse();
    expect(response.headers.get("x-guard-policy")).toBe("degraded");
    expect(data.choices).toHaveLength(1);
    expect(data.choices[0]!.message.content).toBe("Lorem ipsum dolor sit");
  });
});

describe("@anthropic-ai/sdk", () => {
  it("with guardFetch on /v1/messages: solved and served", async () => {
    const key = await keyIn("suspect", "sk-ant-e2e");
    const solved: ChallengeInfo[] = [];
    const c = new Anthropic({ apiKey: key, baseURL: g.url, maxRetries: 0, fetch: guardFetch({ onChallenge: (i) => solved.push(i) }) });
    const m = await c.messages.create({ model: "mock-claude", max_tokens: 3, messages: MESSAGES });
    expect(m.content[0]).toMatchObject({ type: "text", text: "Lorem ipsum dolor" });
    expect(solved).toHaveLength(1);
  });

  it("without it: PermissionDeniedError with the guard's code, no retry", async () => {
    const key = await keyIn("suspect", "sk-ant-e2e");
    const rec = recordingFetch();
    const c = new Anthropic({ apiKey: key, baseURL: g.url, maxRetries: 2, fetch: rec.fetch });
    const err = await c.messages.create({ model: "mock-claude", max_tokens: 3, messages: MESSAGES }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.PermissionDeniedError);
    expect(JSON.stringify((err as InstanceType<typeof Anthropic.PermissionDeniedError>).error)).toContain("challenge_required");
    expect(rec.attempts).toHaveLength(1);
  });

  it("a degraded answer with extended thinking parses", async () => {
    const key = await keyIn("degraded", "sk-ant-e2e");
    const c = new Anthropic({ apiKey: key, baseURL: g.url, maxRetries: 0 });
    const { data, response } = await c.messages
      .create({ model: "mock-claude", max_tokens: 8000, thinking: { type: "enabled", budget_tokens: 4000 }, messages: MESSAGES })
      .withResponse();
    expect(response.headers.get("x-guard-policy")).toBe("degraded");
    expect(data.type).toBe("message");
  });
});
