/**
 * Two extraction channels that read parameters and inputs rather than words: logit_bias maps
 * rotated over the same prompts (logit recovery), and embeddings taken in bulk from batches that
 * mix scripts (a dataset sampled for coverage). Each test pins the behaviour its name gives.
 */
import { describe, expect, it } from "vitest";
import { buildPromptView, extractSignals, newDetectState, observeRequest, observeUsage } from "../../src/detect/index.ts";
import { features } from "../../src/detect/score.ts";
import { hllCount } from "../../src/detect/sketch.ts";
import { degradeBody } from "../../src/proxy/degrade.ts";
import { DIVERSE_TASKS, HOUR, T0, World, itLong, rng } from "./helpers.ts";
import { anchorHash } from "../../src/detect/view.ts";

const feat = (st: ReturnType<typeof newDetectState>, id: string, now: number) => features(st, now).feats.find((x) => x.id === id);

describe("logit_bias in the view and the signals", () => {
  const set = (bias: unknown) => buildPromptView("chat", { messages: [{ role: "user", content: "label this" }], logit_bias: bias }).params.logitBiasSet;
  it("the same map in any key order has one hash; another value or token, another hash", () => {
    const a = set({ "15": 10, "27": -5 });
    expect(a).toBeTypeOf("number");
    expect(set({ "27": -5, "15": 10 })).toBe(a);
    // JS lists integer keys in numeric order by itself; keys that are not array indexes keep the
    // order they were written in, so only sorting makes these two one map
    expect(set({ "0015": 10, "027": -5 })).toBe(set({ "027": -5, "0015": 10 }));
    expect(set({ "15": 10, "27": -4 })).not.toBe(a);
    expect(set({ "15": 10, "28": -5 })).not.toBe(a);
  });
  it("an empty or malformed map has none", () => {
    expect(set({})).toBeUndefined();
    expect(set([1, 2])).toBeUndefined();
    expect(set("15:10")).toBeUndefined();
  });
  it("vLLM's prompt_logprobs is read as echo with that many alternatives (red team R5-5)", () => {
    const p = (b: Record<string, unknown>) => buildPromptView("chat", { messages: [{ role: "user", content: "x" }], ...b }).params;
    // (no output cap: read as the model's maximum, view params.uncapped)
    expect(p({ prompt_logprobs: 20 })).toEqual({ logprobs: true, echo: true, topLogprobs: 20, uncapped: true });
    expect(p({ prompt_logprobs: 0 })).toEqual({ logprobs: true, echo: true, topLogprobs: 0, uncapped: true });
    expect(p({ prompt_logprobs: 2, top_logprobs: 5 })).toEqual({ logprobs: true, echo: true, topLogprobs: 5, uncapped: true });
    expect(p({ prompt_logprobs: "20" })).toEqual({ uncapped: true });
    const sig = extractSignals(buildPromptView("chat", { messages: [{ role: "user", content: "x" }], max_tokens: 1, prompt_logprobs: 20 }), {});
    expect(sig.hp).toBe(1); // a hard extraction parameter, as echo with logprobs is
  });
  it("the signal carries the hash (lb) only when the request biases something", () => {
    const sig = (b: Record<string, unknown>) => extractSignals(buildPromptView("chat", { messages: [{ role: "user", content: "x" }], ...b }), {});
    expect(sig({ logit_bias: { "9": 3 } }).lb).toBe(set({ "9": 3 }));
    expect(sig({}).lb).toBeUndefined();
  });
});

