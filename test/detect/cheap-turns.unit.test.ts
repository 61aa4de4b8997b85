/**
 * Cheap exchanges (red team R9-1, R9-2, R10-1): an exchange the origin answered in under 100
 * tokens (a greeting, an "OK": the greeting rule's 400 chars) is no conversation a later request continues, whatever the text
 * the client writes back for it: the key remembers the input turn of each such exchange and the
 * stored response it created, and a request whose history ends with one (or that continues one by
 * previous_response_id) asks on its own.
 */
import { describe, expect, it } from "vitest";
import { extractSignals, newDetectState, observeFetchedAnswer, observeRequest, observeUsage } from "../../src/detect/index.ts";
import type { RequestSignals } from "../../src/detect/signals.ts";
import { decodeDetect, encodeDetect, type DetectState } from "../../src/detect/state.ts";
import { harvestProfile, pendingTurns, singleShare } from "../../src/detect/link.ts";
import { anchorHash, buildPromptView } from "../../src/detect/view.ts";
import { withExchange } from "../../src/proxy/usage.ts";
import { T0 } from "./helpers.ts";

const NET = { ip: "203.0.113.9" };
const sigOf = (kind: "messages" | "responses", body: Record<string, unknown>): RequestSignals => extractSignals(buildPromptView(kind, body), NET);
const ASK = "Write a thorough essay on the history of the printing press.";
const PADDED = "Hello! How can I help you today? " + "I can help with explanations, essays, guides, summaries and plans. ".repeat(6);

/** Send `sig` and settle its answer of `completion` tokens (with the exchange it was, as the Worker does). */
function exchange(st: DetectState, sig: RequestSignals, completion: number, responseId?: string, at = T0): void {
  observeRequest(st, sig, at);
  observeUsage(st, withExchange({ promptTokens: 20, completionTokens: completion }, sig, responseId), at + 1000);
}
/** Whether `sig` counts as single-turn for this key (its singleTurn count rises by one). */
function single(st: DetectState, sig: RequestSignals): boolean {
  const before = st.singleTurn;
  observeRequest(st, sig, T0 + 60_000);
  return st.singleTurn - before > 0.99;
}

describe("a history ending with an exchange the origin answered trivially", () => {
  const opener = sigOf("messages", { model: "m", max_tokens: 16, messages: [{ role: "user", content: "Hi" }] });
  const ask = (greeting: string, turns = 1) => {
    const messages: { role: string; content: string }[] = [{ role: "user", content: "Hi" }, { role: "assistant", content: greeting }];
    if (turns === 2) messages.push({ role: "user", content: "Great, thanks." }, { role: "assistant", content: greeting });
    return sigOf("messages", { model: "m", max_tokens: 4096, messages: [...messages, { role: "user", content: ASK }] });
  };
  it("asks on its own, however long the greeting the client writes back (R9-2a)", () => {
    const st = newDetectState();
    exchange(st, opener, 5);
    expect(single(st, ask(PADDED))).toBe(true);
  });
  it("an answer under 100 tokens is a greeting (red team R10-1: 33-45 tokens, just over the trivial line); 100 or more is a conversation", () => {
    const st = newDetectState();
    exchange(st, opener, 99);
    expect(single(st, ask(PADDED))).toBe(true);
    const real = newDetectState();
    exchange(real, opener, 100);
    expect(single(real, ask(PADDED))).toBe(false);
  });
  it("two cheap openers: the history ends with a cheap exchange (R9-2b)", () => {
    const st = newDetectState();
    exchange(st, opener, 5);
    exchange(st, sigOf("messages", { model: "m", max_tokens: 16, messages: [{ role: "user", content: "Hi" }, { role: "assistant", content: PADDED }, { role: "user", content: "Great, thanks." }] }), 4);
    expect(single(st, ask(PADDED, 2))).toBe(true);
  });
  it("an estimated usage (no answer seen) or no exchange hashes remember nothing", () => {
    const st = newDetectState();
    observeRequest(st, opener, T0);
    observeUsage(st, { ...withExchange({ promptTokens: 20, completionTokens: 5 }, opener, undefined), estimated: true }, T0);
    observeUsage(st, { promptTokens: 20, completionTokens: 5 }, T0);
    expect(st.cheapTurns).toEqual([]);
    expect(single(st, ask(PADDED))).toBe(false);
  });
});

