/**
 * Red team R66-1 (and R66-3, the same with the ask in a Claude prefill after the fixed turn): each request `[system, user: the ask, assistant: "Ok.", user: one fixed
 * instruction]`. The history is no conversation the key had, so the request asks on its own and
 * its history is payload (its reasoning asks counted), but the ask's detail demand, topic and
 * script were read from the fixed instruction, the input turn, and every request was the same
 * payload: 96.6 % of a long-answer harvest served in full, 0.7 % with the ask as the input turn.
 * Under an input turn the key sent before, an unanchored history carries the ask (state.ts
 * `carried`): its detail demand (signal `hd`), topic (`ht`) and script (`hl`) are the request's, and
 * what it carries counts among the key's distinct payloads.
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

describe("an ask carried in a history before one fixed instruction (red team R66-1)", () => {
  it("the history's detail demand and script are read beside its topic", () => {
    const sig = extractSignals(buildPromptView("chat", layout(ASKS[0]!)), {});
    expect(sig.hd).toBe(1);
    expect(sig.hl).toBeDefined();
    expect(sig.hl).not.toBe(sig.lg);
    expect(sig.dd).toBe(0);
  });
  it("under a fixed input turn, the key's detail demands, scripts and distinct payloads are the asks' (before: none, one, one)", () => {
    const bodies = Array.from({ length: 12 }, (_, i) => layout(ASKS[i % 3]!.replace(/\d+/, String(100 + i))));
    const st = keyAfter(bodies);
    // the first request's input turn is new: its history is read as before; every later one carries its ask
    expect(st.detailDemands).toBeGreaterThan(10);
    expect(st.scripts.filter((x) => x > 1).length).toBeGreaterThanOrEqual(3);
    expect(hllCount(st.payloads)).toBeGreaterThanOrEqual(10);
  });
  it("a few-shot template before a new ask each time is read as before: the ask is the input turn", () => {
    const fewShot = (ask: string) => ({ model: "gpt-4.1", messages: [{ role: "system", content: SYS }, { role: "user", content: ASKS[0]! }, { role: "assistant", content: "Ok." }, { role: "user", content: ask }] });
    const asks = Array.from({ length: 12 }, (_, i) => `Summarise chapter ${i} of the course reader in three sentences for a first-year student.`);
    const st = keyAfter(asks.map(fewShot));
    expect(st.detailDemands).toBeLessThan(1.5);
    expect(st.scripts.filter((x) => x > 1).length).toBe(1);
  });
});