describe("bias-sweep (extract): rotated maps over the same prompts", () => {
  const send = (st: ReturnType<typeof newDetectState>, prompt: string, bias: Record<string, number>, i: number) =>
    observeRequest(
      st,
      extractSignals(buildPromptView("chat", { messages: [{ role: "user", content: prompt }], max_tokens: 1, logprobs: true, top_logprobs: 5, logit_bias: bias }), {}),
      T0 + i * 2000,
    );
  const at = (n: number) => T0 + n * 2000;
  it("a classifier: one map over 300 different prompts is no evidence", () => {
    const st = newDetectState();
    for (let i = 0; i < 300; i++) send(st, `Ticket ${i}: my card was charged twice for order ${i * 7}`, { "3763": 100, "9174": 100 }, i);
    expect(feat(st, "bias-sweep", at(300))).toBeUndefined();
  });
  it("a label set per question (one map per prompt) is no evidence either", () => {
    const st = newDetectState();
    for (let i = 0; i < 300; i++) send(st, `Question ${i}: which option fits best?`, { [String(1000 + i)]: 100, [String(2000 + i)]: 100 }, i);
    expect(feat(st, "bias-sweep", at(300))).toBeUndefined();
  });
  it("ten rotated maps over each of 20 prompts: full weight, and hard", () => {
    const st = newDetectState();
    let i = 0;
    for (let p = 0; p < 20; p++) for (let m = 0; m < 10; m++) send(st, `Prompt number ${p} about topic ${p * 13}`, { [String(100 * m + p)]: 100 }, i++);
    const f = feat(st, "bias-sweep", at(i));
    expect(f?.p).toBeCloseTo(0.9, 6);
    expect(f?.hard).toBe(true);
  });
  it("map-major order: 64 maps each applied to 40 prompts before the next map is the same probe (red team R5-1)", () => {
    const st = newDetectState();
    let i = 0;
    for (let m = 0; m < 64; m++) for (let p = 0; p < 40; p++) send(st, `Prompt number ${p} about topic ${p * 13}`, { [String(1000 + 20 * m)]: 100 }, i++);
    // distinct maps / distinct prompts is only 1.6 here; (prompt, map) pairs per prompt is 64
    const f = feat(st, "bias-sweep", at(i));
    expect(f?.p).toBeCloseTo(0.9, 6);
    expect(f?.hard).toBe(true);
  });
  it("256 maps over 5 prompts after 500 one-map warm-up prompts: ~3.5 pairs per prompt, still hard here (a larger warm-up dilutes it: red team R5-1 bias4, open)", () => {
    const st = newDetectState();
    let i = 0;
    for (let p = 0; p < 500; p++) send(st, `Warm-up text ${p} to classify`, { "3763": 100 }, i++);
    for (let m = 0; m < 256; m++) for (let p = 0; p < 5; p++) send(st, `Probe prompt ${p}`, { [String(2000 + m)]: 100 }, i++);
    const f = feat(st, "bias-sweep", at(i));
    expect(f?.p).toBeGreaterThan(0.5);
    expect(f?.hard).toBe(true);
  });
  it("5,000 one-map warm-up prompts do not dilute 64 maps over 5 prompts: the prompts sent most often keep their maps (red team R5-1)", () => {
    const st = newDetectState();
    let i = 0;
    for (let p = 0; p < 5000; p++) send(st, `Warm-up text ${p} to classify`, { "3763": 100 }, i++);
    for (let p = 0; p < 5; p++) for (let m = 0; m < 64; m++) send(st, `Probe prompt ${p}`, { [String(2000 + m)]: 100 }, i++);
    expect(hllCount(st.biasPairs) / hllCount(st.biasPayloads)).toBeLessThan(1.2); // the diluted ratio
    const f = feat(st, "bias-sweep", at(i));
    expect(f?.p).toBeCloseTo(0.9, 6);
    expect(f?.hard).toBe(true);
  });
  it("a classifier's duplicate texts come back with their one map: no evidence", () => {
    const st = newDetectState();
    for (let i = 0; i < 400; i++) send(st, ["thanks!", "ok", "please cancel my order", `order ${i} is late`][i % 4]!, { "3763": 100, "9174": 100 }, i);
    expect(feat(st, "bias-sweep", at(400))).toBeUndefined();
  });
  it("a key that never sends a logit_bias stores no bias sketches", () => {
    const st = newDetectState();
    for (let i = 0; i < 20; i++) observeRequest(st, extractSignals(buildPromptView("chat", { messages: [{ role: "user", content: `q ${i}` }] }), {}), T0 + i * 1000);
    expect(st.biasSets).toBe("");
    expect(st.biasPayloads).toBe("");
    expect(st.biasPairs).toBe("");
    expect(st.biasTop).toEqual([]);
    send(st, "one", { "1": 1 }, 21);
    expect(st.biasSets.length).toBe(64);
    expect(hllCount(st.biasPayloads)).toBeCloseTo(1, 0);
  });
  it("seven biased requests are too few to read", () => {
    const st = newDetectState();
    for (let m = 0; m < 7; m++) send(st, "One prompt", { [String(m)]: 100 }, m);
    expect(st.biasRequests).toBe(7);
    expect(feat(st, "bias-sweep", at(7))).toBeUndefined();
    send(st, "One prompt", { "7": 100 }, 7);
    // ~8 maps (the HLL's estimate) over 1 prompt: (maps - 4) / 16 of the weight
    const maps = hllCount(st.biasSets);
    expect(maps).toBeGreaterThan(7);
    expect(maps).toBeLessThan(9);
    expect(feat(st, "bias-sweep", at(8))?.p).toBeCloseTo((0.9 * (maps - 4)) / 16, 9);
  });
  it("degrade drops logit_bias on chat and completions (the argmax under a rotated map still leaks)", () => {
    const chat = degradeBody("chat", { model: "m", messages: [], logit_bias: { "1": 5 }, max_tokens: 1 });
    expect(chat.body.logit_bias).toBeUndefined();
    expect(chat.changed).toContain("logit_bias");
    expect(degradeBody("completions", { model: "m", prompt: "p", logit_bias: { "1": 5 } }).body.logit_bias).toBeUndefined();
  });
});

