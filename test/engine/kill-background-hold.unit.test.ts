/**
 * Background holds (red team R13-3) exactly: written against the survivors of the main mutation
 * run after the change (2026-12-04); each test was first run against the mutants it names.
 */
import { describe, expect, it } from "vitest";
import { parsePolicy, type PolicyConfig } from "../../src/config/index.ts";
import { anchorHash } from "../../src/detect/view.ts";
import { KeyEngine } from "../../src/engine/key-engine.ts";
import { usageFields } from "../../src/limits/lease.ts";
import { endedUnanswered } from "../../src/proxy/usage.ts";

const T0 = Date.UTC(2026, 11, 4, 10);
const policy = (over: Record<string, unknown> = {}): PolicyConfig => {
  const p = parsePolicy({ defaults: { rpm: 1000, tpm: 1_000_000, tpd: 1_000_000, concurrency: 1 }, detection: { mode: "off" }, ...over });
  if (!p.ok) throw new Error(p.problem.message);
  return p.value;
};
function settleRunning(e: KeyEngine, p: PolicyConfig, usage: Record<string, unknown>) {
  const d = e.admit(p, { nowMs: T0, requestId: "bg", route: "responses", reservedTokens: 400 });
  e.settle(p, { nowMs: T0, leaseId: d.leaseId!, reservedTokens: 400, usage: { promptTokens: 100, completionTokens: 300, estimated: true, running: true, ...usage }, originStatus: 200 });
}

describe("background holds, exactly", () => {
  // kills key-engine 385:17 (passHolds defaulting to true): a batch is not a retrieval
  it("a batch is kept out by a held slot", () => {
    const p = policy();
    const e = new KeyEngine();
    settleRunning(e, p, { createdHash: anchorHash("resp_a") });
    const d = e.admitBatch(p, { nowMs: T0 + 1, requestId: "b", requests: 2, reservedTokens: 100, signals: [], decide: true });
    expect(d).toMatchObject({ served: false, cause: "concurrency" });
  });

  // kills key-engine 507:22: a running job without a response id holds nothing (nothing could free it)
  it("a running usage without a created hash holds no slot", () => {
    const p = policy();
    const e = new KeyEngine();
    settleRunning(e, p, {});
    expect(e.snap.limits.leases).toEqual({});
  });

  // kills key-engine 507:53 (true, >= 0): backgroundHoldSeconds 0 stores no hold at all
  it("backgroundHoldSeconds 0 stores no hold", () => {
    const p = policy({ backgroundHoldSeconds: 0 });
    const e = new KeyEngine();
    settleRunning(e, p, { createdHash: anchorHash("resp_a") });
    expect(e.snap.limits.leases).toEqual({});
  });

  // kills lease 94:7, 94:32, 95:7: a report carries running and ended to the object
  it("usageFields copies running and ended", () => {
    expect(usageFields({ promptTokens: 1, completionTokens: 2, running: true, ended: 7 })).toEqual({ promptTokens: 1, completionTokens: 2, running: true, ended: 7 });
    expect(usageFields({ promptTokens: 1, completionTokens: 2, ended: 0 })).toEqual({ promptTokens: 1, completionTokens: 2, ended: 0 });
  });
});

describe("endedUnanswered", () => {
  const sse = (events: Record<string, unknown>[]) => events.map((e) => `event: ${String(e.type)}\ndata: ${JSON.stringify(e)}\n\n`).join("");
  it("a stored response cancelled or failed, JSON or as events (the last one carrying a response counts)", () => {
    expect(endedUnanswered(JSON.stringify({ id: "r", object: "response", status: "cancelled" }), false)).toBe(true);
    expect(endedUnanswered(JSON.stringify({ id: "r", object: "response", status: "failed" }), false)).toBe(true);
    expect(endedUnanswered(sse([{ type: "response.in_progress", response: { status: "in_progress" } }, { type: "response.failed", response: { status: "failed" } }]), true)).toBe(true);
    expect(endedUnanswered(sse([{ type: "response.failed", response: { status: "failed" } }, { type: "response.in_progress", response: { status: "in_progress" } }]), true)).toBe(false);
  });
  it("anything else is not: running, completed (read as an answer instead), no status, not JSON, events without a response", () => {
    for (const status of ["queued", "in_progress", "completed", "incomplete"]) expect(endedUnanswered(JSON.stringify({ status }), false)).toBe(false);
    expect(endedUnanswered("null", false)).toBe(false);
    expect(endedUnanswered("not json", false)).toBe(false);
    expect(endedUnanswered(JSON.stringify({ status: "cancelled" }), true)).toBe(false);
    expect(endedUnanswered(sse([{ type: "error", status: "failed" }]), true)).toBe(false);
    expect(endedUnanswered(sse([{ type: "response.failed", response: "failed" }]), true)).toBe(false);
    expect(endedUnanswered('event: x\ndata: {"response": {oops\n\n', true)).toBe(false);
  });
  // kills 131 (a non-object response read for its status) and 134 (an event that does not parse
  // falling through to the status read before it)
  it("a later event whose response is no object leaves the status read; an event that does not parse ends the read with no", () => {
    const failed = sse([{ type: "response.failed", response: { status: "failed" } }]);
    expect(endedUnanswered(failed + sse([{ type: "response.note", response: "text" }]), true)).toBe(true);
    expect(endedUnanswered(failed + 'event: x\ndata: {"response": {oops\n\n', true)).toBe(false);
  });
});

describe("config of the holds and of thinking off", () => {
  // kills config 184:49 and 184:77: "0" as a string is 0, as the other integer fields read digits
  it('backgroundHoldSeconds "0" is 0', () => {
    const p = parsePolicy({ backgroundHoldSeconds: "0" });
    expect(p.ok && p.value.backgroundHoldSeconds).toBe(0);
  });
  // kills config 197:56: a null degrade is refused as not an object, not thrown on
  it("degrade null is refused with its field", () => {
    expect(parsePolicy({ degrade: null })).toMatchObject({ ok: false, problem: { field: "GUARD_POLICY.degrade", message: "must be an object" } });
  });
  // kills config 198:36: the other degrade fields are kept when thinking is turned off
  it("maxThinkingTokens 0 keeps the other degrade fields", () => {
    const p = parsePolicy({ degrade: { maxOutputTokens: 100, maxThinkingTokens: 0, embeddingDimensions: 64 } });
    expect(p.ok && p.value.degrade).toEqual({ maxOutputTokens: 100, maxThinkingTokens: 0, embeddingDimensions: 64 });
  });
});
