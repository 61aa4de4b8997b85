// R48-2: markdown / HTML emphasis is read by the model as the same words, but the canonical reading keeps it:
// wrapping a random ~40 % of the frame's words of 4+ letters in **..**, *..* or `..` (or <b>, <i>, <span>)
// on every request changes every chunk. Replay, the same 5,400-ask harvest as R48-1.
import * as L from "./lib48.mjs";
import path from "node:path";
const H = L.block(1300, 7), T = L.block(1300, 11, "RUBRIC");
const frame = (h, t, p) => `${h}\nTask:\n${p}\n${L.COT}\n${t}`;
const md = (s, r) => s.replace(/\b([A-Za-z]{4,})\b/g, (m) => { const x = r(); return x < 0.15 ? `**${m}**` : x < 0.3 ? `*${m}*` : x < 0.4 ? `\`${m}\`` : m; });
const html = (s, r) => s.replace(/\b([A-Za-z]{4,})\b/g, (m) => { const x = r(); return x < 0.15 ? `<b>${m}</b>` : x < 0.3 ? `<i>${m}</i>` : x < 0.4 ? `<span>${m}</span>` : m; });
const variants = {
  "control (fixed frame)": (i, p) => frame(H, T, p),
  "markdown emphasis on ~40% of words": (i, p, r) => frame(md(H, r), md(T, r), p),
  "HTML inline tags on ~40% of words": (i, p, r) => frame(html(H, r), html(T, r), p),
};
const rows = []; let k = 0;
for (const [name, make] of Object.entries(variants)) {
  const f = path.join(L.OUT, `r48-2-v${k++}.jsonl`); const tr = L.harvestTrace(f, { make, days: 3, clean: true, key: "sk-rt48-2-" + k });
  const s = L.summary(tr, L.replay(f, f + ".dec")); rows.push(s); console.log(L.brief(name, s));
}
const [c, m, h] = rows;
const ok = c.firstChallenge != null && m.fullPct >= 90;
console.log(`${ok ? "REPRODUCED" : "not reproduced"}: control challenged at ${c.firstChallenge}, ${c.refused}/${c.n} refused; markdown emphasis: ${m.full}/${m.n} in full (${m.tokensFull} completion tokens), ${m.refused} refused, max score ${m.maxScore}; HTML tags: ${h.full}/${h.n} in full (${h.tokensFull} tokens), first degrade ${h.firstDegrade}, first challenge ${h.firstChallenge}, max ${h.maxScore}`);
