/**
 * Exact tests of the per-request signals (src/detect/signals.ts), written against the mutants the
 * scenario and golden tests left alive (docs/mutation-detect.md). Prompt views are built by hand,
 * so each test sets exactly the text and parameters the reader under test sees.
 */
import { describe, expect, it } from "vitest";
import type { PromptView } from "../../src/detect/index.ts";
import { extractSignals, inputHash, ipPrefixHash, paramScore } from "../../src/detect/signals.ts";
import { charShingles, hash32, simhash64 } from "../../src/detect/sketch.ts";
import { normalize } from "../../src/detect/text.ts";
import { topicOf } from "../../src/detect/topics.ts";

const view = (over: Partial<PromptView> = {}): PromptView => ({ route: "chat", system: "", turns: [{ role: "user", text: "hello there" }], params: {}, ...over });
const sig = (over: Partial<PromptView> = {}) => extractSignals(view(over), {});
/** Text with no cue and no topic. */
const lorem = (n: number) => "lorem ipsum dolor sit amet. ".repeat(Math.ceil(n / 28) + 1).slice(0, n);
/** Text with no cue (its topic does not matter where it is used). */
const cat = (n: number) => "the cat sat on the mat. ".repeat(Math.ceil(n / 24) + 1).slice(0, n);

describe("ipPrefixHash", () => {
  it("an IPv4 address hashes its /24; anything but four dotted parts is unknown (0)", () => {
    const h = ipPrefixHash("10.1.2.3");
    expect(h).not.toBe(0);
    expect(ipPrefixHash("10.1.2.99")).toBe(h);
    expect(ipPrefixHash("10.1.3.3")).not.toBe(h);
    expect(ipPrefixHash("1.2")).toBe(0);
    expect(ipPrefixHash("1.2.3")).toBe(0);
    expect(ipPrefixHash("1.2.3.4.5")).toBe(0);
  });
});

describe("paramScore at its cut-offs (single-turn)", () => {
  const ps = (p: PromptView["params"]) => paramScore(p, true);
  it("max_tokens 1500 counts 0.25", () => {
    expect(ps({ maxTokens: 1500 })).toEqual({ ps: 0.25, hp: 0, sn: 0 });
  });
  it("top_logprobs 10 is hard whatever the length", () => {
    expect(ps({ logprobs: true, topLogprobs: 10, maxTokens: 1 })).toEqual({ ps: 0.6, hp: 1, sn: 0 });
  });
  it("top_logprobs 2 over 64 tokens reads 128 alternatives: hard; over 63 not", () => {
    expect(ps({ logprobs: true, topLogprobs: 2, maxTokens: 64 })).toEqual({ ps: 0.5, hp: 1, sn: 0 });
    expect(ps({ logprobs: true, topLogprobs: 2, maxTokens: 63 })).toEqual({ ps: 0.1, hp: 0, sn: 0 });
    expect(ps({ logprobs: true, topLogprobs: 2, maxTokens: 100 })).toEqual({ ps: 0.5, hp: 1, sn: 0 });
  });
  it("logprobs without alternatives over 256 tokens counts 0.35", () => {
    expect(ps({ logprobs: true, maxTokens: 256 })).toEqual({ ps: 0.35, hp: 0, sn: 0 });
  });
  it("a thinking budget of 8000 counts 0.45, 2048 counts 0.25, 2047 nothing", () => {
    expect(ps({ thinkingBudget: 8000 }).ps).toBe(0.45);
    expect(ps({ thinkingBudget: 2048 }).ps).toBe(0.25);
    expect(ps({ thinkingBudget: 2047 }).ps).toBe(0);
  });
  it("sampling temperature 0.7-1.2 with top_p 0.9 up to (not) 1 adds 0.05", () => {
    const cases: [number | undefined, number | undefined, number][] = [
      [0.7, 0.9, 0.05], [1.2, 0.95, 0.05], [0.69, 0.95, 0], [1.21, 0.95, 0], [0.8, 0.89, 0], [0.8, 1, 0],
      [undefined, 0.95, 0], [undefined, 0.5, 0], [0.8, undefined, 0], [0.5, 0.95, 0], [2, 0.95, 0],
    ];
    for (const [temperature, topP, want] of cases) expect([temperature, topP, ps({ temperature, topP }).ps]).toEqual([temperature, topP, want]);
  });
});