describe("an agent's step is not a greeting", () => {
  it("a tool's result after a short tool call continues the loop (suite d's coding agents were degraded when it did not)", () => {
    const task = { role: "user", content: "Fix the failing test in utils.py and run the suite." };
    const call = (n: number) => ({ role: "assistant", content: null, tool_calls: [{ id: `c${n}`, type: "function", function: { name: "read_file", arguments: `{"path":"f${n}.py"}` } }] });
    const result = (n: number) => ({ role: "tool", tool_call_id: `c${n}`, content: `def f${n}(a, b):\n    return a - b  # step ${n}\n` });
    const chat = (messages: unknown[]) => extractSignals(buildPromptView("chat", { model: "m", messages }), NET);
    const st = newDetectState();
    // each step answered by a short tool call (40 tokens)
    exchange(st, chat([task]), 40);
    exchange(st, chat([task, call(1), result(1)]), 40);
    const step = chat([task, call(1), result(1), call(2), result(2)]);
    expect(step.ti).toBe(1);
    expect(single(st, step)).toBe(false);
    // the same history ending with a user's turn: its last exchange was greeting-sized
    const asked = chat([task, call(1), result(1), call(2), result(2), { role: "assistant", content: "Done." }, { role: "user", content: ASK }]);
    expect(asked.ti).toBeUndefined();
    exchange(st, step, 40);
    expect(single(st, asked)).toBe(true);
  });
});

describe("a Responses turn continuing a stored response the origin answered trivially (R9-1)", () => {
  const anchor = sigOf("responses", { model: "m", input: "Hi", store: true, max_output_tokens: 16 });
  const turn = (id: string) => sigOf("responses", { model: "m", input: ASK, previous_response_id: id, max_output_tokens: 4096 });
  it("asks on its own; a stored response with a real answer is a conversation", () => {
    const st = newDetectState();
    exchange(st, anchor, 45, "resp_cheap");
    exchange(st, sigOf("responses", { model: "m", input: "Tell me about tides.", store: true }), 400, "resp_real");
    expect(st.cheapTurns).toContain(anchorHash("resp_cheap"));
    expect(st.cheapTurns).not.toContain(anchorHash("resp_real"));
    expect(single(st, turn("resp_cheap"))).toBe(true);
    expect(single(st, turn("resp_real"))).toBe(false);
  });
});

