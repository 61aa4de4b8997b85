/** The evaluation machinery on a tiny synthetic corpus (no dependency on ../shared). */
import { describe, expect, it } from "vitest";
import type { Corpus, Item } from "../../scripts/eval/corpus.ts";
import { degradeOption, detectionOption, makeStepper } from "../../scripts/eval/driver.ts";
import { headline, isCustomer, summarise } from "../../scripts/eval/report.ts";
import { SCENARIOS, buildScenarios } from "../../scripts/eval/scenarios.ts";
import { BANKING_QUERIES, DIVERSE_TASKS } from "./helpers.ts";

const items = (xs: readonly string[], extra: Partial<Item> = {}): Item[] => xs.map((text) => ({ text, kind: "synthetic", ...extra }));

function tinyCorpus(): Corpus {
  const long = DIVERSE_TASKS.map((t) => `${t} ${t} ${t} Please be specific and include code where useful; the function should handle errors.`);
  return {
    sharegpt: items([...DIVERSE_TASKS, ...long]),
    support: items(BANKING_QUERIES),
    hh: items(DIVERSE_TASKS.slice(0, 8)),
    arena: items(long),
    selfinstructUser: items(DIVERSE_TASKS.slice(8)),
    mtbench: items(DIVERSE_TASKS.slice(0, 6)),
    conversations: [{ turns: [{ role: "user", text: DIVERSE_TASKS[0]! }, { role: "assistant", text: "..." }, { role: "user", text: "And why?" }] }],
    gsm8k: items(DIVERSE_TASKS.map((t) => `${t}\nPlease reason step by step, and put your final answer within \\boxed{}.`)),
    math500: items(DIVERSE_TASKS.slice(0, 5).map((t) => `Below is an instruction that describes a task.\n\n### Instruction:\n${t}\n\n### Response: Let's think step by step.`)),
    orcaT0: items(DIVERSE_TASKS, { system: "You are an AI assistant. Provide a detailed answer so the user doesn't need to search outside." }),
    evol: items(DIVERSE_TASKS.map((t) => `I want you act as a Prompt Rewriter. Rewrite #The Given Prompt# into a more complex version.\n#The Given Prompt#:\n${t}\n#Rewritten Prompt#:`)),
    mmlu: items(DIVERSE_TASKS.map((t) => `The following are multiple choice questions (with answers) about  things.\n\n${t}\nA. one\nB. two\nC. three\nD. four\nAnswer:`)),
    code: items(DIVERSE_TASKS.map((t) => `Below is an instruction that describes a task. Write a response that appropriately completes the request.\n\n### Instruction:\nCreate a Python script for this problem:\n${t}\n\n### Response:`)),
    genPrompts: items(DIVERSE_TASKS.map((t) => `You are asked to come up with a set of 20 diverse task instructions.\n\nList of 20 tasks:\n1. ${t}\n2. x\n3. y\n4. z\n5. w`)),
    seeds: items(DIVERSE_TASKS),
  };
}

