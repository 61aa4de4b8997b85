/** Loading an independent suite's output (scripts/eval/suite.ts) and reporting it per scenario. */
import { describe, expect, it } from "vitest";
import { makeStepper, stepOrRefuse } from "../../scripts/eval/driver.ts";
import { summarise } from "../../scripts/eval/report.ts";
import { parseSuite } from "../../scripts/eval/suite.ts";

const T0 = Date.UTC(2026, 0, 5);
const line = (i: number, key: string, content: string) =>
  JSON.stringify({ ts: T0 + i * 60_000, key, method: "POST", path: "/v1/chat/completions", body: { model: "m", messages: [{ role: "user", content }] }, usage: { prompt_tokens: 5, completion_tokens: 20 } });

describe("parseSuite", () => {
  it("labels every event with its key's scenario and class", () => {
    const trace = [line(0, "k-h", "hello"), line(1, "k-d", "task one"), "", line(2, "k-h", "thanks")].join("\n");
    const keys = JSON.stringify({ "k-h": { scenario: "chat", class: "honest", family: "chat" }, "k-d": { scenario: "wrap", class: "distill", family: "wrapper" } });
    const s = parseSuite("t", trace, keys);
    expect(s.events.map((e) => [e.scenario, e.harvest])).toEqual([["chat", false], ["wrap", true], ["chat", false]]);
    expect(s.scenarios).toEqual([{ name: "chat", cls: "honest", what: "chat" }, { name: "wrap", cls: "distill", what: "wrapper" }]);
    expect(s.families.get("wrap")).toBe("wrapper");
  });

  it("refuses unlabelled keys, unknown classes and malformed trace lines, naming them", () => {
    const keys = JSON.stringify({ a: { scenario: "x", class: "honest" } });
    expect(() => parseSuite("t", line(0, "b", "hi"), keys)).toThrow(/line 1: key has no label/);
    expect(() => parseSuite("t", line(0, "a", "hi"), JSON.stringify({ a: { scenario: "x", class: "evil" } }))).toThrow(/class honest\|distill\|benchmark/);
    expect(() => parseSuite("t", '{"ts":"yesterday"}', keys)).toThrow(/line 1: ts/);
  });

  it("a request the guard would answer 400 is a refusal line, not a crash (eval and eval:why)", () => {
    const stepper = makeStepper();
    const bad = { ts: T0, key: "k", method: "POST", path: "/v1/chat/completions", body: { model: "m", messages: [{ role: "user", content: "hi" }], temperature: "hot" } };
    const d = stepOrRefuse(stepper, bad, 0);
    expect(d).toMatchObject({ i: 0, key: "k", served: false, invalid: true });
    expect(d.reasons[0]).toMatch(/^invalid request: .*temperature/);
    const ok = stepOrRefuse(stepper, { ...bad, body: { model: "m", messages: [{ role: "user", content: "hi" }] } }, 1);
    expect(ok.served).toBe(true);
    expect(ok.invalid).toBeUndefined();
  });
  it("summarise reports the share of an honest scenario's requests that were refused", () => {
    const trace = Array.from({ length: 10 }, (_, i) => line(i, "k", `question ${i}`)).join("\n");
    const s = parseSuite("t", trace, JSON.stringify({ k: { scenario: "chat", class: "honest" } }));
    const stepper = makeStepper();
    const lines = s.events.map((e, i) => stepper.step(e.ev, i));
    lines[3] = { ...lines[3]!, served: false };
    const sum = summarise(s.events, lines, s.keys, s.scenarios);
    expect(sum.rows[0]).toMatchObject({ name: "chat", requests: 10, refusedPct: 10 });
    expect(sum.failures).toContain("chat: 10.0 % of its requests refused (> 1 %)");
  });
  it("summarise counts a key as flagged where the guard acted on it: at degrade standing served whole (an embeddings key without drive evidence) is not", () => {
    const trace = Array.from({ length: 4 }, (_, i) => line(i, "k", `question ${i}`)).join("\n");
    const s = parseSuite("t", trace, JSON.stringify({ k: { scenario: "emb", class: "distill" } }));
    const base = { key: "k", score: 0.6, reasons: ["x"] };
    const whole = s.events.map((_, i) => ({ ...base, i, action: "degrade" as const, served: true }));
    expect(summarise(s.events, whole, s.keys, s.scenarios).rows[0]).toMatchObject({ name: "emb", flagged: 0, degraded: 0 });
    const cut = whole.map((l, i) => (i === 2 ? { ...l, degraded: true as const } : l));
    expect(summarise(s.events, cut, s.keys, s.scenarios).rows[0]).toMatchObject({ name: "emb", flagged: 1, within200: 1, degraded: 1 });
    const refused = whole.map((l, i) => (i === 1 ? { ...l, served: false } : l));
    expect(summarise(s.events, refused, s.keys, s.scenarios).rows[0]).toMatchObject({ flagged: 1 });
  });
});
