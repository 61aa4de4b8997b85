// per Unicode block: random letters of the block, guard estimate vs o200k bill
import { startGuard, startOrigin42b, ORIGIN, POLICY, estimateOf, chatPromptTokens, rng } from "./lib.mjs";
const blocks = [["Latin-1 Sup", 0xc0, 0xff], ["Latin Ext-A", 0x100, 0x17f], ["Latin Ext-B", 0x180, 0x24f], ["IPA", 0x250, 0x2af], ["Latin Ext Additional", 0x1e00, 0x1eff], ["Latin Ext-C", 0x2c60, 0x2c7f], ["Latin Ext-D", 0xa720, 0xa7ff], ["Latin Ext-E", 0xab30, 0xab6f],
 ["Greek basic", 0x391, 0x3c9], ["Greek+Coptic rest", 0x3d0, 0x3ff], ["Greek Extended", 0x1f00, 0x1fff], ["Coptic", 0x2c80, 0x2cff],
 ["Cyrillic basic", 0x410, 0x44f], ["Cyrillic 0400-045F", 0x400, 0x45f], ["Cyrillic historic 0460-04FF", 0x460, 0x4ff], ["Cyrillic Supplement", 0x500, 0x52f], ["Cyrillic Ext-A", 0x2de0, 0x2dff], ["Cyrillic Ext-B", 0xa640, 0xa69f], ["Cyrillic Ext-C", 0x1c80, 0x1c8f],
 ["Armenian", 0x531, 0x587], ["Armenian ligatures", 0xfb13, 0xfb17], ["Georgian Mkhedruli", 0x10d0, 0x10ff], ["Georgian Asomtavruli", 0x10a0, 0x10cf], ["Georgian Mtavruli", 0x1c90, 0x1cbf], ["Georgian Nuskhuri", 0x2d00, 0x2d2f],
 ["Hebrew", 0x5d0, 0x5ea], ["Hebrew pres forms", 0xfb1d, 0xfb4f], ["Arabic", 0x620, 0x64a], ["Arabic Supplement", 0x750, 0x77f], ["Arabic Ext-A", 0x8a0, 0x8ff], ["Arabic Pres Forms-A", 0xfb50, 0xfdff], ["Arabic Pres Forms-B", 0xfe70, 0xfeff], ["Syriac", 0x710, 0x74f], ["Thaana", 0x780, 0x7b1], ["NKo", 0x7c0, 0x7ff],
 ["Devanagari", 0x900, 0x97f], ["Devanagari Ext", 0xa8e0, 0xa8ff], ["Bengali", 0x980, 0x9ff], ["Gurmukhi", 0xa00, 0xa7f], ["Gujarati", 0xa80, 0xaff], ["Oriya", 0xb00, 0xb7f], ["Tamil", 0xb80, 0xbff], ["Telugu", 0xc00, 0xc7f], ["Kannada", 0xc80, 0xcff], ["Malayalam", 0xd00, 0xd7f], ["Sinhala", 0xd80, 0xdff],
 ["Thai", 0xe00, 0xe7f], ["Lao", 0xe80, 0xeff], ["Tibetan", 0xf00, 0xfff], ["Myanmar", 0x1000, 0x109f], ["Ethiopic", 0x1200, 0x137f], ["Cherokee", 0x13a0, 0x13ff], ["Canadian Syllabics", 0x1400, 0x167f], ["Khmer", 0x1780, 0x17ff], ["Mongolian", 0x1800, 0x18af],
 ["Hiragana", 0x3041, 0x3096], ["Katakana", 0x30a1, 0x30fa], ["Hangul Jamo", 0x1100, 0x11ff], ["Hangul compat jamo", 0x3131, 0x318e], ["Bopomofo", 0x3105, 0x312f], ["CJK Ext A", 0x3400, 0x4dbf], ["CJK compat ideographs", 0xf900, 0xfad9], ["Yi", 0xa000, 0xa48c], ["Vai", 0xa500, 0xa62b], ["Halfwidth katakana", 0xff66, 0xff9d]];
const R = rng(11); const N = +(process.env.N || 6000);
const o = await startOrigin42b(ORIGIN);
const g = await startGuard({ policy: POLICY() });
const rows = [];
try {
  for (const [name, a, b] of blocks) {
    const al = []; for (let c = a; c <= b; c++) { const ch = String.fromCodePoint(c); if (/[\p{L}\p{M}]/u.test(ch)) al.push(ch); }
    let t = ""; for (let i = 0; i < N; i++) t += al[Math.floor(R() * al.length)];
    const body = { model: "gpt-4.1|words=1", max_tokens: 1, messages: [{ role: "user", content: t }] };
    const e = await estimateOf(g, body); const est = e.reserved - 1; const billed = chatPromptTokens(body);
    rows.push([name, est, billed]);
    console.log(name.padEnd(30), "letters", String(al.length).padStart(4), "est/char", (est / N).toFixed(2), "billed/char", (billed / N).toFixed(2), "billed/est", (billed / est).toFixed(2));
  }
} finally { await g.stop(); await o.close(); }
