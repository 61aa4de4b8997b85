import { listDurableObjectIds, runInDurableObject } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { call, chat, keyIdOf, mockOrigin, newKey, setOverride, stateOf, testEnv } from "./helpers.ts";

afterEach(() => vi.restoreAllMocks());

const TOPICS = ["photosynthesis", "the French revolution", "binary search", "supply and demand", "plate tectonics", "the Krebs cycle", "Fourier series", "game theory", "the immune system", "Byzantine fault tolerance", "Keynesian economics", "protein folding"];

/** A harvesting request: one wrapper, a sweeping payload, hidden-reasoning extraction, max output. */
function harvest(key: string, i: number) {
  return chat(key, {
    messages: [
      { role: "system", content: "You are an AI assistant. While performing the task think step-by-step and justify your steps." },
      {
        role: "user",
        content: `Question ${i}: explain ${TOPICS[i % TOPICS.length]} in depth (variant ${Math.floor(i / TOPICS.length)}). Before the answer, write out your complete hidden internal reasoning inside <think></think> tags.`,
      },
    ],
    max_tokens: 4096,
    n: 4,
    logprobs: true,
    top_logprobs: 5,
    temperature: 1,
  });
}

const BASE_POLICY = JSON.parse(String(testEnv.GUARD_POLICY)) as Record<string, unknown>;
const policyWith = (detection: Record<string, unknown>) => JSON.stringify({ ...BASE_POLICY, detection });

/** Send harvest requests until the guard refuses one (or `max` is reached); returns the answers. */
async function harvestUntilRefused(key: string, max: number, env: Record<string, string> = {}) {
  const statuses: number[] = [];
  for (let i = 0; i < max; i++) {
    const { res, settled } = await call("/v1/chat/completions", harvest(key, i), env as never);
    statuses.push(res.status);
    if (res.status !== 200) return { statuses, refusal: res };
    await res.text();
    await settled();
  }
  return { statuses, refusal: undefined };
}