describe("embeddings batches in the view and the signals", () => {
  const view = (input: unknown) => buildPromptView("embeddings", { model: "e", input });
  it("items counts the inputs: a list, a string, one token-ID array", () => {
    expect(view(["a", "b", "c"]).items).toBe(3);
    expect(view("one text").items).toBe(1);
    expect(view([1, 2, 3, 4]).items).toBe(1);
    expect(view([[1, 2], [3, 4]]).items).toBe(2);
    expect(view([]).items).toBeUndefined();
  });
  it("a batch of 8 or more is sampled: 12 evenly spaced texts, their first 160 chars, lowercased", () => {
    const texts = Array.from({ length: 100 }, (_, i) => `Text NUMBER ${i} ` + "x".repeat(300));
    const s = view(texts).itemSample!;
    expect(s.length).toBe(12);
    expect(s[0]).toBe(("text number 0 " + "x".repeat(300)).slice(0, 160));
    expect(s[1]!.startsWith("text number 8 ")).toBe(true); // floor(1 x 100 / 12)
    expect(s[11]!.startsWith("text number 91 ")).toBe(true); // floor(11 x 100 / 12)
    expect(view(texts.slice(0, 7)).itemSample).toBeUndefined();
    expect(view(texts.slice(0, 8)).itemSample!.length).toBe(8);
  });
  it("an embeddings input asks nothing of the model: no reasoning, detail or template cues", () => {
    const sig = extractSignals(view(["Explain step by step and show your reasoning in detail.", "### Instruction:\nThink step by step.\n### Response:"]), {});
    expect(sig.rs).toBe(0);
    expect(sig.dd).toBe(0);
    expect(sig.fm).toBe(0);
    expect(sig.gm).toBe(0);
    expect(sig.ni).toBe(2);
    // the same text as a chat prompt is read as asks
    const chat = extractSignals(buildPromptView("chat", { messages: [{ role: "user", content: "Explain step by step and show your reasoning in detail." }] }), {});
    expect(chat.rs).toBeGreaterThanOrEqual(2);
  });
  it("lgs: the script classes of the sampled texts as a bit set (latin-en 0, cyrillic 2, kana 4)", () => {
    const batch = ["The pump has a head of 42 m.", "Насос имеет напор 42 метра.", "ポンプの揚程は42メートルです。"];
    const sig = extractSignals(view([...batch, ...batch, ...batch]), {});
    expect(sig.lgs).toBe((1 << 0) | (1 << 2) | (1 << 4));
    expect(extractSignals(view(["a b c", "d e f"]), {}).lgs).toBeUndefined(); // too small to sample
    expect(extractSignals(buildPromptView("chat", { messages: [{ role: "user", content: "hi" }] }), {}).ni).toBeUndefined();
  });
});

