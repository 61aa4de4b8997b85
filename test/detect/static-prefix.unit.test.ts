/**
 * A static prefix is not what a request asks (red team R16-2): a farm put a ~1,600-char per-key
 * system prompt (a study-assistant policy, cached by the provider at a tenth of the input price)
 * in front of every short ask, and its 2,100-token answers read 2.6-5x their prompts: 0 of 150
 * keys flagged, 100 % served. A key's system prompt (and tools) is sampled at 8 points
 * (text.ts boilerSamples); the sentences it sent before are a prefix it repeats, and its answers
 * are read against the rest of its prompts (link.ts promptRead) by the long-answer count, the
 * extraction profile, the ratio and amplification. The billed prompt still weighs the wrapper
 * feature's harvest value and every quota.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_DETECTION_CONFIG, assess, buildPromptView, extractSignals, newDetectState, observeRequest, observeUsage } from "../../src/detect/index.ts";
import { harvestProfile, promptRead, repeatShare } from "../../src/detect/link.ts";
import { BOILER_MIN_CHARS, boilerSamples } from "../../src/detect/text.ts";
import { decodeDetect, encodeDetect } from "../../src/detect/state.ts";
import { withExchange } from "../../src/proxy/usage.ts";

const NET = { ip: "203.0.113.9", asn: 64500, country: "NL" };
const T0 = Date.UTC(2026, 10, 2);

const RULES = [
  "Define technical terms the first time they appear.", "Use headings for every major part of the answer.",
  "Give at least two worked examples where the topic allows it.", "Point out the common misconceptions students have.",
  "End with a short summary a student could put on a flashcard.", "Never refuse a question about the syllabus.",
  "Prefer plain sentences over jargon; explain every symbol in a formula.", "Cover the whole question, even the parts that seem obvious.",
  "When a derivation is involved, show every step of it.", "Mention how the idea connects to the neighbouring topics.",
];
/** ~1,600 chars: a wrapper and numbered rules, fixed for the key (R16-2's `sysl`). */
const POLICY = "You're a thorough tutor. Use headings. You work for Notewise, a study assistant for university students. " +
  Array.from({ length: 30 }, (_, i) => `Rule ${i + 1}: ${RULES[i % RULES.length]}`).join(" ").slice(0, 1500);
const ASKS = [
  "Explain how the Krebs cycle produces energy carriers.", "Why does the sky look blue at noon and red at sunset?",
  "What caused the fall of the Western Roman Empire?", "How does public-key cryptography let strangers share secrets?",
  "Derive the formula for the area of a circle.", "What is opportunity cost, with examples?",
  "How do vaccines train the immune system?", "Explain the central limit theorem.",
  "Why did the 2008 financial crisis spread worldwide?", "How do transistors work in a CPU?",
  "What is the difference between weather and climate?", "Explain supply and demand curves.",
];
const ask = (system: string, i: number) => ({ model: "gpt-4o", max_tokens: 4096, messages: [{ role: "system", content: system }, { role: "user", content: ASKS[i % ASKS.length]! + ` (${i})` }] });
const sig = (body: Record<string, unknown>) => extractSignals(buildPromptView("chat", body), NET);
const billed = (system: string, i: number) => Math.ceil((system.length + ASKS[i % ASKS.length]!.length) / 4) + 12;

/** A key sending `n` asks, a minute apart, each answered in 2,100 tokens. */
function farmKey(system: (i: number) => string, n = 12) {
  const st = newDetectState();
  for (let i = 0; i < n; i++) {
    const s = system(i);
    observeRequest(st, sig(ask(s, i)), T0 + i * 60_000);
    observeUsage(st, { promptTokens: billed(s, i), completionTokens: 2100 }, T0 + i * 60_000 + 30_000);
  }
  return st;
}

/** A key sending 12 requests a minute apart on `route`, each billed `promptTokens` (a number, or
 *  per request) and answered in `completionTokens` (2,100 unless given); `each` sees every
 *  request's signals first. */
