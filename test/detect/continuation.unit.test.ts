/**
 * Answers fetched in pieces (red team R22-1): a request whose own input is a few words ("Continue.")
 * after an answer that filled a budget at least its own asks only for more of that answer. It is
 * no request of its own in any rate, and its answer is added to the one it continues: a chain of
 * ten 300-token pieces is one 3,000-token answer to one ask.
 */
import { describe, expect, it } from "vitest";
import { extractSignals, newDetectState, observeRequest, observeUsage } from "../../src/detect/index.ts";
import { chainSoFar, extendChain, rememberChain, rememberSize, takeChain } from "../../src/detect/conversation.ts";
import type { RequestSignals } from "../../src/detect/signals.ts";
import { type DetectState, decodeDetect, encodeDetect } from "../../src/detect/state.ts";
import { answerMean } from "../../src/detect/budget.ts";
import { buildPromptView } from "../../src/detect/view.ts";
import { withExchange } from "../../src/proxy/usage.ts";
import { T0 } from "./helpers.ts";

const NET = { ip: "203.0.113.9" };
const SYS = "You are a careful maths tutor.";
const ASK = "Solve step by step: a train leaves at 9:40 and travels 210 km at 84 km/h. When does it arrive?";
const chat = (messages: { role: string; content: string }[], max = 300): RequestSignals =>
  extractSignals(buildPromptView("chat", { model: "m", max_tokens: max, messages: [{ role: "system", content: SYS }, ...messages] }), NET);
/** A follow-up with an ask of its own, longer than a continuation asked in a sentence (160 chars). */
const FOLLOW_UP =
  "Thanks. Now explain why the speed matters more than the distance here, in two lines, and then tell me how the answer would change if the train left twenty minutes later.";
const piece = (n: number) => `Step ${n}: ` + "we keep working through the distance and the time carefully. ".repeat(20);

/** Send `sig` at `at` and settle its answer of `completion` tokens as the Worker does. */
function exchange(st: DetectState, sig: RequestSignals, completion: number, at: number, responseId?: string): void {
  observeRequest(st, sig, at);
  observeUsage(st, withExchange({ promptTokens: 60, completionTokens: completion }, sig, responseId), at + 500);
}

/** One ask with max_tokens 300 answered in full (300), then `more` "Continue." turns of 300 each,
 *  each carrying the answer so far as the assistant turn (as a client stitching the pieces does). */
function chain(st: DetectState, more: number, at = T0, cont = "Continue."): void {
  exchange(st, chat([{ role: "user", content: ASK }]), 300, at);
  let sofar = piece(0);
  for (let i = 1; i <= more; i++) {
    exchange(st, chat([{ role: "user", content: ASK }, { role: "assistant", content: sofar }, { role: "user", content: cont }]), 300, at + i * 1000);
    sofar += piece(i);
  }
}

const resp = (body: Record<string, unknown>): RequestSignals =>
  extractSignals(buildPromptView("responses", { model: "m", max_output_tokens: 300, instructions: SYS, ...body }), NET);

/** The same over the Responses API: the ask stored as resp_0, then `more` pieces, each naming the
 *  last one's stored response (resp_1 ... resp_more). */
function respChain(st: DetectState, more: number): void {
  exchange(st, resp({ input: ASK }), 300, T0, "resp_0");
  for (let i = 1; i <= more; i++) exchange(st, resp({ previous_response_id: `resp_${i - 1}`, input: "Continue." }), 300, T0 + i * 1000, `resp_${i}`);
}

