/**
 * A conversation a program drives (red team round 24, `X_short`): one chat per key, a new
 * step-by-step question each turn, sent as soon as the last answer came. Its history is the key's
 * own, so every turn read as a person's follow-up and the key as a chat (0 of 20 keys flagged,
 * 100 % served). A turn sent sooner after the answer it follows than a person reads that answer
 * and writes the turn (conversation.ts personFloorMs) now asks like a request of its own.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_DETECTION_CONFIG, assess, extractSignals, newDetectState, observeRequest, observeUsage } from "../../src/detect/index.ts";
import { CHEAP_TURN_TOKENS, NEW_ASK_CHARS, TOOL_ASK_ANSWER, TOOL_ASK_DEPTH, bumpOpening, openingDepth, ownChars, pacedTurn, personFloorMs, rememberAnswered, rememberQuiet } from "../../src/detect/conversation.ts";
import { singleShare } from "../../src/detect/link.ts";
import type { RequestSignals } from "../../src/detect/signals.ts";
import { type DetectState, decodeDetect, encodeDetect } from "../../src/detect/state.ts";
import { buildPromptView } from "../../src/detect/view.ts";
import { withExchange } from "../../src/proxy/usage.ts";
import { T0 } from "./helpers.ts";

const NET = { ip: "203.0.113.9" };
const SYS = "You are a careful problem solver.";
const TOPICS = [
  "the number of ways to seat 7 guests at a round table if two refuse to sit together",
  "how many moles of oxygen are needed to burn 10 g of propane in a furnace",
  "the angle between the vectors (2, -1, 3) and (1, 4, -2)",
  "why building a binary heap in a computer program takes linear time",
  "the compound interest on a loan of 5,000 euros at 3.4 % compounded monthly for 7 years",
  "whether a tenant can withhold rent under contract law when the landlord breaches the lease",
  "the causes of the French revolution and the fall of the monarchy",
  "how a vaccine trains the immune system, and why a patient needs a booster dose",
  "how long to roast a 2 kg chicken in the oven, and at what temperature for a crisp skin",
  "why the guitar's strings sound a chord when tuned in fifths and the harmony it makes",
  "how a football team should press when it loses the ball, as a coach would train it",
  "the climate and rivers of the Andes mountains and the countries they cross",
  "how photosynthesis turns light into sugar inside a plant cell",
  "the best way to structure an SQL database index for a query on two columns",
  "how gravity and the orbit of the moon cause tides in the ocean",
  "why a startup's revenue can grow while its cash runs out, in accounting terms",
];const ask = (i: number): string => `Next one, step by step: ${TOPICS[i % TOPICS.length]} (case ${i}).`;
const answerText = (i: number): string => `Answer ${i}: ` + "first we set out what is known, then we work it through. ".repeat(12);
const chat = (messages: { role: string; content: string }[]): RequestSignals =>
  extractSignals(buildPromptView("chat", { model: "m", max_tokens: 4096, messages: [{ role: "system", content: SYS }, ...messages] }), NET);

/**
 * One conversation of `turns` asks, each sent `gapMs` after the last answer settled, the history
 * trimmed to the last two exchanges (as the harvest sent it). Returns the state.
 */
function conversation(turns: number, gapMs: number, completion = 250, st: DetectState = newDetectState()): DetectState {
  const hist: { role: string; content: string }[] = [];
  let at = T0;
  for (let i = 0; i < turns; i++) {
    const sig = chat([...hist.slice(-4), { role: "user", content: ask(i) }]);
    observeRequest(st, sig, at);
    const settled = at + 4000; // the answer streams for 4 s
    observeUsage(st, withExchange({ promptTokens: 80 + 60 * Math.min(i, 2), completionTokens: completion }, sig, undefined), settled);
    hist.push({ role: "user", content: ask(i) }, { role: "assistant", content: answerText(i) });
    at = settled + gapMs;
  }
  return st;
}

/** A key's first ask answered in 250 tokens, settled at `settledAt`, and the turn after it (not yet sent). */
function firstAnswered(settledAt: number): { st: DetectState; next: RequestSignals } {
  const st = newDetectState();
  const first = chat([{ role: "user", content: ask(0) }]);
  observeRequest(st, first, T0);
  observeUsage(st, withExchange({ promptTokens: 80, completionTokens: 250 }, first, undefined), settledAt);
  const next = chat([{ role: "user", content: ask(0) }, { role: "assistant", content: answerText(0) }, { role: "user", content: ask(1) }]);
  return { st, next };
}

describe("a person's least time from an answer to the next turn", () => {
  it("is a second, the answer read at 15 tokens a second and the turn typed at 12 chars a second", () => {
    expect(personFloorMs(0, 0)).toBe(1000);
    expect(personFloorMs(300, 0)).toBe(21_000);
    expect(personFloorMs(0, 60)).toBe(6000);
  });
  it("stops counting past 600 tokens read (a person may ask before reading on) and 80 chars typed (a longer turn may be pasted)", () => {
    expect(personFloorMs(5000, 0)).toBe(personFloorMs(600, 0));
    expect(personFloorMs(600, 0)).toBe(41_000);
    expect(personFloorMs(0, 4000)).toBe(personFloorMs(0, 80));
    expect(personFloorMs(-5, -5)).toBe(1000);
  });
});