describe("a Responses turn continuing a stored response another key created (red team R10-2)", () => {
  const turn = (id: string) => sigOf("responses", { model: "m", input: ASK, previous_response_id: id, max_output_tokens: 4096 });
  it("asks on its own: the conversation was not answered through this key", () => {
    const st = newDetectState();
    exchange(st, sigOf("responses", { model: "m", input: "Tell me about tides.", store: true }), 400, "resp_mine");
    expect(single(st, turn("resp_mine"))).toBe(false);
    expect(single(st, turn("resp_factory"))).toBe(true);
  });
  it("from the key's first request (red team R11-4: keys of 7 asks whose first continuation counted stayed under the profile's 90 %)", () => {
    expect(single(newDetectState(), turn("resp_factory"))).toBe(true);
  });
  it("a conversation object asks on its own: no route of the guard creates one (red team R11-5)", () => {
    expect(single(newDetectState(), sigOf("responses", { model: "m", input: ASK, conversation: "conv_abc", max_output_tokens: 4096 }))).toBe(true);
    expect(single(newDetectState(), sigOf("responses", { model: "m", input: ASK, conversation: { id: "conv_abc" }, max_output_tokens: 4096 }))).toBe(true);
  });
  it("a chain of this key's own turns stays a conversation, each turn continuing the one before", () => {
    const st = newDetectState();
    let prev = "";
    for (let i = 0; i < 40; i++) {
      const sig = i === 0 ? sigOf("responses", { model: "m", input: "Plan a trip to Lisbon.", store: true }) : turn(prev);
      if (i > 0) expect(single(st, sig)).toBe(false);
      prev = `resp_${i}`;
      exchange(st, sig, 300, prev);
    }
  });
  it("reading another key's stored response (GET, a free route) does not make it this key's", () => {
    const st = newDetectState();
    exchange(st, sigOf("responses", { model: "m", input: "Tell me about tides.", store: true }), 400, "resp_mine");
    observeFetchedAnswer(st, { promptTokens: 10, completionTokens: 600, id: 7, createdHash: anchorHash("resp_factory") }, T0);
    expect(single(st, turn("resp_factory"))).toBe(true);
  });
  it("a background response this key queued is its own (cheap until read, then a conversation)", () => {
    const st = newDetectState();
    observeUsage(st, { promptTokens: 10, completionTokens: 4000, estimated: true, createdHash: anchorHash("resp_bg") }, T0);
    observeFetchedAnswer(st, { promptTokens: 10, completionTokens: 1800, id: 1, createdHash: anchorHash("resp_bg") }, T0);
    expect(single(st, turn("resp_bg"))).toBe(false);
  });
  it("a key whose Responses answers came without ids (a replay trace or an origin that gives none) is not judged by it", () => {
    const st = newDetectState();
    exchange(st, sigOf("responses", { model: "m", input: "Tell me about tides.", store: true }), 400);
    expect(st.unnamedResponses).toBe(1);
    expect(single(st, turn("resp_elsewhere"))).toBe(false);
    // an estimate, an empty answer (an error), or an answer read on GET does not count
    const other = newDetectState();
    const sig = sigOf("responses", { model: "m", input: "Tell me about tides.", store: true });
    observeUsage(other, withExchange({ promptTokens: 20, completionTokens: 4000, estimated: true }, sig, undefined), T0);
    observeUsage(other, withExchange({ promptTokens: 20, completionTokens: 0 }, sig, undefined), T0);
    observeFetchedAnswer(other, { ...withExchange({ promptTokens: 20, completionTokens: 500 }, sig, undefined), id: 9 }, T0);
    expect(other.unnamedResponses).toBe(0);
    // a chat answer has no stored response to name
    observeUsage(other, withExchange({ promptTokens: 20, completionTokens: 500 }, sigOf("messages", { model: "m", max_tokens: 900, messages: [{ role: "user", content: "Hi" }] }), undefined), T0);
    expect(other.unnamedResponses).toBe(0);
  });
  it("the memory survives a snapshot round trip", () => {
    const st = newDetectState();
    exchange(st, sigOf("responses", { model: "m", input: "Tell me about tides.", store: true }), 400, "resp_mine");
    exchange(st, sigOf("responses", { model: "m", input: "And the moon?", store: true }), 400);
    const back = decodeDetect(JSON.parse(JSON.stringify(encodeDetect(st))) as Record<string, unknown>);
    expect(back.unnamedResponses).toBe(1);
    expect(single(back, turn("resp_factory"))).toBe(false);
    back.unnamedResponses = 0;
    expect(single(back, turn("resp_factory"))).toBe(true);
    expect(single(back, turn("resp_mine"))).toBe(false);
  });
});