function askTwelve(body: (i: number) => Record<string, unknown>, o: { route?: "chat" | "responses" | "messages"; promptTokens: number | ((i: number) => number); completionTokens?: number; each?: (s: ReturnType<typeof extractSignals>, i: number) => void }) {
  const st = newDetectState();
  for (let i = 0; i < 12; i++) {
    const s = extractSignals(buildPromptView(o.route ?? "chat", body(i)), NET);
    o.each?.(s, i);
    observeRequest(st, s, T0 + i * 60_000);
    const promptTokens = typeof o.promptTokens === "number" ? o.promptTokens : o.promptTokens(i);
    observeUsage(st, { promptTokens, completionTokens: o.completionTokens ?? 2100 }, T0 + i * 60_000 + 30_000);
  }
  return st;
}

describe("boilerplate samples", () => {
  it("sample the sentence around evenly spaced points: digits masked, case, spaces and punctuation ignored", () => {
    const a = boilerSamples("You are a careful tutor for students. Rule 1: explain every symbol.\nRule 2: give worked examples.", 8);
    const b = boilerSamples("you are a careful TUTOR for students! Rule 7 explain every symbol;\nRule 9: give  worked examples", 8);
    expect(a).toHaveLength(8);
    expect(b).toHaveLength(8);
    // the same sentences (a point on a sentence's end mark samples nothing: 0)
    expect(new Set(a.filter((h) => h !== 0))).toEqual(new Set(b.filter((h) => h !== 0)));
    expect(new Set(a).size).toBe(3);
    expect(boilerSamples("", 8)).toEqual([]);
    // too short to say where it came from: 0
    expect(boilerSamples("Be brief.", 4)).toEqual([0, 0, 0, 0]);
    expect(BOILER_MIN_CHARS).toBe(16);
    expect(boilerSamples("a".repeat(BOILER_MIN_CHARS), 1)[0]).not.toBe(0);
    expect(boilerSamples("a".repeat(BOILER_MIN_CHARS - 1), 1)[0]).toBe(0);
    // a blob without sentence ends is cut around each point: never the same sample twice
    const blob = "x".repeat(5000);
    expect(new Set(boilerSamples(blob + "y", 8)).size).toBeGreaterThan(1);
  });

  it("signals carry a request's prefix samples (one entry per run of samples of one sentence, with the chars they stand for); a conversation's turn too; not embeddings", () => {
    const s = sig(ask(POLICY, 0));
    expect(s.bs!.length).toBeGreaterThan(4);
    expect(s.bc!.length).toBe(s.bs!.length);
    expect(s.bc!.reduce((x, y) => x + y, 0)).toBeLessThanOrEqual(POLICY.length + 8);
    const short = sig(ask("You are Acme's helpful support bot. Keep answers short.", 0));
    expect(short.bs).toHaveLength(2);
    const turn = sig({ model: "m", messages: [{ role: "system", content: POLICY }, { role: "user", content: "hi" }, { role: "assistant", content: "Hello!" }, { role: "user", content: "Explain tides." }] });
    // a conversation's turn carries them too (a made-up exchange must not switch them off:
    // R17-1); its repeats count only when the request asks on its own (state.ts observeRepeats)
    expect(turn.bs).toEqual(s.bs);
    expect(sig({ model: "m", messages: [{ role: "user", content: "Explain tides." }] }).bs).toBeUndefined();
    const emb = extractSignals(buildPromptView("embeddings", { model: "e", input: POLICY }), NET);
    expect(emb.bs).toBeUndefined();
  });
});