describe("a conversation a program drives", () => {
  it("asks like self-contained requests: every turn after the first sent 3 s after its answer is paced", () => {
    const st = conversation(40, 3000);
    expect(st.singleTurn).toBeCloseTo(1, 1);
    expect(st.pacedTurns).toBeGreaterThan(38.5);
    expect(singleShare(st)).toBeGreaterThan(0.97);
    // and a step-by-step ask in such a turn is harvest-shaped, as in a request of its own (read
    // as far as the key's answers are a trace's length: trace-length.unit.test.ts)
    expect(st.harvestShaped).toBeGreaterThan(39.5);
    expect(st.stepHarvest).toBeGreaterThan(39.5);
  });
  it("at a person's pace (a minute to read a 250-token answer and write a question) is a conversation", () => {
    const st = conversation(40, 60_000);
    expect(st.pacedTurns).toBe(0);
    expect(singleShare(st)).toBeLessThan(0.05);
    expect(st.harvestShaped).toBeCloseTo(1, 1);
  });
  it("is judged against the answer's length: 20 s after a 30-token answer is a person, after a 500-token one is not", () => {
    expect(conversation(10, 20_000, 30).pacedTurns).toBe(0);
    expect(conversation(10, 20_000, 500).pacedTurns).toBeGreaterThan(8.5);
  });
  it("reads the gap from when the answer settled, not from when it was asked", () => {
    // a 250-token answer that took 60 s to stream; the next turn comes 5 s after it ended
    const { st, next } = firstAnswered(T0 + 60_000);
    expect(pacedTurn(st, next, T0 + 65_000)).toBe(true);
    expect(pacedTurn(st, next, T0 + 60_000 + personFloorMs(250, 80) + 1000)).toBe(false);
  });
  it("is never read off a tool's result after an answer an agent's tool call could be (250 tokens) nor off an answer the key no longer remembers", () => {
    const { st, next } = firstAnswered(T0 + 1000);
    expect(pacedTurn(st, next, T0 + 2000)).toBe(true);
    expect(pacedTurn(st, { ...next, ti: 1 }, T0 + 2000)).toBe(false);
    // 23 later answers keep it (a key running 24 conversations at once); the 24th pushes it out
    for (let i = 0; i < 23; i++) rememberAnswered(st, (i + 1) << 16, 0, 250, T0 + 1500);
    expect(pacedTurn(st, next, T0 + 2000)).toBe(true);
    rememberAnswered(st, 24 << 16, 0, 250, T0 + 1500);
    expect(pacedTurn(st, next, T0 + 2000)).toBe(false);
  });
  it("is read in each of 16 conversations a key runs at once (their answers interleaved), at its own answer's length", () => {
    const st = newDetectState();
    const hist: { role: string; content: string }[][] = Array.from({ length: 16 }, () => []);
    let at = T0;
    for (let round = 0; round < 5; round++) {
      for (let c = 0; c < 16; c++) {
        const q = `${ask(round * 16 + c)} [conversation ${c}]`;
        const sig = chat([...hist[c]!.slice(-4), { role: "user", content: q }]);
        observeRequest(st, sig, at);
        observeUsage(st, withExchange({ promptTokens: 200, completionTokens: 500 }, sig, undefined), at + 1000);
        hist[c]!.push({ role: "user", content: q }, { role: "assistant", content: answerText(round) });
        at += 2000; // 16 conversations: each turn comes 31 s after its own answer, under the 500-token answer's 41 s
      }
    }
    expect(st.pacedTurns).toBeGreaterThan(4 * 16 - 0.5);
  });
  it("reads a Responses turn off the stored response it continues", () => {
    const st = newDetectState();
    const resp = (body: Record<string, unknown>): RequestSignals =>
      extractSignals(buildPromptView("responses", { model: "m", max_output_tokens: 300, instructions: SYS, ...body }), NET);
    const first = resp({ input: ask(0) });
    observeRequest(st, first, T0);
    observeUsage(st, withExchange({ promptTokens: 80, completionTokens: 250 }, first, "resp_0"), T0 + 4000);
    const next = resp({ previous_response_id: "resp_0", input: ask(1) });
    expect(pacedTurn(st, next, T0 + 6000)).toBe(true);
    expect(pacedTurn(st, next, T0 + 64_000)).toBe(false);
  });
  it("keeps its answer times and paced turns through the stored form", () => {
    const st = conversation(12, 3000);
    const back = decodeDetect(encodeDetect(st));
    expect(back.answeredAt).toEqual(st.answeredAt);
    expect(back.answeredAt.length).toBe(12);
    expect(back.pacedTurns).toBeCloseTo(st.pacedTurns, 2);
  });
});

describe("the key's standing", () => {
  it("a key harvesting 300 short step-by-step answers in one machine-driven chat is degraded; the same chat at a person's pace is not", () => {
    const cfg = DEFAULT_DETECTION_CONFIG;
    const driven = conversation(300, 3000);
    const person = conversation(300, 60_000);
    const a = assess(driven, T0 + 300 * 7000, cfg);
    const b = assess(person, T0 + 300 * 64_000, cfg);
    expect(["degrade", "challenge", "block"]).toContain(a.standing);
    expect(b.standing).toBe("allow");
  });
});

describe("what a machine-driven conversation's first turn asks holds for its later questions", () => {
  /** One conversation: the first turn asks for step-by-step work, the later ones are `later(i)`,
   *  each sent `gapMs` after the last 250-token answer settled. */
  function firstTurnOnly(turns: number, gapMs: number, later: (i: number) => string): DetectState {
    const st = newDetectState();
    const hist: { role: string; content: string }[] = [];
    let at = T0;
    for (let i = 0; i < turns; i++) {
      const q = i === 0 ? "Solve every problem I send step by step, justifying each step. First: " + TOPICS[0] : later(i);
      const sig = chat([...hist.slice(0, 2), ...hist.slice(2).slice(-4), { role: "user", content: q }]);
      observeRequest(st, sig, at);
      observeUsage(st, withExchange({ promptTokens: 200, completionTokens: 250 }, sig, undefined), at + 4000);
      hist.push({ role: "user", content: q }, { role: "assistant", content: answerText(i) });
      at += 4000 + gapMs;
    }
    return st;
  }
  const question = (i: number): string => `${TOPICS[i % TOPICS.length]} (case ${i}).`;
  it("a new question sent at machine pace inherits the first turn's step-by-step ask (red team R26-1: the ask in the first turn only, 0 of 10 keys flagged)", () => {
    const st = firstTurnOnly(30, 3000, question);
    expect(st.pacedTurns).toBeGreaterThan(28.5);
    expect(st.stepByStepAsks).toBeGreaterThan(29.5);
  });
  it("at a person's pace the later questions are read as they are (no step-by-step ask of their own)", () => {
    const st = firstTurnOnly(30, 60_000, question);
    expect(st.pacedTurns).toBe(0);
    expect(st.stepByStepAsks).toBeCloseTo(1, 1);
  });
  it("a quick-reply chip (under 40 chars) clicked at once inherits nothing, and once the key sent it before it is no paced turn", () => {
    const st = firstTurnOnly(30, 2000, (i) => ["Show another example", "Why?", "Explain that again"][i % 3]!);
    // each chip's first click is paced; its later clicks are a reply the key sent before
    expect(st.pacedTurns).toBeCloseTo(3, 1);
    expect(st.stepByStepAsks).toBeCloseTo(1, 1);
  });
  it("a question of 40 chars or more sent at once stays paced even when the key sent it before (a bank's repeats)", () => {
    const st = firstTurnOnly(30, 3000, (i) => question(i % 4));
    expect(st.pacedTurns).toBeGreaterThan(28.5);
  });
  it("inherits the first turn's reasoning ask but not its topic: a sweep's questions stay many subjects", () => {
    const noTopic = (i: number): string => `Number ${i}: what is ${i * 7} multiplied by ${i + 3}, exactly?`;
    const st = firstTurnOnly(20, 3000, noTopic);
    const driven = st.topics.reduce((a, b) => a + b, 0);
    // only the opening turn has a topic: the later ones read none of their own and inherit none
    expect(driven).toBeCloseTo(1, 1);
    expect(st.stepByStepAsks).toBeGreaterThan(19.5);
  });
});

