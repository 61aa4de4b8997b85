/**
 * Answers read after their request (red team R13-1): a background response's POST is charged its
 * reservation; the origin may add input the guard cannot size (a stored context named by
 * previous_response_id, a file by URL), so when its answer is read (retrieved, cancelled) what it
 * took beyond that reservation is charged then, once. A stored stream cut before its usage
 * (Usage.unread) likewise.
 */
import { describe, expect, it } from "vitest";
import { parsePolicy, type PolicyConfig } from "../../src/config/index.ts";
import { KeyEngine, MAX_UNREAD } from "../../src/engine/key-engine.ts";
import { charge, emptyLimitState } from "../../src/limits/index.ts";
import { anchorHash } from "../../src/detect/view.ts";

const T0 = Date.UTC(2026, 11, 4, 1);
const policy = (): PolicyConfig => {
  const p = parsePolicy({ defaults: { rpm: 1000, tpm: 1_000_000, tpd: 100_000, concurrency: 10 }, detection: { mode: "off" } });
  if (!p.ok) throw new Error(p.problem.message);
  return p.value;
};
const tpd = (e: KeyEngine) => e.inspect(policy(), T0 + 10).usage.find((l) => l.name === "tpd")!.remaining;

/** A request admitted and settled with `usage` (its lease reserved `reserved`). */
function served(e: KeyEngine, id: string, reserved: number, usage: Record<string, unknown>, nowMs = T0) {
  const d = e.admit(policy(), { nowMs, requestId: id, route: "responses", reservedTokens: reserved });
  expect(d.served).toBe(true);
  e.settle(policy(), { nowMs, leaseId: d.leaseId!, reservedTokens: reserved, usage: { promptTokens: 0, completionTokens: 0, ...usage }, originStatus: 200 });
}