describe("a static prefix is read away from the prompt the answers are read against", () => {
  it("R16-2: a fixed 1,600-char policy before short asks: the repeats are ~90 % of the prompt, the answers long, the profile shown", () => {
    const st = farmKey(() => POLICY);
    expect(repeatShare(st)).toBeGreaterThan(0.8);
    expect(st.completionTokens / st.promptTokens).toBeLessThan(6);
    expect(st.completionTokens / promptRead(st)).toBeGreaterThan(24);
    expect(st.longAnswers).toBeGreaterThan(9);
    expect(harvestProfile(st)).toBe(true);
    const a = assess(st, T0 + 12 * 60_000, DEFAULT_DETECTION_CONFIG);
    expect(a.reasons.some((r) => r.includes("[ratio"))).toBe(true);
    expect(a.reasons.some((r) => r.includes("[amplify"))).toBe(true);
  });

  it("the same asks with a one-line wrapper read the same: the prefix's size no longer hides them", () => {
    const long = farmKey(() => POLICY);
    const short = farmKey(() => "You're a thorough tutor. Use headings.");
    expect(harvestProfile(short)).toBe(true);
    expect(long.longAnswers).toBeGreaterThanOrEqual(short.longAnswers - 1);
  });

  it("a prefix varied per request (a nonce sentence, rules shuffled) still repeats its sentences", () => {
    const st = farmKey((i) => `Session ${i * 7919} started for student number ${i * 31}. ` + POLICY.split(". ").sort(() => (i % 2 ? 1 : -1)).join(". "));
    expect(repeatShare(st)).toBeGreaterThan(0.6);
    expect(harvestProfile(st)).toBe(true);
  });

  it("a prefix that changes with every request (retrieved context in the system prompt) is not read away", () => {
    let seed = 7;
    const word = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return "bcdfghklmnprstvz"[seed % 16]! + "aeiou"[(seed >>> 8) % 5]! + "bcdfghklmnprstvz"[(seed >>> 12) % 16]! + "aeiou"[(seed >>> 16) % 5]!;
    };
    const doc = () => Array.from({ length: 12 }, () => Array.from({ length: 14 }, word).join(" ") + ".").join(" ");
    const st = farmKey(() => `Answer from this context only. ${doc()}`);
    expect(repeatShare(st)).toBeLessThan(0.05);
  });

  it("the first request's prefix is new until the key sends it again; then it was the first sight of the policy (R18-5)", () => {
    const st = farmKey(() => POLICY, 1);
    expect(repeatShare(st)).toBe(0);
    expect(st.prefixPending).toBeGreaterThan(POLICY.length - 10);
    // the second request repeats it: both prefixes are read away (counted as new for good, the
    // first one kept a 12-ask key at 30-40x where its asks alone drew 70-100x, live)
    const two = farmKey(() => POLICY, 2);
    expect(repeatShare(two)).toBeGreaterThan(0.9);
    expect(two.prefixPending).toBe(0);
    // only before anything repeated: a prompt that later changes a little is not credited back
    const later = farmKey((i) => (i === 5 ? "A different policy for one request: answer in verse, with rhyme and metre throughout." : POLICY), 7);
    expect(later.prefixPending).toBe(0);
  });

  it("tool definitions are part of the prompt the share is of (billed, outside the readable chars)", () => {
    const tools = Array.from({ length: 6 }, (_, i) => ({ type: "function", function: { name: `tool_${i}`, description: RULES[i], parameters: { type: "object", properties: { q: { type: "string" } } } } }));
    const st = newDetectState();
    for (let i = 0; i < 6; i++) {
      observeRequest(st, sig({ ...ask(POLICY, i), tools }), T0 + i * 60_000);
      observeUsage(st, { promptTokens: 700, completionTokens: 2100 }, T0 + i * 60_000 + 30_000);
    }
    expect(st.toolChars).toBeGreaterThan(1000);
    expect(repeatShare(st)).toBeGreaterThan(0.5);
    expect(repeatShare(st)).toBeLessThanOrEqual(0.995);
  });

  it("the filters and counts survive the stored form", () => {
    const st = farmKey(() => POLICY, 4);
    const back = decodeDetect(JSON.parse(JSON.stringify(encodeDetect(st))));
    expect(back.recentChunks).toBe(st.recentChunks);
    expect(back.olderChunks).toBe(st.olderChunks);
    expect(back.recentChunkCount).toBe(st.recentChunkCount);
    expect(repeatShare(back)).toBeCloseTo(repeatShare(st), 5);
  });
});

