/**
 * Detection, pinned exactly (golden): the topic, cue and signal readers and six short scenarios
 * through the whole detection path (observeRequest -> assess -> observeOutcome -> observeUsage ->
 * linkReports -> registryObserve -> applyLinkView), every value compared with the one recorded in
 * golden.json: each request's standing, score and reasons, the features and channels at the end,
 * the stored state and the registry views.
 *
 * Why a golden file: the scenario tests check decisions (flagged by request 20, an honest app
 * stays allowed), which leave most of the arithmetic in state.ts / score.ts / signals.ts /
 * link.ts free to drift by a constant or a boundary without changing a decision in their
 * fixtures. These runs are short (milliseconds), so every detection mutant meets them first
 * (vitest.mutation.config.ts runs this file first).
 *
 * A change of detection behaviour changes this file's expectations on purpose: re-record with
 * `GOLDEN_UPDATE=1 npx vitest run test/detect/golden.unit.test.ts` and review the diff of
 * golden.json (it shows which decisions and numbers moved).
 */
import { describe, expect, it } from "vitest";
import { goldenFile } from "../golden.ts";
import {
  assess, buildPromptView, extractSignals, features, linkReports, newRegistryState, registryObserve, applyLinkView,
  observeOutcome, observeRequest, observeUsage, newDetectState, DEFAULT_DETECTION_CONFIG, paramScore,
  type DetectState, type DetectionConfig, type RegistryState,
} from "../../src/detect/index.ts";
import { encodeDetect, decodeDetect, harvestShaped, inputSeen, intensity } from "../../src/detect/state.ts";
import { harvestFactor } from "../../src/detect/link.ts";
import { linkNow, shrinkWeak } from "../../src/detect/score.ts";
import { regionCues, templateFormat } from "../../src/detect/cues.ts";
import { TOPICS, topicOf } from "../../src/detect/topics.ts";
import { inputHash, ipPrefixHash, scanText } from "../../src/detect/signals.ts";
import type { RouteKind } from "../../src/policy/types.ts";
import { BANKING_QUERIES, BURST_ENOUGH, DAY, DIVERSE_TASKS, HOUR, MIN, T0, rng } from "./helpers.ts";
import { FOREIGN_TOPIC_WORDS, TOPIC_CASES } from "./topic-words.ts";

const { pin } = goldenFile(new URL("./golden.json", import.meta.url));

// ---------------------------------------------------------------------------------------------
// Readers

describe("topicOf, golden", () => {
  // The topic tables and the cue automaton are built on first use and kept: a mutant in how they
  // are built is seen only by the first test that reads them, which in a mutation run is this
  // file's first (vitest.mutation.config.ts runs it first). So the first topicOf test also checks
  // the other languages' words, and the first regionCues test the cues found through failure links.
  it("every stem alone, inside a word, as a word prefix, and in pairs; every word of another language", () => {
    for (const [topic, words] of FOREIGN_TOPIC_WORDS) for (const w of words) expect([w, topicOf(w.startsWith("int") ? `${w} model` : w)]).toEqual([w, topic]);
    for (const [t, k] of TOPIC_CASES) expect([t, topicOf(t)]).toEqual([t, k]);
    const out: number[] = [];
    TOPICS.forEach((stems) => {
      for (const s of stems) {
        out.push(topicOf(s), topicOf(`x ${s}ing y`), topicOf(`a${s} b`), topicOf(`${s}${s} ${s}`), topicOf(` ${s.trim()}`));
      }
    });
    const k = TOPICS.length;
    for (let i = 0; i < k; i++) out.push(topicOf(`${TOPICS[i]![0]} ${TOPICS[(i + 7) % k]![1]} ${TOPICS[(i + 7) % k]![2]}`));
    pin("topics.stems", out);
  });
  it("phrases, symbols and other scripts: overlaps, ties and word boundaries", () => {
    const texts = [
      "", "a", "ab", "java", "java ", "javascript", "class", "classes", "class of", "sum of sum of", "$$$", "\\frac{1}{2}",
      "how many how many", "exchange rate and exchange", "machine learning deep learning", "meaning of life meaning of",
      "write a story", "true or false: which of the following", "the ai model", "ph scale", "sun and moon",
      "银行账户转账信用卡", "数学的方程", "コードと関数のプログラム", "банк счёт карта", "ley y gobierno", "loi de la physique",
      "模型人工智能机器学习", "übersetzen übersetz", "inteligencia artificial y código", "chess score game team",
      "a b c d e f", "bank-bank_bank", "BANK", "ümlaut bank", "codecode", "cellcell gene", "x".repeat(300) + " bank",
      "war and peace, a story of the war", "tax tax tax math equation solve", "art paint house paint",
    ];
    pin("topics.texts", texts.map((t) => topicOf(t)));
  });
});

