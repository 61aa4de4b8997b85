/**
 * A Responses turn's stored context (KeySnapshot.contexts): the origin bills a turn that continues
 * a stored response (or a conversation) the whole context as input, which the body does not
 * carry. A turn answered with its usage writes what the next turn carries; a turn cut before its
 * usage is charged, beside its reservation, the context it continued (red team R33-2: turns on a
 * 100k-token stored context, cut after their first line, were charged ~1k each). Through the
 * object's own settlement and through an isolate's lease report alike.
 */
import { describe, expect, it } from "vitest";
import { parsePolicy, type PolicyConfig } from "../../src/config/index.ts";
import { KeyEngine, MAX_CONTEXTS } from "../../src/engine/key-engine.ts";
import { withContext } from "../../src/proxy/usage.ts";

const T0 = Date.UTC(2026, 11, 5, 12);
const policy = (): PolicyConfig => {
  const p = parsePolicy({ defaults: { rpm: 1000, tpm: 10_000_000, tpd: 10_000_000, concurrency: 100 }, detection: { mode: "off" } });
  if (!p.ok) throw new Error(p.problem.message);
  return p.value;
};
const tpdUsed = (e: KeyEngine, p: PolicyConfig, nowMs: number) => {
  const r = e.inspect(p, nowMs).usage.find((u) => u.name === "tpd")!;
  return r.quota - r.remaining;
};
let seq = 0;
function turn(e: KeyEngine, p: PolicyConfig, nowMs: number, body: Record<string, unknown>, usage: { promptTokens: number; completionTokens: number; seen?: number; contextTokens?: number; templateTokens?: number; recorded?: true; estimated?: true }, responseId?: string) {
  const d = e.admit(p, { nowMs, requestId: `r${++seq}`, route: "responses", reservedTokens: 1_100 });
  expect(d.served).toBe(true);
  e.settle(p, { nowMs, leaseId: d.leaseId!, reservedTokens: 1_100, usage: withContext({ ...usage }, "responses", body, responseId), originStatus: 200 });
}