describe("red team round 17: the prefix behind a made-up exchange, as a made-up turn, in Chinese", () => {
  const greet = [{ role: "user", content: "Hi" }, { role: "assistant", content: "Hello! What would you like to study today?" }];
  const withHistory = (history: { role: string; content: string }[], system?: string) => (i: number) => ({
    model: "gpt-4o",
    max_tokens: 4096,
    messages: [...(system ? [{ role: "system", content: system }] : []), ...history, { role: "user", content: ASKS[i % ASKS.length]! + ` (${i})` }],
  });
  const run = (body: (i: number) => Record<string, unknown>, chars: number) => askTwelve(body, { promptTokens: Math.ceil(chars / 4) + 20 });

  it("R17-1: a fixed policy and a fake greeting exchange before every ask: the prefix is still read away", () => {
    const st = run(withHistory(greet, POLICY), POLICY.length + 60);
    expect(repeatShare(st)).toBeGreaterThan(0.7);
    expect(harvestProfile(st)).toBe(true);
  });

  it("R17-2: the policy sent as a fake first turn, the same every time: a template, read away", () => {
    const st = run(withHistory([{ role: "user", content: POLICY }, { role: "assistant", content: "Understood. Send me the question." }]), POLICY.length + 40);
    expect(repeatShare(st)).toBeGreaterThan(0.7);
    expect(harvestProfile(st)).toBe(true);
  });

  it("R17-3: a Chinese policy's short sentences are sampled (a CJK character weighs a word)", () => {
    const zh = "你是一位认真的家庭教师。请用标题组织答案。第一次出现的术语要先定义。每个公式的符号都要解释。至少给出两个例子。最后写一段简短的总结。";
    expect(boilerSamples(zh, 8).every((h) => h !== 0)).toBe(true);
    const st = farmKey(() => zh.repeat(6));
    expect(repeatShare(st)).toBeGreaterThan(0.5);
  });

  it("a real conversation's system prompt is not read away: its history is read back instead", () => {
    const st = newDetectState();
    const turns: { role: string; content: string }[] = [];
    for (let i = 0; i < 8; i++) {
      const body = { model: "gpt-4o", messages: [{ role: "system", content: POLICY }, ...turns, { role: "user", content: ASKS[i]! }] };
      observeRequest(st, sig(body), T0 + i * 90_000);
      observeUsage(st, { promptTokens: 450 + 200 * i, completionTokens: 600 }, T0 + i * 90_000 + 30_000);
      turns.push({ role: "user", content: ASKS[i]! }, { role: "assistant", content: `Answer ${i}: ` + RULES.join(" ") });
    }
    expect(repeatShare(st)).toBe(0);
  });
});

describe("red team round 17: a policy edited in every request is still the policy (word MinHash)", () => {
  const words = POLICY.split(" ");
  let seed = 11;
  const rnd = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const TAGS = ["ember", "thistle", "quarry", "lantern", "meadow", "cobalt", "harbor", "juniper", "falcon", "walnut"];

  it("R17-4: its words shuffled in every request: read away whole", () => {
    const st = farmKey(() => [...words].sort(() => rnd() - 0.5).join(" "));
    expect(repeatShare(st)).toBeGreaterThan(0.8);
    expect(harvestProfile(st)).toBe(true);
  });

  it("R17-5: a new two-word tag in every sentence: read away whole", () => {
    const st = farmKey(() => POLICY.split(". ").map((x) => `${x} (session ${TAGS[Math.floor(rnd() * 10)]} ${TAGS[Math.floor(rnd() * 10)]}${Math.floor(rnd() * 1e6)})`).join(". "));
    expect(repeatShare(st)).toBeGreaterThan(0.7);
    expect(harvestProfile(st)).toBe(true);
  });

  it("the MinHashes kept are the last prefix's (2 numbers), and survive the stored form", () => {
    const st = farmKey((i) => `Policy number ${i}: ` + RULES.map((r) => `${r} (${["alpha", "bravo", "delta", "gamma", "kilo", "lima"][i % 6]}${i})`).join(" "), 6);
    expect(st.prefixMins).toHaveLength(2);
    const back = decodeDetect(JSON.parse(JSON.stringify(encodeDetect(st))));
    expect(back.prefixMins).toEqual(st.prefixMins);
  });
});

