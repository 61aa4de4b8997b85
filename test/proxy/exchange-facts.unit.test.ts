/**
 * Which exchange an answer was (red team R9-1, R9-2): the Worker reads the id of the stored
 * response a Responses answer created, from JSON or from the stream's events (its first, or its
 * final one), and settles the
 * usage with the request's input-turn hash and that id's hash (withExchange).
 */
import { describe, expect, it } from "vitest";
import { anchorHash } from "../../src/detect/view.ts";
import type { RequestSignals } from "../../src/detect/signals.ts";
import { jsonFacts, responseIdOf, withExchange } from "../../src/proxy/usage.ts";
import { usageFields } from "../../src/limits/lease.ts";
import { ev, tap } from "./tap-helpers.ts";

describe("responseIdOf / jsonFacts", () => {
  it("the id of a response object; nothing for other objects", () => {
    expect(responseIdOf({ object: "response", id: "resp_1" })).toBe("resp_1");
    for (const v of [{ object: "chat.completion", id: "chatcmpl_1" }, { object: "response", id: "" }, { object: "response", id: 7 }, { id: "resp_1" }, null, "resp_1", []]) expect(responseIdOf(v)).toBeUndefined();
    expect(jsonFacts(JSON.stringify({ object: "response", id: "resp_2", usage: { input_tokens: 3, output_tokens: 4 } }))).toEqual({ usage: { promptTokens: 3, completionTokens: 4 }, responseId: "resp_2" });
    expect(jsonFacts(JSON.stringify({ object: "chat.completion", id: "x", usage: { prompt_tokens: 3, completion_tokens: 4 } }))).toEqual({ usage: { promptTokens: 3, completionTokens: 4 } });
    expect(jsonFacts("not json")).toEqual({});
  });
});

describe("the tap reads the response id", () => {
  it("from a whole JSON answer and from the stream's final event", async () => {
    const json = JSON.stringify({ object: "response", id: "resp_j", usage: { input_tokens: 3, output_tokens: 5 } });
    expect((await tap([json.slice(0, 10), json.slice(10)], { sse: false, kind: "responses" })).result.responseId).toBe("resp_j");
    const sse = [ev({ type: "response.created", response: { object: "response", id: "resp_s" } }), ev({ type: "response.output_text.delta", delta: "Hello" }), ev({ type: "response.completed", response: { object: "response", id: "resp_s", usage: { input_tokens: 3, output_tokens: 2 } } })];
    const r = (await tap(sse, { kind: "responses" })).result;
    expect(r.responseId).toBe("resp_s");
    expect(r.usage).toEqual({ promptTokens: 3, completionTokens: 2 });
    // a stream cut before its final event: the id from its first event (response.created), no
    // usage (red team R10-2: a key whose streams were all cut at the end showed no ids, so the
    // rule on stored responses another key created was off for it)
    const cut = (await tap(sse.slice(0, 2), { kind: "responses" })).result;
    expect(cut.responseId).toBe("resp_s");
    expect(cut.usage).toBeUndefined();
    for (const type of ["response.in_progress", "response.queued"]) {
      expect((await tap([ev({ type, response: { object: "response", id: `resp_${type}` } })], { kind: "responses" })).result.responseId).toBe(`resp_${type}`);
    }
    // an event with another object in `response` gives none
    expect((await tap([ev({ type: "response.created", response: { object: "thread", id: "t_1" } })], { kind: "responses" })).result.responseId).toBeUndefined();
    // a chat answer has none
    expect((await tap([ev({ choices: [{ delta: { content: "hi" } }], usage: { prompt_tokens: 1, completion_tokens: 1 } })])).result.responseId).toBeUndefined();
  });
});