describe("system prompt fingerprint", () => {
  it("a whitespace-only system prompt is none", () => {
    const s = sig({ system: "  \n\t " });
    expect([s.sh, s.ws, s.wm]).toEqual([0, "", 0]);
  });
  it("two prompts of one length are told apart (the memo is keyed by the text's hashes, not its length)", () => {
    const a = sig({ system: "You are a pirate assistant for kids." });
    const b = sig({ system: "You are a doctor assistant for kids." });
    expect(a.sh).not.toBe(b.sh);
    expect(a.ws).not.toBe(b.ws);
  });
  // SimHash is a vote over shingles, built to survive small edits: these prompts are runs of one
  // letter, so which chars are read changes the vote's balance and with it the hash
  it("the SimHash reads all of a 600-char prompt; of a longer one its first 400 and last 200 chars", () => {
    const s600 = "a".repeat(300) + "b".repeat(300);
    expect(sig({ system: s600 }).ws).toBe(simhash64(charShingles(normalize(s600), 5)));
    expect(sig({ system: s600 }).ws).not.toBe(simhash64(charShingles(normalize(s600.slice(0, 400) + " " + s600.slice(-200)), 5)));
    const long = "a".repeat(300) + "c".repeat(400) + "b".repeat(300);
    const ws = simhash64(charShingles(normalize(long.slice(0, 400) + " " + long.slice(-200)), 5));
    expect(sig({ system: long }).ws).toBe(ws);
    for (const other of [long, long + " " + long.slice(-200), long.slice(0, 400) + " " + long.slice(200)]) expect(simhash64(charShingles(normalize(other), 5))).not.toBe(ws);
  });
  it("only the first 2,000 chars are fingerprinted", () => {
    const head = "Answer as a lawyer. " + lorem(1980);
    const a = sig({ system: head + cat(500) });
    const b = sig({ system: head + lorem(700) });
    const c = sig({ system: head });
    expect([a.sh, a.ws, a.wm]).toEqual([c.sh, c.ws, c.wm]);
    expect([b.sh, b.ws, b.wm]).toEqual([c.sh, c.ws, c.wm]);
  });
});

describe("the input turn", () => {
  it("is the last user or tool turn, not an assistant turn after it", () => {
    const s = sig({ turns: [{ role: "user", text: "question one here" }, { role: "assistant", text: "an answer" }] });
    expect(s.ph).toBe(inputHash("question one here"));
    expect([s.ut, s.at]).toEqual([1, 1]);
  });
  it("unreadable: a token-ID prompt with whitespace text is 3; unreadable parts beside whitespace 2, beside 255 chars 1, beside 256 none", () => {
    expect(sig({ promptTokenIds: 5, turns: [{ role: "user", text: "  " }] }).ur).toBe(3);
    expect(sig({ turns: [{ role: "user", text: "  ", unreadable: 1 }] }).ur).toBe(2);
    expect(sig({ turns: [{ role: "user", text: "x".repeat(255), unreadable: 1 }] }).ur).toBe(1);
    expect(sig({ turns: [{ role: "user", text: "x".repeat(256), unreadable: 1 }] }).ur).toBe(0);
  });
  it("prefix / suffix hashes read the first / last 40 chars as the frame reads them (a run of spaces as one), and only those", () => {
    const mid = " please summarise this article about trains and their timetables ";
    const s = sig({ turns: [{ role: "user", text: "x".repeat(40) + "A" + mid + "B" + "y".repeat(40) }] });
    // beyond the 40 chars: nothing
    expect(sig({ turns: [{ role: "user", text: "x".repeat(40) + "C" + mid + "D" + "y".repeat(40) }] })).toMatchObject({ wp: s.wp, wx: s.wx });
    // within them: a char changes it
    const t = sig({ turns: [{ role: "user", text: "x".repeat(23) + "w" + "x".repeat(16) + "A" + mid + "B" + "y".repeat(16) + "w" + "y".repeat(23) }] });
    expect(t.wp).not.toBe(s.wp);
    expect(t.wx).not.toBe(s.wx);
    // a run of spaces is one char: 39 spaces after "a" leave "a please summarise ..." to read
    const spaced = sig({ turns: [{ role: "user", text: "a" + " ".repeat(39) + mid.trim() + " ".repeat(39) + "z" } ] });
    expect(spaced.wp).toBe(hash32("a please summarise this "));
    expect(spaced.wx).toBe(hash32("s and their timetables z"));
  });
  it("generate 20 diverse examples is a pipeline prompt (gen 4)", () => {
    expect(sig({ turns: [{ role: "user", text: "generate 20 diverse examples" }] }).gm).toBe(1);
  });
});