describe("eval scenarios", () => {
  it("are deterministic for a seed, time-ordered, and label every key with a known scenario", () => {
    const a = buildScenarios(tinyCorpus(), 3);
    const b = buildScenarios(tinyCorpus(), 3);
    expect(a.events.length).toBe(b.events.length);
    expect(JSON.stringify(a.events.slice(0, 200))).toBe(JSON.stringify(b.events.slice(0, 200)));
    for (let i = 1; i < a.events.length; i++) expect(a.events[i]!.ev.ts).toBeGreaterThanOrEqual(a.events[i - 1]!.ev.ts);
    const names = new Set(SCENARIOS.map((s) => s.name));
    for (const s of a.keys.values()) expect(names.has(s)).toBe(true);
    expect(new Set(a.keys.values()).size).toBe(SCENARIOS.length);
    expect(buildScenarios(tinyCorpus(), 4).events.length).not.toBe(a.events.length);
  }, 60_000);
  it("summarise counts keys, flags and served harvest tokens per scenario", () => {
    const { events, keys } = buildScenarios(tinyCorpus(), 3);
    const step = makeStepper();
    const lines = events.map((e, i) => step.step(e.ev, i));
    const s = summarise(events, lines, keys);
    const row = (n: string) => s.rows.find((r) => r.name === n)!;
    expect(row("key-rotation").keys).toBe(120);
    expect(row("support-bots").keys).toBe(6);
    expect(row("hidden-reasoning").flagged).toBe(6);
    // each key is one burst of ~40 minutes: degraded (answers capped at 512 of 800-3,000 tokens),
    // not challenged, which needs sustained volume (DetectionConfig.sustainHours)
    expect(row("hidden-reasoning").degraded).toBe(6);
    expect(row("hidden-reasoning").servedPct!).toBeLessThan(35);
    expect(row("popular-app").blocked).toBe(0);
    expect(s.honestKeys).toBe(s.rows.filter((r) => isCustomer(r.cls)).reduce((a, r) => a + r.keys, 0));
    expect(s.honestKeys).toBeGreaterThan(s.rows.filter((r) => r.cls === "honest").reduce((a, r) => a + r.keys, 0)); // the benchmark runs count
  }, 60_000);
  it("summarise never counts more served harvest tokens than the answers held: a background POST's capped reservation is no answer", () => {
    const ev = (path: string, method: string, usage?: { prompt_tokens: number; completion_tokens: number }) => ({ ts: 0, key: "k", method, path, body: {}, ...(usage ? { usage } : {}) });
    const events = [
      { ev: ev("/v1/responses", "POST"), scenario: "s", harvest: true },
      { ev: ev("/v1/responses/resp_1", "GET", { prompt_tokens: 20, completion_tokens: 2000 }), scenario: "s", harvest: true },
    ];
    const lines = [
      { i: 0, key: "k", action: "degrade" as const, served: true, score: 0.5, reasons: [], degraded: true as const, completion: 512 },
      { i: 1, key: "k", action: "degrade" as const, served: true, score: 0.5, reasons: [], degraded: true as const, completion: 512 },
    ];
    const s = summarise(events as never, lines, new Map([["k", "s"]]), [{ name: "s", cls: "distill" }]);
    expect(s.rows[0]!.servedPct).toBeCloseTo((100 * 512) / 2000, 5);
  });
  it("summarise and the headline count honest requests served degraded, apart from refusals, benchmark runs with the honest", () => {
    const ev = (key: string) => ({ ts: 0, key, method: "POST", path: "/v1/chat/completions", body: {}, usage: { prompt_tokens: 10, completion_tokens: 100 } });
    const events = [
      { ev: ev("h1"), scenario: "app", harvest: false },
      { ev: ev("h1"), scenario: "app", harvest: false },
      { ev: ev("h2"), scenario: "app", harvest: false },
      { ev: ev("h3"), scenario: "bench", harvest: false },
    ];
    const line = (i: number, key: string, action: "allow" | "degrade" | "challenge", served: boolean, degraded: boolean) => ({ i, key, action, served, score: 0, reasons: [], ...(degraded ? { degraded: true as const } : {}) });
    const lines = [line(0, "h1", "allow", true, false), line(1, "h1", "degrade", true, true), line(2, "h2", "challenge", false, false), line(3, "h3", "degrade", true, true)];
    const keys = new Map([["h1", "app"], ["h2", "app"], ["h3", "bench"]]);
    const s = summarise(events as never, lines, keys, [{ name: "app", cls: "honest" }, { name: "bench", cls: "benchmark" }]);
    expect(s.rows[0]!.degradedPct).toBeCloseTo(100 / 3, 5);
    expect(s.rows[0]!.refusedPct).toBeCloseTo(100 / 3, 5);
    expect(s.rows[1]!.degradedPct).toBe(100);
    expect(s.honestRequests).toBe(4);
    expect(s.honestDegradedRequests).toBe(2);
    // a benchmark run is an honest customer: h1 and h3 degraded of 3 honest keys; 2 of 4 honest requests served degraded
    expect(s.honestKeys).toBe(3);
    expect(headline(s)).toContain("honest keys throttled or degraded 66.7 %, honest requests served degraded 50.0 %");
  });
  it("summarise counts the honest answer tokens degrade's cap withheld, not the requests it touched", () => {
    const ev = (ct: number) => ({ ts: 0, key: "h", method: "POST", path: "/v1/chat/completions", body: {}, usage: { prompt_tokens: 10, completion_tokens: ct } });
    const events = [
      { ev: ev(2000), scenario: "app", harvest: false }, // degraded, cut to 512: 1,488 withheld
      { ev: ev(300), scenario: "app", harvest: false }, // degraded, under the cap: nothing withheld
      { ev: ev(700), scenario: "app", harvest: false }, // served in full
      { ev: ev(1000), scenario: "app", harvest: false }, // refused: a refusal, not a cut
      { ev: ev(4000), scenario: "farm", harvest: true }, // a harvest's cut is not an honest cost
    ];
    const line = (i: number, served: boolean, completion?: number) => ({ i, key: i === 4 ? "d" : "h", action: "degrade" as const, served, score: 0.5, reasons: [], ...(completion !== undefined ? { degraded: true as const, completion } : {}) });
    const lines = [line(0, true, 512), line(1, true, 300), line(2, true), line(3, false), line(4, true, 512)];
    const s = summarise(events as never, lines, new Map([["h", "app"], ["d", "farm"]]), [{ name: "app", cls: "honest" }, { name: "farm", cls: "distill" }]);
    expect(s.rows[0]!.cutPct).toBeCloseTo((100 * 1488) / 4000, 5);
    expect(s.rows[1]!.cutPct).toBeNull();
    expect(s.honestTokens).toBe(4000);
    expect(s.honestCutTokens).toBe(1488);
    expect(headline(s)).toContain("honest answer tokens cut by degrade 37.2 %");
  });
});