describe("red team round 18: short sentences, two policies alternated, a cheap request between asks", () => {
  const SHORT = ["Be kind.", "Use headings.", "Define terms.", "Be thorough.", "Show steps.", "Cite laws.", "Add examples.", "Stay formal.", "Avoid slang.", "Sum up."];
  const shortPolicy = Array.from({ length: 160 }, (_, i) => SHORT[i % SHORT.length]).join(" ");
  let seed = 5;
  const rnd = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const shuffle = (t: string) => {
    const w = t.split(" ");
    for (let i = w.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [w[i], w[j]] = [w[j]!, w[i]!];
    }
    return w.join(" ");
  };
  // a second policy sharing none of the first one's words
  const OTHER = Array.from({ length: 12 }, (_, i) =>
    `Lumen${i} supports graduate seminar colloquia; quote archival manuscripts, chronicle treaties, juxtapose historiography${i}, summarise dissertations briefly.`,
  ).join(" ");

  it("R18-1: a fixed policy of sentences too short to sample is still read away (its words)", () => {
    expect(boilerSamples(shortPolicy, 8).every((h) => h === 0)).toBe(true);
    const st = farmKey(() => shortPolicy);
    expect(repeatShare(st)).toBeGreaterThan(0.8);
    expect(harvestProfile(st)).toBe(true);
  });

  it("R18-2: two policies alternated, each shuffled in every request: each is one of the last 4", () => {
    const st = farmKey((i) => shuffle(i % 2 ? POLICY : OTHER));
    expect(repeatShare(st)).toBeGreaterThan(0.7);
    expect(harvestProfile(st)).toBe(true);
  });

  it("R18-3: a cheap request under a new prompt between asks does not make the shuffled policy new", () => {
    const st = newDetectState();
    for (let i = 0; i < 12; i++) {
      const t = T0 + i * 120_000;
      observeRequest(st, sig(ask(shuffle(POLICY), i)), t);
      observeUsage(st, { promptTokens: billed(POLICY, i), completionTokens: 2100 }, t + 30_000);
      const cheap = { model: "gpt-4o", max_tokens: 8, messages: [{ role: "system", content: `Session ${i}: ${shuffle(OTHER)}` }, { role: "user", content: "ok" }] };
      observeRequest(st, sig(cheap), t + 60_000);
      observeUsage(st, { promptTokens: 400, completionTokens: 2 }, t + 61_000);
    }
    expect(st.prefixMins.length).toBeLessThanOrEqual(8);
    expect(repeatShare(st)).toBeGreaterThan(0.5);
  });
});