describe("embed (extract) and mixed-batches (novelty)", () => {
  const EN = Array.from({ length: 48 }, (_, i) => `Section ${i} of the warranty manual: the pump must be serviced every ${i + 1} months.`);
  const MIX = Array.from({ length: 48 }, (_, i) => [`Newton's laws, part ${i}.`, `Законы Ньютона, часть ${i}.`, `ニュートンの法則、第${i}部。`][i % 3]!);
  const run = (texts: string[], n: number, gapMs: number) => {
    const st = newDetectState();
    for (let i = 0; i < n; i++) observeRequest(st, extractSignals(buildPromptView("embeddings", { model: "e", input: texts }), {}), T0 + i * gapMs);
    return { st, now: T0 + n * gapMs };
  };
  it("bulk embeddings are weak extract evidence, below throttle alone; one-script batches add no novelty", () => {
    const { st, now } = run(EN, 2880, 60_000); // 48 inputs a minute for two days: ~69k a day
    const e = feat(st, "embed", now);
    expect(e).toBeDefined();
    expect(e!.p).toBeGreaterThan(0.3);
    expect(e!.p).toBeLessThanOrEqual(0.4);
    expect(feat(st, "mixed-batches", now)).toBeUndefined();
    expect(st.embedMixed).toBe(0);
  });
  it("a few inputs a day are no evidence", () => {
    const { st, now } = run(EN.slice(0, 2), 20, 3_600_000);
    expect(feat(st, "embed", now)).toBeUndefined();
  });
  it("batches mixing three scripts: mixed-batches at full weight, and the script histogram spread", () => {
    const { st, now } = run(MIX, 60, 60_000);
    expect(st.embedMixed).toBeCloseTo(st.embedRequests, 9);
    expect(feat(st, "mixed-batches", now)?.p).toBeCloseTo(0.45, 6);
    const lang = feat(st, "languages", now);
    expect(lang?.p).toBeCloseTo(0.25 * ((3 - 1.5) / 2), 6); // 3 scripts evenly: the languages feature reads them
  });
  it("mixed-batches waits for 30 embeddings requests at full weight", () => {
    const { st, now } = run(MIX, 15, 60_000);
    expect(feat(st, "mixed-batches", now)?.p).toBeCloseTo(0.45 * (st.embedRequests / 30), 6);
  });
});

describe("bulk embeddings of one script whose texts share no words are not refused (red team R49-4, R49-5)", () => {
  // A site's search-query log embedded for analytics every hour, or a news aggregator's headlines
  // from many outlets: short texts side by side that share no word, at bulk volume. A coverage
  // harvest looks the same; content and volume alone do not tell them apart, so neither is refused
  // for it (the twenty-ninth session's "unrelated batch" reading challenged both and was taken out).
  const SYL = ["ka", "lo", "mi", "tre", "son", "val", "dor", "pin", "ber", "gu", "ra", "te", "fen", "lut", "sho", "nar"];
  const r = rng(4904);
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)]!;
  const word = () => pick(SYL) + pick(SYL) + pick(SYL) + pick(SYL); // 8-12 letters, rarely twice in a batch
  const query = () => `${pick(["best", "cheap", "how to fix", "buy", "used", "red", "new"])} ${word()} ${pick(["near me", "for kids", "online", "2026", "", "price"])}`.trim();
  itLong("an hourly job embedding 8 batches of 500 search queries for a day stays below challenge", () => {
    const w = new World();
    let worst = 0;
    const order = ["allow", "throttle", "degrade", "challenge", "block"];
    for (let h = 0; h < 24; h++) {
      for (let j = 0; j < 8; j++) {
        const input = Array.from({ length: 500 }, query);
        const a = w.sendBody("querylog", T0 + h * HOUR + j * 3000, "embeddings", { model: "text-embedding-3-small", input }, { ip: "192.0.2.10", asn: 65010 });
        worst = Math.max(worst, order.indexOf(a.standing));
      }
    }
    expect(order[worst]).not.toBe("challenge");
    expect(worst).toBeLessThanOrEqual(2);
  });
});

