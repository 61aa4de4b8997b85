/**
 * The Replayer's decision lines, summary and settlement exactly; every trace-line refusal with its
 * message. Standings are forced through the policy's cut-offs. Written against the survivors of a
 * mutation run over src/engine/replayer.ts.
 */
import { describe, expect, it } from "vitest";
import { Replayer, checkTraceEvent, serviceOf, type TraceEvent } from "../../src/engine/replayer.ts";
import { MESSAGE_TOKENS, PRIMER_TOKENS } from "../../src/proxy/request.ts";

const T0 = 1_767_225_600_000;
const AT = (level: "degrade" | "challenge", mode = "enforce") => ({
  mode, throttleAt: 0, degradeAt: 0, challengeAt: level === "degrade" ? 1 : 0, blockAt: 1,
  jitter: 0, minEvidence: 0, blockMinRequests: 0, hysteresis: 0, convergeChannels: 1, convergeFloor: 0, // forced standings
});
function ev(i: number, key = "sk-1", extra: Partial<TraceEvent> = {}): TraceEvent {
  return {
    ts: T0 + i * 1000, key, method: "POST", path: "/v1/chat/completions",
    body: { model: "m", messages: [{ role: "user", content: `question ${i}` }], max_tokens: 100 },
    usage: { prompt_tokens: 5, completion_tokens: 50 },
    ...extra,
  };
}

describe("checkTraceEvent", () => {
  const ok = { ts: 1, key: "k", path: "/v1/x" };
  it.each([
    [null, "not a JSON object"],
    [[], "not a JSON object"],
    ["x", "not a JSON object"],
    [{ ...ok, ts: Number.NaN }, "ts must be epoch milliseconds (a number)"],
    [{ ...ok, ts: "1" }, "ts must be epoch milliseconds (a number)"],
    [{ ...ok, key: "" }, "key must be a non-empty string"],
    [{ ...ok, method: 5 }, "method must be a string"],
    [{ ...ok, path: 5 }, "path must be a string starting with /"],
    [{ ...ok, path: "v1/x" }, "path must be a string starting with /"],
    [{ ...ok, ip: 5 }, "ip must be a string"],
    [{ ...ok, asn: 1.5 }, "asn must be a non-negative integer"],
    [{ ...ok, country: 1 }, "country must be a string"],
    [{ ...ok, scenario: 1 }, "scenario must be a string"],
    [{ ...ok, usage: null }, "usage must be {prompt_tokens, completion_tokens} with non-negative integers"],
    [{ ...ok, usage: 5 }, "usage must be {prompt_tokens, completion_tokens} with non-negative integers"],
    [{ ...ok, usage: { prompt_tokens: -1, completion_tokens: 0 } }, "usage must be {prompt_tokens, completion_tokens} with non-negative integers"],
    [{ ...ok, usage: { prompt_tokens: 0 } }, "usage must be {prompt_tokens, completion_tokens} with non-negative integers"],
  ])("%j: %s", (v, error) => {
    expect(checkTraceEvent(v)).toEqual({ ok: false, error });
  });
  it("accepts the optional fields at their edges and defaults the method to POST", () => {
    const full = { ...ok, ip: "192.0.2.1", asn: 0, country: "DE", scenario: "s", usage: { prompt_tokens: 0, completion_tokens: 0 } };
    expect(checkTraceEvent(full)).toEqual({ ok: true, event: { ...full, method: "POST" } });
    expect(checkTraceEvent({ ...ok, method: "GET" })).toEqual({ ok: true, event: { ...ok, method: "GET" } });
  });
});

