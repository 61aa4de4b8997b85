/**
 * Parallel turns on one cached context (red team R43-6): each was reserved with the whole context
 * although the origin reads it from its prompt cache and the guard settles those reads at
 * `cacheReadShare`, so on tpm 200,000 four subagent turns on a 68k context were refused two in
 * four. A prefix this key's last answer read from the cache is now reserved at the share.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { cachePrefixOf } from "../../src/proxy/request.ts";
import { anthropic, call, keyIdOf, mockOrigin, newKey, remaining, setOverride, stateOf, testEnv } from "./helpers.ts";

afterEach(() => vi.restoreAllMocks());

const CONTEXT = "Repository notes for the agent: module layout, build steps and conventions. ".repeat(800);
const turn = (q: string) => ({
  max_tokens: 1000,
  system: [{ type: "text", text: "You are a coding agent." }, { type: "text", text: CONTEXT, cache_control: { type: "ephemeral" } }],
  messages: [{ role: "user", content: q }],
});

/** One turn on the context (which reads it from the cache, or writes it there: `firstWrites`),
 *  then four at once (streams held open), on tpm 40,000. */
async function subagents(overrides: Record<string, unknown> = {}, firstWrites = false): Promise<{ statuses: number[]; key: string }> {
  mockOrigin();
  const key = newKey();
  await setOverride(key, { tpm: 40_000, tpd: null, rpm: null, concurrency: null });
  const tokens = String(cachePrefixOf({ model: "claude-test", ...turn("") })!.tokens);
  const read = { "x-mock-cache-read-tokens": tokens };
  const first = await call("/v1/messages", anthropic(key, turn("Plan the change."), firstWrites ? { "x-mock-cache-write-tokens": tokens } : read), overrides);
  expect(first.res.status).toBe(200);
  await first.res.text();
  await first.settled();
  const held = [];
  for (let i = 0; i < 4; i++) held.push(await call("/v1/messages", anthropic(key, { ...turn(`Subtask ${i}: edit the module.`), stream: true }, { ...read, "x-mock-chunk-delay-ms": "20" }), overrides));
  const statuses = held.map((h) => h.res.status);
  for (const h of held) {
    await h.res.text();
    await h.settled();
  }
  return { statuses, key };
}

describe("a cached context is reserved at cacheReadShare once the key has read it from the cache (red team R43-6)", () => {
  it("four parallel turns after the first are all admitted, and the quota still counts what was billed", async () => {
    const tokens = cachePrefixOf({ model: "claude-test", ...turn("") })!.tokens;
    // the context alone is more than a third of the tpm: reserved whole, two turns at once fit
    expect(tokens).toBeGreaterThan(14_000);
    expect(tokens).toBeLessThan(17_000);
    const { statuses, key } = await subagents();
    expect(statuses).toEqual([200, 200, 200, 200]);
    // each of the five turns charged its reads at a tenth, its own few tokens and its answer
    const s = await stateOf(await keyIdOf(key));
    expect(s.counters.promptTokens).toBeGreaterThanOrEqual(5 * tokens);
    expect(remaining(s, "tpm")).toBeGreaterThan(40_000 - 5 * (Math.ceil(tokens / 10) + 1_000 + 100));
  });
  it("the first turn wrote the context to the cache: the next ones read it, reserved at the share too", async () => {
    const { statuses } = await subagents({}, true);
    expect(statuses).toEqual([200, 200, 200, 200]);
  });
  it("reads counted whole (cacheReadShare 1): reserved whole, as before", async () => {
    const whole = { GUARD_POLICY: JSON.stringify({ ...JSON.parse(String(testEnv.GUARD_POLICY)), cacheReadShare: 1 }) };
    const { statuses } = await subagents(whole);
    expect(statuses.filter((x) => x === 429).length).toBeGreaterThanOrEqual(2);
  });
});