describe("the paced-turn reading, exactly (mutation kills)", () => {
  /** A turn continuing exchange `h`, its own text `turn` chars beside `hist` chars of history and `sys` of system prompt. */
  const turnSig = (h: number | undefined, turn: number, hist = 0, sys = 0, extra: Partial<RequestSignals> = {}): RequestSignals =>
    ({ ...(h !== undefined ? { pv: h } : {}), pl: turn + hist + sys, ...(hist ? { hc: hist } : {}), ...(sys ? { sc: sys } : {}), ...extra }) as RequestSignals;
  const at = (st: DetectState, h: number, tokens: number, settledMs: number) => rememberAnswered(st, h, 0, tokens, settledMs);

  it("the gap is compared strictly with the floor, which counts only the turn's own chars (not its history's nor its system prompt's)", () => {
    const st = newDetectState();
    const h = 0x12345678;
    at(st, h, 600, T0); // 600 tokens: 40 s to read
    // 24 own chars: 2 s to type; floor 1 + 40 + 2 = 43 s
    expect(pacedTurn(st, turnSig(h, 24), T0 + 42_000)).toBe(true);
    expect(pacedTurn(st, turnSig(h, 24), T0 + 43_000)).toBe(false);
    // 24 own chars beside 3,000 of history and 2,000 of system prompt: the same floor
    expect(pacedTurn(st, turnSig(h, 24, 3000, 2000), T0 + 43_000)).toBe(false);
    expect(pacedTurn(st, turnSig(h, 24, 3000, 0), T0 + 43_000)).toBe(false);
    expect(pacedTurn(st, turnSig(h, 24, 0, 2000), T0 + 43_000)).toBe(false);
  });
  it("a turn naming no exchange (a stored conversation without an anchor, or no previous turn) is never paced, whatever the key remembers", () => {
    const st = newDetectState();
    at(st, 5, 40, T0); // a hash whose 16-bit tag is 0
    expect(pacedTurn(st, turnSig(undefined, 10, 0, 0, { cv: 1 }), T0 + 1000)).toBe(false);
    expect(pacedTurn(st, turnSig(undefined, 10), T0 + 1000)).toBe(false);
    expect(pacedTurn(st, turnSig(0, 10), T0 + 1000)).toBe(false);
    expect(pacedTurn(st, turnSig(5, 10), T0 + 1000)).toBe(true);
  });
  it("the answer remembered last for a tag is the one read, and a second answer of the same exchange replaces the first", () => {
    const st = newDetectState();
    const h = 0x0abc0001;
    at(st, h, 600, T0);
    at(st, h, 40, T0 + 30_000); // a regenerated answer: 40 tokens, 30 s later
    expect(st.answeredAt.length).toBe(1);
    // floor after the 40-token one: 1 + 2.67 + 1 (12 chars) = 4.67 s
    expect(pacedTurn(st, turnSig(h, 12), T0 + 34_000)).toBe(true);
    expect(pacedTurn(st, turnSig(h, 12), T0 + 35_000)).toBe(false);
  });
});

describe("paced turns in the key's state, exactly (mutation kills of state.ts)", () => {
  it("decay like the key's weight", () => {
    const st = conversation(20, 3000);
    const paced = st.pacedTurns;
    const weight = st.weight;
    // a single-turn request a day later: both decayed by the same factor (the new request adds 1 to weight only)
    observeRequest(st, chat([{ role: "user", content: ask(99) }]), T0 + 86_400_000);
    const f = (st.weight - 1) / weight;
    expect(f).toBeLessThan(0.9);
    expect(st.pacedTurns).toBeCloseTo(paced * f, 3);
  });
  it("a paced question of exactly NEW_ASK_CHARS own chars inherits its history's reasoning ask", () => {
    const st = newDetectState();
    const first = chat([{ role: "user", content: ask(0) }]);
    observeRequest(st, first, T0);
    observeUsage(st, withExchange({ promptTokens: 80, completionTokens: 250 }, first, undefined), T0 + 4000);
    const q = "What is the area of a 7 by 9 rectangle?".padEnd(NEW_ASK_CHARS, "!");
    const next = chat([{ role: "user", content: ask(0) }, { role: "assistant", content: answerText(0) }, { role: "user", content: q }]);
    expect(ownChars(next)).toBe(NEW_ASK_CHARS);
    expect(next.rs).toBeLessThan(2);
    const before = st.stepByStepAsks;
    observeRequest(st, next, T0 + 5000);
    expect(st.pacedTurns).toBeCloseTo(1, 3);
    expect(st.stepByStepAsks - before).toBeCloseTo(1, 3);
  });
  it("a turn after an answer fetched in pieces is paced off the last piece (chat and Responses)", () => {
    // chat: an ask cut at its 300-token budget, one "Continue." piece, then a new question 2 s after the piece settled
    const st = newDetectState();
    const c = (messages: { role: string; content: string }[]): RequestSignals =>
      extractSignals(buildPromptView("chat", { model: "m", max_tokens: 300, messages }), NET);
    const a0 = c([{ role: "user", content: ask(0) }]);
    observeRequest(st, a0, T0);
    observeUsage(st, withExchange({ promptTokens: 80, completionTokens: 300 }, a0, undefined), T0 + 4000);
    const p1 = c([{ role: "user", content: ask(0) }, { role: "assistant", content: answerText(0) }, { role: "user", content: "Continue." }]);
    observeRequest(st, p1, T0 + 5000);
    observeUsage(st, withExchange({ promptTokens: 400, completionTokens: 120 }, p1, undefined), T0 + 9000);
    const q = c([{ role: "user", content: ask(0) }, { role: "assistant", content: answerText(0) }, { role: "user", content: "Continue." }, { role: "assistant", content: answerText(1) }, { role: "user", content: ask(1) }]);
    expect(pacedTurn(st, q, T0 + 11_000)).toBe(true);
    // Responses: the piece is stored as resp_1, the next question names it
    const rt = newDetectState();
    const r = (body: Record<string, unknown>): RequestSignals =>
      extractSignals(buildPromptView("responses", { model: "m", max_output_tokens: 300, ...body }), NET);
    const b0 = r({ input: ask(0) });
    observeRequest(rt, b0, T0);
    observeUsage(rt, withExchange({ promptTokens: 80, completionTokens: 300 }, b0, "resp_0"), T0 + 4000);
    const b1 = r({ previous_response_id: "resp_0", input: "Continue." });
    observeRequest(rt, b1, T0 + 5000);
    observeUsage(rt, withExchange({ promptTokens: 400, completionTokens: 120 }, b1, "resp_1"), T0 + 9000);
    expect(pacedTurn(rt, r({ previous_response_id: "resp_1", input: ask(1) }), T0 + 11_000)).toBe(true);
  });
});