describe("a background response (red team R10-3: a cheap anchor created in the background, never retrieved)", () => {
  it("is no conversation until its answer is read; read and real, it is one; read and cheap, it stays cheap", () => {
    const turn = (id: string) => sigOf("responses", { model: "m", input: ASK, previous_response_id: id, max_output_tokens: 4096 });
    const st = newDetectState();
    for (const id of ["resp_bg_unread", "resp_bg_real", "resp_bg_cheap"]) {
      observeRequest(st, sigOf("responses", { model: "m", input: `Hi ${id}`, background: true }), T0);
      // its POST settles the reservation kept (estimated), with the id the origin answered
      observeUsage(st, { promptTokens: 10, completionTokens: 4000, estimated: true, createdHash: anchorHash(id) }, T0);
    }
    expect(single(st, turn("resp_bg_unread"))).toBe(true);
    // retrieved once it ended: its answer read (Usage.answer of GET /v1/responses/{id})
    observeFetchedAnswer(st, { promptTokens: 10, completionTokens: 1800, id: 1, createdHash: anchorHash("resp_bg_real") }, T0);
    observeFetchedAnswer(st, { promptTokens: 10, completionTokens: 6, id: 2, createdHash: anchorHash("resp_bg_cheap") }, T0);
    expect(single(st, turn("resp_bg_real"))).toBe(false);
    expect(single(st, turn("resp_bg_cheap"))).toBe(true);
  });
});

/** A key with some conversation behind it (weight the single-turn count stays under), then `st`. */
function withConversation(): DetectState {
  const st = newDetectState();
  const msgs = [{ role: "user", content: "Can you help me plan a garden?" }, { role: "assistant", content: "Of course! Tell me about the space. ".repeat(14) }];
  for (let i = 0; i < 4; i++) {
    msgs.push({ role: "user", content: `And what about bed number ${i}?` });
    exchange(st, sigOf("messages", { model: "m", max_tokens: 1024, messages: msgs }), 300, undefined, T0 - 3_600_000 + i * 60_000);
    msgs.push({ role: "assistant", content: `For bed ${i}, plant herbs along the sunny edge and keep the soil loose. `.repeat(8) });
  }
  return st;
}

