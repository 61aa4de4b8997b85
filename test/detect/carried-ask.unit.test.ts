/**
 * Red team R66-3: the ask in a Claude assistant prefill after one fixed instruction, the input
 * turn. A prefill was read only as static prefix: the ask's detail demand, topic and script were
 * the fixed instruction's, and every request was one payload: 95.3 % of a long-answer harvest
 * served in full at temperature 0.7 (0.5 % with the ask as the input turn). Under an input turn the
 * key sent before, a prefill now carries the ask (state.ts `prefilled`): its reasoning level, detail
 * demand, topic and script (signals `pfr`, `pfd`, `pft`, `pfl`) are the request's, and its hash
 * (`pfx`) counts among the key's distinct payloads.
 * The same reading of an unanchored history before such a turn (red team R66-1: `[the ask, "Ok.",
 * one fixed instruction]`, 96.6 % in full) was tried and dropped: a support thread before a fixed
 * "Summarize the conversation above", or an e-mail thread before "Draft a reply", carries its end
 * users' words (red team R67-1, R67-3: 96-99 % of their requests degraded). R66-1 is open.
 */
import { describe, expect, it } from "vitest";
import { extractSignals } from "../../src/detect/signals.ts";
import { newDetectState, observeRequest } from "../../src/detect/state.ts";
import { buildPromptView } from "../../src/detect/view.ts";
import { hllCount } from "../../src/detect/sketch.ts";

const SYS = "You are Tutorly, a patient university teaching assistant.";
const FIXED = "Go on. Write the complete lesson I described above, in the same language as my description, following every instruction in it. Use headings for each part and end with a short summary.";
const ASKS = [
  "Объясни тектонику плит студенту второго курса, подробно разбери пример номер 536. Please be thorough and cover every intermediate step in detail.",
  "二分探索木を大学二年生に説明してください。例題番号81を使ってください。Please be thorough and cover every intermediate step in detail.",
  "Explique les intégrales à un étudiant de deuxième année avec l'exemple numéro 12. Please be thorough and cover every intermediate step in detail.",
];

const layout = (ask: string) => ({ model: "gpt-4.1", temperature: 0, max_tokens: 4096, messages: [{ role: "system", content: SYS }, { role: "user", content: ask }, { role: "assistant", content: "Ok." }, { role: "user", content: FIXED }] });

function keyAfter(bodies: Record<string, unknown>[]) {
  const st = newDetectState();
  bodies.forEach((b, i) => observeRequest(st, extractSignals(buildPromptView("chat", b), {}), 1_000 + i * 30_000));
  return st;
}

describe("an ask carried in a Claude assistant prefill after one fixed instruction (red team R66-3)", () => {
  const prefilled = (ask: string) => ({ model: "claude-sonnet-4-5", max_tokens: 8192, temperature: 0.7, system: SYS, messages: [{ role: "user", content: FIXED }, { role: "assistant", content: `Lesson request: ${ask}\n\n# ` }] });
  it("the prefill's cues, topic and script are read beside its hash", () => {
    const sig = extractSignals(buildPromptView("messages", prefilled(ASKS[0]!)), {});
    expect(sig.pfx).toBeDefined();
    expect(sig.pfd).toBe(1);
    expect(sig.pfl).not.toBe(sig.lg);
    expect(sig.dd).toBe(0);
  });
  it("under an input turn the key sent before, they are the request's (before: none, one script, one payload)", () => {
    const bodies = Array.from({ length: 12 }, (_, i) => prefilled(ASKS[i % 3]!.replace(/\d+/, String(100 + i))));
    const st = keyAfter(bodies);
    expect(st.detailDemands).toBeGreaterThan(10);
    expect(st.scripts.filter((x) => x > 1).length).toBeGreaterThanOrEqual(3);
    expect(hllCount(st.payloads)).toBeGreaterThanOrEqual(10);
  });
  it("a JSON prefill after a new question each time is read as before", () => {
    const json = (q: string) => ({ model: "claude-sonnet-4-5", max_tokens: 1024, system: SYS, messages: [{ role: "user", content: q }, { role: "assistant", content: "{" }] });
    const st = keyAfter(Array.from({ length: 12 }, (_, i) => json(`Return the order ${1000 + i} as JSON with its items and total.`)));
    expect(st.detailDemands).toBeLessThan(0.5);
  });
});

describe("an unanchored history before a fixed input turn is its end users' words (red team R67-1, R67-3)", () => {
  it("a support thread before a fixed \"Summarize the conversation above\" is not read as the key's ask (with the R66-1 reading: 99 % degraded)", () => {
    const thread = (i: number) => [
      { role: "user", content: `${ASKS[i % 3]!.replace(/\d+/, String(100 + i))} My order ${1000 + i} has not arrived.` },
      { role: "assistant", content: "Thanks for reaching out. I have checked the tracking and the parcel is held at the depot; I will ask them to release it today and confirm by e-mail." },
      { role: "user", content: "Please explain in detail what happened, step by step." },
    ];
    const body = (i: number) => ({ model: "gpt-4.1-mini", messages: [{ role: "system", content: "You summarise support threads for agents." }, ...thread(i), { role: "user", content: "Summarize the conversation above for the next agent in five bullet points." }] });
    const st = keyAfter(Array.from({ length: 12 }, (_, i) => body(i)));
    expect(st.detailDemands).toBeLessThan(0.5);
    expect(st.scripts.filter((x) => x > 1).length).toBe(1);
  });
});
