/**
 * The steps after a long answer, across a user's turn (red teams 30 and 31a). A tool's result
 * counts as an ask of its own when it brings something new after a long answer, or after steps
 * that carried one (conversation.ts pacedTurn, rememberAfterLong). A user's turn between them
 * carries the long answer on only when it is quiet (rememberQuiet), and for a user's turn whose
 * answer before it the key remembers, quiet means sent sooner than a person could have read that
 * answer and written the turn, and as long again:
 * - a data agent's analyst asks a follow-up a minute or more after the report, often a short or a
 *   repeated one ("Make a chart of that."): the next task's query results are theirs, no asks
 *   (round 30 `sql_resp_sbs_rid`: 4 of 4 keys degraded before, 1 of 4 after);
 * - a program's chip ("Next.") seconds after the long answer carries it (R27-2 `T_usr`), and so does
 *   a new 60-100-char line sent as fast (R31a-2 `T_unew20`: 0 of 10 keys flagged while new text
 *   alone ended the chain, 10 of 10 now).
 */
import { describe, expect, it } from "vitest";
import { extractSignals, newDetectState, observeRequest, observeUsage } from "../../src/detect/index.ts";
import { NEW_ASK_CHARS, TOOL_ASK_DEPTH, bumpOpening, openingDepth, personFloorMs } from "../../src/detect/conversation.ts";
import type { RequestSignals } from "../../src/detect/signals.ts";
import type { DetectState } from "../../src/detect/state.ts";
import { buildPromptView } from "../../src/detect/view.ts";
import { withExchange } from "../../src/proxy/usage.ts";
import { T0 } from "./helpers.ts";

const NET = { ip: "203.0.113.9" };
const SYS = "You are Quill, a data analyst agent. Work through every task step by step, and explain your reasoning step by step before you act.";
type Msg = Record<string, unknown>;
const chat = (messages: Msg[]): RequestSignals =>
  extractSignals(buildPromptView("chat", { model: "m", max_tokens: 4096, messages: [{ role: "system", content: SYS }, ...messages] }), NET);
const call = (id: string, name: string, args: string): Msg => ({ role: "assistant", content: "", tool_calls: [{ id, type: "function", function: { name, arguments: args } }] });
const result = (id: string, content: string): Msg => ({ role: "tool", tool_call_id: id, content });
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

describe("the steps after a long answer, across a user's turn", () => {
  const ask: Msg = { role: "user", content: "Which regions grew fastest last quarter, and why? Query the warehouse." };
  const report = { role: "assistant", content: PROSE };
  const table = "region | q3 | q4 | growth\nwest | 1,204 | 1,560 | 29.6 %\neast | 980 | 1,010 | 3.1 %\nsouth | 770 | 801 | 4.0 %";
  /** The report (1,200 tokens) settled at T0 + 1 s; then a user's turn `text` at `gapMs` after it,
   *  answered by a 60-token query; returns the state and the query's result (a new table). */
  function followUp(text: string, gapMs: number): { st: DetectState; user: RequestSignals; next: RequestSignals; at: number } {
    const st = newDetectState();
    exchange(st, chat([ask]), 1200, T0);
    const turn: Msg = { role: "user", content: text };
    const at = T0 + 1000 + gapMs;
    const user = chat([ask, report, turn]);
    exchange(st, user, 60, at);
    return { st, user, next: chat([ask, report, turn, call("q1", "run_sql", '{"query":"SELECT region, SUM(amount) FROM sales GROUP BY 1"}'), result("q1", table)]), at: at + 3000 };
  }
  // 1,200 tokens (read as 600): a person needs ~41 s and the typing; "well after" is that and as long again
  const wellAfter = (text: string) => personFloorMs(600, text.length) + personFloorMs(600, 0);

  it("a person's follow-up sent well after the report, short or repeated: the task it sets off is theirs (its results are no asks)", () => {
    const text = "Make a chart of that please.";
    expect(text.length).toBeLessThan(NEW_ASK_CHARS);
    const person = followUp(text, wellAfter(text) + 1000);
    expect(person.st.quietInputs).not.toContain(person.user.ph >>> 16);
    expect(paced(person.st, person.next, person.at)).toBe(false);
    // a new question of a person's, likewise
    const q = "Now split the west region by product line and by month, please.";
    const asked = followUp(q, wellAfter(q) + 1000);
    expect(paced(asked.st, asked.next, asked.at)).toBe(false);
  });
  it("a program's chip sent seconds, or a floor, after the report carries it: the result after it is a new task (red team R27-2, T_usr)", () => {
    for (const gap of [2000, personFloorMs(600, 5) + 5000, wellAfter("Next.") - 2000]) {
      const program = followUp("Next.", gap);
      expect(program.st.quietInputs).toContain(program.user.ph >>> 16);
      expect(paced(program.st, program.next, program.at)).toBe(true);
    }
  });
  it("a program's new line (40 chars or more, not sent before) sent as soon carries it too (red team R31a-2: new text alone ended the chain)", () => {
    const q = `Continue with item ${48213} from the queue and report when it is done.`;
    expect(q.length).toBeGreaterThanOrEqual(NEW_ASK_CHARS);
    for (const gap of [2000, 25_000, wellAfter(q) - 2000]) {
      const fast = followUp(q, gap);
      expect(paced(fast.st, fast.next, fast.at)).toBe(true);
    }
  });
  it("a user's turn whose answer before it is not remembered is judged by what it says, as a tool's result is", () => {
    const st = newDetectState();
    // no exchange settled: nothing tells when the answer before it came
    const short = chat([ask, report, { role: "user", content: "ok" }]);
    observeRequest(st, short, T0);
    expect(st.quietInputs).toContain(short.ph >>> 16);
    const q = chat([ask, report, { role: "user", content: "Now split the west region by product line and by month, please." }]);
    observeRequest(st, q, T0 + 1000);
    expect(st.quietInputs).not.toContain(q.ph >>> 16);
  });
  it("exactly (mutation kills): the line is strict, and a person's turn removes its own tag only", () => {
    // a 12-char turn after an answer remembered as 600 tokens: the floor is 42 s, with its reading again 82 s
    const text = "Chart it pls";
    expect(text.length).toBe(12);
    const line = personFloorMs(600, 12) + personFloorMs(600, 0) - 1000;
    expect(line).toBe(82_000);
    const at = (gap: number) => {
      const st = newDetectState();
      exchange(st, chat([ask]), 1200, T0);
      const other = chat([ask, report, { role: "user", content: "Next." }]);
      observeRequest(st, other, T0 + 3000);
      const user = chat([ask, report, { role: "user", content: text }]);
      observeRequest(st, user, T0 + 1000 + gap);
      return { quiet: st.quietInputs.includes(user.ph >>> 16), kept: st.quietInputs.includes(other.ph >>> 16) };
    };
    expect(at(line - 1000)).toEqual({ quiet: true, kept: true });
    expect(at(line)).toEqual({ quiet: false, kept: true });
  });
  it("a chip a program sent, then a person: the person's is no longer quiet", () => {
    const st = newDetectState();
    exchange(st, chat([ask]), 1200, T0);
    const chip = chat([ask, report, { role: "user", content: "Next." }]);
    observeRequest(st, chip, T0 + 3000);
    expect(st.quietInputs).toContain(chip.ph >>> 16);
    observeRequest(st, chip, T0 + 1000 + wellAfter("Next.") + 1000);
    expect(st.quietInputs).not.toContain(chip.ph >>> 16);
  });
});