describe("an embeddings key is not challenged on what it embeds and how much alone (red team R49-5, R49-6)", () => {
  // A general forum's search index: a backfill of posts in batches of 100, then new posts every 5
  // minutes, over every subforum's topics. Bulk (extract) and diverse (novelty): two channels, as a
  // coverage harvest's are; without evidence of how it is driven it stops at degrade (its limits
  // tightened, every input served), where it was challenged at its ~1,200th request.
  const r = rng(4905);
  const batch = (n: number) => Array.from({ length: n }, (_, i) => `${DIVERSE_TASKS[Math.floor(r() * DIVERSE_TASKS.length)]!} Posted in thread ${i}.`);
  itLong("a forum index's backfill and updates: two channels of content, never above degrade", () => {
    const w = new World();
    const order = ["allow", "throttle", "degrade", "challenge", "block"];
    let worst = 0;
    let converged = 0;
    let t = T0;
    const send = (n: number) => {
      const a = w.sendBody("forum", t, "embeddings", { model: "text-embedding-3-small", input: batch(n) }, { ip: "192.0.2.40", asn: 65040 });
      worst = Math.max(worst, order.indexOf(a.standing));
      if (a.channels.extract >= 0.25 && a.channels.novelty >= 0.25) converged++;
    };
    for (let j = 0; j < 1200; j++, t += 2500) send(100);
    for (; t < T0 + 40 * HOUR; t += 5 * 60_000) send(15);
    expect(converged).toBeGreaterThan(100); // the content channels do converge ...
    expect(order[worst]).toBe("degrade"); // ... and the key stops at degrade
  });
});

describe("a completions prompt list counts as one request per prompt (red team R5-7)", () => {
  const prompts = Array.from({ length: 160 }, (_, i) => `Write a detailed, thorough essay of 5,000 words on subject number ${i}: ${["the history of Rome", "protein folding", "monetary policy", "plate tectonics"][i % 4]}.`);
  const sig = (prompt: string | string[]) => extractSignals(buildPromptView("completions", { model: "m", prompt, max_tokens: 7000 }), {});
  it("the view keys each prompt of a list; the signal carries their count and hashes", () => {
    const s = sig(prompts.slice(0, 16));
    expect(s.np).toBe(16);
    expect(new Set(s.phs).size).toBe(16);
    expect(sig(prompts[0]!).np).toBeUndefined();
    expect(sig([prompts[0]!]).np).toBeUndefined(); // a list of one is one request
    expect(extractSignals(buildPromptView("completions", { model: "m", prompt: [[1, 2], [3, 4]] }), {}).np).toBeUndefined();
  });
  it("16 prompts to a request read as 16 requests: the same counts as one per request", () => {
    const one = newDetectState();
    prompts.forEach((p, i) => observeRequest(one, sig(p), T0 + i * 12_000));
    const list = newDetectState();
    for (let r = 0; r < 10; r++) observeRequest(list, sig(prompts.slice(r * 16, r * 16 + 16)), T0 + r * 16 * 12_000);
    expect(list.requests).toBe(160);
    expect(list.weight).toBeCloseTo(one.weight, 0);
    expect(list.detailDemands).toBeCloseTo(list.weight, 6);
    expect(list.singleTurn).toBeCloseTo(list.weight, 6);
    expect(hllCount(list.payloads)).toBeGreaterThan(140);
    expect(hllCount(list.payloads)).toBeLessThan(180);
    const at = T0 + 160 * 12_000;
    const d1 = feat(one, "detail", at)!.p;
    expect(feat(list, "detail", at)?.p).toBeCloseTo(d1, 6);
  });
});

