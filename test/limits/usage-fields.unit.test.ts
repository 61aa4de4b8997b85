/**
 * usageFields is what a settlement carries from the isolate to the key's object (lease reports,
 * an object's own settle): a Usage field it leaves out never reaches detection over HTTP, though
 * the replayer, which settles in process, sees it. Red team R16-1: `readablePrompt` (R15-1's fix)
 * was left out, so the fix held in `npm run replay` and not in the Worker (0 of 50 image keys
 * flagged over HTTP). The fixture is typed `Required<Usage>`: a field added to Usage and not
 * written here fails the typecheck, and one written here and not copied fails the test.
 */
import { describe, expect, it } from "vitest";
import { usageFields } from "../../src/limits/lease.ts";
import type { Answer, Usage } from "../../src/policy/types.ts";
import { ANSWER_FIELDS } from "../../src/engine/key-engine.ts";

describe("usageFields", () => {
  it("copies every field of a Usage, and nothing else", () => {
    const every: Required<Usage> = {
      promptTokens: 830,
      completionTokens: 2100,
      cacheRead: 400,
      cacheWrite: 300,
      estimated: true,
      seen: 120,
      unread: true,
      running: true,
      ended: 11,
      answer: { promptTokens: 5, completionTokens: 6, id: 7 },
      inputHash: 12,
      createdHash: 13,
      context: 15,
      stores: 16,
      contextTokens: 17,
      template: 18,
      templateTokens: 19,
      recorded: true,
      prevHash: 14,
      prevTool: true,
      unnamed: true,
      readablePrompt: 44,
      choices: 3,
      samples: 4,
      hardRead: true,
      stepAsk: true,
      reasoning: 900,
      model: 77,
      later: true,
      runOf: "file-abc",
      batchRequests: 40,
      hosted: { webSearch: 2, containers: 1 },
    };
    expect(usageFields(every)).toEqual(every);
    expect(usageFields({ ...every, leaseId: "x", atMs: 1 } as Usage)).toEqual(every);
    // absent stays absent
    expect(usageFields({ promptTokens: 1, completionTokens: 2 })).toEqual({ promptTokens: 1, completionTokens: 2 });
    expect(Object.keys(usageFields({ promptTokens: 1, completionTokens: 2, readablePrompt: 0 }))).toContain("readablePrompt");
  });
});

describe("ANSWER_FIELDS", () => {
  it("names every optional field of a fetched Answer an isolate reports (the object sets readablePrompt itself)", () => {
    // typed Required<Answer>: a field added to Answer and not written here fails the typecheck,
    // and one written here and not in ANSWER_FIELDS (dropped from lease reports) fails the test
    const every: Required<Answer> = {
      promptTokens: 1, completionTokens: 2, id: 3, cacheRead: 4, reasoning: 5, count: 6, long: 7, longTokens: 8,
      beyondTokens: 9, trivial: 10, trivialPromptTokens: 11, createdHash: 12, readablePrompt: 13, charged: 14,
      hosted: { fileSearch: 3 },
      whole: true,
      edges: true,
    };
    const own = ["promptTokens", "completionTokens", "id", "readablePrompt"];
    expect([...ANSWER_FIELDS].sort()).toEqual(Object.keys(every).filter((k) => !own.includes(k)).sort());
  });
});