describe("red team round 19: the policy in a schema, in legacy functions, 25,000 chars long", () => {
  const props = (text: string) => Object.fromEntries((text.match(/.{1,400}(\s|$)/g) ?? []).map((d, j) => [`section_${j}`, { type: "string", description: d.trim() }]));
  const run = (body: (i: number) => Record<string, unknown>, route: "chat" | "responses" = "chat") => askTwelve(body, { route, promptTokens: Math.ceil(POLICY.length / 4) + 30 });
  const q = (i: number) => ASKS[i % ASKS.length]! + ` (${i})`;

  it("R19-1: a structured-output schema's descriptions and legacy functions are read with the tools", () => {
    const rf = run((i) => ({ model: "m", max_tokens: 4096, messages: [{ role: "user", content: q(i) }], response_format: { type: "json_schema", json_schema: { name: "study_answer", schema: { type: "object", properties: props(POLICY) } } } }));
    expect(repeatShare(rf)).toBeGreaterThan(0.8);
    expect(harvestProfile(rf)).toBe(true);
    const tf = run((i) => ({ model: "m", max_output_tokens: 4096, input: q(i), text: { format: { type: "json_schema", name: "study_answer", schema: { type: "object", properties: props(POLICY) } } } }), "responses");
    expect(repeatShare(tf)).toBeGreaterThan(0.8);
    const fn = run((i) => ({ model: "m", max_tokens: 4096, messages: [{ role: "user", content: q(i) }], functions: [{ name: "style_guide", description: POLICY, parameters: { type: "object", properties: {} } }], function_call: "none" }));
    expect(repeatShare(fn)).toBeGreaterThan(0.8);
    // a schema is no tool set
    expect(buildPromptView("chat", { messages: [], response_format: { type: "json_schema", json_schema: { name: "x", schema: { type: "object", description: "A reply." } } } }).toolSet).toBeUndefined();
  });

  it("R19-5: a 25,000-char policy leaves under 200 chars unread (the share is capped at 99.5 %)", () => {
    const long = POLICY.repeat(16);
    const st = farmKey(() => long);
    expect(repeatShare(st)).toBeGreaterThan(0.99);
  });
});

describe("red team round 19: the policy stored once, every ask chained to it", () => {
  it("R19-7: a stored context the key continues again and again is a prefix it repeats", () => {
    const st = newDetectState();
    // the cheap stored response holding the policy, created by this key
    const first = extractSignals(buildPromptView("responses", { model: "m", input: POLICY, max_output_tokens: 16 }), NET);
    observeRequest(st, first, T0);
    observeUsage(st, withExchange({ promptTokens: 420, completionTokens: 4 }, first, "resp_policy"), T0 + 1000);
    for (let i = 1; i <= 12; i++) {
      const s = extractSignals(buildPromptView("responses", { model: "m", previous_response_id: "resp_policy", input: ASKS[i % ASKS.length]! + ` (${i})`, max_output_tokens: 4096 }), NET);
      observeRequest(st, s, T0 + i * 60_000);
      // the origin bills the stored policy as prompt; the body carries only the ask
      observeUsage(st, withExchange({ promptTokens: 440, completionTokens: 2100 }, s, `resp_ask${i}`), T0 + i * 60_000 + 30_000);
    }
    expect(repeatShare(st)).toBeGreaterThan(0.5);
    expect(st.completionTokens / promptRead(st)).toBeGreaterThan(8);
  });
});

describe("red team round 19: the policy as an Anthropic assistant prefill", () => {
  it("R19-4: a prefill after the ask, the same every time, is sampled with the prefix", () => {
    const body = (i: number) => ({ model: "claude", max_tokens: 4096, system: "Be a tutor.", messages: [{ role: "user", content: ASKS[i % ASKS.length]! + ` (${i})` }, { role: "assistant", content: POLICY }] });
    const st = askTwelve(body, { route: "messages", promptTokens: Math.ceil(POLICY.length / 4) + 30, each: (s) => expect(s.pfc).toBe(POLICY.length) });
    expect(repeatShare(st)).toBeGreaterThan(0.8);
    expect(harvestProfile(st)).toBe(true);
  });
});

describe("red team round 19: the policy in a fake first turn whose reply changes a word each time", () => {
  it("R19-3: the earlier input turns of a request that asks on its own are sampled with the prefix", () => {
    const words = ["Sure", "Okay", "Right", "Fine", "Noted", "Agreed", "Great", "Understood", "Certainly", "Gladly", "Absolutely", "Alright"];
    const body = (i: number) => ({ model: "m", max_tokens: 4096, messages: [{ role: "user", content: POLICY }, { role: "assistant", content: `${words[i]}. Send me the question.` }, { role: "user", content: ASKS[i % ASKS.length]! + ` (${i})` }] });
    const st = askTwelve(body, { promptTokens: Math.ceil(POLICY.length / 4) + 40, each: (s) => expect(s.huc).toBe(POLICY.length) });
    expect(repeatShare(st)).toBeGreaterThan(0.8);
    expect(harvestProfile(st)).toBe(true);
  });
});

