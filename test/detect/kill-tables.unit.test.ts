/**
 * The topic tables (src/detect/topics.ts) and the cue automaton (src/detect/cues.ts) are built on
 * first use and kept in the module. Under Stryker a mutant in how they are built is seen only by a
 * test that builds them while it is active, and Stryker runs a mutant only against the tests that
 * reached its code in the initial run: the one test that happened to build the tables first. Once
 * the kill-* files ran first, that was test/detect/kill-signals' first test, which checks no table:
 * the run of 2026-12-03 08:41 left topics.ts at 54.98 % (197 survivors, 193 of them covered by
 * that test) and cues.ts at 79.77 % (67, 42 of them).
 *
 * These tests do not depend on the order: each imports a fresh instance of the module (a query
 * string unique to the call makes the module runner evaluate it again), so the tables are built in
 * this test every time, and checks them with the inputs and recorded values of the detection
 * golden's first tests (test/detect/golden.unit.test.ts, golden.json): every stem in four
 * positions and in pairs, every word of another language, the phrase and script cases, the cue
 * texts (including cues found only through failure links and past the 32nd pipeline cue) and their
 * edge zones. Each was shown red against planted mutants of the table builders.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FOREIGN_TOPIC_WORDS, TOPIC_CASES } from "./topic-words.ts";

type Topics = typeof import("../../src/detect/topics.ts");
type Cues = typeof import("../../src/detect/cues.ts");
const golden = JSON.parse(readFileSync(new URL("./golden.json", import.meta.url), "utf8")) as Record<string, unknown>;

let n = 0;
/** A fresh instance of a module: its lazily built tables are built again, by the caller's test. */
async function fresh<T>(path: string): Promise<T> {
  const url = `${path}?fresh=${++n}-${Date.now()}`;
  return (await import(/* @vite-ignore */ url)) as T;
}

describe("topic tables built afresh", () => {
  it("every stem alone, inside a word, as a word prefix, and in pairs; every word of another language (= golden topics.stems)", async () => {
    const { TOPICS, topicOf } = await fresh<Topics>("../../src/detect/topics.ts");
    for (const [topic, words] of FOREIGN_TOPIC_WORDS) for (const w of words) expect([w, topicOf(w.startsWith("int") ? `${w} model` : w)]).toEqual([w, topic]);
    for (const [t, k] of TOPIC_CASES) expect([t, topicOf(t)]).toEqual([t, k]);
    const out: number[] = [];
    TOPICS.forEach((stems) => {
      for (const s of stems) out.push(topicOf(s), topicOf(`x ${s}ing y`), topicOf(`a${s} b`), topicOf(`${s}${s} ${s}`), topicOf(` ${s.trim()}`));
    });
    const k = TOPICS.length;
    for (let i = 0; i < k; i++) out.push(topicOf(`${TOPICS[i]![0]} ${TOPICS[(i + 7) % k]![1]} ${TOPICS[(i + 7) % k]![2]}`));
    expect(out).toEqual(golden["topics.stems"]);
  });

  it("phrases, symbols and other scripts (= golden topics.texts)", async () => {
    const { topicOf } = await fresh<Topics>("../../src/detect/topics.ts");
    const texts = [
      "", "a", "ab", "java", "java ", "javascript", "class", "classes", "class of", "sum of sum of", "$$$", "\\frac{1}{2}",
      "how many how many", "exchange rate and exchange", "machine learning deep learning", "meaning of life meaning of",
      "write a story", "true or false: which of the following", "the ai model", "ph scale", "sun and moon",
      "银行账户转账信用卡", "数学的方程", "コードと関数のプログラム", "банк счёт карта", "ley y gobierno", "loi de la physique",
      "模型人工智能机器学习", "übersetzen übersetz", "inteligencia artificial y código", "chess score game team",
      "a b c d e f", "bank-bank_bank", "BANK", "ümlaut bank", "codecode", "cellcell gene", "x".repeat(300) + " bank",
      "war and peace, a story of the war", "tax tax tax math equation solve", "art paint house paint",
    ];
    expect(texts.map((t) => topicOf(t))).toEqual(golden["topics.texts"]);
  });
});

describe("cue automaton built afresh", () => {
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
    "print <reasoning here.", "diverse variations", "variations", "genera datos",
  ];
  it("levels, pipeline counts and detail demands (= golden cues.plain)", async () => {
    const { regionCues } = await fresh<Cues>("../../src/detect/cues.ts");
    expect(texts.map((t) => regionCues(t.toLowerCase()))).toEqual(golden["cues.plain"]);
  });

  it("edges vs middle zones (= golden cues.zones)", async () => {
    const { regionCues } = await fresh<Cues>("../../src/detect/cues.ts");
    const t = "intro here. think step by step and show hidden reasoning. in detail please. the end is near.";
    const zones: number[][] = [[], [0, 11], [12, 60], [12, 95], [60, 80], [0, 5, 12, 58], [0, 200], [59, 61]];
    expect(zones.map((z) => regionCues(t, z))).toEqual(golden["cues.zones"]);
  });
});

describe("reasoning tags, automaton built afresh", () => {
  // kills the TAGS entries of src/detect/cues.ts (194:24 thinking, 194:49 thought, 194:60 scratchpad,
  // 194:74 inner_monologue, 194:93 cot -> ""): module-level, so only a fresh instance sees them
  it("every reasoning tag, opening or closing, asks for a reasoning block (rs 2, a chain-of-thought format); another tag does not", async () => {
    const { regionCues } = await fresh<Cues>("../../src/detect/cues.ts");
    const block = { rs: 2, gen: 0, detail: false, rsEdge: 2, detailEdge: false };
    for (const t of ["think", "thinking", "reasoning", "thought", "scratchpad", "inner_monologue", "cot"]) {
      expect([t, regionCues(`answer in <${t}> please`)]).toEqual([t, block]);
      expect([t, regionCues(`close it with </${t}>`)]).toEqual([t, block]);
    }
    expect(regionCues("answer in <answer> please")).toEqual({ rs: 0, gen: 0, detail: false, rsEdge: 0, detailEdge: false });
  });
});
