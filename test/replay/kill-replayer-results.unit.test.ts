/**
 * A trace's fetched answers, exactly: the `results` field of a trace line (checked like `usage`),
 * and what the Replayer hands detection for a free request that fetched answers (a batch's
 * results: every item, their long answers; a background response: its usage), each path once.
 * Written against the survivors of the mutation run over src/engine/replayer.ts after batch
 * results reached detection (red team R7-1/R7-2); the asked batch's cohort report against the
 * runs on 47e6abd and f7d61d7.
 */
import { describe, expect, it } from "vitest";
import { Replayer, checkTraceEvent, type TraceEvent } from "../../src/engine/replayer.ts";
import { anchorHash } from "../../src/detect/view.ts";

const T0 = 1_767_225_600_000;
const RESULTS = "results must be a list of {prompt_tokens, completion_tokens} with non-negative integers";

describe("checkTraceEvent: results", () => {
  const ok = { ts: 1, key: "k", path: "/v1/x" };
  it.each([
    [5],
    [null],
    [{}],
    ["x"],
    [[null]],
    [[5]],
    [[{ prompt_tokens: 1 }]],
    [[{ completion_tokens: 1 }]],
    [[{ prompt_tokens: -1, completion_tokens: 0 }]],
    [[{ prompt_tokens: 0, completion_tokens: 1.5 }]],
    [[{ prompt_tokens: 0, completion_tokens: 0 }, null]],
  ])("%j is refused", (results) => {
    expect(checkTraceEvent({ ...ok, results })).toEqual({ ok: false, error: RESULTS });
  });
  it("an empty list and counts of 0 are accepted, kept as given", () => {
    expect(checkTraceEvent({ ...ok, results: [] })).toEqual({ ok: true, event: { ...ok, results: [], method: "POST" } });
    const results = [{ prompt_tokens: 0, completion_tokens: 0 }, { prompt_tokens: 3, completion_tokens: 900 }];
    expect(checkTraceEvent({ ...ok, method: "GET", results })).toEqual({ ok: true, event: { ...ok, method: "GET", results } });
  });
});

describe("checkTraceEvent: response_id (red team R9-1)", () => {
  const ok = { ts: 1, key: "k", path: "/v1/responses" };
  it.each([[""], [5], [null], [{}]])("%j is refused", (response_id) => {
    expect(checkTraceEvent({ ...ok, response_id })).toEqual({ ok: false, error: "response_id must be a non-empty string" });
  });
  it("a string is kept", () => {
    expect(checkTraceEvent({ ...ok, response_id: "resp_1" })).toEqual({ ok: true, event: { ...ok, response_id: "resp_1", method: "POST" } });
  });
});

describe("Replayer: a background response's id (red team R10-3)", () => {
  it("is cheap from its POST until its retrieved answer is read; a real answer takes it back", () => {
    const r = new Replayer();
    const post = (s: number, id: string): TraceEvent => ({ ts: T0 + s * 1000, key: "sk-bg", method: "POST", path: "/v1/responses", body: { model: "m", input: `Hi ${id}`, background: true }, response_id: id });
    r.step(post(0, "resp_a"), 0);
    r.step(post(1, "resp_b"), 1);
    const cheap = () => r.engineOf("sk-bg")!.snap.detect.cheapTurns;
    expect(cheap()).toEqual(expect.arrayContaining([anchorHash("resp_a"), anchorHash("resp_b")]));
    r.step({ ts: T0 + 60_000, key: "sk-bg", method: "GET", path: "/v1/responses/resp_b", body: null, usage: { prompt_tokens: 10, completion_tokens: 1500 } }, 2);
    expect(cheap()).toContain(anchorHash("resp_a"));
    expect(cheap()).not.toContain(anchorHash("resp_b"));
  });
});

