/**
 * A cached prefix the key just read from the origin's prompt cache is reserved at the share its
 * reads are settled at (red team R43-6: four parallel subagent turns on one 68k cached context,
 * tpm 200,000, refused two in four). limits/cache-reads.ts keeps each key's last read per prefix;
 * request.ts cachePrefixOf says what a request's prefix is.
 */
import { describe, expect, it } from "vitest";
import { CACHE_TTL_LONG_MS, CACHE_TTL_MS, type CachePrefix, CacheReads } from "../../src/limits/cache-reads.ts";
import { bodyPromptTokens, cachePrefixOf, prepareBody } from "../../src/proxy/request.ts";

const T0 = Date.UTC(2026, 11, 6, 6);
const P: CachePrefix = { hash: "a.b", tokens: 60_000, ttlMs: CACHE_TTL_MS };

describe("CacheReads", () => {
  it("discounts nothing before a read, then the read beyond the share, within the cache's lifetime only", () => {
    const m = new CacheReads();
    expect(m.discount("k", P, 0.1, T0)).toBe(0);
    m.note("k", P, 50_000, T0);
    expect(m.discount("k", P, 0.1, T0)).toBe(45_000);
    expect(m.discount("k", P, 0.1, T0 + CACHE_TTL_MS - 1)).toBe(45_000);
    expect(m.discount("k", P, 0.1, T0 + CACHE_TTL_MS)).toBe(0);
    // a clock that went back: nothing
    expect(m.discount("k", P, 0.1, T0 - 1)).toBe(0);
  });
  it("is per key and per prefix; a read larger than the prefix's estimate counts the estimate", () => {
    const m = new CacheReads();
    m.note("k", P, 90_000, T0);
    expect(m.discount("k", P, 0.1, T0)).toBe(54_000);
    expect(m.discount("other", P, 0.1, T0)).toBe(0);
    expect(m.discount("k", { ...P, hash: "a.c" }, 0.1, T0)).toBe(0);
  });
  it("the share decides: 0 takes the whole read off, 1 (reads counted whole) nothing; out of range clamped", () => {
    const m = new CacheReads();
    m.note("k", P, 10_000, T0);
    expect(m.discount("k", P, 0, T0)).toBe(10_000);
    expect(m.discount("k", P, 1, T0)).toBe(0);
    expect(m.discount("k", P, 1.5, T0)).toBe(0);
    expect(m.discount("k", P, -1, T0)).toBe(10_000);
    expect(m.discount("k", P, 0.25, T0)).toBe(7_500);
  });
  it("an answer that read nothing from the cache changes nothing; each read renews the lifetime", () => {
    const m = new CacheReads();
    m.note("k", P, 0, T0);
    m.note("k", P, undefined, T0);
    expect(m.size).toBe(0);
    m.note("k", P, 1_000, T0);
    m.note("k", P, 2_000, T0 + CACHE_TTL_MS - 10);
    expect(m.discount("k", P, 0, T0 + 2 * CACHE_TTL_MS - 20)).toBe(2_000);
  });
  it("keeps at most max entries, forgetting the least recently noted", () => {
    const m = new CacheReads(2);
    m.note("a", P, 100, T0);
    m.note("b", P, 100, T0);
    m.note("a", P, 100, T0 + 1); // a noted again: b is now the oldest
    m.note("c", P, 100, T0 + 2);
    expect(m.size).toBe(2);
    expect(m.discount("b", P, 0, T0 + 3)).toBe(0);
    expect(m.discount("a", P, 0, T0 + 3)).toBe(100);
    expect(m.discount("c", P, 0, T0 + 3)).toBe(100);
  });
});

