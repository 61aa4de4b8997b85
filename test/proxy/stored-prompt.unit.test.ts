/**
 * A Responses request may name a stored prompt (`prompt: {id, version, variables}`) instead of
 * sending `input`, as the Responses API accepts (red team round 34's note: the guard refused it
 * 400 "Missing required parameter: 'input'", a paying customer's valid call). Detection reads it:
 * the stored prompt's id is the wrapper, what its variables fill in is the ask (unread, they would
 * carry a harvest's payload past every content feature).
 */
import { describe, expect, it } from "vitest";
import { buildPromptView, extractSignals } from "../../src/detect/index.ts";
import { validateBody } from "../../src/proxy/request.ts";
import { GuardError } from "../../src/proxy/errors.ts";

const stored = (variables: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  model: "gpt-5",
  prompt: { id: "pmpt_abc123", version: "2", variables },
  ...extra,
});

function refusal(body: Record<string, unknown>): { param?: string; message: string } | undefined {
  try {
    validateBody("responses", body);
    return undefined;
  } catch (e) {
    if (!(e instanceof GuardError)) throw e;
    return { param: (e as GuardError & { param?: string }).param, message: e.message };
  }
}

describe("a Responses request naming a stored prompt", () => {
  it("is valid without input; without either it is refused naming input; a prompt that is no object is refused", () => {
    expect(refusal(stored({ topic: "tides" }))).toBeUndefined();
    expect(refusal({ model: "gpt-5", input: "hi" })).toBeUndefined();
    const none = refusal({ model: "gpt-5" });
    expect(none?.message).toContain("'input'");
    expect(none?.message).toContain("stored 'prompt'");
    expect(refusal({ model: "gpt-5", prompt: "pmpt_abc123" })?.message).toContain("'prompt'");
    // other routes keep their required fields
    expect(() => validateBody("embeddings", { model: "e" })).toThrow(/'input'/);
  });

  it("is read by detection: the prompt's id as the wrapper, its variables as the ask", () => {
    const ask = "Explain, step by step, why the tides on the Bay of Fundy are the highest in the world.";
    const v = buildPromptView("responses", stored({ question: ask, level: { type: "input_text", text: "graduate" } }));
    expect(v.system).toContain("pmpt_abc123@2");
    const last = v.turns.at(-1)!;
    expect(last.role).toBe("user");
    expect(last.text).toContain(ask);
    expect(last.text).toContain("graduate");
    // the reasoning cue in a variable is seen, as it would be in input
    const sig = extractSignals(v, {});
    const plain = extractSignals(buildPromptView("responses", { model: "gpt-5", input: ask }), {});
    expect(sig.rs).toBe(plain.rs);
    expect(sig.rs).toBeGreaterThan(0);
    // two versions of one stored prompt are two wrappers; the same id and version, one
    const again = buildPromptView("responses", stored({ question: "another question entirely, about volcanoes" }));
    expect(again.system).toBe(v.system);
    expect(buildPromptView("responses", { ...stored({}), prompt: { id: "pmpt_abc123", version: "3" } }).system).not.toBe(v.system);
  });

  it("with input too: the variables are read before the input, which stays the ask", () => {
    const v = buildPromptView("responses", stored({ name: "Ada" }, { input: "What should I read next?" }));
    expect(v.turns.map((t) => t.text)).toEqual(["Ada", "What should I read next?"]);
  });
});