describe("Replayer: a background response's answer fetched by another key (red team R11-1: collector keys)", () => {
  it("is read by the key that created it; the fetching key reads nothing; an id nobody here created is the fetcher's", () => {
    const r = new Replayer();
    r.step({ ts: T0, key: "sk-asker", method: "POST", path: "/v1/responses", body: { model: "m", input: "Explain tides in depth.", background: true }, response_id: "resp_x" }, 0);
    const settled = (key: string) => r.engineOf(key)?.snap.detect.settled ?? 0;
    const fetch = (s: number, id: string): TraceEvent => ({ ts: T0 + s * 1000, key: "sk-collector", method: "GET", path: `/v1/responses/${id}`, body: null, usage: { prompt_tokens: 10, completion_tokens: 1500 } });
    r.step(fetch(60, "resp_x"), 1);
    expect(settled("sk-asker")).toBeCloseTo(1, 3);
    expect(r.engineOf("sk-asker")!.snap.detect.longAnswers).toBeCloseTo(1, 3);
    expect(settled("sk-collector")).toBe(0);
    r.step(fetch(61, "resp_unknown"), 2);
    expect(settled("sk-collector")).toBeCloseTo(1, 3);
    // a foreground response's id is not registered: its answer was read at its POST, and its
    // retrieval is read by no key (the Worker reads only a response that ran in the background)
    r.step({ ts: T0 + 62_000, key: "sk-asker", method: "POST", path: "/v1/responses", body: { model: "m", input: "And the moon?" }, response_id: "resp_fg", usage: { prompt_tokens: 10, completion_tokens: 800 } }, 3);
    r.step(fetch(63, "resp_fg"), 4);
    expect(settled("sk-collector")).toBeCloseTo(1, 3);
    expect(settled("sk-asker")).toBeCloseTo(2, 3);
  });
});

describe("Replayer: background responses fetched by another key, exactly (red team R11-1)", () => {
  const day = Math.floor(T0 / 86_400_000) + 1;
  const fetch = (s: number, key: string, id: string): TraceEvent => ({ ts: T0 + s * 1000, key, method: "GET", path: `/v1/responses/${id}`, body: null, usage: { prompt_tokens: 20, completion_tokens: 1500 } });
  it("only a Responses request creates one: a chat request's id, background flag or not, is no background response", () => {
    const r = new Replayer();
    r.step({ ts: T0, key: "sk-chat", method: "POST", path: "/v1/chat/completions", body: { model: "m", messages: [{ role: "user", content: "Explain tides in depth." }], background: true }, response_id: "resp_c", usage: { prompt_tokens: 10, completion_tokens: 800 } }, 0);
    r.step(fetch(60, "sk-collector", "resp_c"), 1);
    expect(r.engineOf("sk-chat")!.snap.detect.settled).toBeCloseTo(1, 3);
    expect(r.engineOf("sk-collector")!.snap.detect.settled).toBeCloseTo(1, 3);
  });
  it("the creator reports to its cohort once the answers read for it show the extraction profile (answerReports)", () => {
    const r = new Replayer();
    for (let i = 0; i < 5; i++) {
      r.step({ ts: T0 + i * 1000, key: "sk-asker", method: "POST", path: "/v1/responses", body: { model: "m", input: `Explain topic number ${i} in depth.`, background: true }, response_id: `resp_${i}` }, i);
    }
    const asker = r.engineOf("sk-asker")!.snap.detect;
    for (let i = 0; i < 3; i++) r.step(fetch(60 + i, "sk-collector", `resp_${i}`), 5 + i);
    // three answers: too few to tell (COHORT.minSettled 4), no report
    expect(asker.cohortCounted).toBe(0);
    for (let i = 3; i < 5; i++) r.step(fetch(60 + i, "sk-collector", `resp_${i}`), 5 + i);
    // enough to tell: long answers to short single-turn asks, reported by the creator
    expect(asker.settled).toBeGreaterThan(4);
    expect(asker.cohortCounted).toBe(-day);
    expect(r.engineOf("sk-collector")!.snap.detect.settled).toBe(0);
  });
});