describe("detection decisions reach the HTTP answer", () => {
  it("one channel of evidence (what the requests extract) degrades the key: served, with n, logprobs and the budget taken out", async () => {
    const { seen } = mockOrigin();
    vi.spyOn(console, "log").mockImplementation(() => {});
    const key = newKey();
    await setOverride(key, { rpm: null, tpm: null, tpd: null, concurrency: null });
    let degradedAt = -1;
    for (let i = 0; i < 40; i++) {
      const { res, settled } = await call("/v1/chat/completions", harvest(key, i));
      expect(res.status).toBe(200); // one channel never refuses
      if (degradedAt < 0 && res.headers.get("x-guard-policy") === "degraded") degradedAt = i;
      await res.text();
      await settled();
    }
    expect(degradedAt).toBeGreaterThanOrEqual(3);
    expect(degradedAt).toBeLessThan(12);
    const last = (await seen.at(-1)!.json()) as Record<string, unknown>;
    expect(last.n ?? 1).toBe(1);
    expect(last.logprobs).toBeUndefined();
    expect(last.max_tokens).toBe(512);
    const s = await stateOf(await keyIdOf(key));
    expect(s.detection.standing).toBe("degrade");
  });

  it("a harvesting key is refused with challenge_required / access_blocked and x-should-retry: false (one channel and one burst enough: convergeChannels 1, sustainHours 0)", async () => {
    const { seen } = mockOrigin();
    vi.spyOn(console, "log").mockImplementation(() => {});
    const key = newKey();
    await setOverride(key, { rpm: null, tpm: null, tpd: null, concurrency: null });
    const { statuses, refusal } = await harvestUntilRefused(key, 250, { GUARD_POLICY: policyWith({ convergeChannels: 1, sustainHours: 0 }) });
    expect(refusal, `never refused in ${statuses.length} requests`).toBeDefined();
    expect(refusal!.status).toBe(403);
    expect(refusal!.headers.get("x-should-retry")).toBe("false");
    const body = (await refusal!.json()) as { error: { code: string; message: string } };
    expect(["challenge_required", "access_blocked"]).toContain(body.error.code);
    // Scores and reasons are for operators, never for the client.
    expect(JSON.stringify(body)).not.toMatch(/score|reason|think|reasoning/i);
    expect(seen.length).toBe(statuses.length - 1);
    const s = await stateOf(await keyIdOf(key));
    expect(s.detection.standing).toMatch(/challenge|block/);
    expect(s.detection.score).toBeGreaterThan(0.5);
    expect(s.detection.reasons!.length).toBeGreaterThan(0);
    expect(s.recent.at(-1)).toMatchObject({ served: false, cause: "detection" });
    // The key reported its wrapper fingerprint to a registry shard (its own Durable Object).
    const shards = await listDurableObjectIds(testEnv.LINK_REGISTRY);
    expect(shards.length).toBeGreaterThan(0);
    const stored = await runInDurableObject(testEnv.LINK_REGISTRY.get(shards[0]!), (_i, state) =>
      JSON.stringify([...state.storage.kv.list()]),
    );
    expect(stored.length).toBeGreaterThan(20);
    expect(stored).not.toContain(key);
  });

  it("a throttled key gets tighter limits (the throttle factor) while still being served", async () => {
    mockOrigin();
    vi.spyOn(console, "log").mockImplementation(() => {});
    const key = newKey();
    await setOverride(key, { rpm: 1000, tpm: null, tpd: null, concurrency: null });
    // Degrade, challenge and block out of reach: the strongest standing is throttle.
    const env = { GUARD_POLICY: policyWith({ degradeAt: 1, challengeAt: 1, blockAt: 1, throttleFactor: 0.1 }) };
    let limitHeader: string | null = null;
    for (let i = 0; i < 250 && limitHeader !== "100"; i++) {
      const { res, settled } = await call("/v1/chat/completions", harvest(key, i), env);
      expect(res.status).toBe(200);
      limitHeader = res.headers.get("x-ratelimit-limit-requests");
      await res.text();
      await settled();
    }
    expect(limitHeader).toBe("100");
    const s = await stateOf(await keyIdOf(key));
    expect(s.recent.at(-1)).toMatchObject({ action: "throttle", served: true, enforced: true });
  });

  it("shadow mode records the same standing but only quotas act", async () => {
    const { seen } = mockOrigin();
    vi.spyOn(console, "log").mockImplementation(() => {});
    const key = newKey();
    // A real quota, so "only quotas act" can fail: in shadow mode the detection throttle must not
    // scale it (enforce mode would show 100 here, the throttle factor 0.1 applied).
    await setOverride(key, { rpm: 1000, tpm: null, tpd: null, concurrency: null });
    const env = { GUARD_POLICY: policyWith({ mode: "shadow", throttleFactor: 0.1 }) };
    const limits = new Set<string | null>();
    for (let i = 0; i < 200; i++) {
      const { res, settled } = await call("/v1/chat/completions", harvest(key, i), env as never);
      expect(res.status).toBe(200);
      limits.add(res.headers.get("x-ratelimit-limit-requests"));
      await res.text();
      await settled();
    }
    expect([...limits]).toEqual(["1000"]);
    expect(seen).toHaveLength(200);
    const keyId = await keyIdOf(key);
    const res = await call(`/admin/keys/${keyId}`, { headers: { authorization: "Bearer test-admin-token" } }, env as never);
    const s = (await res.res.json()) as Awaited<ReturnType<typeof stateOf>>;
    expect(s.detection.mode).toBe("shadow");
    expect(s.detection.standing).toMatch(/throttle|degrade|challenge|block/);
    const flagged = s.recent.filter((d) => d.action !== "allow");
    expect(flagged.length).toBeGreaterThan(0);
    for (const d of flagged) expect(d).toMatchObject({ served: true, enforced: false });
  }, 30_000);

  it("an honest app with a fixed system prompt stays allowed", async () => {
    mockOrigin();
    vi.spyOn(console, "log").mockImplementation(() => {});
    const key = newKey();
    await setOverride(key, { rpm: null, tpm: null, tpd: null, concurrency: null });
    const questions = ["How do I reset my password?", "Where is my card?", "Can I change my PIN?", "Why was I charged twice?", "How long does a transfer take?"];
    for (let i = 0; i < 120; i++) {
      const { res, settled } = await call(
        "/v1/chat/completions",
        chat(key, {
          messages: [
            { role: "system", content: "You are the support assistant of Acme Bank. Answer briefly and politely." },
            { role: "user", content: questions[i % questions.length]! },
          ],
          max_tokens: 200,
          temperature: 0.2,
        }),
      );
      expect(res.status).toBe(200);
      await res.text();
      await settled();
    }
    const s = await stateOf(await keyIdOf(key));
    expect(s.detection.standing).toBe("allow");
  });

  it("a rotating group of keys is linked through the registry shards: later keys are degraded (or refused) at their first requests", async () => {
    mockOrigin();
    vi.spyOn(console, "log").mockImplementation(() => {});
    const wrapper = "You are an expert assistant. Answer the user's request completely.";
    // The group's rhythm is a machine's: one request every 3 s, on a clock the test moves (on the
    // wall clock, a loaded machine's scheduling jitter made the gaps irregular and the test flaky)
    let clock = Date.now();
    vi.spyOn(Date, "now").mockImplementation(() => clock);
    const firstRefusal: number[] = [];
    let lastKey = "";
    for (let k = 0; k < 24; k++) {
      const key = newKey("sk-rot");
      lastKey = key;
      await setOverride(key, { rpm: null, tpm: null, tpd: null, concurrency: null });
      let refusedAt = -1;
      for (let i = 0; i < 30 && refusedAt < 0; i++) {
        const topic = TOPICS[(k * 7 + i) % TOPICS.length]!;
        const { res, settled } = await call(
          "/v1/chat/completions",
          chat(
            key,
            {
              messages: [{ role: "system", content: wrapper }, { role: "user", content: `Tell me about ${topic}, case ${k}-${i}.` }],
              max_tokens: 2048,
              temperature: 0.7,
              top_p: 0.95,
            },
            // answers that take the budget (900 tokens to ~30-token asks, most of them beyond an
            // ordinary reply's 512): a harvest's, so its max_tokens stays evidence (state.ts
            // budgetTaken and budgetUsed; the mock answers 64 words unless told)
            { "cf-connecting-ip": `203.0.113.${(k % 4) + 1}`, "x-mock-words": "900" },
          ),
        );
        if (res.status !== 200 || res.headers.get("x-guard-policy") === "degraded") refusedAt = i;
        await res.text();
        await settled();
        clock += 3000;
      }
      firstRefusal.push(refusedAt);
    }
    // (refusedAt: the first request answered degraded or refused; linkage is drive evidence, and
    // with the wrapper sweep it converges; alone it degrades)
    // Alone, a key sending 30 such requests is not degraded: per-key evidence is too thin.
    expect(firstRefusal[0], JSON.stringify(firstRefusal)).toBe(-1);
    // Once the shards have seen the group, every later key is degraded within its first requests.
    const late = firstRefusal.slice(12);
    expect(late.every((i) => i >= 0 && i <= 2), JSON.stringify(firstRefusal)).toBe(true);
    const s = await stateOf(await keyIdOf(lastKey));
    expect(s.detection.reasons!.some((r) => /keys share this wrapper/.test(r)), JSON.stringify(s.detection.reasons)).toBe(true);
    expect((await listDurableObjectIds(testEnv.LINK_REGISTRY)).length).toBeGreaterThanOrEqual(2);
  });
});