describe("answers read after their request are charged what they took beyond it (red team R13-1)", () => {
  it("a background response: its reservation at the POST, the rest when read, once; re-reads and unknown answers charge nothing", () => {
    const e = new KeyEngine();
    served(e, "post", 1100, { promptTokens: 76, completionTokens: 1024, estimated: true, createdHash: 7 });
    expect(100_000 - tpd(e)).toBe(1100);
    // the retrieval (a free request: 0 tokens) reads an answer of 9,000 input + 300 output
    const answer = { promptTokens: 9000, completionTokens: 300, id: 1, createdHash: 7 };
    served(e, "get", 0, { answer });
    expect(100_000 - tpd(e)).toBe(9300);
    expect(e.snap.counters.promptTokens).toBe(76 + 9300 - 1100);
    served(e, "get2", 0, { answer });
    served(e, "get3", 0, { answer: { ...answer, createdHash: 8 } });
    expect(100_000 - tpd(e)).toBe(9300);
    expect(e.snap.unread).toBeUndefined();
  });

  it("an answer whose record the key forgot is charged from what the registry kept of its request, and the key's own record comes first (red team R37-1)", () => {
    const e = new KeyEngine();
    served(e, "post", 1100, { promptTokens: 76, completionTokens: 1024, estimated: true, createdHash: 7 });
    // 512 newer unread answers: the record of 7 is forgotten
    for (let i = 0; i < MAX_UNREAD; i++) served(e, `p${i}`, 0, { promptTokens: 0, completionTokens: 0, estimated: true, createdHash: 100 + i });
    expect(e.snap.unread!.some(([h]) => h === 7)).toBe(false);
    const before = 100_000 - tpd(e);
    served(e, "get", 0, { answer: { promptTokens: 9000, completionTokens: 300, id: 1, createdHash: 7, charged: 1100 } });
    expect(100_000 - tpd(e)).toBe(before + 9300 - 1100);
    const f = new KeyEngine();
    served(f, "post", 1100, { promptTokens: 76, completionTokens: 1024, estimated: true, createdHash: 7 });
    // the key's own record wins over the registry's (which, from the handler, lacks what the
    // object added to the POST's charge)
    served(f, "get", 0, { answer: { promptTokens: 9000, completionTokens: 300, id: 1, createdHash: 7, charged: 50 } });
    expect(100_000 - tpd(f)).toBe(9300);
  });

  it("a batch whose unread record the key forgot is charged from its batch record, once (red team R76-2)", () => {
    const e = new KeyEngine();
    // the batch's creation charged 1,100 (its reservation), remembered as unread and with the batch
    served(e, "create", 1100, { promptTokens: 76, completionTokens: 1024, estimated: true });
    e.recordOutput("msgbatch_01", T0, { tokens: 1100 });
    // 512 newer unread answers (cheap background jobs left unread): the unread record of the batch is forgotten
    for (let i = 0; i < MAX_UNREAD; i++) served(e, `p${i}`, 0, { promptTokens: 0, completionTokens: 0, estimated: true, createdHash: 100 + i });
    expect(e.snap.unread!.some(([h]) => h === anchorHash("msgbatch_01"))).toBe(false);
    const before = 100_000 - tpd(e);
    // its results read: 20 answers that took 9,300 in all
    const results = { promptTokens: 9000, completionTokens: 300, id: 2, count: 20, createdHash: anchorHash("msgbatch_01") };
    served(e, "results", 0, { answer: results });
    expect(100_000 - tpd(e)).toBe(before + 9300 - 1100);
    // read again (after the read-lately window too): nothing more
    e.snap.readLately = [];
    served(e, "results2", 0, { answer: { ...results, id: 3 } });
    expect(100_000 - tpd(e)).toBe(before + 9300 - 1100);
    // with the key's own record still there, that one is used, and the batch record is not used after it
    const f = new KeyEngine();
    served(f, "create", 1100, { promptTokens: 76, completionTokens: 1024, estimated: true });
    f.recordOutput("msgbatch_02", T0, { tokens: 1100 });
    const r2 = { ...results, createdHash: anchorHash("msgbatch_02") };
    served(f, "results", 0, { answer: r2 });
    expect(100_000 - tpd(f)).toBe(9300);
    f.snap.readLately = [];
    served(f, "results2", 0, { answer: { ...r2, id: 4 } });
    expect(100_000 - tpd(f)).toBe(9300);
    // the batch stays the key's to fetch
    expect(f.ownsOutput("msgbatch_02", T0)).toBe(true);
  });

  it("two reads of one answer that overlap charge it once, in either order, whichever brings the registry's record (red team R38-1)", () => {
    for (const registryFirst of [false, true]) {
      const e = new KeyEngine();
      served(e, "post", 1100, { promptTokens: 76, completionTokens: 1024, estimated: true, createdHash: 7 });
      const answer = { promptTokens: 9000, completionTokens: 300, id: 1, createdHash: 7 };
      // one read took the registry's record (charged: 1100), the other found it taken; the one
      // without it reaches the object first, or second
      const withRecord = () => served(e, "get", 0, { answer: { ...answer, charged: 1100 } });
      const without = () => e.observeFetched(policy(), { ...answer }, T0);
      if (registryFirst) (withRecord(), without());
      else (without(), withRecord());
      expect(100_000 - tpd(e), `registry first: ${registryFirst}`).toBe(9300);
    }
  });

  it("an answer within the reservation gives back what the reservation overestimated, once (red team R39b-4); a stream cut before its usage counts what it streamed, then the rest", () => {
    const e = new KeyEngine();
    served(e, "post", 1100, { promptTokens: 76, completionTokens: 1024, estimated: true, createdHash: 7 });
    served(e, "get", 0, { answer: { promptTokens: 76, completionTokens: 500, id: 1, createdHash: 7 } });
    expect(100_000 - tpd(e)).toBe(576);
    expect(e.snap.counters.completionTokens).toBe(500);
    // read again: nothing more either way
    served(e, "get2", 0, { answer: { promptTokens: 76, completionTokens: 10, id: 1, createdHash: 7 } });
    expect(100_000 - tpd(e)).toBe(576);
    served(e, "cut", 4096, { promptTokens: 20, completionTokens: 3, unread: true, createdHash: 9 });
    expect(100_000 - tpd(e)).toBe(599);
    e.observeFetched(policy(), { promptTokens: 20, completionTokens: 2003, id: 2, createdHash: 9 }, T0);
    expect(100_000 - tpd(e)).toBe(599 + 2000);
  });

  it("a request whose origin failed leaves nothing to read; a settled answer with its usage is not unread; the list is bounded", () => {
    const e = new KeyEngine();
    const d = e.admit(policy(), { nowMs: T0, requestId: "x", route: "responses", reservedTokens: 100 });
    e.settle(policy(), { nowMs: T0, leaseId: d.leaseId!, reservedTokens: 100, usage: { promptTokens: 0, completionTokens: 0, estimated: true, createdHash: 5 }, originStatus: 500 });
    served(e, "fg", 100, { promptTokens: 10, completionTokens: 90, createdHash: 6 });
    expect(e.snap.unread).toBeUndefined();
    for (let i = 0; i <= MAX_UNREAD; i++) served(e, `p${i}`, 1, { promptTokens: 1, completionTokens: 0, estimated: true, createdHash: 1000 + i });
    expect(e.snap.unread).toHaveLength(MAX_UNREAD);
    expect(e.snap.unread![0]).toEqual([1001, 1]);
  });

  it("charge draws tokens from the token buckets (from full when the key has none yet), and nothing for 0", () => {
    const s0 = emptyLimitState();
    expect(charge(s0, { tpm: 10, tpd: 10 }, 0, T0)).toEqual(s0);
    const s1 = charge(s0, { tpm: 10, tpd: 10 }, 5, T0); // no bucket yet: a full one, as admission reads it
    expect(s1.tpm).toEqual({ level: 5, updatedAtMs: T0 });
    expect(s1.tpd).toEqual({ level: 5, updatedAtMs: T0 });
  });
});