describe("--detection (eval, eval:why): detection settings over the defaults", () => {
  it("takes a JSON object the Worker would take, and refuses anything else with a message naming the problem", () => {
    expect(detectionOption(undefined)).toEqual({ ok: true, value: undefined });
    expect(detectionOption('{"challengeNeedsDrive": false}')).toEqual({ ok: true, value: { challengeNeedsDrive: false } });
    for (const bad of ["nope", "[1]", "null", "3", '"x"']) expect(detectionOption(bad)).toMatchObject({ ok: false, message: expect.stringMatching(/must be a JSON object/) });
    expect(detectionOption('{"challengeNeedsDrive": 0}')).toEqual({ ok: false, message: "--detection challengeNeedsDrive must be true or false" });
    expect(detectionOption('{"noSuchField": 1}')).toEqual({ ok: false, message: "--detection noSuchField unknown field" });
  });
  it("the settings reach the replay: a key challenged on content alone with the rule off is degraded with it on", () => {
    // (the rule's own exact tests are in kill-score; this pins that the option is passed through)
    const off = detectionOption('{"challengeNeedsDrive": false, "sustainHours": 0}');
    const on = detectionOption('{"sustainHours": 0}');
    if (!off.ok || !on.ok) throw new Error("valid settings refused");
    const run = (d: Record<string, unknown> | undefined) => {
      const st = makeStepper(d);
      const actions = new Set<string>();
      for (let i = 0; i < 80; i++) {
        const body = {
          model: "gpt-4o",
          max_tokens: 4096,
          temperature: 0.7,
          messages: [
            { role: "system", content: "You are a world-class expert. Answer the request completely and in depth, with examples." },
            { role: "user", content: `${DIVERSE_TASKS[i % DIVERSE_TASKS.length]} (variant ${i})` },
          ],
        };
        actions.add(st.step({ ts: Date.UTC(2026, 0, 5) + i * 2000, key: "sk-content", method: "POST", path: "/v1/chat/completions", body, usage: { prompt_tokens: 60, completion_tokens: 1200 } }, i).action);
      }
      return actions;
    };
    expect(run(off.value).has("challenge")).toBe(true);
    expect(run(on.value).has("challenge")).toBe(false);
  });
});

describe("--degrade (eval): what a degraded request may still ask for, over the defaults", () => {
  it("takes a JSON object the Worker would take, and refuses anything else with a message naming the problem", () => {
    expect(degradeOption(undefined)).toEqual({ ok: true, value: undefined });
    expect(degradeOption('{"maxOutputTokens": 256}')).toEqual({ ok: true, value: { maxOutputTokens: 256 } });
    for (const bad of ["nope", "[1]", "null", "3"]) expect(degradeOption(bad)).toMatchObject({ ok: false, message: expect.stringMatching(/must be a JSON object/) });
    expect(degradeOption('{"maxOutputTokens": 0}')).toMatchObject({ ok: false, message: expect.stringMatching(/maxOutputTokens must be an integer from 1/) });
  });
  it("the cap reaches the replay: a degraded answer is served at the cap asked for", () => {
    const served = (cap: number | undefined) => {
      const st = makeStepper(undefined, false, cap === undefined ? undefined : { maxOutputTokens: cap });
      let last = 0;
      for (let i = 0; i < 60; i++) {
        const body = { model: "gpt-4o", max_tokens: 1400, messages: [{ role: "user", content: `${DIVERSE_TASKS[i % DIVERSE_TASKS.length]} (case ${i}) Explain step by step.` }] };
        const d = st.step({ ts: Date.UTC(2026, 0, 5) + i * 2000, key: "sk-steps", method: "POST", path: "/v1/chat/completions", body, usage: { prompt_tokens: 60, completion_tokens: 1200 } }, i);
        if (d.degraded) last = d.completion ?? -1;
      }
      return last;
    };
    expect(served(undefined)).toBe(512);
    expect(served(256)).toBe(256);
  });
});
