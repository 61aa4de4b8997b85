/**
 * The Worker path's small decisions: which origin answers are read whole instead of through the
 * usage tap (readsWhole), and which decisions earn a log line by default (decisionActed).
 */
import { describe, expect, it } from "vitest";
import type { Decision } from "../../src/engine/key-engine.ts";
import { decisionActed } from "../../src/proxy/handler.ts";
import { jsonUsage, readsWhole } from "../../src/proxy/usage.ts";

describe("readsWhole", () => {
  const h = (o: Record<string, string>) => new Headers(o);
  it.each([
    [{ "content-type": "application/json", "content-length": "100" }, 100, true],
    [{ "content-type": "application/json", "content-length": "101" }, 100, false],
    [{ "content-type": "application/json", "content-length": "0" }, 100, true],
    [{ "content-type": "application/json" }, 100, false],
    [{ "content-type": "application/json", "content-length": "1e2" }, 100, false],
    [{ "content-type": "application/json", "content-length": "-1" }, 100, false],
    [{ "content-type": "text/event-stream", "content-length": "10" }, 100, false],
    [{ "content-type": "text/event-stream; charset=utf-8", "content-length": "10" }, 100, false],
    [{ "content-type": "application/json", "content-length": "10", "content-encoding": "gzip" }, 100, false],
    [{ "content-type": "application/json", "content-length": "10", "content-encoding": " Identity " }, 100, true],
    [{ "content-length": "10" }, 100, true],
  ])("%j (cap %d): %s", (headers, cap, want) => {
    expect(readsWhole(h(headers), cap)).toBe(want);
  });
});

describe("jsonUsage", () => {
  it("reads the usage of every provider shape, undefined without one or when not JSON", () => {
    expect(jsonUsage('{"usage":{"prompt_tokens":7,"completion_tokens":11}}')).toEqual({ promptTokens: 7, completionTokens: 11 });
    expect(jsonUsage('{"usage":{"input_tokens":3,"output_tokens":5,"cache_read_input_tokens":2}}')).toEqual({ promptTokens: 5, completionTokens: 5, cacheRead: 2 });
    expect(jsonUsage('{"id":"x"}')).toBeUndefined();
    expect(jsonUsage("null")).toBeUndefined();
    expect(jsonUsage('{"usage":')).toBeUndefined();
  });
});

describe("decisionActed: a plain allow is the only decision not logged by default", () => {
  const d = (o: Partial<Decision>): Decision => ({ action: "allow", served: true, enforced: true, cause: "ok", reports: [], reservedTokens: 1, score: 0, reasons: [], ...o }) as Decision;
  it.each([
    ["plain allow", d({}), false],
    ["allowed by the allow list", d({ cause: "allowlist" }), true],
    ["served after a solved challenge", d({ cause: "pass" }), true],
    ["served degraded", d({ degrade: true }), true],
    ["refused at a limit", d({ action: "limit", served: false, cause: "rpm" }), true],
    ["challenged", d({ action: "challenge", served: false, cause: "detection" }), true],
    ["would be throttled, in shadow", d({ action: "throttle", served: true, enforced: false, cause: "detection" }), true],
    ["blocked by the deny list", d({ action: "block", served: false, cause: "denylist" }), true],
  ])("%s", (_, decision, want) => {
    expect(decisionActed(decision)).toBe(want);
  });
});