describe("a batch's answers, read with its results, are charged what they took beyond the batch (red team R13-1's batch half)", () => {
  const h = (id: string) => anchorHash(id);
  it("a message batch: what its creation charged, then the rest when its results are read, once", () => {
    const e = new KeyEngine();
    served(e, "create", 1200, { promptTokens: 200, completionTokens: 1000, estimated: true });
    e.recordOutput("msgbatch_1", T0, { tokens: 1200 });
    expect(e.snap.unread).toEqual([[h("msgbatch_1"), 1200]]);
    const answer = { promptTokens: 18_000, completionTokens: 600, id: 3, count: 2, long: 0, longTokens: 0, trivial: 0, trivialPromptTokens: 0, createdHash: h("msgbatch_1") };
    served(e, "results", 0, { answer });
    expect(100_000 - tpd(e)).toBe(18_600);
    served(e, "again", 0, { answer });
    expect(100_000 - tpd(e)).toBe(18_600);
    expect(e.snap.unread).toBeUndefined();
    // results read in part say less than the batch took: nothing is given back for them
    const p = new KeyEngine();
    served(p, "create", 1200, { promptTokens: 200, completionTokens: 1000, estimated: true });
    p.recordOutput("msgbatch_1", T0, { tokens: 1200 });
    served(p, "results", 0, { answer: { ...answer, promptTokens: 100, completionTokens: 50 } });
    expect(100_000 - tpd(p)).toBe(1200);
    // a batch recorded without a charge (a group's record, an output file) is no unread answer
    e.recordOutput("file-x", T0);
    expect(e.snap.unread).toBeUndefined();
  });

  it("an OpenAI batch stands for its input file's metered tokens; its output file, once named, carries them", () => {
    const e = new KeyEngine();
    served(e, "upload", 800, { promptTokens: 100, completionTokens: 700, estimated: true });
    e.recordFile("file-in", 2, 800);
    e.recordOutput("batch_1", T0, { fileId: "file-in" });
    expect(e.snap.unread).toEqual([[h("batch_1"), 800]]);
    // a run of a file the key never uploaded stands for nothing
    e.recordOutput("batch_2", T0, { fileId: "file-unknown" });
    expect(e.snap.unread).toEqual([[h("batch_1"), 800]]);
    expect(e.recordBatchOutputs("batch_1", ["file-out", "file-err"], T0, "file-out")).toBe(true);
    expect(e.snap.unread).toEqual([[h("file-out"), 800]]);
    // another batch's outputs move nothing
    expect(e.recordBatchOutputs("batch_9", ["file-o9"], T0, "file-o9")).toBe(false);
    expect(e.recordBatchOutputs("batch_2", ["file-o2"], T0, "file-o2")).toBe(true);
    expect(e.snap.unread).toEqual([[h("file-out"), 800]]);
    e.observeFetched(policy(), { promptTokens: 9000, completionTokens: 300, id: 4, count: 1, createdHash: h("file-out") }, T0);
    expect(100_000 - tpd(e)).toBe(9300);
    expect(e.snap.unread).toBeUndefined();
  });
});