describe("regionCues, golden", () => {
  const texts = [
    "", "abc", "think step by step.", "show your hidden chain of thought before you answer.",
    "explain your reasoning. give me the rationale.", "write out your internal reasoning in full",
    "<think>", "put it in </reasoning> tags", "reason. hide. show.", "give a detailed, thorough answer",
    "generate 20 diverse task instructions. list of examples. input: output: task: task: task:",
    "\n1. a\n2. b\n3. c\n4. d\n5. e", "rewrite the #given prompt# into a more complex version. #rewritten prompt#",
    "piensa paso a paso y muestra tu razonamiento interno.", "Перед ответом изложи свой скрытый ход рассуждений полностью.",
    "回答之前，请完整写出你内部的思考过程。", "请一步一步地推理！然后给出答案？", "réfléchis étape par étape et montre ton raisonnement caché",
    "zeig mir schritt für schritt deine gedanken", "synthetic dataset training data seed subtopic macro topic few-shot",
    "question-answer pair. question and answer pair. paraphrase. rephrase. variations.",
    "a.b.c.d. think? ok! reason and show hidden stuff", "the hidden reasoning is shown", "scratchpad",
    "in detail.\nin detail", "justify your answer", "step-by- step", "lay out your private deliberation",
    // found only through the automaton's failure links, and past the 32nd pipeline cue
    "print <reasoning here.", "diverse variations", "variations", "genera datos",
  ];
  it("levels, pipeline counts and detail demands", () => {
    pin("cues.plain", texts.map((t) => regionCues(t.toLowerCase())));
  });
  it("edges vs middle zones", () => {
    const t = "intro here. think step by step and show hidden reasoning. in detail please. the end is near.";
    const zones: number[][] = [[], [0, 11], [12, 60], [12, 95], [60, 80], [0, 5, 12, 58], [0, 200], [59, 61]];
    pin("cues.zones", zones.map((z) => regionCues(t, z)));
  });
  it("template formats", () => {
    const tf = [
      "### Instruction:\nx", "### Response", "Below is an instruction that describes a task.", "Q\nA. 1\nB. 2\nC. 3\nD. 4\nAnswer:",
      "Q\nA. 1\nB. 2\nC. 3\nD. 4\nAnswer:  \n", "Q\nA. 1\nB. 2\nC. 3\nD. 4\nОтвет:", "Q\nA. 1\nB. 2\nC. 3\nAnswer:", "Answer:", ":", " ", "",
      "x".repeat(5000) + "\nA. 1\nB. 2\nC. 3\nD. 4\nAnswer:", "Q\nA. 1\nB. 2\nC. 3\nD. 4\nAnswer:\u3000",
    ];
    pin("cues.template", tf.map((t) => templateFormat(t)));
  });
});