describe("stored contexts (red team R33-2)", () => {
  it("a turn cut before its usage is charged the context it continued, once the turn that wrote it was answered with its usage", () => {
    const p = policy();
    const e = new KeyEngine();
    // the context: 100,000 tokens in, 500 out, stored as resp_ctx
    turn(e, p, T0, { input: "long document" }, { promptTokens: 100_000, completionTokens: 500 }, "resp_ctx");
    expect(tpdUsed(e, p, T0)).toBe(100_500);
    // a turn on it cut before its usage: its reservation (100 + 1,000) and the 100,500 it continued
    turn(e, p, T0 + 1, { previous_response_id: "resp_ctx", input: "q" }, { promptTokens: 100, completionTokens: 1_000, seen: 40 });
    expect(tpdUsed(e, p, T0 + 1)).toBe(100_500 + 1_100 + 100_500);
    // answered with its usage, the origin's figures stand (they hold the context) and nothing more
    turn(e, p, T0 + 2, { previous_response_id: "resp_ctx", input: "q2" }, { promptTokens: 100_600, completionTokens: 400 }, "resp_2");
    expect(tpdUsed(e, p, T0 + 2)).toBe(202_100 + 101_000);
    // a turn on a context never seen answered is charged its reservation only
    turn(e, p, T0 + 3, { previous_response_id: "resp_unknown", input: "q" }, { promptTokens: 100, completionTokens: 1_000, seen: 40 });
    expect(tpdUsed(e, p, T0 + 3)).toBe(303_100 + 1_100);
  });

  it("a conversation's context is what its latest answered turn took; a response stored with store: false is none", () => {
    const p = policy();
    const e = new KeyEngine();
    turn(e, p, T0, { conversation: "conv_1", input: "a" }, { promptTokens: 20_000, completionTokens: 1_000 }, "resp_a");
    turn(e, p, T0 + 1, { conversation: { id: "conv_1" }, input: "b" }, { promptTokens: 21_100, completionTokens: 900 }, "resp_b");
    const before = tpdUsed(e, p, T0 + 1);
    turn(e, p, T0 + 2, { conversation: "conv_1", input: "c" }, { promptTokens: 100, completionTokens: 1_000, seen: 40 });
    expect(tpdUsed(e, p, T0 + 2) - before).toBe(1_100 + 22_000);
    turn(e, p, T0 + 3, { input: "d", store: false }, { promptTokens: 5_000, completionTokens: 100 }, "resp_d");
    const mid = tpdUsed(e, p, T0 + 3);
    turn(e, p, T0 + 4, { previous_response_id: "resp_d", input: "e" }, { promptTokens: 100, completionTokens: 1_000, seen: 40 });
    expect(tpdUsed(e, p, T0 + 4) - mid).toBe(1_100);
  });

  it("a lease-admitted turn (settled in the isolate's allowance) is charged the context by the object", () => {
    const p = policy();
    const e = new KeyEngine();
    turn(e, p, T0, { input: "long" }, { promptTokens: 50_000, completionTokens: 0 }, "resp_ctx");
    const before = tpdUsed(e, p, T0);
    const cut = withContext({ promptTokens: 100, completionTokens: 1_000, seen: 40 }, "responses", { previous_response_id: "resp_ctx" }, undefined);
    e.exchange(p, { nowMs: T0 + 1, report: { isolateId: "i1", back: { requests: 0, tokens: 0 }, admitted: [], usages: [{ ...cut, atMs: T0 + 1, originStatus: 200 }], settles: [] } });
    expect(tpdUsed(e, p, T0 + 1) - before).toBe(50_000);
    expect(e.snap.counters.promptTokens).toBe(50_000 + 100 + 50_000);
  });

  it("a fresh key's cut turn on a context it never saw is charged its reservation; an answered turn writes one entry per context it names", () => {
    const p = policy();
    const e = new KeyEngine();
    turn(e, p, T0, { previous_response_id: "resp_other", input: "q" }, { promptTokens: 100, completionTokens: 1_000, seen: 40 });
    expect(tpdUsed(e, p, T0)).toBe(1_100);
    expect(e.snap.contexts).toBeUndefined();
    turn(e, p, T0 + 1, { input: "first" }, { promptTokens: 300, completionTokens: 200 }, "resp_1");
    expect(e.snap.contexts).toHaveLength(1);
    expect(e.snap.contexts![0]![1]).toBe(500);
    turn(e, p, T0 + 2, { previous_response_id: "resp_1", input: "next" }, { promptTokens: 900, completionTokens: 100 }, "resp_2");
    expect(e.snap.contexts).toHaveLength(2); // resp_1 rewritten, resp_2 new
    expect(e.snap.contexts!.map(([, t]) => t)).toEqual([1_000, 1_000]);
  });

  it("a turn the origin failed writes nothing over the context it named", () => {
    const p = policy();
    const e = new KeyEngine();
    turn(e, p, T0, { input: "long" }, { promptTokens: 40_000, completionTokens: 0 }, "resp_ctx");
    const d = e.admit(p, { nowMs: T0 + 1, requestId: "failed", route: "responses", reservedTokens: 1_100 });
    e.settle(p, { nowMs: T0 + 1, leaseId: d.leaseId!, reservedTokens: 1_100, usage: withContext({ promptTokens: 0, completionTokens: 0 }, "responses", { previous_response_id: "resp_ctx" }, "resp_failed"), originStatus: 500 });
    expect(e.snap.contexts).toEqual([[expect.any(Number), 40_000]]);
    const before = tpdUsed(e, p, T0 + 1);
    turn(e, p, T0 + 2, { previous_response_id: "resp_ctx" }, { promptTokens: 100, completionTokens: 1_000, seen: 10 });
    expect(tpdUsed(e, p, T0 + 2) - before).toBe(1_100 + 40_000);
  });

  it("a cut turn on a context the key never saw is charged what the origin's record of it says (Usage.contextTokens), and remembers it", () => {
    const p = policy();
    const e = new KeyEngine();
    // created by another key of the same origin account: this key's object never saw it answered
    turn(e, p, T0, { previous_response_id: "resp_elsewhere", input: "q" }, { promptTokens: 100, completionTokens: 1_000, seen: 40, contextTokens: 100_500 });
    expect(tpdUsed(e, p, T0)).toBe(1_100 + 100_500);
    expect(e.snap.contexts!.map(([, t]) => t)).toEqual([100_500]);
    // the origin unreachable on the next cut: what the key now knows stands
    turn(e, p, T0 + 1, { previous_response_id: "resp_elsewhere", input: "q2" }, { promptTokens: 100, completionTokens: 1_000, seen: 40 });
    expect(tpdUsed(e, p, T0 + 1)).toBe(2 * (1_100 + 100_500));
  });

  it("a cut turn is charged the larger of what the key knows of its context and what the origin's record says", () => {
    const p = policy();
    const e = new KeyEngine();
    turn(e, p, T0, { input: "long" }, { promptTokens: 30_000, completionTokens: 0 }, "resp_ctx");
    const before = tpdUsed(e, p, T0);
    // the origin says more (the context grew through turns this key never saw answered)
    turn(e, p, T0 + 1, { previous_response_id: "resp_ctx" }, { promptTokens: 100, completionTokens: 1_000, seen: 10, contextTokens: 45_000 });
    expect(tpdUsed(e, p, T0 + 1) - before).toBe(1_100 + 45_000);
    // the origin says less: what the key's own answered turns wrote stands (the record read is a floor, not a refund)
    turn(e, p, T0 + 2, { previous_response_id: "resp_ctx" }, { promptTokens: 100, completionTokens: 1_000, seen: 10, contextTokens: 5 });
    expect(tpdUsed(e, p, T0 + 2) - before).toBe(2 * 1_100 + 2 * 45_000);
    // an answered turn's own usage stands whatever a record would say
    const mid = tpdUsed(e, p, T0 + 2);
    turn(e, p, T0 + 3, { previous_response_id: "resp_ctx", input: "q" }, { promptTokens: 45_100, completionTokens: 300, contextTokens: 99_999 }, "resp_3");
    expect(tpdUsed(e, p, T0 + 3) - mid).toBe(45_400);
  });

  it("a context learnt from the origin's record joins the newest without pushing out another, and the list stays at MAX_CONTEXTS", () => {
    const p = policy();
    const e = new KeyEngine();
    for (let i = 0; i < MAX_CONTEXTS; i++) turn(e, p, T0 + i, { input: `t${i}` }, { promptTokens: 10, completionTokens: 10 + i }, `resp_${i}`);
    // a cut turn on a context this key never saw, its size read from the origin
    turn(e, p, T0 + 100, { previous_response_id: "resp_elsewhere" }, { promptTokens: 100, completionTokens: 1_000, seen: 40, contextTokens: 7_000 });
    expect(e.snap.contexts).toHaveLength(MAX_CONTEXTS);
    const kept = e.snap.contexts!.map(([, t]) => t);
    // the oldest (resp_0) made room; the newest before it (resp_63) is still there, then the new one
    expect(kept.at(-2)).toBe(20 + MAX_CONTEXTS - 1);
    expect(kept.at(-1)).toBe(7_000);
    expect(kept[0]).toBe(21);
  });

  it("what the origin says a context took is charged only for a context the turn names", () => {
    const p = policy();
    const e = new KeyEngine();
    const d = e.admit(p, { nowMs: T0, requestId: "no-context", route: "responses", reservedTokens: 1_100 });
    e.settle(p, { nowMs: T0, leaseId: d.leaseId!, reservedTokens: 1_100, usage: { promptTokens: 100, completionTokens: 1_000, seen: 40, stores: 5, contextTokens: 9_000 }, originStatus: 200 });
    expect(tpdUsed(e, p, T0)).toBe(1_100);
    // what it stored holds its own input and what it was charged to answer, not the 9,000 of a
    // context it did not name
    expect(e.snap.contexts).toEqual([[5, 1_100]]);
  });

  it("R84-1: a chain of background jobs never read: each is charged the chain before it, as the origin bills it", () => {
    const p = policy();
    const e = new KeyEngine();
    // job 1 carries a 20,000-token document; jobs 2-4 a one-line question; each reserves 2,000
    // output and is settled on its reservation (estimated: a queued job has no usage yet)
    turn(e, p, T0, { input: "document", background: true }, { promptTokens: 20_000, completionTokens: 2_000, estimated: true }, "resp_j1");
    expect(tpdUsed(e, p, T0)).toBe(22_000);
    turn(e, p, T0 + 1, { previous_response_id: "resp_j1", input: "q2", background: true }, { promptTokens: 10, completionTokens: 2_000, estimated: true }, "resp_j2");
    expect(tpdUsed(e, p, T0 + 1)).toBe(22_000 + 2_010 + 22_000);
    turn(e, p, T0 + 2, { previous_response_id: "resp_j2", input: "q3", background: true }, { promptTokens: 10, completionTokens: 2_000, estimated: true }, "resp_j3");
    expect(tpdUsed(e, p, T0 + 2)).toBe(46_010 + 2_010 + 24_010);
    // a second job off the same anchor (a fan-out) is charged the anchor, not its sibling
    turn(e, p, T0 + 3, { previous_response_id: "resp_j2", input: "q3b", background: true }, { promptTokens: 10, completionTokens: 2_000, estimated: true }, "resp_j3b");
    expect(tpdUsed(e, p, T0 + 3)).toBe(72_030 + 2_010 + 24_010);
  });

  it("R84-4: background jobs on one conversation never read: each is charged what the jobs before it added", () => {
    const p = policy();
    const e = new KeyEngine();
    turn(e, p, T0, { conversation: "conv_x", input: "document", background: true }, { promptTokens: 20_000, completionTokens: 2_000, estimated: true }, "resp_c1");
    turn(e, p, T0 + 1, { conversation: { id: "conv_x" }, input: "q2", background: true }, { promptTokens: 10, completionTokens: 2_000, estimated: true }, "resp_c2");
    expect(tpdUsed(e, p, T0 + 1)).toBe(22_000 + 2_010 + 22_000);
    turn(e, p, T0 + 2, { conversation: "conv_x", input: "q3", background: true }, { promptTokens: 10, completionTokens: 2_000, estimated: true }, "resp_c3");
    expect(tpdUsed(e, p, T0 + 2)).toBe(46_010 + 2_010 + 24_010);
    // answered with its usage, a turn's own figures stand and become the conversation's
    turn(e, p, T0 + 3, { conversation: "conv_x", input: "q4" }, { promptTokens: 26_100, completionTokens: 300 }, "resp_c4");
    expect(tpdUsed(e, p, T0 + 3)).toBe(72_030 + 26_400);
    turn(e, p, T0 + 4, { conversation: "conv_x", input: "q5", background: true }, { promptTokens: 10, completionTokens: 2_000, estimated: true }, "resp_c5");
    expect(tpdUsed(e, p, T0 + 4)).toBe(98_430 + 2_010 + 26_400);
  });

  it("withContext names a Responses request's context and stored response, nothing for other routes", () => {
    const u = { promptTokens: 1, completionTokens: 2 };
    expect(withContext(u, "chat", { previous_response_id: "resp_1" }, "chatcmpl-1")).toBe(u);
    expect(withContext(u, "responses", { input: "a", store: false }, "resp_1")).toBe(u);
    expect(withContext(u, "responses", { input: "a" }, undefined)).toBe(u);
    const named = withContext(u, "responses", { previous_response_id: "", input: "a" }, "resp_2");
    expect(named.context).toBeUndefined();
    expect(named.stores).toBeGreaterThan(0);
    const conv = withContext(u, "responses", { conversation: "c1" }, undefined).context;
    expect(withContext(u, "responses", { conversation: { id: "c1" } }, undefined).context).toBe(conv);
    expect(conv).not.toBe(withContext(u, "responses", { previous_response_id: "c1" }, undefined).context); // a conversation and a response of the same id are two contexts
    expect(withContext(u, "responses", { conversation: { id: 7 } }, undefined)).toBe(u);
    expect(withContext(u, "responses", { conversation: null, previous_response_id: 5 }, undefined)).toBe(u); // not ids: no context
    expect(withContext(u, "responses", { conversation: "c2" }, undefined).context).not.toBe(conv);
  });

  it("a context in use stays among the newest: cheap answered turns between cut turns do not push it out", () => {
    const p = policy();
    const e = new KeyEngine();
    turn(e, p, T0, { input: "long" }, { promptTokens: 60_000, completionTokens: 0 }, "resp_ctx");
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < MAX_CONTEXTS - 1; i++) turn(e, p, T0 + 1, { input: `cheap ${round} ${i}` }, { promptTokens: 5, completionTokens: 5 }, `resp_cheap_${round}_${i}`);
      const before = tpdUsed(e, p, T0 + 2);
      turn(e, p, T0 + 2, { previous_response_id: "resp_ctx" }, { promptTokens: 100, completionTokens: 1_000, seen: 10 });
      expect(tpdUsed(e, p, T0 + 2) - before, `round ${round}`).toBe(1_100 + 60_000);
    }
  });

  it("at most MAX_CONTEXTS are kept, the oldest forgotten first", () => {
    const p = policy();
    const e = new KeyEngine();
    for (let i = 0; i <= MAX_CONTEXTS; i++) turn(e, p, T0 + i, { input: `t${i}` }, { promptTokens: 10, completionTokens: 10 }, `resp_${i}`);
    expect(e.snap.contexts).toHaveLength(MAX_CONTEXTS);
    const before = tpdUsed(e, p, T0 + 100);
    turn(e, p, T0 + 100, { previous_response_id: "resp_0" }, { promptTokens: 100, completionTokens: 1_000, seen: 40 });
    expect(tpdUsed(e, p, T0 + 100) - before).toBe(1_100);
  });

  it("a stored prompt's template: an answered turn says what it took, a cut turn is charged it, a turn whose own record was read is charged that record only (red team R35-1)", () => {
    const p = policy();
    const e = new KeyEngine();
    const tpl = (version: string, q: string) => ({ prompt: { id: "pmpt_doc", version, variables: { q } } });
    // nothing known: a cut turn is charged its reservation
    turn(e, p, T0, tpl("3", "a"), { promptTokens: 100, completionTokens: 1_000, seen: 40 });
    expect(tpdUsed(e, p, T0)).toBe(1_100);
    // answered: the origin's figures, and the template's 50,000 remembered
    turn(e, p, T0 + 1, tpl("3", "b"), { promptTokens: 50_020, completionTokens: 300, templateTokens: 50_000 }, "resp_b");
    expect(tpdUsed(e, p, T0 + 1)).toBe(1_100 + 50_320);
    // cut: its reservation and the template
    turn(e, p, T0 + 2, tpl("3", "c"), { promptTokens: 100, completionTokens: 1_000, seen: 40 });
    expect(tpdUsed(e, p, T0 + 2)).toBe(51_420 + 1_100 + 50_000);
    // cut, its own record read: what the origin billed (template included), nothing added
    turn(e, p, T0 + 3, tpl("3", "d"), { promptTokens: 50_030, completionTokens: 1_000, seen: 40, recorded: true }, "resp_d");
    expect(tpdUsed(e, p, T0 + 3)).toBe(102_520 + 51_030);
    // ... and the response it stored is a context of that size for a turn continuing it
    turn(e, p, T0 + 4, { previous_response_id: "resp_d", input: "e" }, { promptTokens: 100, completionTokens: 1_000, seen: 40 });
    expect(tpdUsed(e, p, T0 + 4)).toBe(153_550 + 1_100 + 51_030);
    // another version of the prompt, or none, is charged what the last answered turn on it took
    // (red team R36-4: a new or omitted version each turn was charged nothing)
    turn(e, p, T0 + 5, tpl("4", "f"), { promptTokens: 100, completionTokens: 1_000, seen: 40 });
    expect(tpdUsed(e, p, T0 + 5)).toBe(205_680 + 1_100 + 50_000);
    turn(e, p, T0 + 6, { prompt: { id: "pmpt_doc" } }, { promptTokens: 100, completionTokens: 1_000, seen: 40 });
    expect(tpdUsed(e, p, T0 + 6)).toBe(256_780 + 1_100 + 50_000);
    // an answered turn on a smaller version: what it took stands for the next
    turn(e, p, T0 + 7, tpl("5", "g"), { promptTokens: 2_020, completionTokens: 300, templateTokens: 2_000 }, "resp_g");
    turn(e, p, T0 + 8, tpl("5", "h"), { promptTokens: 100, completionTokens: 1_000, seen: 40 });
    expect(tpdUsed(e, p, T0 + 8)).toBe(307_880 + 2_320 + 1_100 + 2_000);
  });

  it("a stored prompt's hash: its id, whatever its version; not a prompt object, no template", () => {
    const u = { promptTokens: 1, completionTokens: 1 };
    const a = withContext(u, "responses", { prompt: { id: "pmpt_1", version: "3" } }, undefined).template;
    expect(a).toBeTypeOf("number");
    expect(withContext(u, "responses", { prompt: { id: "pmpt_1", version: 3 } }, undefined).template).toBe(a);
    expect(withContext(u, "responses", { prompt: { id: "pmpt_1", version: "4" } }, undefined).template).toBe(a);
    expect(withContext(u, "responses", { prompt: { id: "pmpt_1" } }, undefined).template).toBe(a);
    expect(withContext(u, "responses", { prompt: { id: "pmpt_2", version: "3" } }, undefined).template).not.toBe(a);
    expect(withContext(u, "responses", { previous_response_id: "pmpt_1" }, undefined).context).not.toBe(a);
    for (const prompt of ["pmpt_1", null, [], { id: 5 }, { id: "" }]) expect(withContext(u, "responses", { prompt }, undefined)).toBe(u);
    expect(withContext(u, "chat", { prompt: { id: "pmpt_1" } }, undefined)).toBe(u);
  });
});