describe("an answer fetched in pieces", () => {
  it("is one long answer to one ask: one request, one settled answer of 3,000 tokens, counted long", () => {
    const st = newDetectState();
    chain(st, 9);
    expect(st.requests).toBe(1);
    expect(st.weight).toBeCloseTo(1, 2);
    expect(st.settled).toBeCloseTo(1, 2);
    expect(st.completionTokens).toBeCloseTo(3000, 0);
    expect(st.longAnswers).toBeCloseTo(1, 2);
    expect(st.longTokens).toBeCloseTo(3000, 0);
    // its tokens beyond 512 are the whole answer's, not each 300-token piece's (none)
    expect(st.beyondTokens).toBeCloseTo(3000 - 512, 0);
    expect(answerMean(st)).toBeCloseTo(3000, 0);
    // the ask's step-by-step cue is counted once, for the one request
    expect(st.stepByStepAsks / st.weight).toBeCloseTo(1, 2);
    expect(st.chainNext).toEqual([]);
  });
  it("the chain is long from the piece that takes it to 700 tokens (LONG_ANSWER), not before", () => {
    const st = newDetectState();
    chain(st, 1);
    expect(st.longAnswers).toBe(0);
    expect(st.completionTokens).toBeCloseTo(600, 0);
    const st3 = newDetectState();
    chain(st3, 2);
    expect(st3.longAnswers).toBeCloseTo(1, 2);
    expect(st3.longTokens).toBeCloseTo(900, 0);
  });
  it("over the Responses API too: each piece names the last one's stored response", () => {
    const st = newDetectState();
    respChain(st, 9);
    expect(st.requests).toBe(1);
    expect(st.settled).toBeCloseTo(1, 2);
    expect(st.longAnswers).toBeCloseTo(1, 2);
    expect(st.completionTokens).toBeCloseTo(3000, 0);
  });
  it("a Responses follow-up naming the last piece continues the key's conversation (the piece's stored response is the key's)", () => {
    const st = newDetectState();
    respChain(st, 3);
    const before = st.singleTurn;
    observeRequest(st, resp({ previous_response_id: "resp_3", input: FOLLOW_UP }), T0 + 10_000);
    expect(st.requests).toBe(2);
    expect(st.singleTurn - before).toBeLessThan(0.5);
  });
  it("a follow-up after an answer that did not fill its budget is a request of its own", () => {
    const st = newDetectState();
    exchange(st, chat([{ role: "user", content: ASK }], 1000), 300, T0);
    exchange(st, chat([{ role: "user", content: ASK }, { role: "assistant", content: piece(0) }, { role: "user", content: "Why?" }], 1000), 300, T0 + 20_000);
    expect(st.requests).toBe(2);
    expect(st.settled).toBeCloseTo(2, 2);
    expect(st.longAnswers).toBe(0);
  });
  it("a follow-up with an ask of its own (over 160 chars) after a cut answer is a request of its own", () => {
    const st = newDetectState();
    chain(st, 1, T0, "Continue, and then also explain how the answer changes if the train is 15 minutes late, and what happens to the arrival time if it has to stop twice on the way for five minutes each.");
    expect(st.requests).toBe(2);
    expect(st.settled).toBeCloseTo(2, 2);
  });
  it("a continuation asked in a sentence (up to 160 chars) is one too (red team R23-1)", () => {
    const st = newDetectState();
    chain(st, 4, T0, "Please continue the solution exactly from where your previous message stopped, without repeating any earlier step.");
    expect(st.requests).toBe(1);
    expect(st.completionTokens).toBeCloseTo(1500, 0);
  });
  it("after a chain's last piece ended on its own, a short question is a request of its own (red team R24-1)", () => {
    const st = newDetectState();
    chain(st, 2); // 300 + 300 + 300, each filling max_tokens 300
    const history = [{ role: "user", content: ASK }, { role: "assistant", content: piece(0) + piece(1) + piece(2) }];
    // the last piece ended on its own (120 of 300)
    exchange(st, chat([...history, { role: "user", content: "Continue." }]), 120, T0 + 5_000);
    expect(st.requests).toBe(1);
    const later = [...history, { role: "user", content: "Continue." }, { role: "assistant", content: "Step 3: so the train arrives at 12:10." }];
    exchange(st, chat([...later, { role: "user", content: "Next: a car travels 150 km at 60 km/h; how long does it take?" }], 2000), 300, T0 + 30_000);
    expect(st.requests).toBe(2);
  });
  it("an input turn over 400 chars is never one, sent before or not", () => {
    const long = "Please continue the worked solution exactly from the last line of your previous message, keeping the same numbering. ".repeat(4);
    expect(long.length).toBeGreaterThan(400);
    const st = newDetectState();
    chain(st, 1, T0, long);
    chain(st, 1, T0 + 600_000, long);
    expect(st.requests).toBe(4);
  });
  it("a longer one (up to 400 chars) is one once the key has sent the same input turn before", () => {
    const long =
      "Please continue the worked solution exactly from the last line of your previous message. Do not restate, summarise or repeat any of the earlier steps, keep the same numbering and the same notation, and carry on until the final answer is reached.";
    expect(long.length).toBeGreaterThan(160);
    const st = newDetectState();
    chain(st, 1, T0, long);
    // the first time, an input of its own: a request
    expect(st.requests).toBe(2);
    chain(st, 1, T0 + 600_000, long);
    // the second ask is a request, its piece (the same input turn again) is not
    expect(st.requests).toBe(3);
  });
  it("a piece that asks for more than the answer before it filled (a bigger budget) is a request of its own", () => {
    const st = newDetectState();
    exchange(st, chat([{ role: "user", content: ASK }]), 300, T0);
    exchange(st, chat([{ role: "user", content: ASK }, { role: "assistant", content: piece(0) }, { role: "user", content: "Continue." }], 2000), 1500, T0 + 20_000);
    expect(st.requests).toBe(2);
  });
  it("a follow-up after the pieces continues the key's conversation (the piece's input is remembered as sent)", () => {
    const st = newDetectState();
    chain(st, 2);
    const before = st.singleTurn;
    const history = [{ role: "user", content: ASK }, { role: "assistant", content: piece(0) + piece(1) }, { role: "user", content: "Continue." }, { role: "assistant", content: piece(2) }];
    observeRequest(st, chat([...history, { role: "user", content: FOLLOW_UP }], 1000), T0 + 10_000);
    expect(st.requests).toBe(2);
    // (not counted single-turn: its history is a conversation this key had)
    expect(st.singleTurn - before).toBeLessThan(0.5);
  });
  it("the awaited pieces survive the stored form", () => {
    const st = newDetectState();
    exchange(st, chat([{ role: "user", content: ASK }]), 300, T0);
    observeRequest(st, chat([{ role: "user", content: ASK }, { role: "assistant", content: piece(0) }, { role: "user", content: "Continue." }]), T0 + 20_000);
    expect(st.chainNext).toHaveLength(1);
    expect(decodeDetect(JSON.parse(JSON.stringify(encodeDetect(st)))).chainNext).toEqual(st.chainNext);
  });
  it("a chain's fields and the pieces awaited under a cap survive the stored form", () => {
    const st = newDetectState();
    st.turnSizes = [[11, 300], [12, 600, 0, 300], [13, 100, 1.5, 100, 612]];
    st.capNext = [13, 14];
    const back = decodeDetect(JSON.parse(JSON.stringify(encodeDetect(st))));
    expect(back.turnSizes).toEqual(st.turnSizes);
    expect(back.capNext).toEqual([13, 14]);
  });
  it("an answer of exactly 0.9 of this request's budget filled it (the boundary counts)", () => {
    const st = newDetectState();
    exchange(st, chat([{ role: "user", content: ASK }]), 270, T0);
    exchange(st, chat([{ role: "user", content: ASK }, { role: "assistant", content: piece(0) }, { role: "user", content: "Continue." }]), 300, T0 + 20_000);
    expect(st.requests).toBe(1);
  });
  it("the exchange continued is the one the request names, not another the key remembers", () => {
    const st = newDetectState();
    // an earlier, unrelated exchange with a short answer, remembered first
    exchange(st, chat([{ role: "user", content: "What is the capital of Australia, in one word?" }]), 3, T0 - 60_000);
    chain(st, 2);
    expect(st.requests).toBe(2);
  });
  it("a tool result is no continuation, however short (its turn is the tool's, not a request for more)", () => {
    const st = newDetectState();
    exchange(st, chat([{ role: "user", content: ASK }]), 300, T0);
    const tool = extractSignals(
      buildPromptView("chat", {
        model: "m",
        max_tokens: 300,
        messages: [
          { role: "system", content: SYS },
          { role: "user", content: ASK },
          { role: "assistant", content: piece(0), tool_calls: [{ id: "c1", type: "function", function: { name: "clock", arguments: "{}" } }] },
          { role: "tool", tool_call_id: "c1", content: "9:40" },
        ],
      }),
      NET,
    );
    expect(tool.ti).toBe(1);
    observeRequest(st, tool, T0 + 20_000);
    expect(st.requests).toBe(2);
    expect(st.chainNext).toEqual([]);
  });
});