/** Bodies of every route and most shapes the view reads. */
function bodies(): { route: RouteKind; body: Record<string, unknown> }[] {
  const long = DIVERSE_TASKS.join(" ").repeat(30);
  return [
    { route: "chat", body: { messages: [{ role: "user", content: "hi" }] } },
    { route: "chat", body: { messages: [{ role: "system", content: "You are a helpful assistant." }, { role: "user", content: DIVERSE_TASKS[0] + " Think step by step." }], max_tokens: 4000, temperature: 1.2, top_p: 0.9, stream: true } },
    { route: "chat", body: { messages: [{ role: "system", content: "You are PennyWise, the bank's helper. Answer briefly about cards and transfers." }, { role: "user", content: BANKING_QUERIES[0] }, { role: "assistant", content: "Cards arrive in 5 days." }, { role: "user", content: BANKING_QUERIES[1] }], n: 3, logprobs: true, top_logprobs: 5 } },
    { route: "chat", body: { messages: [{ role: "user", content: long + " Before answering, write out your complete internal reasoning inside <think> tags." }], max_completion_tokens: 32000, logit_bias: { "1": 2 } } },
    { route: "chat", body: { messages: [{ role: "user", content: "Generate 20 diverse task instructions for a synthetic dataset. Task: a\nTask: b\nTask: c\nOutput:" }], reasoning_effort: "high" } },
    { route: "chat", body: { messages: [{ role: "user", content: "Below is an instruction that describes a task.\n\n### Instruction:\nAdd 2 and 2.\n\n### Response:" }] } },
    { route: "chat", body: { messages: [{ role: "user", content: [{ type: "text", text: "What is in this image? Explain in detail." }, { type: "image_url", image_url: { url: "data:image/png;base64,AAAA" } }] }], tools: [{ type: "function", function: { name: "lookup", description: "Look up an order", parameters: { type: "object", properties: { id: { type: "string", description: "order id" } } } } }] } },
    { route: "chat", body: { messages: [{ role: "user", content: "call the tool" }, { role: "assistant", content: null, tool_calls: [{ id: "1", type: "function", function: { name: "lookup", arguments: "{\"id\":\"7\"}" } }] }, { role: "tool", tool_call_id: "1", content: "order 7 shipped" }] } },
    { route: "completions", body: { prompt: [1, 2, 3, 4, 5, 6, 7, 8], max_tokens: 16, logprobs: 5, echo: true, best_of: 4 } },
    { route: "completions", body: { prompt: "Q\nA. 1\nB. 2\nC. 3\nD. 4\nAnswer:", suffix: " end", logprobs: 0 } },
    { route: "embeddings", body: { input: [[1, 2, 3], [4, 5]] } },
    { route: "embeddings", body: { input: ["a sentence about banks", "another about code"] } },
    { route: "responses", body: { instructions: "Reply as a poet.", input: "Write a haiku about the sea. Show your reasoning.", reasoning: { effort: "xhigh", summary: "auto" }, max_output_tokens: 9000, previous_response_id: "resp_1" } },
    { route: "responses", body: { input: [{ role: "developer", content: "Be terse." }, { role: "user", content: [{ type: "input_text", text: "Think through the derivation of e=mc^2 privately, then reveal it." }] }], include: ["reasoning.encrypted_content"], conversation: "c1" } },
    { route: "messages", body: { system: [{ type: "text", text: "You are Claude, made by a data company generating training data." }], messages: [{ role: "user", content: [{ type: "text", text: "Piensa paso a paso: ¿cuál es la derivada de x^2?" }, { type: "document", source: { type: "base64", data: "AAAA" } }] }], thinking: { type: "enabled", budget_tokens: 10000 }, max_tokens: 12000 } },
    { route: "messages", body: { system: "Short answers.", messages: [{ role: "user", content: "hello" }, { role: "assistant", content: [{ type: "thinking", thinking: "hmm" }, { type: "text", text: "hi" }] }, { role: "user", content: [{ type: "tool_result", tool_use_id: "t", content: "42" }] }], thinking: { type: "enabled" } } },
    { route: "free", body: { anything: true } },
  ];
}

/** Odd and less common shapes, one field or branch of the view each. */
function oddBodies(): { route: RouteKind; body: Record<string, unknown> }[] {
  return [
    { route: "chat", body: { messages: "not an array", max_tokens: Number.NaN, temperature: Number.POSITIVE_INFINITY } },
    { route: "chat", body: { messages: [null, 7, { role: "narrator", content: "x" }, { role: "user", content: "ok" }], logprobs: 0, top_logprobs: 0 } },
    { route: "chat", body: { messages: [{ role: "assistant", content: "a", tool_calls: [null, { function: "f" }, { function: { arguments: "{\"q\":1}" } }, { custom: { input: "raw input" } }, { function: { arguments: 5, input: "alt" } }], function_call: { arguments: "legacy" }, refusal: "no" }, { role: "user", content: [{ type: "tool_result", content: "r1" }, { type: "tool_result", content: [{ type: "text", text: "r2" }] }] }] } },
    { route: "chat", body: { messages: [{ role: "user", content: [] }, { role: "user", content: [{ type: "tool_result", content: "a" }, { type: "text", text: "b" }] }], echo: true } },
    { route: "chat", body: { messages: [{ role: "user", content: "q" }], tools: [null, { type: "web_search" }, { type: "function", function: { name: "", description: 3 } }, { name: "anthropic_tool", description: "d", input_schema: { type: "object", description: "top", properties: { a: { description: "pa", items: { description: "deep", items: { description: "deeper" } } } }, $defs: { x: { description: "def" } }, definitions: { y: { description: "defn" } } } }] } },
    { route: "chat", body: { messages: [{ role: "user", content: "q" }], tools: [{ type: "function", function: { name: "z" } }, { type: "function", function: { name: "a" } }] } },
    { route: "chat", body: { messages: [{ role: "user", content: "q" }], tools: [] } },
    { route: "chat", body: { messages: [{ role: "user", content: "q" }], reasoning: { effort: "medium", summary: "none" }, include: ["other"], logit_bias: {}, n: 0, best_of: 3 } },
    { route: "chat", body: { messages: [{ role: "user", content: "q" }], reasoning_effort: "xhigh", reasoning: { effort: "low", summary: "detailed" } } },
    { route: "chat", body: { messages: [{ role: "user", content: "q" }], reasoning: { effort: "high" }, thinking: { type: "disabled", budget_tokens: 5 }, logprobs: 3, echo: true, stream: "yes" } },
    { route: "completions", body: { prompt: ["one", [1, 2, 3], [], ["nested"], 5, "two"], suffix: 3, max_tokens: 7 } },
    { route: "completions", body: { prompt: [], echo: true, logprobs: true } },
    { route: "completions", body: { prompt: 42, tools: [{ type: "function", function: { name: "ignored" } }] } },
    { route: "embeddings", body: { input: "plain", prompt: "not read", tools: [{ name: "ignored" }] } },
    { route: "embeddings", body: { input: [[], [9, 8]] } },
    { route: "responses", body: { input: [{ type: "function_call_output", output: "out1" }, { type: "custom_tool_call_output", output: [{ type: "input_text", text: "out2" }] }, { type: "mcp_tool_call_output", output: "out3" }, { type: "function_call", name: "f", arguments: "{}" }, { type: "custom_tool_call", input: "ci" }, { type: "reasoning", summary: [{ type: "summary_text", text: "thought" }] }, { type: "web_search_call" }, { type: "message", role: "user", content: "m" }, { role: "user", type: "function_call", content: "role wins" }], previous_response_id: "", conversation: null } },
    { route: "responses", body: { input: "x", previous_response_id: 5, instructions: 7, tools: [{ type: "function", name: "resp_tool", description: "rd", parameters: { properties: { p: { description: "pd" } } } }] } },
    { route: "messages", body: { messages: [{ role: "user", content: "no system" }], system: undefined } },
    { route: "messages", body: { system: "", messages: [{ role: "user", content: [{ type: "image", source: { type: "url", url: "https://x" } }] }] } },
    { route: "free", body: { messages: [{ role: "user", content: "free routes read nothing" }], max_tokens: 5 } },
  ];
}

