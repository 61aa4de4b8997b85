import { describe, expect, it } from "vitest";
import { deliverWebhook, webhookSignature, type WebhookEvent } from "../../src/notify/webhook.ts";

const EVENT: WebhookEvent = { type: "key.blocked", keyId: "k_0", standing: "block", score: 0.95, reasons: ["r"], at: "2026-12-02T10:00:00.000Z" };
const target = { url: "https://hooks.test/x", secret: "whsec-0123456789abcdef" };

function fakeFetch(statuses: (number | "throw")[]) {
  const calls: RequestInit[] = [];
  const f = (async (_url: string, init: RequestInit) => {
    calls.push(init);
    const s = statuses[calls.length - 1] ?? 200;
    if (s === "throw") throw new TypeError("network down");
    return new Response(null, { status: s });
  }) as unknown as typeof fetch;
  return { f, calls };
}

describe("deliverWebhook", () => {
  it("retries network errors and 5xx with exponential backoff, then succeeds", async () => {
    const { f, calls } = fakeFetch(["throw", 503, 429, 200]);
    const waits: number[] = [];
    const r = await deliverWebhook(target, EVENT, { fetch: f, sleep: async (ms) => void waits.push(ms), baseDelayMs: 1000 });
    expect(r).toEqual({ delivered: true, attempts: 4, status: 200 });
    expect(waits).toEqual([1000, 2000, 4000]);
    expect(calls.every((c) => c.body === JSON.stringify(EVENT))).toBe(true);
  });

  it("stops at a 4xx that will not change, and after the last attempt", async () => {
    expect(await deliverWebhook(target, EVENT, { fetch: fakeFetch([400]).f, sleep: async () => {} })).toEqual({ delivered: false, attempts: 1, status: 400 });
    expect(await deliverWebhook(target, EVENT, { fetch: fakeFetch([500, 500, 500]).f, sleep: async () => {}, attempts: 3 })).toEqual({ delivered: false, attempts: 3, status: 500 });
  });

  it("signs t.body with HMAC-SHA-256 (t = unix seconds)", async () => {
    const { f, calls } = fakeFetch([200]);
    await deliverWebhook(target, EVENT, { fetch: f, nowMs: () => 1_767_225_600_000 });
    const sig = (calls[0]!.headers as Record<string, string>)["x-guard-signature"];
    expect(sig).toBe(await webhookSignature(target.secret, JSON.stringify(EVENT), 1_767_225_600));
    expect(sig).toMatch(/^t=1767225600,v1=[0-9a-f]{64}$/);
    expect(await webhookSignature("another-secret-012345", JSON.stringify(EVENT), 1_767_225_600)).not.toBe(sig);
  });
});