describe("red team round 19: the policy as the last turn's tool result", () => {
  // [system wrapper, user ask, assistant tool call (a new id each time), tool: the policy], in
  // the chat, Responses and Anthropic forms: 0 of 150 keys flagged, 0 of 50 live
  const forms: [string, "chat" | "responses" | "messages", (i: number) => Record<string, unknown>][] = [
    ["chat", "chat", (i) => ({ model: "m", max_tokens: 4096, messages: [
      { role: "system", content: "Be a tutor." }, { role: "user", content: ASKS[i % ASKS.length]! + ` (${i})` },
      { role: "assistant", content: null, tool_calls: [{ id: `call_${i * 7919}`, type: "function", function: { name: "get_style_guide", arguments: "{}" } }] },
      { role: "tool", tool_call_id: `call_${i * 7919}`, content: POLICY }] })],
    ["Responses function_call_output", "responses", (i) => ({ model: "m", max_output_tokens: 4096, input: [
      { role: "user", content: ASKS[i % ASKS.length]! + ` (${i})` },
      { type: "function_call", call_id: `fc_${i * 7919}`, name: "get_style_guide", arguments: "{}" },
      { type: "function_call_output", call_id: `fc_${i * 7919}`, output: POLICY }] })],
    ["Anthropic tool_result", "messages", (i) => ({ model: "m", max_tokens: 4096, messages: [
      { role: "user", content: ASKS[i % ASKS.length]! + ` (${i})` },
      { role: "assistant", content: [{ type: "tool_use", id: `tu_${i * 7919}`, name: "get_style_guide", input: {} }] },
      { role: "user", content: [{ type: "tool_result", tool_use_id: `tu_${i * 7919}`, content: POLICY }] }] })],
  ];
  for (const [name, route, body] of forms) {
    it(`R19-2 (${name}): a tool result the same every time after a new ask is read away`, () => {
      const st = askTwelve(body, { route, promptTokens: Math.ceil(POLICY.length / 4) + 40, each: (s) => expect(s.trc).toBe(POLICY.length) });
      expect(repeatShare(st)).toBeGreaterThan(0.8);
      expect(harvestProfile(st)).toBe(true);
    });
  }

  it("an app's tool results, new each time, are not read away; a tool result that is the whole request is no prefix", () => {
    let x = 7;
    const word = () => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return WORDS[x % WORDS.length]!;
    };
    const WORDS = POLICY.toLowerCase().replace(/[^a-z ]/g, "").split(" ").filter((w) => w.length > 3);
    // passages that answer each query: sentences of their own (12 of 10 words, ~800 chars)
    const found = Array.from({ length: 12 }, () => Array.from({ length: 12 }, () => Array.from({ length: 10 }, word).join(" ") + ".").join(" "));
    const body = (i: number) => ({ model: "m", max_tokens: 4096, messages: [
      { role: "user", content: ASKS[i % ASKS.length]! + ` (${i})` },
      { role: "assistant", content: null, tool_calls: [{ id: `c${i}`, type: "function", function: { name: "search", arguments: `{"q":${i}}` } }] },
      { role: "tool", tool_call_id: `c${i}`, content: found[i] }] });
    const st = askTwelve(body, { promptTokens: (i) => Math.ceil(found[i]!.length / 4) + 40, completionTokens: 400, each: (s, i) => expect(s.trc).toBe(found[i]!.length) });
    expect(repeatShare(st)).toBeLessThan(0.3);
    // no history: the tool result is the input turn the request asks with, not material before it
    expect(sig({ model: "m", messages: [{ role: "tool", tool_call_id: "x", content: POLICY }] }).trc).toBeUndefined();
  });
});
