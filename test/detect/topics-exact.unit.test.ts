/**
 * topicOf on the cases the stem table alone does not exercise (test/detect/golden.unit.test.ts
 * covers every English stem): each word of the other languages, stems shared by two topics, word
 * boundaries at non-ASCII and punctuation, the phrase alternation (overlaps, repeats, the longest
 * at a position) and a phrase ending in a space at the end of the text. Exact values.
 */
import { describe, expect, it } from "vitest";
import { topicOf } from "../../src/detect/topics.ts";
import { FOREIGN_TOPIC_WORDS, TOPIC_CASES } from "./topic-words.ts";


describe("topicOf, exact", () => {
  it("each word of another language alone gives its topic", () => {
    for (const [topic, words] of FOREIGN_TOPIC_WORDS) {
      for (const w of words) {
        // "artificial" / "artificielle" also start with the art stem (15): the phrase alone ties
        // there, and the lower topic wins; with one more AI word the phrase decides
        const t = w.startsWith("intelligence artificielle") || w.startsWith("inteligencia artificial") ? `${w} model` : w;
        expect([w, topicOf(t)]).toEqual([w, topic]);
      }
    }
    expect(topicOf("inteligencia artificial")).toBe(15);
  });
  it.each(TOPIC_CASES)("%j -> %i", (t, k) => expect(topicOf(t)).toBe(k));
});
