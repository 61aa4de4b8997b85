/**
 * Exact results of the text helpers (src/detect/text.ts): normalisation (which every wrapper and
 * payload hash is computed from), the script class at each range boundary, and the word MinHash
 * that shards wrappers across keys. A changed result here changes hashes stored in key state.
 */
import { describe, expect, it } from "vitest";
import { hash32 } from "../../src/detect/sketch.ts";
import { minWordHash, normalize, normalizeLoose, scriptOf } from "../../src/detect/text.ts";

describe("normalize / normalizeLoose", () => {
  it("normalize: lowercase, digit runs to one 0, whitespace runs to one space, trimmed", () => {
    expect(normalize("  Hello\t\tWORLD  12345 and\n\n7 ")).toBe("hello world 0 and 0");
    expect(normalize("Ab-Cd, 3.14!")).toBe("ab-cd, 0.0!");
  });
  it("normalizeLoose: letters and digits only (any script), single spaces, digit runs to 0", () => {
    expect(normalizeLoose("  Hello, World!! 42x -- Привет_мир  ")).toBe("hello world 0x привет мир");
    expect(normalizeLoose("你好，世界。")).toBe("你好 世界");
  });
});

describe("scriptOf at the edges of each class", () => {
  // one character of a class is enough when nothing else is there
  it.each([
    ["a", 0], ["z", 0], ["A", 0], ["Z", 0],
    ["`", 7], ["{", 7], ["@", 7], ["[", 7], ["\u0080", 7], ["\u00bf", 7],
    ["\u00c0", 1], ["\u024f", 1], ["\u0250", 7],
    ["\u0400", 2], ["\u04ff", 2], ["\u03ff", 7], ["\u0500", 7],
    ["\u3040", 4], ["\u30ff", 4], ["\u303f", 7], ["\u3100", 7],
    ["\u4e00", 3], ["\u9fff", 3], ["\u4dff", 7], ["\ua000", 7],
    ["\uac00", 5], ["\ud7af", 5], ["\uabff", 7], ["\ud7b0", 7],
    ["\u0590", 6], ["\u06ff", 6], ["\u058f", 7], ["\u0700", 7],
  ] as const)("%j -> %i", (t, k) => expect(scriptOf(t)).toBe(k));

  it("accents make latin-other from one accented letter per 40 plain ones", () => {
    expect(scriptOf("a".repeat(39) + "é")).toBe(1);
    expect(scriptOf("a".repeat(40) + "é")).toBe(0);
  });
  it("the largest class wins; ties go cyrillic, then han+kana, then hangul, then arabic, then latin", () => {
    expect(scriptOf("ab" + "д")).toBe(0);
    expect(scriptOf("a" + "д")).toBe(2);
    expect(scriptOf("д" + "中")).toBe(2);
    expect(scriptOf("中" + "한")).toBe(3);
    expect(scriptOf("한" + "ع")).toBe(5);
    expect(scriptOf("ع" + "a")).toBe(6);
    expect(scriptOf("中中" + "ア")).toBe(4); // any kana among han: Japanese
  });
  it("only the first 600 characters are read", () => {
    // 400 latin, then 200 of the 1,000 cyrillic letters: latin
    expect(scriptOf("a".repeat(400) + "д".repeat(1000))).toBe(0);
    expect(scriptOf("a".repeat(200) + "д".repeat(1000))).toBe(2);
  });
});

describe("minWordHash", () => {
  it("the least hash of the content words: 4+ letters, stop words left out, order does not matter", () => {
    const words = ["penny", "wise", "budgeting", "transfers"];
    const want = Math.min(...words.map((w) => hash32(w, 0x51ed27)));
    expect(minWordHash("You are Penny Wise, the assistant of a budgeting app: transfers.")).toBe(want);
    expect(minWordHash("transfers budgeting wise penny")).toBe(want);
    expect(minWordHash("wise", 7)).toBe(hash32("wise", 7));
  });
  it("0 when there is no content word", () => {
    expect(minWordHash("You are a helpful assistant. Answer the user.")).toBe(0);
    expect(minWordHash("app bot ai")).toBe(0);
    expect(minWordHash("")).toBe(0);
  });
});