describe("cachePrefixOf (Anthropic `cache_control`)", () => {
  const context = "Repository notes for the agent. ".repeat(400);
  const body = (turns: unknown[], extra: Record<string, unknown> = {}) => ({
    model: "claude-test",
    max_tokens: 512,
    system: [{ type: "text", text: "You are a coding agent." }, { type: "text", text: context, cache_control: { type: "ephemeral" } }],
    messages: turns,
    ...extra,
  });
  const ask = (t: string) => ({ role: "user", content: t });

  it("is undefined without a marker", () => {
    expect(cachePrefixOf({ model: "m", system: "s", messages: [ask("hi")] })).toBeUndefined();
    expect(prepareBody("messages", { model: "m", max_tokens: 8, messages: [ask("hi")] }, { defaultMaxOutput: 1024 }).cachePrefix).toBeUndefined();
  });
  it("a system marker: the prefix is the tools and the system through it, whatever the turns after", () => {
    const a = cachePrefixOf(body([ask("first question")]))!;
    const b = cachePrefixOf(body([ask("first question"), { role: "assistant", content: "answer" }, ask("second")]))!;
    expect(a.hash).toBe(b.hash);
    expect(a.ttlMs).toBe(CACHE_TTL_MS);
    expect(a.tokens).toBe(bodyPromptTokens({ model: "claude-test", system: body([]).system }));
    expect(a.tokens).toBeGreaterThan(1_000);
    // a changed context, another model or other tools: another prefix
    expect(cachePrefixOf({ ...body([ask("q")]), model: "claude-other" })!.hash).not.toBe(a.hash);
    expect(cachePrefixOf(body([ask("q")], { tools: [{ name: "read_file", input_schema: { type: "object" } }] }))!.hash).not.toBe(a.hash);
    const edited = body([ask("q")]);
    (edited.system[1] as { text: string }).text = context + "x";
    expect(cachePrefixOf(edited)!.hash).not.toBe(a.hash);
  });
  it("a marker in a turn: the prefix runs through that block, and the last marker counts", () => {
    const turns = [
      { role: "user", content: [{ type: "text", text: "Here is the file." }, { type: "text", text: "file body ".repeat(300), cache_control: { type: "ephemeral", ttl: "1h" } }, { type: "text", text: "What does it do?" }] },
    ];
    const p = cachePrefixOf(body(turns))!;
    expect(p.ttlMs).toBe(CACHE_TTL_LONG_MS);
    const through = { model: "claude-test", system: body([]).system, messages: [{ role: "user", content: turns[0]!.content.slice(0, 2) }] };
    expect(p.tokens).toBe(bodyPromptTokens(through));
    // the question after the marker is not part of it
    const other = [{ ...turns[0]!, content: [...turns[0]!.content.slice(0, 2), { type: "text", text: "Another question" }] }];
    expect(cachePrefixOf(body(other))!.hash).toBe(p.hash);
  });
  it("a marker on a tool only: the tools through it", () => {
    const tools = [{ name: "a", input_schema: { type: "object" } }, { name: "b", input_schema: { type: "object" }, cache_control: { type: "ephemeral" } }, { name: "c", input_schema: { type: "object" } }];
    const p = cachePrefixOf({ model: "m", system: "plain", tools, messages: [ask("q")] })!;
    expect(p.tokens).toBe(bodyPromptTokens({ model: "m", tools: tools.slice(0, 2) }));
  });
  it("what else decides a cache read is part of the prefix: other top-level fields and images anywhere, not sampling (red team R45-1)", () => {
    const a = cachePrefixOf(body([ask("q")], { tool_choice: { type: "auto" } }))!;
    // Anthropic's docs: tool_choice, the thinking parameters and images anywhere invalidate the cached messages
    expect(cachePrefixOf(body([ask("q")], { tool_choice: { type: "any" } }))!.hash).not.toBe(a.hash);
    expect(cachePrefixOf(body([ask("q")], { tool_choice: { type: "auto" }, thinking: { type: "enabled", budget_tokens: 2048 } }))!.hash).not.toBe(a.hash);
    const image = { role: "user", content: [{ type: "image", source: { type: "url", url: "https://example.com/a.png" } }, { type: "text", text: "q" }] };
    expect(cachePrefixOf(body([image], { tool_choice: { type: "auto" } }))!.hash).not.toBe(a.hash);
    const inResult = { role: "user", content: [{ type: "tool_result", tool_use_id: "t1", content: [{ type: "document", source: { type: "text", data: "x" } }] }] };
    expect(cachePrefixOf(body([inResult], { tool_choice: { type: "auto" } }))!.hash).not.toBe(cachePrefixOf(body([{ role: "user", content: [{ type: "tool_result", tool_use_id: "t1", content: "x" }] }], { tool_choice: { type: "auto" } }))!.hash);
    // a field the guard does not know counts too (default deny)
    expect(cachePrefixOf(body([ask("q")], { tool_choice: { type: "auto" }, future_field: 1 }))!.hash).not.toBe(a.hash);
    // the cap, sampling, streaming and labels leave it readable; so does the turn after the marker
    const same = cachePrefixOf(body([ask("other"), { role: "assistant", content: "a" }, ask("more")], { tool_choice: { type: "auto" }, max_tokens: 4096, temperature: 0.2, top_p: 0.9, top_k: 5, stream: true, metadata: { user_id: "u" }, stop_sequences: ["x"], service_tier: "auto" }))!;
    expect(same.hash).toBe(a.hash);
    expect(same.tokens).toBe(a.tokens);
  });
  it("prepareBody carries it on a Messages request only", () => {
    const b = body([ask("q")]);
    expect(prepareBody("messages", b, { defaultMaxOutput: 1024 }).cachePrefix).toEqual(cachePrefixOf(b));
    expect(prepareBody("chat", { model: "m", messages: [{ role: "system", content: [{ type: "text", text: "x", cache_control: { type: "ephemeral" } }] }, ask("q")] }, { defaultMaxOutput: 1024 }).cachePrefix).toBeUndefined();
  });
});