describe("a task fed by a tool (red team R25-2)", () => {
  const TOOLS = [{ type: "function", function: { name: "next_problem", description: "The next problem to solve.", parameters: { type: "object", properties: {} } } }];
  const first = `Solve each problem step by step. ${ask(0)} When you have finished, call next_problem for the next one.`;
  const opening = [{ role: "user", content: first }, { role: "assistant", content: answerText(0) }];
  /** A request of a conversation whose input turn is the result of the tool the last answer called. */
  const toolTurn = (prev: { role: string; content: string }[], result: string, id: string): RequestSignals =>
    extractSignals(
      buildPromptView("chat", {
        model: "m",
        max_tokens: 4096,
        tools: TOOLS,
        messages: [
          { role: "system", content: SYS },
          ...prev,
          { role: "assistant", content: answerText(99), tool_calls: [{ id, type: "function", function: { name: "next_problem", arguments: "{}" } }] },
          { role: "tool", tool_call_id: id, content: result },
        ],
      }),
      NET,
    );
  /**
   * A key deep in one conversation (`depth` requests of it so far, the opening's included), whose
   * last task was answered in `completion` tokens at T0 + 1 s, and the tool result after it.
   */
  function answered(completion: number, result = `Problem: ${TOPICS[1]}.`, depth = TOOL_ASK_DEPTH - 1): { st: DetectState; next: RequestSignals } {
    const st = newDetectState();
    const sig = toolTurn(opening, `Problem: ${TOPICS[2]}.`, "call_0");
    for (let i = 0; i < depth; i++) bumpOpening(st, sig.fo!);
    observeRequest(st, sig, T0);
    observeUsage(st, withExchange({ promptTokens: 120, completionTokens: completion }, sig, undefined), T0 + 1000);
    return { st, next: toolTurn([...opening, { role: "assistant", content: answerText(2) }, { role: "tool", content: `Problem: ${TOPICS[2]}.` }], result, "call_1") };
  }

  it("a new ask of 40 chars or more returned by a tool after an answer of 400 tokens or more, 16 requests into a conversation, asks on its own", () => {
    expect([TOOL_ASK_ANSWER, TOOL_ASK_DEPTH]).toEqual([400, 16]);
    const { st, next } = answered(600);
    expect(next.ti).toBe(1);
    expect(next.fo).toBe(toolTurn(opening, "x".repeat(50), "c").fo);
    expect(openingDepth(st, next.fo)).toBe(TOOL_ASK_DEPTH);
    expect(pacedTurn(st, next, T0 + 1500)).toBe(true);
    // whatever the pace: a tool answers at once, so the gap tells nothing either way
    expect(pacedTurn(st, next, T0 + 3_600_000)).toBe(true);
  });
  it("after an answer an agent's tool call could be (under 400 tokens, in 40-token steps) it is an agent's loop", () => {
    expect(pacedTurn(answered(300).st, answered(300).next, T0 + 1500)).toBe(false);
    // answers are remembered in 40-token steps: 380 is 10 steps (400), 379 is 9 (360)
    expect(pacedTurn(answered(380).st, answered(380).next, T0 + 1500)).toBe(true);
    expect(pacedTurn(answered(379).st, answered(379).next, T0 + 1500)).toBe(false);
  });
  it("a result under 40 chars, or one the key sent before, asks nothing new (an \"ok\", the same status lines)", () => {
    const short = answered(600, "Problem 2 is ready.");
    expect(ownChars(short.next)).toBeLessThan(NEW_ASK_CHARS);
    expect(pacedTurn(short.st, short.next, T0 + 1500)).toBe(false);
    const { st, next } = answered(600);
    observeRequest(st, next, T0 + 1500); // the same result sent once already
    expect(pacedTurn(st, next, T0 + 3000)).toBe(false);
  });
  it("counts from the conversation's 16th request (red team R27-5, R27-6: a student's assignment, a planner's goal, are fewer)", () => {
    const shallow = answered(600, undefined, TOOL_ASK_DEPTH - 2);
    expect(openingDepth(shallow.st, shallow.next.fo)).toBe(TOOL_ASK_DEPTH - 1);
    expect(pacedTurn(shallow.st, shallow.next, T0 + 1500)).toBe(false);
    // a chain the origin stores (Responses previous_response_id) carries no opening: not read
    const { st, next } = answered(600, undefined, 0);
    const { fo: _, ...stored } = next;
    expect(pacedTurn(st, stored, T0 + 1500)).toBe(true);
    expect(pacedTurn(st, next, T0 + 1500)).toBe(false);
  });
  it("a conversation is its opening with the answer it got: sessions opening with the same words are told apart by their answers", () => {
    const a = toolTurn(opening, "x".repeat(50), "c").fo!;
    const b = toolTurn([opening[0]!, { role: "assistant", content: answerText(7) }], "x".repeat(50), "c").fo!;
    const c = toolTurn([{ role: "user", content: first + " " }, opening[1]!], "x".repeat(50), "c").fo!;
    expect(new Set([a, b, c]).size).toBe(3);
    expect(chat([{ role: "user", content: ask(0) }]).fo).toBeUndefined();
  });
  it("the key remembers its last 16 conversations' depths, the one used last kept", () => {
    const st = newDetectState();
    const h = (i: number) => ((i + 1) << 16) | 7;
    bumpOpening(st, h(0));
    bumpOpening(st, h(0));
    for (let i = 1; i <= 15; i++) bumpOpening(st, h(i));
    expect([openingDepth(st, h(0)), openingDepth(st, h(15)), st.openings.length]).toEqual([2, 1, 16]);
    bumpOpening(st, h(0)); // used again: the newest
    bumpOpening(st, h(16)); // pushes out the oldest, h(1)
    expect([openingDepth(st, h(0)), openingDepth(st, h(1)), openingDepth(st, h(16)), openingDepth(st, 0)]).toEqual([3, 0, 1, 0]);
    expect(decodeDetect(JSON.parse(JSON.stringify(encodeDetect(st)))).openings).toEqual(st.openings);
  });
  it("a key solving 300 problems a tool feeds it in one conversation, 600 tokens each, is degraded or more; the same key in sessions of 8, or an agent whose tool calls are short, is not", () => {
    const cfg = { ...DEFAULT_DETECTION_CONFIG, mode: "enforce" as const };
    const run = (kind: "harvest" | "sessions" | "agent"): string => {
      const st = newDetectState();
      let at = T0;
      let standing = "allow";
      let conv: { role: string; content: string }[] = [];
      for (let i = 0; i < 300; i++) {
        at += 3000;
        if (i === 0 || (kind === "sessions" && i % 8 === 0)) conv = [{ role: "user", content: kind === "agent" ? "Fix the failing tests in the billing module of our repository." : `${first} (session ${i})` }, { role: "assistant", content: answerText(i) }];
        const result = kind !== "agent" ? `Problem: ${TOPICS[i % TOPICS.length]} (case ${i}).` : `src/billing/file${i}.ts line ${i}: ` + "const total = items.reduce((a, b) => a + b.price * b.qty, 0); ".repeat(8);
        // the opening exchange and the last two, as the harvest resends them
        const sig = toolTurn([...conv.slice(0, 2), ...conv.slice(2).slice(-4)], result, `call_${i}`);
        observeRequest(st, sig, at);
        observeUsage(st, withExchange({ promptTokens: 300, completionTokens: kind === "agent" ? 60 : 600 }, sig, undefined), at + 2000);
        standing = assess(st, at + 2000, cfg).standing;
        conv.push({ role: "assistant", content: answerText(i) }, { role: "tool", content: result });
      }
      return standing;
    };
    expect(["degrade", "challenge"]).toContain(run("harvest"));
    expect(run("sessions")).toBe("allow");
    expect(run("agent")).toBe("allow");
  });
});

