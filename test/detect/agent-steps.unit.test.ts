/**
 * Honest agents and the task-fed-by-a-tool rule (red team round 30, an advocate for honest
 * customers): a tool's result counts as an ask of its own when it brings something new after a
 * long answer, or after steps that carried one (conversation.ts pacedTurn, rememberAfterLong).
 * Two honest agents fell under it once their system prompt said "step by step":
 * - a coding agent, whose long answers are tool calls (a file written: the arguments are the
 *   completion), so every "File written" and test run after one read as a new task
 *   (`code_chat_sbs` 0 -> 3 of 4 keys degraded by the sixteenth session's rule);
 * - a data agent, whose analyst asks a follow-up a minute or more after the long report, so the
 *   next task's tool results were carried as steps after that report (`sql_resp_sbs_rid` 0 -> 4 of 4).
 * What still counts: a long answer in text before a result (red team R27-1...R29-1), and a
 * program's quiet turn ("Next.") sent seconds after it (R27-2's `T_usr`).
 */
import { describe, expect, it } from "vitest";
import { extractSignals, newDetectState, observeRequest, observeUsage } from "../../src/detect/index.ts";
import { NEW_ASK_CHARS, TOOL_ASK_ANSWER, TOOL_ASK_DEPTH, bumpOpening, openingDepth, personFloorMs } from "../../src/detect/conversation.ts";
import type { RequestSignals } from "../../src/detect/signals.ts";
import type { DetectState } from "../../src/detect/state.ts";
import { buildPromptView } from "../../src/detect/view.ts";
import { withExchange } from "../../src/proxy/usage.ts";
import { T0 } from "./helpers.ts";

const NET = { ip: "203.0.113.9" };
const SYS = "You are Forge, a coding agent. Work through every task step by step, and explain your reasoning step by step before you act.";
type Msg = Record<string, unknown>;
const chat = (messages: Msg[]): RequestSignals =>
  extractSignals(buildPromptView("chat", { model: "m", max_tokens: 16384, messages: [{ role: "system", content: SYS }, ...messages] }), NET);
const call = (id: string, name: string, args: string, text = ""): Msg => ({ role: "assistant", content: text, tool_calls: [{ id, type: "function", function: { name, arguments: args } }] });
const result = (id: string, content: string): Msg => ({ role: "tool", tool_call_id: id, content });
const FILE = JSON.stringify({ path: "src/billing/retry.ts", content: "export async function retry<T>(fn: () => Promise<T>, n = 5): Promise<T> {\n  for (let i = 0; ; i++) {\n    try { return await fn(); } catch (e) { if (i >= n) throw e; await sleep(2 ** i * 100); }\n  }\n}\n".repeat(60) });
const PROSE = "First we set out what is known, then we work through each part of it carefully. ".repeat(60);

/** Send `sig` at `at` and settle its answer of `completion` tokens a second later. */
function exchange(st: DetectState, sig: RequestSignals, completion: number, at: number): void {
  observeRequest(st, sig, at);
  observeUsage(st, withExchange({ promptTokens: 2000, completionTokens: completion }, sig, undefined), at + 1000);
}
/** Whether `sig`, sent at `at`, counts as a paced turn (an ask of its own in a conversation), its
 *  conversation past the chat depth guard (TOOL_ASK_DEPTH requests from its opening). */
function paced(st: DetectState, sig: RequestSignals, at: number): boolean {
  while (openingDepth(st, sig.fo!) < TOOL_ASK_DEPTH) bumpOpening(st, sig.fo!);
  const before = st.pacedTurns;
  observeRequest(st, sig, at);
  return st.pacedTurns - before > 0.99;
}

