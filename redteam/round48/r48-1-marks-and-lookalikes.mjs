// R48-1: the frame's canonical reading folds case, Greek/Cyrillic look-alikes, white space and zero-width
// characters, but not combining marks (NFKC composes e+U+0301 into é, not e) nor look-alikes from other
// blocks (Armenian օ ս հ ո, IPA ɑ ɡ, dotless ı, Cyrillic-Supplement ԁ ӏ, small-capital ꜱ). A harvester that
// laces 10 % of its frame's letters with a combining accent, or swaps 20 % of o u h n g a i l s d for such
// look-alikes, on every request, leaves no chunk of its frame unchanged: the frame is never found.
// Replay, 3 days x 2 h, 1 request / 4 s, 5,400 clean chain-of-thought asks, 1,300-char head and tail.
import * as L from "./lib48.mjs";
import path from "node:path";
const H = L.block(1300, 7), T = L.block(1300, 11, "RUBRIC");
const frame = (h, t, p) => `${h}\nTask:\n${p}\n${L.COT}\n${t}`;
const COMB = ["\u0301", "\u0300", "\u0308", "\u0323", "\u0331", "\u0307"];
const ARM = { o: "\u0585", u: "\u057d", h: "\u0570", n: "\u0578", g: "\u0261", a: "\u0251", i: "\u0131", l: "\u04cf", s: "\ua731", d: "\u0501" };
const comb = (s, r, p) => s.replace(/[A-Za-z]/g, (c) => (r() < p ? c + COMB[Math.floor(r() * COMB.length)] : c));
const arm = (s, r, p) => s.replace(/[ouhngalisd]/g, (c) => (r() < p ? ARM[c] : c));
const variants = {
  "control (fixed frame)": (i, p) => frame(H, T, p),
  "10% of letters + a combining mark": (i, p, r) => frame(comb(H, r, 0.1), comb(T, r, 0.1), p),
  "20% of o u h n g a i l s d -> Armenian/IPA/other look-alikes": (i, p, r) => frame(arm(H, r, 0.2), arm(T, r, 0.2), p),
  "5% combining marks (density check)": (i, p, r) => frame(comb(H, r, 0.05), comb(T, r, 0.05), p),
};
const rows = []; let k = 0;
for (const [name, make] of Object.entries(variants)) {
  const f = path.join(L.OUT, `r48-1-v${k++}.jsonl`); const tr = L.harvestTrace(f, { make, days: 3, clean: true, key: "sk-rt48-1-" + k });
  const s = L.summary(tr, L.replay(f, f + ".dec")); rows.push(s); console.log(L.brief(name, s));
}
const [c, cm, ar, c5] = rows;
const ok = c.firstChallenge != null && cm.fullPct >= 90 && ar.fullPct >= 90;
console.log(`${ok ? "REPRODUCED" : "not reproduced"}: control challenged at ${c.firstChallenge}, ${c.refused}/${c.n} refused, ${c.full} in full; 10% combining marks: ${cm.full}/${cm.n} in full (${cm.tokensFull} completion tokens), ${cm.refused} refused, max score ${cm.maxScore}; 20% other look-alikes: ${ar.full}/${ar.n} in full (${ar.tokensFull} tokens), max score ${ar.maxScore}; 5% marks: first degrade ${c5.firstDegrade}, first challenge ${c5.firstChallenge}, ${c5.full} in full`);