describe("an ask written into the call a tool's result answers (red team R27-1)", () => {
  const TOOLS = [{ type: "function", function: { name: "open_problem", description: "Open a problem to solve.", parameters: { type: "object", properties: { problem: { type: "string" } } } } }];
  const first = `Solve each problem step by step. ${ask(0)} When you have finished, call open_problem for the next one.`;
  const opening = [{ role: "user", content: first }, { role: "assistant", content: answerText(0) }];
  /** A request whose input turn is `result`, answering the call the client wrote with `args`. */
  const argsTurn = (prev: { role: string; content: string }[], args: string, result: string, id: string): RequestSignals =>
    extractSignals(
      buildPromptView("chat", {
        model: "m",
        max_tokens: 4096,
        tools: TOOLS,
        messages: [...prev, { role: "assistant", content: answerText(99), tool_calls: [{ id, type: "function", function: { name: "open_problem", arguments: args } }] }, { role: "tool", tool_call_id: id, content: result }],
      }),
      NET,
    );
  const problem = (i: number) => JSON.stringify({ problem: `Work it out step by step: ${TOPICS[i % TOPICS.length]} (case ${i}).` });

  it("keeps an assistant turn's call arguments apart, in every API's form (and only an assistant turn's)", () => {
    const args = problem(3);
    const chatView = buildPromptView("chat", { messages: [{ role: "user", content: "hi" }, { role: "assistant", content: "sure", tool_calls: [{ id: "c", type: "function", function: { name: "f", arguments: args } }] }, { role: "tool", tool_call_id: "c", content: "ok" }] });
    expect(chatView.turns.map((t) => t.calls)).toEqual([undefined, args, undefined]);
    expect(chatView.turns[1]!.text).toBe(`sure\n${args}`);
    const msgs = buildPromptView("messages", { messages: [{ role: "user", content: "hi" }, { role: "assistant", content: [{ type: "text", text: "sure" }, { type: "tool_use", id: "t", name: "f", input: JSON.parse(args) }] }, { role: "user", content: [{ type: "tool_result", tool_use_id: "t", content: "ok" }] }] });
    expect(msgs.turns.map((t) => t.calls)).toEqual([undefined, args, undefined]);
    const resp = buildPromptView("responses", { input: [{ role: "user", content: "hi" }, { type: "function_call", call_id: "c", name: "f", arguments: args }, { type: "function_call_output", call_id: "c", output: "ok" }] });
    expect(resp.turns.map((t) => t.calls)).toEqual([undefined, args, undefined]);
  });
  it("a result under 40 chars is read with the arguments: its payload, its own chars and its step-by-step ask are theirs", () => {
    const a = argsTurn(opening, problem(1), "ok", "c1");
    const b = argsTurn(opening, problem(2), "ok", "c1");
    expect(a.ti).toBe(1);
    expect(a.ph).not.toBe(b.ph);
    // without the arguments the result asks nothing and every "ok" is one payload
    const bare = argsTurn(opening, "{}", "ok", "c1");
    expect([bare.ph, bare.rs]).toEqual([argsTurn(opening, "{}", "ok", "c9").ph, 0]);
    expect(ownChars(a) - ownChars(bare)).toBe(problem(1).length); // the arguments count as its own chars
    expect(a.rs).toBe(2);
    // the result's own prefix and suffix hashes (a call's JSON starts alike every time): none for "ok"
    expect([a.wp, a.wx]).toEqual([0, 0]);
  });
  it("a result of 40 chars or more is read with the arguments too (red team R28-1, R28-2: a fixed or a changing status line), and arguments under 40 chars are not read", () => {
    const status = "Opened. The problem you passed is now loaded in the workspace.";
    expect(status.length).toBeGreaterThanOrEqual(NEW_ASK_CHARS);
    const a = argsTurn(opening, problem(1), status, "c");
    expect(a.ph).not.toBe(argsTurn(opening, problem(2), status, "c").ph);
    expect(ownChars(a) - ownChars(argsTurn(opening, "{}", status, "c"))).toBe(problem(1).length);
    expect(a.rs).toBe(2);
    // the result comes first: long constant arguments do not push the results' topics out of the head
    const constant = JSON.stringify({ pad: "x".repeat(2000) });
    const money = argsTurn(opening, constant, `Problem: ${TOPICS[4]}.`, "c");
    const food = argsTurn(opening, constant, `Problem: ${TOPICS[8]}.`, "c");
    expect(money.tp).not.toBe(food.tp);
    const short = JSON.stringify({ id: "p-4812" });
    expect(short.length).toBeLessThan(NEW_ASK_CHARS);
    expect(argsTurn(opening, short, "ok", "c").ph).toBe(argsTurn(opening, "{}", "ok", "c").ph);
  });
  it("the next request names this one's exchange by the same hash, so the answer it follows is found", () => {
    const a = argsTurn(opening, problem(1), "ok", "c1");
    const next = argsTurn([...opening, { role: "assistant", content: answerText(1), tool_calls: [{ id: "c1", type: "function", function: { name: "open_problem", arguments: problem(1) } }] } as never, { role: "tool", tool_call_id: "c1", content: "ok" } as never], problem(2), "ok", "c2");
    expect(next.pv).toBe(a.ph);
  });
  it("a key solving 300 problems written into the calls, 600 tokens each, in one conversation is degraded or more; an agent writing files (\"ok\" after each) is not", () => {
    const cfg = { ...DEFAULT_DETECTION_CONFIG, mode: "enforce" as const };
    const run = (kind: "harvest" | "agent"): string => {
      const st = newDetectState();
      let at = T0;
      let standing = "allow";
      const conv: { role: string; content: string; tool_calls?: unknown; tool_call_id?: string }[] = kind === "harvest" ? [...opening] : [{ role: "user", content: "Refactor the billing module of our repository into smaller files." }, { role: "assistant", content: "I will write the files one by one." }];
      for (let i = 0; i < 300; i++) {
        at += 3000;
        const args = kind === "harvest" ? problem(i) : JSON.stringify({ path: `src/billing/part${i}.ts`, content: `export const total${i} = (items) => items.reduce((a, b) => a + b.price * b.qty, ${i});\n`.repeat(12) });
        const sig = argsTurn(conv.slice(0, 2).concat(conv.slice(2).slice(-4)) as never, args, "ok", `c${i}`);
        observeRequest(st, sig, at);
        observeUsage(st, withExchange({ promptTokens: 300, completionTokens: 600 }, sig, undefined), at + 2000);
        standing = assess(st, at + 2000, cfg).standing;
        conv.push({ role: "assistant", content: kind === "harvest" ? answerText(i) : "", tool_calls: [{ id: `c${i}`, type: "function", function: { name: "open_problem", arguments: args } }] }, { role: "tool", tool_call_id: `c${i}`, content: "ok" });
      }
      return standing;
    };
    expect(["degrade", "challenge"]).toContain(run("harvest"));
    expect(run("agent")).toBe("allow");
  });
});