describe("a filler before the ask (red team R10-1 over the cheap line: anchors answered in 100-112 tokens)", () => {
  const turn = (id: string) => sigOf("responses", { model: "m", input: ASK, previous_response_id: id, max_output_tokens: 4096 });
  /** singleTurn gained by a continuation of `prev` answered in `completion` tokens (request and settlement). */
  function gained(prevTokens: number, completion: number, sig = turn("resp_a")): number {
    const st = withConversation();
    exchange(st, sigOf("responses", { model: "m", input: "Hi", store: true, max_output_tokens: 128 }), prevTokens, "resp_a");
    const before = st.singleTurn;
    exchange(st, sig, completion, "resp_b", T0 + 60_000);
    return Math.round((st.singleTurn - before) * 100) / 100;
  }
  it("an answer of the profile's length (>= 700) at 8x or more the answer it continued makes that exchange a filler: the request counts as an ask of its own", () => {
    expect(gained(105, 2000)).toBeCloseTo(1, 2);
    expect(gained(250, 2000)).toBeCloseTo(1, 2);
    // under 8x, or under 700 tokens: a conversation of comparable turns
    expect(gained(251, 2000)).toBeCloseTo(0, 2);
    expect(gained(100, 699)).toBeCloseTo(0, 2);
    expect(gained(100, 800)).toBeCloseTo(1, 2);
    expect(gained(400, 1500)).toBeCloseTo(0, 2);
  });
  it("a cheap exchange (already no conversation at the request) is not counted twice", () => {
    expect(gained(60, 2000)).toBeCloseTo(1, 2); // counted at the request, not again at settlement
    const st = withConversation();
    exchange(st, sigOf("responses", { model: "m", input: "Hi", store: true }), 60, "resp_a");
    const t = turn("resp_a");
    observeRequest(st, t, T0 + 60_000);
    const atRequest = st.singleTurn;
    observeUsage(st, withExchange({ promptTokens: 20, completionTokens: 2000 }, t, "resp_b"), T0 + 61_000);
    expect(st.singleTurn).toBeCloseTo(atRequest, 2);
  });
  it("a chat history ending with a short exchange, then a long answer: the same; a greeting history (single at the request) is not counted twice", () => {
    const first = sigOf("messages", { model: "m", max_tokens: 256, messages: [{ role: "user", content: "What is a tide?" }] });
    const settled = (answerText: string) => {
      const st = withConversation();
      exchange(st, first, 150);
      const ask = sigOf("messages", { model: "m", max_tokens: 4096, messages: [{ role: "user", content: "What is a tide?" }, { role: "assistant", content: answerText }, { role: "user", content: ASK }] });
      const before = st.singleTurn;
      observeRequest(st, ask, T0 + 60_000);
      const atRequest = st.singleTurn - before;
      observeUsage(st, withExchange({ promptTokens: 200, completionTokens: 2200 }, ask, undefined), T0 + 61_000);
      return { atRequest: Math.round(atRequest * 100) / 100 + 0, total: Math.round((st.singleTurn - before) * 100) / 100 + 0 };
    };
    expect(settled("A tide is the regular rise and fall of the sea, caused by the moon. ".repeat(8))).toEqual({ atRequest: 0, total: 1 });
    expect(settled("A tide is the rise and fall of the sea.")).toEqual({ atRequest: 1, total: 1 });
  });
  it("a request the filler rule may still count is left out of the single-turn share until it settles (no lag of a request per request in flight)", () => {
    // a farm's key: fresh asks, then asks continuing a 120-token anchor each (R10-1 over the cheap line)
    const st = newDetectState();
    for (let i = 0; i < 4; i++) exchange(st, sigOf("responses", { model: "m", input: `${ASK} (${i})`, max_output_tokens: 4096 }), 1800, `resp_f${i}`, T0 + i * 1000);
    exchange(st, sigOf("responses", { model: "m", input: "Hi", store: true, max_output_tokens: 128 }), 120, "resp_a", T0 + 10_000);
    expect(singleShare(st)).toBeCloseTo(1, 3);
    const ask = turn("resp_a");
    observeRequest(st, ask, T0 + 70_000); // a minute after the anchor's answer: a person's pace (paced-turns.unit.test.ts)
    // at its request: neither single nor a conversation turn yet
    expect(pendingTurns(st)).toBeCloseTo(1, 3);
    expect(singleShare(st)).toBeCloseTo(1, 3);
    expect(harvestProfile(st)).toBe(true);
    // a second one in flight: the same
    observeRequest(st, turn("resp_a"), T0 + 70_500);
    expect(pendingTurns(st)).toBeCloseTo(2, 3);
    expect(singleShare(st)).toBeCloseTo(1, 3);
    // settled as a filler: single; settled short: a conversation turn after all
    observeUsage(st, withExchange({ promptTokens: 20, completionTokens: 2000 }, ask, "resp_b"), T0 + 71_000);
    expect(pendingTurns(st)).toBeCloseTo(1, 3);
    expect(singleShare(st)).toBeCloseTo(1, 3);
    observeUsage(st, withExchange({ promptTokens: 20, completionTokens: 300 }, ask, "resp_c"), T0 + 72_000);
    expect(pendingTurns(st)).toBe(0);
    expect(singleShare(st)).toBeCloseTo(6 / 7, 2);
  });
  it("pending only where the rule can still hold: a stated budget too small for it, a long exchange continued, an estimate settles it", () => {
    const pendingAfter = (prevTokens: number, body: Record<string, unknown>) => {
      const st = withConversation();
      exchange(st, sigOf("responses", { model: "m", input: "Hi", store: true }), prevTokens, "resp_a");
      observeRequest(st, sigOf("responses", { model: "m", input: ASK, previous_response_id: "resp_a", ...body }), T0 + 60_000);
      return Math.round(pendingTurns(st) * 100) / 100;
    };
    expect(pendingAfter(120, { max_output_tokens: 4096 })).toBe(1);
    expect(pendingAfter(120, { max_output_tokens: 960 })).toBe(1);
    expect(pendingAfter(120, { max_output_tokens: 959 })).toBe(0); // 8 x 120 does not fit
    expect(pendingAfter(80, { max_output_tokens: 690 })).toBe(0); // under the profile's 700
    expect(pendingAfter(1024, {})).toBe(1); // no budget stated: the 8,192-token default
    expect(pendingAfter(1025, {})).toBe(0);
    // cheap: already an ask of its own at the request, nothing pending
    expect(pendingAfter(60, { max_output_tokens: 4096 })).toBe(0);
    // an estimate (no answer read) settles the request with no verdict
    const st = withConversation();
    exchange(st, sigOf("responses", { model: "m", input: "Hi", store: true }), 120, "resp_a");
    const ask = sigOf("responses", { model: "m", input: ASK, previous_response_id: "resp_a", max_output_tokens: 4096 });
    observeRequest(st, ask, T0 + 60_000);
    observeUsage(st, { ...withExchange({ promptTokens: 20, completionTokens: 4096 }, ask, "resp_b"), estimated: true }, T0 + 61_000);
    expect(pendingTurns(st)).toBe(0);
  });
  it("a pending weight decays with the key's weight and survives a stored round trip", () => {
    const st = withConversation();
    exchange(st, sigOf("responses", { model: "m", input: "Hi", store: true }), 120, "resp_a");
    observeRequest(st, turn("resp_a"), T0 + 60_000);
    const back = decodeDetect(encodeDetect(st));
    expect(pendingTurns(back)).toBeCloseTo(1, 3);
    const w0 = back.weight;
    observeRequest(back, sigOf("responses", { model: "m", input: "Something else entirely, please." }), T0 + 60_000 + back.halfLifeMs);
    expect(pendingTurns(back)).toBeCloseTo(0.5, 2);
    expect(back.weight).toBeCloseTo(w0 / 2 + 1, 2);
  });
  it("a star's turns (an anchor continued 8 times or more: single at the request) are not counted again", () => {
    const st = withConversation();
    exchange(st, sigOf("responses", { model: "m", input: "Hi", store: true }), 105, "resp_a", T0);
    const before = st.singleTurn;
    for (let i = 0; i < 10; i++) exchange(st, turn("resp_a"), 2000, `resp_b${i}`, T0 + 60_000 + i * 1000);
    expect(st.singleTurn - before).toBeCloseTo(10, 1);
  });
  it("an agent's step answered at length after a short tool call is an ask of its own at settlement (red team R11-2: the ask sent as a tool's result); a step answered by another call is not", () => {
    // Responses: a 5-token anchor carrying tools (a function call), continued by a function_call_output
    const tools = [{ type: "function", name: "lookup", parameters: { type: "object", properties: {} } }];
    const step = sigOf("responses", { model: "m", tools, previous_response_id: "resp_call", input: [{ type: "function_call_output", call_id: "c1", output: ASK }], max_output_tokens: 4096 });
    expect(step.ti).toBe(1);
    const settled = (answer: number, anchor = 5) => {
      const st = withConversation();
      exchange(st, sigOf("responses", { model: "m", tools, input: "Hi", store: true }), anchor, "resp_call");
      const before = st.singleTurn;
      observeRequest(st, step, T0 + 60_000);
      const atRequest = st.singleTurn - before;
      observeUsage(st, withExchange({ promptTokens: 200, completionTokens: answer }, step, "resp_next"), T0 + 61_000);
      return { atRequest: Math.round(atRequest * 100) / 100 + 0, total: Math.round((st.singleTurn - before) * 100) / 100 + 0 };
    };
    // spared by the cheap rule at the request (a tool's result after a 5-token call), judged by its answer
    expect(settled(2000)).toEqual({ atRequest: 0, total: 1 });
    expect(settled(700)).toEqual({ atRequest: 0, total: 1 });
    // answered by another call: still a loop
    expect(settled(60)).toEqual({ atRequest: 0, total: 0 });
    // after a 120-token call, 8x is 960
    expect(settled(959, 120)).toEqual({ atRequest: 0, total: 0 });
    expect(settled(960, 120)).toEqual({ atRequest: 0, total: 1 });
  });
  it("a chat agent's step after several calls: the same", () => {
    const task = { role: "user", content: "Fix the failing test in utils.py and run the suite." };
    const call = (n: number) => ({ role: "assistant", content: null, tool_calls: [{ id: `c${n}`, type: "function", function: { name: "read_file", arguments: `{"path":"f${n}.py"}` } }] });
    const result = (n: number) => ({ role: "tool", tool_call_id: `c${n}`, content: `def f${n}(a, b):\n    return a - b  # step ${n}\n` });
    const chat = (messages: unknown[]) => extractSignals(buildPromptView("chat", { model: "m", messages }), NET);
    const st = withConversation();
    exchange(st, chat([task]), 40);
    exchange(st, chat([task, call(1), result(1)]), 40);
    const step = chat([task, call(1), result(1), call(2), result(2)]);
    const before = st.singleTurn;
    observeRequest(st, step, T0 + 60_000);
    expect(st.singleTurn - before).toBeLessThan(0.01);
    observeUsage(st, withExchange({ promptTokens: 400, completionTokens: 1500 }, step, undefined), T0 + 61_000);
    expect(st.singleTurn - before).toBeCloseTo(1, 2);
  });
  it("remembers the sizes of its last 8 exchanges' hashes", () => {
    const st = newDetectState();
    // a chat exchange by its input turn, a Responses one by the response it created
    for (let i = 1; i <= 5; i++) observeUsage(st, { promptTokens: 5, completionTokens: 100 + i, inputHash: i }, T0);
    for (let i = 6; i <= 10; i++) observeUsage(st, { promptTokens: 5, completionTokens: 100 + i, inputHash: i, createdHash: 100 + i }, T0);
    expect(st.turnSizes).toEqual([[3, 103], [4, 104], [5, 105], [106, 106], [107, 107], [108, 108], [109, 109], [110, 110]]);
    // a hash settled again moves to the end with its new size; one continued moves to the end
    observeUsage(st, { promptTokens: 5, completionTokens: 900, inputHash: 4 }, T0);
    expect(st.turnSizes.at(-1)).toEqual([4, 900]);
    observeUsage(st, { promptTokens: 5, completionTokens: 900, prevHash: 106 }, T0);
    expect(st.turnSizes.at(-1)).toEqual([106, 106]);
    expect(st.turnSizes).toHaveLength(8);
    observeUsage(st, { promptTokens: 5, completionTokens: 120, inputHash: 11 }, T0);
    expect(st.turnSizes).toHaveLength(8);
    expect(st.turnSizes[0]).toEqual([5, 105]);
  });
});

describe("cheapTurns is bounded", () => {
  it("keeps the 16 newest hashes, a repeated one moved to the end", () => {
    const st = newDetectState();
    for (let i = 1; i <= 20; i++) observeUsage(st, { promptTokens: 5, completionTokens: 3, inputHash: i }, T0);
    expect(st.cheapTurns).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    observeUsage(st, { promptTokens: 5, completionTokens: 3, inputHash: 7, createdHash: 99 }, T0);
    expect(st.cheapTurns).toEqual([6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 7, 99]);
    // only the created hash
    observeUsage(st, { promptTokens: 5, completionTokens: 3, createdHash: 100 }, T0);
    expect(st.cheapTurns.at(-1)).toBe(100);
    expect(st.cheapTurns).toHaveLength(16);
  });
});