describe("amplify divides by what the requests add at machine pace (red team R5-4)", () => {
  const ANSWER = "The answer, at length. ".repeat(700); // ~16 K chars: a 4,000-token answer read back
  const payload = (i: number) => `Explain subject number ${i} of the syllabus in full.`;
  // every request carries the previous payload and the model's real answer to it, then a new payload
  const chain = (gapMs: number, n: number) => {
    const st = newDetectState();
    for (let i = 1; i <= n; i++) {
      const body = { model: "m", max_tokens: 8000, messages: [{ role: "user", content: payload(i - 1) }, { role: "assistant", content: ANSWER }, { role: "user", content: payload(i) }] };
      const sig = extractSignals(buildPromptView("chat", body), {});
      const at = T0 + i * gapMs;
      observeRequest(st, sig, at);
      observeUsage(st, { promptTokens: Math.round(sig.pl / 4), completionTokens: 4000 }, at + 1000);
    }
    return { st, now: T0 + (n + 1) * gapMs };
  };
  it("the signal splits the prompt: history chars, and the system prompt's only in a request with a history", () => {
    const withHist = extractSignals(buildPromptView("chat", { messages: [{ role: "system", content: "S".repeat(100) }, { role: "user", content: "a".repeat(30) }, { role: "assistant", content: "b".repeat(50) }, { role: "user", content: "c".repeat(20) }] }), {});
    expect(withHist.pl).toBe(200);
    expect(withHist.hc).toBe(80);
    expect(withHist.sc).toBe(100);
    const single = extractSignals(buildPromptView("chat", { messages: [{ role: "system", content: "S".repeat(100) }, { role: "user", content: "c".repeat(20) }] }), {});
    expect(single.hc).toBeUndefined();
    expect(single.sc).toBeUndefined();
  });
  it("a chain carrying the real previous answer every 12 s: billed ~1x, amplified at full weight", () => {
    const { st, now } = chain(12_000, 120);
    expect(st.completionTokens / st.promptTokens).toBeLessThan(1.2);
    expect(feat(st, "amplify", now)?.p).toBeCloseTo(0.7, 6);
  });
  it("the same conversation shape at a person's pace (one turn an hour): the billed ratio stands, no amplify", () => {
    const { st, now } = chain(3_600_000, 40);
    expect(feat(st, "amplify", now)).toBeUndefined();
  });
});

describe("a star of turns off one stored Responses anchor is not a conversation (red team R5-4)", () => {
  const turn = (prev: string, i: number) =>
    extractSignals(buildPromptView("responses", { model: "m", previous_response_id: prev, input: `Explain subject number ${i} in full.`, max_output_tokens: 8000 }), {});
  it("a Responses chat continues its newest response each turn: its turns stay conversation turns", () => {
    const st = newDetectState();
    for (let i = 0; i < 50; i++) {
      // each answer creates the stored response the next turn continues (the Worker reads its id)
      observeUsage(st, { promptTokens: 50, completionTokens: 300, createdHash: anchorHash(`resp_${i}`) }, T0 + i * 12_000 - 1000);
      observeRequest(st, turn(`resp_${i}`, i), T0 + i * 12_000);
    }
    expect(st.singleTurn).toBe(0);
  });
  it("once one anchor has been continued 8 times (decayed), each further turn off it is self-contained", () => {
    const st = newDetectState();
    observeUsage(st, { promptTokens: 50, completionTokens: 300, createdHash: anchorHash("resp_anchor") }, T0 - 1000);
    for (let i = 0; i < 30; i++) observeRequest(st, turn("resp_anchor", i), T0 + i * 12_000);
    expect(st.singleTurn).toBeCloseTo(22, 1); // from the 9th: eight turns decayed over 96 s count just under 8
    expect(st.anchors).toHaveLength(1);
  });
  it("the anchor's context the origin bills is read back: a star drawing 5,000 tokens over a 6,000-token anchor is amplified at machine pace", () => {
    const st = newDetectState();
    for (let i = 0; i < 120; i++) {
      const at = T0 + i * 12_000;
      observeRequest(st, turn("resp_anchor", i), at);
      observeUsage(st, { promptTokens: 6000, completionTokens: 5000 }, at + 1000);
    }
    expect(st.completionTokens / st.promptTokens).toBeLessThan(1);
    expect(feat(st, "amplify", T0 + 121 * 12_000)?.p).toBeGreaterThan(0.6);
  });
});