describe("the call a result answers, exactly (mutation kills of callAsk)", () => {
  const P = JSON.stringify({ problem: "Work it out step by step: the angle between two vectors." });
  const sig = (messages: unknown[]): RequestSignals => extractSignals(buildPromptView("chat", { model: "m", messages }), NET);
  const call = (args: string) => ({ role: "assistant", content: "", tool_calls: [{ id: "c", type: "function", function: { name: "f", arguments: args } }] });
  const opening = [{ role: "user", content: "Solve the worksheet, one problem at a time." }, { role: "assistant", content: answerText(1) }];
  it("a user's turn is read as it is, whatever the call before it", () => {
    const q = "What is the next step after that, and why does it hold?";
    expect(sig([...opening, call(P), { role: "tool", tool_call_id: "c", content: "ok" }, { role: "user", content: q }]).ph).toBe(sig([...opening, call("{}"), { role: "tool", tool_call_id: "c", content: "ok" }, { role: "user", content: q }]).ph);
  });
  it("the call is the nearest assistant turn's, across the other results of parallel calls, and never one behind a user's turn", () => {
    const parallel = sig([...opening, call(P), { role: "tool", tool_call_id: "c", content: "r1: " + "x".repeat(60) }, { role: "tool", tool_call_id: "d", content: "ok" }]);
    expect(parallel.ph).not.toBe(sig([...opening, call("{}"), { role: "tool", tool_call_id: "c", content: "r1: " + "x".repeat(60) }, { role: "tool", tool_call_id: "d", content: "ok" }]).ph);
    const behindUser = sig([...opening, call(P), { role: "user", content: "u" }, { role: "tool", tool_call_id: "c", content: "ok" }]);
    expect(behindUser.ph).toBe(sig([...opening, call("{}"), { role: "user", content: "u" }, { role: "tool", tool_call_id: "c", content: "ok" }]).ph);
  });
  it("a call in a conversation's very first turn is read; a request with no input turn reads nothing (and does not fail)", () => {
    const first = sig([call(P), { role: "tool", tool_call_id: "c", content: "ok" }]);
    expect(first.ph).not.toBe(sig([call("{}"), { role: "tool", tool_call_id: "c", content: "ok" }]).ph);
    expect(sig([]).ph).toBe(sig([call(P)]).ph);
  });
  it("the arguments leave the history's answer chars too (the greeting rule reads the rest)", () => {
    const long = JSON.stringify({ problem: "p".repeat(500) });
    const s1 = sig([{ role: "user", content: "Start." }, { role: "assistant", content: "hi", tool_calls: [{ id: "c", type: "function", function: { name: "f", arguments: long } }] }, { role: "tool", tool_call_id: "c", content: "ok" }]);
    expect(s1.ha).toBe("hi\n".length);
  });
  it("a single-turn request's own chars are its input turn's, its system prompt off", () => {
    const one = chat([{ role: "user", content: "q".repeat(70) }]);
    expect(one.ss).toBe(SYS.length);
    expect(ownChars(one)).toBe(70);
  });
  it("arguments of exactly 40 chars are read; an empty result is read as the arguments alone", () => {
    const a40 = JSON.stringify({ p: "a".repeat(32) });
    expect(a40.length).toBe(NEW_ASK_CHARS);
    const bare = sig([...opening, call("{}"), { role: "tool", tool_call_id: "c", content: "ok" }]);
    expect(ownChars(sig([...opening, call(a40), { role: "tool", tool_call_id: "c", content: "ok" }])) - ownChars(bare)).toBe(NEW_ASK_CHARS);
    // the arguments alone: the same payload as a result whose text is those arguments after a bare call
    const empty = sig([...opening, call(P), { role: "tool", tool_call_id: "c", content: "" }]);
    expect(empty.ph).toBe(sig([...opening, call("{}"), { role: "tool", tool_call_id: "c", content: P }]).ph);
    expect(ownChars(empty) - ownChars(sig([...opening, call("{}"), { role: "tool", tool_call_id: "c", content: "" }]))).toBe(P.length);
  });
});

