// The guard's documented prompt estimate (ceil(ASCII/4) + 1 per other UTF-16 unit) against o200k_base and cl100k_base on
// 20,000-character texts of each kind (no chat template). No servers.
const TOK = process.env.TOK_DIR || "/work/rt42b-tok";
const { encode } = await import(`${TOK}/node_modules/gpt-tokenizer/esm/encoding/o200k_base.js`);
const { encode: enc100 } = await import(`${TOK}/node_modules/gpt-tokenizer/esm/encoding/cl100k_base.js`);
import crypto from "node:crypto";
const est = (s) => { let a = 0, o = 0; for (let i = 0; i < s.length; i++) { if (s.charCodeAt(i) < 128) a++; else o++; } return Math.ceil(a / 4) + o; };
let seed = 1; const rnd = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
const pick = (al, n) => { let s = ""; for (let i = 0; i < n; i++) s += al[Math.floor(rnd() * al.length)]; return s; };
const N = 20000;
const P = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
const cases = {
  english: "The quick brown fox jumps over the lazy dog while the committee reviews the annual budget report in detail. ".repeat(200).slice(0, N),
  digits: pick("0123456789", N),
  digitsSpaced: pick("0123456789 ", N),
  hex: crypto.randomBytes(N / 2).toString("hex"),
  base64: crypto.randomBytes(N * 3 / 4).toString("base64"),
  punct: pick(P, N),
  punctSpace: Array.from({length: N/2}, () => pick(P,1) + " ").join(""),
  altPunctLetter: Array.from({length: N/2}, () => pick(P,1) + pick("abcdefghijklmnopqrstuvwxyz",1)).join(""),
  mixedCase: pick("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", N),
  ctrl: pick("\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u000e\u000f\u0010\u0011\u0012", N),
  printable: pick(Array.from({length:95},(_,i)=>String.fromCharCode(32+i)).join(""), N),
  uuidList: Array.from({length: N/37}, () => crypto.randomUUID()).join("\n"),
  csvNums: Array.from({length: N/8}, () => (rnd()*1000).toFixed(2)).join(","),
  emoji: pick(["😀","🦜","🧬","🪐","🫠","🥹","🧿","🪬"], N/2).slice(0,N),
  cjk: "合同条款解释。根据本协议的规定，双方应当遵守以下条款。".repeat(600).slice(0, N),
  japanese: "これは日本語のテキストです。契約の条件について説明します。".repeat(600).slice(0,N),
  korean: "이것은 한국어 텍스트입니다. 계약 조건에 대해 설명합니다. ".repeat(600).slice(0,N),
  russian: "Это русский текст. Мы объясняем условия договора подробно. ".repeat(400).slice(0,N),
  arabic: "هذا نص عربي. نشرح شروط العقد بالتفصيل. ".repeat(600).slice(0,N),
  hindi: "यह हिंदी पाठ है। हम अनुबंध की शर्तों को विस्तार से समझाते हैं। ".repeat(400).slice(0,N),
  thai: "นี่คือข้อความภาษาไทย เราอธิบายเงื่อนไขของสัญญาอย่างละเอียด ".repeat(400).slice(0,N),
  randCJK: Array.from({length:N},()=>String.fromCharCode(0x4e00+Math.floor(rnd()*20000))).join(""),
  randHangul: Array.from({length:N},()=>String.fromCharCode(0xac00+Math.floor(rnd()*11000))).join(""),
  tibetan: Array.from({length:N},()=>String.fromCharCode(0x0f40+Math.floor(rnd()*40))).join(""),
  combining: Array.from({length:N/2},()=>"a"+String.fromCharCode(0x0300+Math.floor(rnd()*100))).join(""),
  randBMP: Array.from({length:N},()=>String.fromCharCode(0x3400+Math.floor(rnd()*6000))).join(""),
  yi: Array.from({length:N},()=>String.fromCharCode(0xa000+Math.floor(rnd()*1100))).join(""),
  cuneiform: Array.from({length:N/2},()=>String.fromCodePoint(0x12000+Math.floor(rnd()*900))).join(""),
  tags: Array.from({length:N/2},()=>String.fromCodePoint(0xe0020+Math.floor(rnd()*95))).join(""),
  pua: Array.from({length:N},()=>String.fromCharCode(0xe000+Math.floor(rnd()*6000))).join(""),
  spaces: " ".repeat(N),
  newlines: "\n".repeat(N),
  indentedCode: Array.from({length: 400}, (_, i) => " ".repeat(4*(i%6)) + `if (value_${i} > threshold) { return compute(value_${i}); }`).join("\n").slice(0,N),
  json: JSON.stringify(Array.from({length: 300}, (_, i) => ({ id: i, name: "item" + i, price: +(rnd()*100).toFixed(2), tags: ["a","b"], active: i%2===0 })), null, 2).slice(0, N),
  python: `def compute(values, threshold=0.5):\n    result = []\n    for v in values:\n        if v > threshold:\n            result.append(v * 2)\n        else:\n            result.append(v)\n    return result\n\n`.repeat(100).slice(0,N),
};
for (const [k, s] of Object.entries(cases)) {
  const t = encode(s).length, t1 = enc100(s).length, e = est(s);
  console.log(k.padEnd(14), "chars", String(s.length).padStart(6), "est", String(e).padStart(6), "o200k", String(t).padStart(6), "cl100k", String(t1).padStart(6), "o200k/est", (t/e).toFixed(2), "chars/tok", (s.length/t).toFixed(2));
}