describe("withExchange", () => {
  it("adds the input turn's hash and the created response's hash; nothing without signals", () => {
    const u = { promptTokens: 5, completionTokens: 3 };
    const sig = { ph: 1234 } as RequestSignals;
    expect(withExchange(u, sig, "resp_9")).toEqual({ ...u, inputHash: 1234, createdHash: anchorHash("resp_9") });
    expect(withExchange(u, sig, undefined)).toEqual({ ...u, inputHash: 1234 });
    expect(withExchange(u, { ph: 0 } as RequestSignals, undefined)).toEqual(u);
    expect(withExchange(u, undefined, "resp_9")).toBe(u);
  });
  it("adds the exchange the request continued: the stored response it names, else its history's previous input turn; an agent's step marked", () => {
    const u = { promptTokens: 5, completionTokens: 3 };
    expect(withExchange(u, { ph: 1, cv: 1, ca: 55, pv: 66 } as RequestSignals, undefined)).toEqual({ ...u, inputHash: 1, prevHash: 55 });
    expect(withExchange(u, { ph: 1, pv: 66 } as RequestSignals, undefined)).toEqual({ ...u, inputHash: 1, prevHash: 66 });
    expect(withExchange(u, { ph: 1, cv: 1, pv: 66 } as RequestSignals, undefined)).toEqual({ ...u, inputHash: 1 });
    expect(withExchange(u, { ph: 1, pv: 66, ti: 1 } as RequestSignals, undefined)).toEqual({ ...u, inputHash: 1, prevHash: 66, prevTool: true });
    expect(withExchange(u, { ph: 1, ti: 1 } as RequestSignals, undefined)).toEqual({ ...u, inputHash: 1 });
    // a greeting history was counted as asking on its own at the request: nothing to judge again
    expect(withExchange(u, { ph: 1, pv: 66, at: 1, ut: 2, ha: 120 } as RequestSignals, undefined)).toEqual({ ...u, inputHash: 1 });
  });
  it("marks a Responses answer whose usage came without the id of the response it created", () => {
    const u = { promptTokens: 5, completionTokens: 3 };
    const sig = { route: "responses", ph: 1 } as RequestSignals;
    expect(withExchange(u, sig, undefined)).toEqual({ ...u, inputHash: 1, unnamed: true });
    expect(withExchange(u, sig, "resp_1")).toEqual({ ...u, inputHash: 1, createdHash: anchorHash("resp_1") });
    expect(withExchange({ ...u, estimated: true }, sig, undefined)).toEqual({ ...u, estimated: true, inputHash: 1 });
    expect(withExchange({ ...u, completionTokens: 0 }, sig, undefined)).toEqual({ ...u, completionTokens: 0, inputHash: 1 });
    expect(withExchange(u, { ...sig, route: "chat" }, undefined)).toEqual({ ...u, inputHash: 1 });
  });
});

describe("usageFields (what a lease report carries of a usage)", () => {
  it("copies a Usage's own fields, the absent ones left absent, and nothing else", () => {
    const answer = { promptTokens: 1, completionTokens: 2, id: 3 };
    expect(usageFields({ promptTokens: 5, completionTokens: 3, estimated: true, answer, inputHash: 7, createdHash: 9, prevHash: 11, prevTool: true, unnamed: true, atMs: 1, leaseId: "x" } as never)).toEqual({ promptTokens: 5, completionTokens: 3, estimated: true, answer, inputHash: 7, createdHash: 9, prevHash: 11, prevTool: true, unnamed: true });
    expect(usageFields({ promptTokens: 5, completionTokens: 3 })).toEqual({ promptTokens: 5, completionTokens: 3 });
    expect(Object.keys(usageFields({ promptTokens: 5, completionTokens: 3 }))).toEqual(["promptTokens", "completionTokens"]);
  });
});

describe("the tap keeps the response id (kill: a later event without one)", () => {
  it("an event after the final one does not erase the id (survivor of the 2026-12-03 16:12 run, usage.ts)", async () => {
    const sse = [ev({ type: "response.completed", response: { object: "response", id: "resp_k", usage: { input_tokens: 3, output_tokens: 2 } } }), ev({ type: "keepalive" })];
    expect((await tap(sse, { kind: "responses" })).result.responseId).toBe("resp_k");
  });
});