describe("the pieces' bookkeeping", () => {
  it("rememberChain keeps an exchange once, newest last, and at most 8; takeChain takes exactly the one named", () => {
    const next: number[] = [];
    rememberChain(next, 1);
    rememberChain(next, 2);
    rememberChain(next, 1);
    expect(next).toEqual([2, 1]);
    for (let h = 3; h <= 10; h++) rememberChain(next, h);
    expect(next).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    expect(takeChain(next, 42)).toBe(false);
    expect(next).toHaveLength(8);
    expect(takeChain(next, 6)).toBe(true);
    expect(next).toEqual([3, 4, 5, 7, 8, 9, 10]);
    expect(takeChain(next, 6)).toBe(false);
  });
  it("rememberSize writes [hash, answer, pending, last piece, answer so far under a cap], the last ones only when they say something", () => {
    const st = newDetectState();
    rememberSize(st, 0, 11, 300);
    rememberSize(st, 0, 12, 600, 300);
    rememberSize(st, 0, 13, 100, 100, 612);
    rememberSize(st, 14, 0, 50);
    expect(st.turnSizes).toEqual([[11, 300], [12, 600, 0, 300], [13, 100, 0, 100, 612], [14, 50]]);
    expect([11, 12, 13, 14, 15].map((h) => chainSoFar(st, h))).toEqual([300, 600, 612, 50, 0]);
  });
  it("extendChain sets the answer (or keeps it), the last piece and the answer under a cap, and keeps what is pending", () => {
    const st = newDetectState();
    rememberSize(st, 0, 21, 512);
    rememberSize(st, 0, 22, 300);
    st.turnSizes[1]![2] = 1.5; // a pending filler weight
    extendChain(st, 21, 100, undefined, 612);
    extendChain(st, 22, 300, 600, undefined);
    extendChain(st, 99, 5, 5, 5); // an exchange the key no longer remembers: nothing
    expect(st.turnSizes).toEqual([[21, 512, 0, 100, 612], [22, 600, 1.5, 300]]);
  });
});
