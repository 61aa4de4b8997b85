/**
 * Cheap exchanges (red team R9-1, R9-2): an exchange the origin answered trivially (under 32
 * tokens: a greeting, an "OK") is no conversation a later request continues, whatever the text
 * the client writes back for it: the key remembers the input turn of each such exchange and the
 * stored response it created, and a request whose history ends with one (or that continues one by
 * previous_response_id) asks on its own.
 */
import { describe, expect, it } from "vitest";
import { extractSignals, newDetectState, observeRequest, observeUsage } from "../../src/detect/index.ts";
import type { RequestSignals } from "../../src/detect/signals.ts";
import type { DetectState } from "../../src/detect/state.ts";
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
  it("a real answer to the same opener (32 tokens or more) is a conversation", () => {
    const st = newDetectState();
    exchange(st, opener, 32);
    expect(single(st, ask(PADDED))).toBe(false);
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

describe("a Responses turn continuing a stored response the origin answered trivially (R9-1)", () => {
  const anchor = sigOf("responses", { model: "m", input: "Hi", store: true, max_output_tokens: 16 });
  const turn = (id: string) => sigOf("responses", { model: "m", input: ASK, previous_response_id: id, max_output_tokens: 4096 });
  it("asks on its own; a stored response with a real answer is a conversation", () => {
    const st = newDetectState();
    exchange(st, anchor, 5, "resp_cheap");
    exchange(st, sigOf("responses", { model: "m", input: "Tell me about tides.", store: true }), 400, "resp_real");
    expect(st.cheapTurns).toContain(anchorHash("resp_cheap"));
    expect(st.cheapTurns).not.toContain(anchorHash("resp_real"));
    expect(single(st, turn("resp_cheap"))).toBe(true);
    expect(single(st, turn("resp_real"))).toBe(false);
    // a stored response this key never created through the guard: a conversation turn, as before
    expect(single(st, turn("resp_elsewhere"))).toBe(false);
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