describe("buildPromptView, golden", () => {
  it("every route and shape, fields present or absent", () => {
    pin("view", [...bodies(), ...oddBodies()].map(({ route, body }) => buildPromptView(route, body)));
  });
});

describe("extractSignals, golden", () => {
  it("signals of every route and shape", () => {
    const nets = [{}, { ip: "203.0.113.7", asn: 64500 }, { ip: "2001:db8:1:2:3::9", asn: 13335 }];
    pin("signals", [...bodies(), ...oddBodies()].map(({ route, body }, i) => extractSignals(buildPromptView(route, body), nets[i % nets.length]!)));
  });
  it("hashes, prefixes, parameter scores and the text scan", () => {
    pin("signals.helpers", {
      inputHash: ["", "a", "hello world", "Hello   World", "x".repeat(5000)].map(inputHash),
      ip: [undefined, "", "1.2.3.4", "1.2.3.255", "1.2.4.4", "2001:db8::1", "2001:db8:0:1::1", "::1", "garbage"].map(ipPrefixHash),
      ps: [
        {}, { maxTokens: 100 }, { maxTokens: 4096 }, { maxTokens: 16000 }, { maxTokens: 64000 }, { n: 2 }, { n: 8 }, { logprobs: true },
        { logprobs: true, topLogprobs: 20 }, { logitBias: true }, { temperature: 0 }, { temperature: 1.5 }, { topP: 0.1 },
        { echo: true, logprobs: true }, { thinkingBudget: 0 }, { thinkingBudget: 20000 }, { effortHigh: true }, { reasoningOut: true },
      ].flatMap((p) => [paramScore(p, true), paramScore(p, false)]),
      scan: [
        scanText("abcdefghij".repeat(10), 1000, 10, 10, 2, 5, 1),
        scanText("abcdefghij".repeat(100), 100, 20, 20, 3, 10, 7),
        scanText("abcdefghij".repeat(100), 100, 20, 20, 3, 10, 8),
        scanText("0123456789".repeat(50), 60, 30, 30, 0, 10, 3),
      ],
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Scenarios through the whole path

type Step = { key: string; at: number; route: RouteKind; body: Record<string, unknown>; ip?: string; asn?: number; usage?: [number, number]; limit?: number | null };

/** `only`: the keys whose end state is pinned (all when absent), and registry views without the
 *  reports that asked for them (a crowd's are thousands). The scenarios are bursts of minutes to
 *  hours, driven without the sustained-volume rule so their challenge and block paths stay pinned
 *  (the rule is pinned by the `assess` cases below and has exact tests of its own). */
function drive(name: string, steps: Step[], cfg: DetectionConfig = BURST_ENOUGH, only?: string[]): void {
  const keys = new Map<string, DetectState>();
  const regs = new Map<string, RegistryState>();
  const trace: unknown[] = [];
  const views: unknown[] = [];
  let last = 0;
  for (const s of steps) {
    let st = keys.get(s.key);
    if (!st) keys.set(s.key, (st = newDetectState()));
    const sig = extractSignals(buildPromptView(s.route, s.body), { ip: s.ip, asn: s.asn });
    trace.push([harvestShaped(sig, sig.hh === 0), inputSeen(st, sig.ph)]);
    observeRequest(st, sig, s.at);
    const a = assess(st, s.at, cfg);
    const served = a.standing === "allow" || a.standing === "throttle";
    observeOutcome(st, a.standing, served, s.at, a.standing === "allow" ? undefined : 30_000);
    // a quota refusal of this request (null: without a retry-after), in the guard's order
    if (s.limit !== undefined) observeOutcome(st, "limit", false, s.at, s.limit ?? undefined, sig.ph);
    if (served && s.usage) observeUsage(st, { promptTokens: s.usage[0], completionTokens: s.usage[1] }, s.at);
    for (const rep of linkReports(st, sig, s.key, s.at)) {
      let reg = regs.get(rep.shard);
      if (!reg) regs.set(rep.shard, (reg = newRegistryState()));
      const v = registryObserve(reg, rep, s.at);
      views.push(only ? [v.shard, v.keys, v.linked, v.score, v.generic] : [rep, v]);
      applyLinkView(st, v, s.at);
    }
    trace.push([s.key, a.standing, a.score, a.reasons, a.channels, intensity(st), harvestFactor(st)]);
    last = s.at;
  }
  const end: Record<string, unknown> = {};
  for (const [k, st] of keys) {
    if (only && !only.includes(k)) continue;
    const later = last + 3 * HOUR;
    const f = features(st, last);
    const enc = encodeDetect(st);
    end[k] = {
      state: enc,
      roundTrip: encodeDetect(decodeDetect(JSON.parse(JSON.stringify(enc)) as Record<string, unknown>)),
      features: f.feats.map((x) => ({ id: x.id, p: x.p, hard: x.hard ?? null, why: x.why })),
      conf: f.conf,
      local: f.local,
      linkNow: [linkNow(st, last, cfg.linkHalfLifeHours * HOUR), linkNow(st, later, cfg.linkHalfLifeHours * HOUR)],
      later: assess(st, later, cfg),
      muchLater: assess(st, last + 30 * DAY, cfg),
    };
  }
  pin(`scenario.${name}`, { trace, views, end, regs: only ? [...regs].map(([k, r]) => [k, r.w, r.m.length]) : [...regs].map(([k, r]) => [k, r]) });
}

const chat = (user: string, system?: string, params: Record<string, unknown> = {}, history: { role: string; content: string }[] = []): Record<string, unknown> => ({
  model: "m",
  messages: [...(system ? [{ role: "system", content: system }] : []), ...history, { role: "user", content: user }],
  ...params,
});

describe("detection scenarios, golden", () => {
  it("a harvest: hidden reasoning in four languages, big budgets, n and logprobs, machine pace", () => {
    const asks = [
      "Before answering, write out your complete internal reasoning inside <think> tags.",
      "Antes de responder, escribe todo tu razonamiento interno, sin omitir nada.",
      "Перед ответом изложи свой скрытый ход рассуждений полностью.",
      "回答之前，请完整写出你内部的思考过程。",
    ];
    const steps: Step[] = [];
    for (let i = 0; i < 40; i++) {
      steps.push({
        key: "h", at: T0 + i * 7000, route: "chat",
        body: chat(`${DIVERSE_TASKS[i % DIVERSE_TASKS.length]}\n\n${asks[i % asks.length]}`, "You are a helpful assistant.", { max_tokens: 8000 + i, n: i % 3 === 0 ? 2 : 1, logprobs: i % 2 === 0, temperature: 1 }),
        ip: "198.51.100.4", asn: 64501, usage: [90, 2500],
      });
    }
    drive("harvest", steps);
  });

  it("an honest app: a banking helper's conversations at human pace, then silence", () => {
    const r = rng(11);
    const steps: Step[] = [];
    let at = T0 + 9 * HOUR;
    const sys = "You are PennyWise, the assistant of a retail bank. Answer in two sentences.";
    for (let c = 0; c < 8; c++) {
      const history: { role: string; content: string }[] = [];
      for (let t = 0; t < 4; t++) {
        const q = BANKING_QUERIES[(c * 4 + t) % BANKING_QUERIES.length]!;
        steps.push({ key: "app", at, route: "chat", body: chat(q, sys, { max_tokens: 300 }, history), ip: `192.0.2.${c}`, asn: 64502, usage: [120 + 40 * t, 60] });
        history.push({ role: "user", content: q }, { role: "assistant", content: "Here is what to do." });
        at += Math.round(20_000 + r() * 200_000);
      }
      at += Math.round(r() * 3 * HOUR);
    }
    at += 3 * DAY;
    steps.push({ key: "app", at, route: "chat", body: chat(BANKING_QUERIES[3]!, sys), usage: [100, 40] });
    drive("honest", steps);
  });

  it("a generation pipeline: meta-prompts, templates, detail demands, then a quiet return", () => {
    const prompts = [
      "You are asked to come up with a set of 20 diverse task instructions. These task instructions will be given to a GPT model.\nList of 20 tasks:\n1. a\n2. b\n3. c\n4. d\n5. e",
      "I want you act as a Prompt Rewriter. Rewrite the #Given Prompt# into a more complex version.\n#Given Prompt#: sort a list\n#Rewritten Prompt#:",
      "Below is an instruction that describes a task.\n\n### Instruction:\nName three prime numbers.\n\n### Response:",
      "Which planet is largest?\nA. Mars\nB. Jupiter\nC. Venus\nD. Earth\nAnswer:",
      "Give a comprehensive, detailed and exhaustive explanation of how vaccines train the immune system.",
      "Generate question-answer pairs for a synthetic dataset about the history of Rome. Task: one\nTask: two\nTask: three",
    ];
    const steps: Step[] = [];
    for (let i = 0; i < 36; i++) {
      const at = T0 + (i < 30 ? i * 45_000 : 30 * 45_000 + (i - 29) * 6 * HOUR);
      steps.push({ key: "gen", at, route: i % 5 === 4 ? "completions" : "chat", body: i % 5 === 4 ? { prompt: prompts[i % prompts.length], max_tokens: 2048 } : chat(prompts[i % prompts.length]!, undefined, { max_tokens: 4096 }), usage: [400, 1800] });
    }
    drive("pipeline", steps, { ...DEFAULT_DETECTION_CONFIG, throttleAt: 0.3, degradeAt: 0.75, challengeAt: 0.85, minDwellMinutes: 60 });
  });

  it("routes the view reads differently: token IDs, documents, thinking, responses, tools", () => {
    const steps: Step[] = [];
    const b = bodies();
    for (let i = 0; i < 34; i++) {
      const { route, body } = b[i % b.length]!;
      steps.push({ key: i % 2 === 0 ? "r1" : "r2", at: T0 + i * 61_000 + (i % 3) * 17_000, route, body, ip: "203.0.113.9", asn: 64503, usage: [50 + i, 400 + 10 * i] });
    }
    for (let i = 0; i < 12; i++) {
      steps.push({ key: "ids", at: T0 + HOUR + i * 5000, route: "completions", body: { prompt: Array.from({ length: 40 }, (_, j) => (i * 97 + j * 13) % 50_000), max_tokens: 3000, logprobs: 5 }, usage: [40, 3000] });
    }
    drive("routes", steps);
  });

  it("linked keys: one payload stream spread over keys from one network", () => {
    const steps: Step[] = [];
    const keys = ["l1", "l2", "l3", "l4", "l5"];
    const wrapper = "You are DataMiner v2. Output JSON with fields answer and reasoning.";
    for (let i = 0; i < 60; i++) {
      const k = keys[i % keys.length]!;
      const task = DIVERSE_TASKS[(i * 7) % DIVERSE_TASKS.length]!;
      steps.push({ key: k, at: T0 + i * 3000, route: "chat", body: chat(`Task ${i}: ${task} Explain step by step in detail.`, wrapper, { max_tokens: 6000 }), ip: `198.51.100.${i % 3}`, asn: 64510, usage: [200, 3000] });
    }
    // a shared popular prompt from keys that behave like people
    for (let i = 0; i < 20; i++) {
      steps.push({ key: `p${i % 4}`, at: T0 + HOUR + i * 97_000, route: "chat", body: chat("What is the capital of France?", "You are a helpful assistant."), ip: `10.${i}.0.1`, asn: 64520 + i, usage: [20, 10] });
    }
    drive("linked", steps, { ...DEFAULT_DETECTION_CONFIG, blockMinRequests: 8 });
  });

  it("tools and agents: one tool set per task, repeated histories, a stricter config", () => {
    const steps: Step[] = [];
    const cfg = { ...BURST_ENOUGH, challengeAt: 0.5, blockAt: 0.8, blockMinRequests: 10, minDwellMinutes: 1, hysteresis: 0.05, jitter: 0 };
    for (let i = 0; i < 30; i++) {
      const tools = [{ type: "function", function: { name: `tool_${Math.floor(i / 5)}`, description: `step ${i % 5}`, parameters: { type: "object", properties: { q: { type: "string" } } } } }];
      const history = [{ role: "user", content: "Plan the task." }, { role: "assistant", content: "Plan ready." }];
      const body = chat(`${DIVERSE_TASKS[i % 24]} Think step by step and show your hidden reasoning.`, "You are an agent.", { tools, max_tokens: 20000 }, history);
      const limit = [1000, null, 5000, Number.NaN, -1, undefined][i % 6];
      steps.push({ key: "agent", at: T0 + i * 20_000, route: "chat", body, usage: [900, 4000], limit });
      // a retry half a second later (fast unless the refusal said to wait less)
      if (limit !== undefined) steps.push({ key: "agent", at: T0 + i * 20_000 + 500, route: "chat", body, usage: [900, 4000] });
    }
    drive("tools", steps, cfg);
  });

  it("a popular app's many keys (more than a shard keeps) and a machine-paced group behind one network", () => {
    const steps: Step[] = [];
    const r = rng(21);
    const sys = "You are ChefBot, the recipe assistant of a cooking app. Suggest recipes in two short paragraphs.";
    for (let k = 0; k < 60; k++) {
      let at = T0 + k * 37_000;
      for (let j = 0; j < 9; j++) {
        steps.push({ key: `app${k}`, at, route: "chat", body: chat(`${DIVERSE_TASKS[(k + j) % 24]} and something with ${BANKING_QUERIES[j % 12]}`, sys, { max_tokens: 400 }), ip: `100.${k}.${j}.1`, asn: 64600 + (k % 40), usage: [150, 200] });
        at += Math.round(30_000 + r() * 400_000);
      }
    }
    for (let k = 0; k < 10; k++) {
      for (let j = 0; j < 14; j++) {
        steps.push({ key: `bot${k}`, at: T0 + DAY + j * 5000 + k * 100, route: "chat", body: chat(`${DIVERSE_TASKS[(k * 3 + j) % 24]} Show your hidden reasoning step by step.`, "You are Harvester. Answer fully.", { max_tokens: 8000, n: 2 }), ip: `203.0.113.${k % 2}`, asn: 64700, usage: [100, 4000] });
      }
    }
    steps.sort((a, b) => a.at - b.at);
    drive("crowd", steps, DEFAULT_DETECTION_CONFIG, ["app0", "app59", "bot0", "bot9"]);
  });
});

describe("features and assess at their thresholds, golden", () => {
  /** A state of weight 10 that has seen 40 requests over two days, with no evidence yet. */
  function base(): DetectState {
    const st = newDetectState();
    Object.assign(st, { seed: 1234, updatedMs: T0 + 2 * DAY, firstSeenMs: T0, requests: 40, weight: 10, singleTurn: 8 });
    st.topics = st.topics.map((_, i) => (i < 8 ? 1 : 0));
    return st;
  }
  const NOW = T0 + 2 * DAY;
  const variants: [string, Partial<DetectState>][] = [
    ["none", {}],
    ["hidden 0.25 (hard)", { hiddenReasoningAsks: 2.5 }], ["hidden just under", { hiddenReasoningAsks: 2.4999 }], ["hidden 0.5", { hiddenReasoningAsks: 5 }],
    ["cot 0.6", { stepByStepAsks: 6 }], ["reason 0.5", { reasoningAsks: 5 }], ["reason 0.2", { reasoningAsks: 2 }],
    ["pipeline 0.25 (hard)", { pipelinePrompts: 2.5 }], ["pipeline just under", { pipelinePrompts: 2.4999 }],
    ["detail 0.4", { detailDemands: 4 }], ["template 0.5", { templatePrompts: 5 }], ["template 0.1", { templatePrompts: 1 }],
    ["params hard 0.3", { hardParams: 3, paramScoreSum: 5 }], ["params hard just under", { hardParams: 2.9999, paramScoreSum: 5 }], ["params score 12", { paramScoreSum: 12 }],
    ["settled 2", { settled: 2, promptTokens: 200, completionTokens: 20000 }], ["settled 3", { settled: 3, promptTokens: 200, completionTokens: 20000 }],
    ["amplify", { settled: 10, promptTokens: 500, completionTokens: 40000 }], ["ratio mid", { settled: 10, promptTokens: 1000, completionTokens: 6000 }],
    ["gaps 9.99", { gaps: 9.99, gapLogMean: 1, gapLogVar: 0.01, hours: new Array<number>(24).fill(1) }], ["gaps 10", { gaps: 10, gapLogMean: 1, gapLogVar: 0.01, hours: new Array<number>(24).fill(1) }],
    ["gaps 10, uneven hours", { gaps: 10, gapLogMean: 3, gapLogVar: 0.5, hours: [...new Array<number>(16).fill(2), ...new Array<number>(8).fill(1 / 3)] }],
    ["gaps 1.99 (pace unknown)", { gaps: 1.99, gapLogMean: 0 }], ["gaps 2, fast", { gaps: 2, gapLogMean: Math.log(0.01) }], ["slow pace", { gaps: 5, gapLogMean: Math.log(900) }],
    ["limited 2.99", { limited: 2.99, fastRetries: 2.99 }], ["limited 3", { limited: 3, fastRetries: 2.4 }], ["limited 3, few retries", { limited: 3, fastRetries: 0.3 }],
    ["unreadable 0.2", { unreadable: 2 }], ["unreadable 0.21", { unreadable: 2.1, gaps: 4, gapLogMean: 1 }], ["unreadable 0.8", { unreadable: 8, gaps: 4, gapLogMean: 1 }],
    ["harvest subset under", { harvestShaped: 3.3, harvestTopics: [1, 1, 1, 1, 1, 1, 1, 1, ...new Array<number>(24).fill(0)] }],
    ["harvest subset over", { harvestShaped: 3.4, harvestTopics: [1, 1, 1, 1, 1, 1, 1, 1, ...new Array<number>(24).fill(0)] }],
    ["harvest subset budget-only", { harvestShaped: 1, budgetOnlyHarvest: 8, requests: 4000, harvestTopics: [2, 2, 2, 2, 2, 2, 0, ...new Array<number>(25).fill(0)] }],
    ["tool requests 7", { toolRequests: 7 }], ["tool requests 8", { toolRequests: 8 }],
    ["languages", { scripts: [3, 3, 3, 1, 0, 0, 0, 0] }], ["one language", { scripts: [10, 0, 0, 0, 0, 0, 0, 0] }],
    ["wrapper share", { wrappers: [{ k: "S", h: "00ff00ff00ff00ff", c: 9 }, { k: "P", h: "ab", c: 3 }, { k: "X", h: "cd", c: 12 }], gaps: 4, gapLogMean: 1 }],
    ["wrapper generic", { wrappers: [{ k: "S", h: "00ff00ff00ff00ff", c: 9, g: 1 }] }],
    ["volume", { requests: 4000, weight: 400, singleTurn: 400, firstSeenMs: T0 - 20 * DAY }],
    ["young key", { firstSeenMs: NOW - 60_000, requests: 40 }],
    ["stale", { updatedMs: T0 }], ["no weight", { weight: 0, singleTurn: 0 }],
    ["link 0.6", { link: 0.6, linkMs: NOW, linkReason: "group" }], ["link 0.04", { link: 0.04, linkMs: NOW, linkReason: "weak" }],
    ["standing challenge, quiet", { standing: "challenge", standingMs: T0, peakScore: 0.9, peakMs: T0 }],
    ["standing block, peak held", { standing: "block", standingMs: NOW - 3600_000, peakScore: 0.95, peakMs: NOW - 3600_000, hiddenReasoningAsks: 5 }],
    ["everything", { hiddenReasoningAsks: 5, pipelinePrompts: 4, hardParams: 5, paramScoreSum: 8, settled: 10, promptTokens: 500, completionTokens: 40000, gaps: 12, gapLogMean: 1, gapLogVar: 0.01, hours: new Array<number>(24).fill(1), limited: 4, fastRetries: 4, unreadable: 4, link: 0.7, linkMs: NOW, linkReason: "g" }],
  ];
  const cfgs = [DEFAULT_DETECTION_CONFIG, BURST_ENOUGH, { ...BURST_ENOUGH, convergeChannels: 1, blockMinRequests: 10, minEvidence: 12 }, { ...DEFAULT_DETECTION_CONFIG, mode: "off" as const }];
  it("each family at and around its threshold, through assess under three configs", () => {
    pin("thresholds", variants.map(([name, over]) => {
      const st = { ...base(), ...over };
      const f = features(structuredClone(st), NOW);
      return {
        name,
        feats: f.feats.map((x) => [x.id, x.p, x.hard ?? null, x.why]), conf: f.conf, local: f.local,
        assess: cfgs.map((c) => {
          const s2 = structuredClone(st);
          const a = assess(s2, NOW, c);
          return [a.standing, a.score, a.reasons, a.channels, s2.peakScore, s2.peakMs, s2.standingMs, s2.score, s2.localScore];
        }),
      };
    }));
  });
});