describe("Replayer: answers fetched on free routes", () => {
  const get = (s: number, path: string, extra: Partial<TraceEvent> = {}): TraceEvent => ({ ts: T0 + s * 1000, key: "sk-1", method: "GET", path, body: null, ...extra });
  const items = [
    { prompt_tokens: 20, completion_tokens: 900 }, // long: >= 700 and >= 8 x 20
    { prompt_tokens: 100, completion_tokens: 750 }, // not long: under 8 x its prompt
    { prompt_tokens: 10, completion_tokens: 300 }, // not long: under 700
    { prompt_tokens: 50, completion_tokens: 1200 }, // long
  ];
  const answers = (r: Replayer) => {
    const st = r.engineOf("sk-1")!.snap.detect;
    return { settled: st.settled, prompt: st.promptTokens, completion: st.completionTokens, long: st.longAnswers, longTokens: st.longTokens };
  };

  it("a batch's results: every item an answer, the long ones counted with their tokens; the same path read once", () => {
    const r = new Replayer();
    expect(r.step(get(0, "/v1/messages/batches/msgbatch_1/results", { results: items }), 0)).toMatchObject({ action: "allow", served: true });
    const once = { settled: 4, prompt: 180, completion: 3150, long: 2, longTokens: 2100 };
    expect(answers(r)).toEqual(once);
    r.step(get(0, "/v1/messages/batches/msgbatch_1/results", { results: items }), 1);
    expect(answers(r)).toEqual(once);
    // another path is another answer set (an OpenAI output file)
    r.step(get(0, "/v1/files/file-out/content", { results: [items[0]!] }), 2);
    expect(answers(r)).toEqual({ settled: 5, prompt: 200, completion: 4050, long: 3, longTokens: 3000 });
  });

  it("no results, or an empty list: nothing read, and the path can still be read later", () => {
    const r = new Replayer();
    r.step(get(0, "/v1/messages/batches/msgbatch_2/results"), 0);
    r.step(get(0, "/v1/messages/batches/msgbatch_2/results", { results: [] }), 1);
    // a results route's `usage` is not an answer (only a retrieved response's is)
    r.step(get(0, "/v1/messages/batches/msgbatch_2/results", { usage: { prompt_tokens: 20, completion_tokens: 900 } }), 2);
    // nor is a free route's that fetches none
    r.step(get(0, "/v1/models", { usage: { prompt_tokens: 20, completion_tokens: 900 }, results: items }), 3);
    expect(answers(r)).toEqual({ settled: 0, prompt: 0, completion: 0, long: 0, longTokens: 0 });
    r.step(get(0, "/v1/messages/batches/msgbatch_2/results", { results: items.slice(0, 2) }), 4);
    expect(answers(r)).toEqual({ settled: 2, prompt: 120, completion: 1650, long: 1, longTokens: 900 });
  });

  it("a retrieved response: its usage is one answer (its `results`, if any, are not read), once per path", () => {
    const r = new Replayer();
    r.step(get(0, "/v1/responses/resp_1", { usage: { prompt_tokens: 20, completion_tokens: 900 }, results: items }), 0);
    r.step(get(0, "/v1/responses/resp_1", { usage: { prompt_tokens: 20, completion_tokens: 900 } }), 1);
    expect(answers(r)).toMatchObject({ settled: 1, prompt: 20, completion: 900 });
    r.step(get(0, "/v1/responses/resp_2"), 2);
    expect(answers(r)).toMatchObject({ settled: 1 });
  });
});

describe("Replayer: a batch asking in the extraction profile's shape (red team R8-2)", () => {
  const batch = (key: string, maxTokens: number): TraceEvent => ({
    ts: T0,
    key,
    method: "POST",
    path: "/v1/messages/batches",
    body: { requests: Array.from({ length: 6 }, (_, i) => ({ custom_id: `q${i}`, params: { model: "m", max_tokens: maxTokens, messages: [{ role: "user", content: `Explain topic number ${i} in depth.` }] } })) },
  });
  const day = Math.floor(T0 / 86_400_000) + 1;
  it("once served, reports the key to its cohort with the profile it asked for (askedReports); another batch does not", () => {
    const r = new Replayer();
    expect(r.step(batch("sk-asked", 4096), 0)).toMatchObject({ served: true });
    // counted with the profile today: the report was sent (profileReport)
    expect(r.engineOf("sk-asked")!.snap.detect.cohortCounted).toBe(-day);
    // labels (a cap under a long answer): not the shape, no cohort report (nor from its request
    // reports: linkReports counts a key in its cohort once an answer of its own was read)
    r.step(batch("sk-labels", 16), 1);
    expect(r.engineOf("sk-labels")!.snap.detect.cohortCounted).toBe(0);
  });
});