describe("a turn's own chars with tool definitions (red team R28-2)", () => {
  it("are its text: the tools' chars, billed as prompt but outside the prompt's chars, are not taken off", () => {
    const TOOLS = [{ type: "function", function: { name: "next_problem", description: "Fetch the next problem from the worksheet, once the last one is solved.", parameters: { type: "object", properties: {} } } }];
    const msgs = [{ role: "user", content: "Solve the worksheet." }, { role: "assistant", content: "Done with the first one." }, { role: "user", content: "x".repeat(65) }];
    const withTools = extractSignals(buildPromptView("chat", { model: "m", tools: TOOLS, messages: [{ role: "system", content: SYS }, ...msgs] }), NET);
    const without = extractSignals(buildPromptView("chat", { model: "m", messages: [{ role: "system", content: SYS }, ...msgs] }), NET);
    expect(withTools.tc).toBeGreaterThan(60);
    expect([ownChars(withTools), ownChars(without)]).toEqual([65, 65]);
    // and without a system prompt (the tools alone are the request's static part)
    expect(ownChars(extractSignals(buildPromptView("chat", { model: "m", tools: TOOLS, messages: msgs }), NET))).toBe(65);
  });
});

describe("a task after a cheap step (red team R27-2)", () => {
  /** A key whose conversation is `depth` requests deep, its last task answered in `long` tokens,
   *  then `cheap` steps answered in `cheapTokens` each ("Saved." results), then the next task. */
  function stepped(long: number, cheap: number, cheapTokens = 30, depth = TOOL_ASK_DEPTH, step: string | ((s: number) => string) = "Saved."): { st: DetectState; next: RequestSignals } {
    const stepText = (s: number): string => (typeof step === "string" ? step : step(s));
    const st = newDetectState();
    const opening = [{ role: "user", content: `Solve each problem step by step. ${ask(0)}` }, { role: "assistant", content: answerText(0) }];
    const turn = (prev: { role: string; content: string }[], result: string): RequestSignals =>
      extractSignals(buildPromptView("chat", { model: "m", max_tokens: 4096, messages: [...prev, { role: "assistant", content: answerText(9), tool_calls: [{ id: "c", type: "function", function: { name: "f", arguments: "{}" } }] }, { role: "tool", tool_call_id: "c", content: result }] }), NET);
    let prev = opening;
    let at = T0;
    let sig = turn(prev, `Problem: ${TOPICS[1]}.`);
    for (let i = 0; i < depth - 1; i++) bumpOpening(st, sig.fo!);
    for (let s = 0; s <= cheap; s++) {
      observeRequest(st, sig, at);
      observeUsage(st, withExchange({ promptTokens: 200, completionTokens: s === 0 ? long : cheapTokens }, sig, undefined), at + 1000);
      at += 2000;
      prev = [...prev, { role: "assistant", content: answerText(9) }, { role: "tool", content: s === 0 ? `Problem: ${TOPICS[1]}.` : stepText(s) }];
      sig = turn(prev, s < cheap ? stepText(s + 1) : `Problem: ${TOPICS[2]}.`);
    }
    return { st, next: sig };
  }

  it("a step answered in 100-399 tokens carries the long answer too when its input asked nothing new (red team R28-4), not when it asked something", () => {
    expect(pacedTurn(stepped(600, 1, 160).st, stepped(600, 1, 160).next, T0 + 60_000)).toBe(true);
    expect(pacedTurn(stepped(600, 1, 399).st, stepped(600, 1, 399).next, T0 + 60_000)).toBe(true);
    // a step answered at length is a long answer itself: the task after it follows it directly
    expect(pacedTurn(stepped(600, 1, 400).st, stepped(600, 1, 400).next, T0 + 60_000)).toBe(true);
  });
  it("the first step after the long answer carries it whatever its input (red team R29-1: a new 60-char status line each time); a further step that asks something new ends the chain", () => {
    const status = (s: number) => `Saved solution to workspace w-${650 + s} at 05:57:0${s}, revision ${7045 + s}.`;
    expect(status(1).length).toBeGreaterThanOrEqual(NEW_ASK_CHARS);
    const one = stepped(600, 1, 160, TOOL_ASK_DEPTH, status);
    expect(pacedTurn(one.st, one.next, T0 + 60_000)).toBe(true);
    const two = stepped(600, 2, 160, TOOL_ASK_DEPTH, status);
    expect(pacedTurn(two.st, two.next, T0 + 60_000)).toBe(false);
    // two steps that each ask nothing new carry it on
    expect(pacedTurn(stepped(600, 2, 160).st, stepped(600, 2, 160).next, T0 + 60_000)).toBe(true);
  });
  it("quiet inputs: a turn of a conversation under 40 own chars or sent before, newest last, 16 at most, kept in the stored form", () => {
    const { st } = stepped(600, 1);
    expect(st.quietInputs.length).toBe(1);
    const saved = st.quietInputs[0]!;
    // (an answer past the greeting size: a greeting's history is no exchange)
    for (let i = 0; i < 16; i++) rememberQuiet(st, chat([{ role: "user", content: "a" }, { role: "assistant", content: answerText(i) }, { role: "user", content: `ok ${i}` }]), T0);
    expect(st.quietInputs.length).toBe(16);
    expect(st.quietInputs).not.toContain(saved);
    // a turn of 40 chars or more is quiet once the key sent it before
    const long = chat([{ role: "user", content: "a" }, { role: "assistant", content: answerText(1) }, { role: "user", content: "Saved to the worksheet. " + "q".repeat(NEW_ASK_CHARS) }]);
    observeRequest(st, long, T0 + 90_000);
    expect(st.quietInputs).not.toContain(long.ph >>> 16);
    observeRequest(st, long, T0 + 95_000);
    expect(st.quietInputs.at(-1)).toBe(long.ph >>> 16);
    // a new turn of exactly 40 chars is not quiet
    const forty = chat([{ role: "user", content: "a" }, { role: "assistant", content: answerText(2) }, { role: "user", content: "f".repeat(NEW_ASK_CHARS) }]);
    rememberQuiet(st, forty, T0);
    expect(st.quietInputs).not.toContain(forty.ph >>> 16);
    // a first turn (no exchange before it) is no step
    const before = [...st.quietInputs];
    rememberQuiet(st, chat([{ role: "user", content: "ok" }]), T0);
    expect(st.quietInputs).toEqual(before);
    expect(decodeDetect(JSON.parse(JSON.stringify(encodeDetect(st)))).quietInputs).toEqual(st.quietInputs);
  });
  it("a new task after a long answer and a cheap step (or two) asks on its own", () => {
    for (const cheap of [1, 2]) {
      const { st, next } = stepped(600, cheap);
      expect(pacedTurn(st, next, T0 + 60_000)).toBe(true);
    }
    // without the step it was so already
    expect(pacedTurn(stepped(600, 0).st, stepped(600, 0).next, T0 + 60_000)).toBe(true);
  });
  it("not after a short answer and a cheap step, nor after a second step that asked something new answered in 100 tokens or more, nor before the conversation's 16th request", () => {
    expect(pacedTurn(stepped(300, 1).st, stepped(300, 1).next, T0 + 60_000)).toBe(false);
    expect(CHEAP_TURN_TOKENS).toBe(100);
    // a second step that asked something new: carried when answered under 100 tokens, not from 100
    const asks = (s: number) => `Saved. Step ${s} ` + "q".repeat(NEW_ASK_CHARS + 5);
    expect(pacedTurn(stepped(600, 2, 100, TOOL_ASK_DEPTH, asks).st, stepped(600, 2, 100, TOOL_ASK_DEPTH, asks).next, T0 + 60_000)).toBe(false);
    expect(pacedTurn(stepped(600, 2, 99, TOOL_ASK_DEPTH, asks).st, stepped(600, 2, 99, TOOL_ASK_DEPTH, asks).next, T0 + 60_000)).toBe(true);
    expect(pacedTurn(stepped(600, 1, 30, TOOL_ASK_DEPTH - 2).st, stepped(600, 1, 30, TOOL_ASK_DEPTH - 2).next, T0 + 60_000)).toBe(false);
  });
  it("a cheap step is remembered by its tag, newest last, 16 at most, forgotten when its exchange is answered at length again, and kept in the stored form", () => {
    const st = newDetectState();
    const h = (i: number) => ((i + 1) << 16) | 5;
    rememberAnswered(st, h(100), 0, 600, T0);
    rememberAnswered(st, h(0), 0, 30, T0 + 1000, h(100));
    expect(st.afterLong).toEqual([1]);
    // a step after a step after the long answer; then 15 more
    rememberAnswered(st, h(1), 0, 30, T0 + 2000, h(0));
    for (let i = 2; i <= 16; i++) rememberAnswered(st, h(i), 0, 30, T0 + 3000, h(i - 1));
    expect(st.afterLong.length).toBe(16);
    expect(st.afterLong).not.toContain(1);
    expect(st.afterLong.at(-1)).toBe(17);
    rememberAnswered(st, h(16), 0, 500, T0 + 4000, h(15));
    expect(st.afterLong).not.toContain(17);
    // a cheap step after a short answer, or with no exchange before it, is not remembered
    rememberAnswered(st, h(40), 0, 300, T0 + 5000);
    rememberAnswered(st, h(41), 0, 30, T0 + 6000, h(40));
    rememberAnswered(st, 0xabcd, 0, 600, T0 + 5500); // a long answer whose tag is 0
    rememberAnswered(st, h(42), 0, 30, T0 + 6000);
    rememberAnswered(st, h(44), 0, 30, T0 + 6000, 0);
    expect(st.afterLong).not.toContain(42);
    expect(st.afterLong).not.toContain(43);
    expect(st.afterLong).not.toContain(45);
    expect(decodeDetect(JSON.parse(JSON.stringify(encodeDetect(st)))).afterLong).toEqual(st.afterLong);
  });
  it("exactly (mutation kills): from 400 tokens (10 steps) on, by the exchange's own answer only, and the oldest step forgotten too", () => {
    const h = (i: number) => ((i + 1) << 16) | 9;
    const st = newDetectState();
    rememberAnswered(st, h(0), 0, 400, T0);
    rememberAnswered(st, h(1), 0, 30, T0 + 1000, h(0));
    expect(st.afterLong).toEqual([2]);
    // an exchange never answered is no long answer, whatever answered last (a long one here)
    rememberAnswered(st, h(5), 0, 600, T0 + 1500);
    rememberAnswered(st, h(2), 0, 30, T0 + 2000, h(7));
    expect(st.afterLong).toEqual([2]);
    // the oldest step, answered at length this time, is forgotten
    rememberAnswered(st, h(3), 0, 30, T0 + 3000, h(1));
    expect(st.afterLong).toEqual([2, 4]);
    rememberAnswered(st, h(1), 0, 600, T0 + 4000, h(0));
    expect(st.afterLong).toEqual([4]);
    // a step answered in exactly 400 tokens is a long answer, not a step
    rememberAnswered(st, h(6), 0, 400, T0 + 5000, h(0));
    expect(st.afterLong).toEqual([4]);
  });
});