describe("history hash", () => {
  const withFirst = (first: string) => sig({ turns: [{ role: "user", text: first }, { role: "assistant", text: "ok" }, { role: "user", text: "go on" }] }).hh;
  it("a turn over 400 chars is hashed by its first and last 200 chars (and its length)", () => {
    const a = withFirst(lorem(200) + cat(600) + lorem(200));
    expect(withFirst(lorem(200) + lorem(600) + lorem(200))).toBe(a);
    expect(withFirst(lorem(200) + cat(600) + cat(200))).not.toBe(a);
  });
});

describe("earlier input turns read as payload (hr, ht)", () => {
  const hist = (...firsts: string[]) => {
    const turns: PromptView["turns"] = [];
    for (const f of firsts) turns.push({ role: "user", text: f }, { role: "assistant", text: "ok" });
    turns.push({ role: "user", text: "and then?" });
    return sig({ turns });
  };
  it("the topic is the first earlier turn's", () => {
    const first = "how do i bake sourdough bread at home?";
    const second = "explain the derivative in calculus.";
    expect(topicOf(first)).not.toBe(topicOf(second));
    expect(hist(first, second).ht).toBe(topicOf(first));
  });
  it("read from its first 600 chars", () => {
    const first = lorem(600) + " how do i bake sourdough bread at home?";
    expect(topicOf(first)).not.toBe(-1);
    expect(hist(first).ht).toBe(-1);
  });
  it("4,096 chars of them are scanned, across turns", () => {
    expect(hist(lorem(4500) + " show your hidden reasoning").hr).toBe(0);
    expect(hist(lorem(3000), lorem(2000) + " show your hidden reasoning").hr).toBe(0);
    expect(hist(lorem(3000), lorem(500) + " show your hidden reasoning").hr).toBe(3);
  });
  it("turns are joined by a newline: no cue spans two of them", () => {
    expect(hist("please show your hidden", "reasoning for this").hr).toBe(0);
  });
});

describe("the instruction region", () => {
  it("the system prompt and the tools, and the system prompt and the input turn, are joined by a newline", () => {
    expect(sig({ system: "please show your hidden", tools: "reasoning tool: search" }).rs).toBe(0);
    expect(sig({ system: "please show your hidden", turns: [{ role: "user", text: "reasoning for this" }] }).rs).toBe(0);
    expect(sig({ system: "please show your hidden reasoning" }).rs).toBe(3);
  });
  it("a step-by-step phrase past the system prompt's first 2,000 chars is a mention (rs 1), at its start an ask (rs 2)", () => {
    expect(sig({ system: lorem(2500) + " think step by step. " + lorem(400) }).rs).toBe(1);
    expect(sig({ system: "think step by step. " + lorem(2500) }).rs).toBe(2);
  });
  it("a long system prompt is scanned in its first 6,144 chars, its last 2,048 and windows between", () => {
    // 20,000 chars: the cue at 9,000 falls in no window (the windows depend on the prompt's hash)
    expect(sig({ system: cat(9000) + "show your hidden reasoning. " + cat(11000) }).rs).toBe(0);
    expect(sig({ system: cat(6000) + "show your hidden reasoning. " + cat(14000) }).rs).toBe(3);
  });
});