describe("decision lines and the summary", () => {
  it("allow and limit, exact lines, counted per action and per service; one engine per key", () => {
    const r = new Replayer({ policy: { defaults: { rpm: 1 }, detection: { mode: "off" } } });
    expect(r.step(ev(0), 0)).toEqual({ i: 0, key: "sk-1", action: "allow", served: true, score: 0, reasons: [] });
    expect(r.step(ev(0.5), 1)).toEqual({ i: 1, key: "sk-1", action: "limit", served: false, score: 0, reasons: [], limit: "rpm", retryAfterMs: 59_500 });
    expect(r.step(ev(1, "sk-2"), 2)).toMatchObject({ action: "allow", served: true });
    expect(r.summary()).toEqual({
      events: 3,
      keys: 2,
      byAction: {
        allow: { total: 2, served: 2 }, limit: { total: 1, served: 0 }, throttle: { total: 0, served: 0 },
        degrade: { total: 0, served: 0 }, challenge: { total: 0, served: 0 }, block: { total: 0, served: 0 },
      },
      service: { full: 2, degraded: 0, behindChallenge: 0, refused: 1 },
    });
    expect(r.engineOf("sk-1")!.snap.counters).toEqual({ requests: 2, served: 1, refused: 1, promptTokens: 5, completionTokens: 50 });
    expect(r.engineOf("nobody")).toBeUndefined();
    // a request too large for a limit names it, with no wait (none can succeed: red team R89)
    const big = { ...ev(120, "sk-3"), body: { model: "m", max_tokens: 500_000, messages: [{ role: "user", content: "hi" }] } };
    const t = new Replayer({ policy: { defaults: { tpm: 200_000 }, detection: { mode: "off" } } });
    expect(t.step(big, 0)).toEqual({ i: 0, key: "sk-3", action: "limit", served: false, score: 0, reasons: [], limit: "tpm" });
  });

  it("without usage in the trace, a served request settles its whole reservation as output", () => {
    const r = new Replayer({ policy: { detection: { mode: "off" } } });
    r.step({ ...ev(0), usage: undefined }, 0);
    expect(r.engineOf("sk-1")!.snap.counters).toMatchObject({ promptTokens: 0, completionTokens: 100 + 3 + MESSAGE_TOKENS + PRIMER_TOKENS });
  });

  it("without usage in the trace, detection takes nothing from the kept reservation (an estimate)", () => {
    const r = new Replayer({ policy: {} });
    r.step({ ...ev(0), usage: undefined }, 0);
    const snap = r.engineOf("sk-1")!.snap;
    expect(snap.counters.completionTokens).toBe(100 + 3 + MESSAGE_TOKENS + PRIMER_TOKENS); // charged to the quotas
    expect(snap.detect.settled).toBe(0); // not read as an answer that long
    r.step({ ...ev(1), usage: { prompt_tokens: 3, completion_tokens: 50 } }, 1);
    expect(snap.detect.settled).toBe(1);
    expect(snap.detect.completionTokens).toBe(50);
  });

  it("degrade: the line says degraded, and the trace's usage is capped at the degraded reservation", () => {
    const r = new Replayer({ policy: { detection: AT("degrade"), degrade: { maxOutputTokens: 20 } } });
    const line = r.step({ ...ev(0), usage: { prompt_tokens: 3, completion_tokens: 500 } }, 0);
    expect(line).toMatchObject({ action: "degrade", served: true, degraded: true });
    expect(line.enforced).toBeUndefined();
    // reserved: prompt estimate 3 + output cap 20; the output settled is at most 23 - 3
    expect(r.engineOf("sk-1")!.snap.counters).toMatchObject({ promptTokens: 3, completionTokens: 20 });
    expect(r.summary().service).toEqual({ full: 0, degraded: 1, behindChallenge: 0, refused: 0 });
  });

  it("shadow mode: enforced false on the line, served in full", () => {
    const r = new Replayer({ policy: { detection: AT("challenge", "shadow") } });
    expect(r.step(ev(0), 0)).toMatchObject({ action: "challenge", served: true, enforced: false });
    expect(r.summary().byAction.challenge).toEqual({ total: 1, served: 1 });
  });

  it("a client that solves challenges: the first line carries the puzzle's bits, later ones ride the pass", () => {
    const p = { detection: AT("challenge"), challenge: { baseBits: 9, maxBits: 9, passRequests: 2, puzzleTtlSeconds: 60 } };
    const solving = new Replayer({ policy: p, solveChallenges: true });
    expect(solving.step(ev(0), 0)).toMatchObject({ action: "challenge", served: true, powBits: 9, degraded: true });
    expect(solving.step(ev(1), 1)).toMatchObject({ action: "challenge", served: true, pass: true });
    const third = solving.step(ev(2), 2);
    expect(third).toMatchObject({ served: true, powBits: 9 });
    expect(third.pass).toBeUndefined();
    expect(solving.summary().service).toEqual({ full: 0, degraded: 0, behindChallenge: 3, refused: 0 });
    expect(solving.engineOf("sk-1")!.snap.puzzles).toEqual([["replay-0", T0 + 60_000], ["replay-2", T0 + 2000 + 60_000]]);
    const not = new Replayer({ policy: p });
    expect(not.step(ev(0), 0)).toMatchObject({ action: "challenge", served: false });
    expect(not.summary().service.refused).toBe(1);
  });

  it("a solving client retries only a refusal that carries a puzzle: a pass refused at a limit is not retried", () => {
    const p = { defaults: { rpm: 2 }, detection: AT("challenge"), challenge: { baseBits: 9, maxBits: 9, passRequests: 5, puzzleTtlSeconds: 60 } };
    const r = new Replayer({ policy: p, solveChallenges: true });
    expect(r.step(ev(0), 0)).toMatchObject({ action: "challenge", served: true, powBits: 9 });
    // the pass holds, but the (throttled) rpm does not: a challenge-level refusal without a puzzle
    const refused = r.step(ev(0.1), 1);
    expect(refused).toMatchObject({ action: "challenge", served: false });
    expect(refused.powBits).toBeUndefined();
    const e = r.engineOf("sk-1")!;
    expect(e.snap.counters).toMatchObject({ requests: 3, served: 1, refused: 2 });
    expect(e.snap.puzzles).toEqual([["replay-0", T0 + 60_000]]);
  });

  it("free routes, an Anthropic batch, an OpenAI batch upload and run, and what a trace cannot carry", () => {
    const r = new Replayer({ policy: { defaults: { tpd: 1000 }, detection: { mode: "off" } } });
    expect(r.step({ ...ev(0), method: "GET", path: "/v1/models", body: undefined }, 0)).toMatchObject({ action: "allow", served: true });
    const batch = { requests: [0, 1].map((i) => ({ custom_id: `c${i}`, params: { model: "c", max_tokens: 10, messages: [{ role: "user", content: "abcd" }] } })) };
    expect(r.step({ ...ev(1), path: "/v1/messages/batches", body: batch, usage: undefined }, 1)).toMatchObject({ action: "allow", served: true });
    expect(r.engineOf("sk-1")!.snap.counters.requests).toBe(1 + 2);
    // an OpenAI batch upload is written as {"purpose":"batch","file":"<JSONL>"}: each line is a request
    expect(() => r.step({ ...ev(2), path: "/v1/files" }, 2)).toThrow('/v1/files: an OpenAI batch upload is written in a trace as {"purpose":"batch","file":"<the JSONL input file>"}');
    const line = (i: number) => JSON.stringify({ custom_id: `f${i}`, method: "POST", url: "/v1/chat/completions", body: { model: "m", max_tokens: 10, messages: [{ role: "user", content: "abcd" }] } });
    const file = [0, 1, 2].map(line).join("\n");
    expect(r.step({ ...ev(2), path: "/v1/files", body: { purpose: "batch", file }, usage: undefined }, 2)).toMatchObject({ action: "allow", served: true });
    expect(r.engineOf("sk-1")!.snap.counters.requests).toBe(3 + 3);
    // creating a batch from a file: one free request (its lines were metered at their upload)
    expect(r.step({ ...ev(3), path: "/v1/batches", body: { input_file_id: "file-1", endpoint: "/v1/chat/completions", completion_window: "24h" }, usage: undefined }, 3)).toMatchObject({ action: "allow", served: true });
    expect(r.engineOf("sk-1")!.snap.counters.requests).toBe(6 + 1);
    expect(() => r.step({ ...ev(2), method: "DELETE", path: "/v1/chat/completions" }, 2)).toThrow("method DELETE is not allowed on /v1/chat/completions");
  });

  it("a free route's settlement is its fixed cost, never an answer detection reads (whatever usage the trace carries)", () => {
    const r = new Replayer({ policy: {} });
    r.step(ev(0), 0);
    const d0 = r.engineOf("sk-1")!.snap.detect;
    const [s0, c0] = [d0.settled, d0.completionTokens];
    expect(s0).toBe(1);
    r.step({ ...ev(1), method: "GET", path: "/v1/models", body: undefined, usage: { prompt_tokens: 0, completion_tokens: 0 } }, 1);
    const d1 = r.engineOf("sk-1")!.snap.detect;
    expect(d1.settled).toBeLessThanOrEqual(s0);
    expect(d1.settled).toBeGreaterThan(s0 - 0.001);
    expect(d1.completionTokens).toBeLessThanOrEqual(c0);
  });

  it("a retrieved background response's usage is read as that answer, and charged to no quota again", () => {
    const r = new Replayer({ policy: {} });
    r.step({ ...ev(0), path: "/v1/responses", body: { model: "m", input: "Explain tides in depth.", background: true, max_output_tokens: 4000 }, usage: undefined }, 0);
    const e = r.engineOf("sk-1")!;
    expect(e.snap.detect.settled).toBe(0);
    const tokensBefore = e.snap.counters.completionTokens;
    r.step({ ...ev(1), method: "GET", path: "/v1/responses/resp_1", body: undefined, usage: { prompt_tokens: 8, completion_tokens: 2400 } }, 1);
    expect(e.snap.detect.settled).toBeGreaterThan(0.999);
    expect(e.snap.detect.completionTokens).toBeGreaterThan(2399);
    expect(e.snap.counters.completionTokens).toBe(tokensBefore);
    // any other free route's usage stays unread
    r.step({ ...ev(2), method: "GET", path: "/v1/responses/resp_1/input_items", body: undefined, usage: { prompt_tokens: 8, completion_tokens: 2400 } }, 2);
    expect(e.snap.detect.settled).toBeLessThan(1.001);
  });

  it("a background answer taken by a cancel after it completed is read as a retrieval is, once per response (red team R12-2)", () => {
    const r = new Replayer({ policy: {} });
    r.step({ ...ev(0), path: "/v1/responses", body: { model: "m", input: "Explain tides in depth.", background: true, max_output_tokens: 4000 }, usage: undefined }, 0);
    const e = r.engineOf("sk-1")!;
    r.step({ ...ev(1), method: "POST", path: "/v1/responses/resp_1/cancel", body: undefined, usage: { prompt_tokens: 8, completion_tokens: 2400 } }, 1);
    expect(e.snap.detect.settled).toBeGreaterThan(0.999);
    expect(e.snap.detect.completionTokens).toBeGreaterThan(2399);
    r.step({ ...ev(2), method: "GET", path: "/v1/responses/resp_1", body: undefined, usage: { prompt_tokens: 8, completion_tokens: 2400 } }, 2);
    expect(e.snap.detect.settled).toBeLessThan(1.001);
    // a batch's cancel is no answer
    r.step({ ...ev(3), method: "POST", path: "/v1/batches/batch_1/cancel", body: undefined, usage: { prompt_tokens: 8, completion_tokens: 2400 } }, 3);
    expect(e.snap.detect.settled).toBeLessThan(1.001);
  });

  it("a foreground response retrieved is not read again, as the Worker reads only background ones; a background one is", () => {
    const r = new Replayer({ policy: {} });
    r.step({ ...ev(0), path: "/v1/responses", body: { model: "m", input: "Explain tides in depth.", max_output_tokens: 4000 }, usage: { prompt_tokens: 8, completion_tokens: 2400 }, response_id: "resp_fg" }, 0);
    const e = r.engineOf("sk-1")!;
    expect(e.snap.detect.settled).toBeGreaterThan(0.999);
    r.step({ ...ev(1), method: "GET", path: "/v1/responses/resp_fg", body: undefined, usage: { prompt_tokens: 8, completion_tokens: 2400 } }, 1);
    expect(e.snap.detect.settled).toBeLessThan(1.001);
    r.step({ ...ev(2), path: "/v1/responses", body: { model: "m", input: "Explain waves in depth.", background: true, max_output_tokens: 4000 }, usage: undefined, response_id: "resp_bg" }, 2);
    r.step({ ...ev(3), method: "GET", path: "/v1/responses/resp_bg", body: undefined, usage: { prompt_tokens: 8, completion_tokens: 2400 } }, 3);
    expect(e.snap.detect.settled).toBeGreaterThan(1.999);
  });

  it("a stored stream the client cut before its usage (a line without usage) is read when retrieved, by its creator, as the Worker does (red team R12-7)", () => {
    const r = new Replayer({ policy: {} });
    const ask = (i: number, id: string, extra: Record<string, unknown>, usage?: { prompt_tokens: number; completion_tokens: number }) =>
      r.step({ ...ev(i), path: "/v1/responses", body: { model: "m", input: `Explain tides ${i} in depth.`, max_output_tokens: 4000, stream: true, ...extra }, usage, response_id: id }, i);
    const get = (i: number, key: string, id: string) => r.step({ ...ev(i), key, method: "GET", path: `/v1/responses/${id}`, body: undefined, usage: { prompt_tokens: 8, completion_tokens: 2400 } }, i);
    ask(0, "resp_cut", {});
    const e = r.engineOf("sk-1")!;
    expect(e.snap.detect.settled).toBe(0);
    // fetched by a collector key: its creator reads it, the collector does not
    get(1, "sk-2", "resp_cut");
    expect(e.snap.detect.settled).toBeGreaterThan(0.999);
    expect(e.snap.detect.completionTokens).toBeGreaterThan(2399);
    expect(r.engineOf("sk-2")!.snap.detect.settled).toBe(0);
    // a stream read to its end (usage on the line), or one not stored: read at its request only
    ask(2, "resp_whole", {}, { prompt_tokens: 8, completion_tokens: 2400 });
    ask(3, "resp_unstored", { store: false });
    const s0 = e.snap.detect.settled;
    get(4, "sk-1", "resp_whole");
    get(5, "sk-1", "resp_unstored");
    expect(e.snap.detect.settled).toBeLessThan(s0 + 0.001);
  });

  it("keeps at most maxResponses response ids of each kind, forgetting the oldest first", () => {
    const r = new Replayer({ policy: {}, maxResponses: 2 });
    for (let i = 0; i < 3; i++) r.step({ ...ev(i), path: "/v1/responses", body: { model: "m", input: `Explain tides ${i} in depth.` }, usage: { prompt_tokens: 8, completion_tokens: 900 }, response_id: `resp_fg${i}` }, i);
    const e = r.engineOf("sk-1")!;
    const s0 = e.snap.detect.settled;
    // the newest two foreground ids are remembered: their retrievals are not read again
    r.step({ ...ev(3), method: "GET", path: "/v1/responses/resp_fg2", body: undefined, usage: { prompt_tokens: 8, completion_tokens: 900 } }, 3);
    r.step({ ...ev(4), method: "GET", path: "/v1/responses/resp_fg1", body: undefined, usage: { prompt_tokens: 8, completion_tokens: 900 } }, 4);
    expect(e.snap.detect.settled).toBeCloseTo(s0, 3);
    // the oldest was forgotten: its retrieval reads as an answer (what a trace without ids gets)
    r.step({ ...ev(5), method: "GET", path: "/v1/responses/resp_fg0", body: undefined, usage: { prompt_tokens: 8, completion_tokens: 900 } }, 5);
    expect(e.snap.detect.settled).toBeGreaterThan(s0 + 0.99);
  });

  it("a fetched answer is read once per response id, however often it is fetched (red team R7-2)", () => {
    const r = new Replayer({ policy: {} });
    const get = (i: number, id: string, c: number) => r.step({ ...ev(i), method: "GET", path: `/v1/responses/${id}`, body: undefined, usage: { prompt_tokens: 4, completion_tokens: c } }, i);
    get(0, "resp_cheap", 3);
    const e = r.engineOf("sk-1")!;
    expect(e.snap.detect.settled).toBeGreaterThan(0.999);
    for (let i = 1; i <= 5; i++) get(i, "resp_cheap", 3); // re-fetches: the same answer, not read again
    expect(e.snap.detect.settled).toBeLessThan(1.001);
    get(6, "resp_big", 2400); // another response: read
    expect(e.snap.detect.settled).toBeGreaterThan(1.99);
    expect(e.snap.detect.settled).toBeLessThan(2.001);
    expect(e.snap.detect.completionTokens).toBeGreaterThan(2402);
    expect(e.snap.detect.completionTokens).toBeLessThan(2404);
  });

  it("serviceOf", () => {
    expect(serviceOf({ served: false, powBits: 3 })).toBe("refused");
    expect(serviceOf({ served: true, powBits: 0 })).toBe("behindChallenge");
    expect(serviceOf({ served: true, pass: true, degraded: true })).toBe("behindChallenge");
    expect(serviceOf({ served: true, degraded: true })).toBe("degraded");
    expect(serviceOf({ served: true })).toBe("full");
  });
});