describe("a tool's result after a long answer that was a tool call", () => {
  const task: Msg = { role: "user", content: "Add retry with exponential backoff to the billing module and update the tests." };
  it("is no ask when the answer was mostly its call's arguments (a file written); it is when the answer was text", () => {
    const written = "File written: src/billing/retry.ts (302 lines, 18,120 bytes), formatted with prettier.";
    expect(written.length).toBeGreaterThanOrEqual(NEW_ASK_CHARS);
    // the agent writes the file in one 2,000-token call
    const st = newDetectState();
    exchange(st, chat([task]), 2000, T0);
    const after = chat([task, call("c1", "write_file", FILE), result("c1", written)]);
    expect(after.lc).toBe(FILE.length);
    expect(paced(st, after, T0 + 3000)).toBe(false);
    // the same 2,000 tokens written as text, the call bare: the result after it is a new task
    const harvest = newDetectState();
    exchange(harvest, chat([task]), 2000, T0);
    const next = chat([task, call("c1", "next_problem", "{}", PROSE), result("c1", written)]);
    expect(next.lc).toBe(2);
    expect(paced(harvest, next, T0 + 3000)).toBe(true);
  });
  it("counts the answer's text at its real length: a long answer in text beside a long call is still an answer at length", () => {
    // 2,000 tokens of which ~1,100 are the call (3,300 chars at 3 a token): ~900 of text is past the 400-token line
    const args = JSON.stringify({ notes: "x".repeat(3300) });
    const st = newDetectState();
    exchange(st, chat([task]), 2000, T0);
    expect(paced(st, chat([task, call("c1", "save_notes", args, PROSE), result("c1", "Saved the notes to the workspace, revision 7041, 3 files.")]), T0 + 3000)).toBe(true);
    // the same call after an answer of 1,400 tokens: ~300 of text, under the line
    const short = newDetectState();
    exchange(short, chat([task]), 1400, T0);
    expect(1400 - args.length / 3).toBeLessThan(TOOL_ASK_ANSWER);
    expect(paced(short, chat([task, call("c1", "save_notes", args, PROSE), result("c1", "Saved the notes to the workspace, revision 7041, 3 files.")]), T0 + 3000)).toBe(false);
  });
  it("a user's turn carries no call: nothing is taken off the answer before it", () => {
    const sig = chat([task, { role: "assistant", content: PROSE }, { role: "user", content: "Thanks. Now do the same for the orders module, please, step by step." }]);
    expect(sig.lc).toBeUndefined();
    expect(sig.ti).toBeUndefined();
  });
});

describe("the steps after a long answer, across a user's turn", () => {
  const ask: Msg = { role: "user", content: "Which regions grew fastest last quarter, and why? Query the warehouse." };
  const report = { role: "assistant", content: PROSE };
  /** The report (1,200 tokens) settled at T0 + 1 s; then a user's turn `text` at `gapMs` after it,
   *  answered by a 60-token query; returns the state and the query's result (a new table). */
  function followUp(text: string, gapMs: number): { st: DetectState; next: RequestSignals; at: number } {
    const st = newDetectState();
    exchange(st, chat([ask]), 1200, T0);
    const user: Msg = { role: "user", content: text };
    const at = T0 + 1000 + gapMs;
    exchange(st, chat([ask, report, user]), 60, at);
    const table = "region | q3 | q4 | growth\nwest | 1,204 | 1,560 | 29.6 %\neast | 980 | 1,010 | 3.1 %\nsouth | 770 | 801 | 4.0 %";
    return { st, next: chat([ask, report, user, call("q1", "run_sql", '{"query":"SELECT region, SUM(amount) FROM sales GROUP BY 1"}'), result("q1", table)]), at: at + 3000 };
  }
  it("a person's follow-up, short or repeated, sent well after the report: the task it sets off is theirs (its results are no asks)", () => {
    // 1,200 tokens (read as 600) and a 28-char turn: the floor is ~43 s; "well after" is the floor and as long again as its reading
    const text = "Make a chart of that please.";
    expect(text.length).toBeLessThan(NEW_ASK_CHARS);
    const wait = personFloorMs(600, text.length) + personFloorMs(600, 0);
    const person = followUp(text, wait + 1000);
    expect(paced(person.st, person.next, person.at)).toBe(false);
    expect(person.st.quietInputs).toEqual([]);
  });
  it("a program's quiet turn sent seconds (or a floor) after the report carries it: the result after it is a new task (red team R27-2, T_usr)", () => {
    for (const gap of [2000, personFloorMs(600, 5) + 5000]) {
      const program = followUp("Next.", gap);
      expect(paced(program.st, program.next, program.at)).toBe(true);
    }
  });
  it("a user's new question (40 chars or more, not sent before) ends the chain, sent at any pace: it is an ask itself when a program sends it", () => {
    const q = "Now split the west region by product line and by month, please.";
    expect(q.length).toBeGreaterThanOrEqual(NEW_ASK_CHARS);
    const fast = followUp(q, 2000);
    expect(fast.st.pacedTurns).toBeGreaterThan(0.99);
    expect(paced(fast.st, fast.next, fast.at)).toBe(false);
  });
});
