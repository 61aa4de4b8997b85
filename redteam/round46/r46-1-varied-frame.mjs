// R46-1: the R45-2 fix finds a key's fixed head/tail by 64-char block hashes of its last two long
// turns. A harvester that changes a few chars in the head's first 600 chars and in the tail's last
// 600 chars on every request (a job id at the top and a reference at the bottom; or a run of spaces;
// or one Cyrillic look-alike letter) has no shared block, so the ask window falls back to chars
// 600-1,200, inside the fixed head: R45-2 comes back. Replay, pro-tier policy, 3 days x 2 h, 1 req/4 s.
import * as L from "./lib46.mjs";
import path from "node:path";
const H = L.block(1300, 7), T = L.block(1300, 11, "RUBRIC");
const HOMO = { a: "\u0430", e: "\u0435", o: "\u043e", p: "\u0440", c: "\u0441" };
function swapOne(s, lo, hi, r) { for (let k = 0; k < 100; k++) { const j = lo + Math.floor(r() * (hi - lo)); if (HOMO[s[j]]) return s.slice(0, j) + HOMO[s[j]] + s.slice(j + 1); } return s; }
const id = (r) => Math.floor(r() * 1e9).toString(36);
const variants = {
  "control (fixed 1,300-char head and tail)": [(i, p) => `${H}\nTask:\n${p}\n${L.COT}\n${T}`, true],
  "job id in head + ref id after tail": [(i, p, r) => `${H.slice(0, 50)}[job ${id(r)}]${H.slice(50)}\nTask:\n${p}\n${L.COT}\n${T}\n[ref ${id(r)}]`, true],
  "1-63 spaces at char 45 and 500 chars before the end": [(i, p, r) => `${H.slice(0, 45)}${" ".repeat(1 + Math.floor(r() * 63))}${H.slice(45)}\nTask:\n${p}\n${L.COT}\n${T.slice(0, T.length - 500)}${" ".repeat(1 + Math.floor(r() * 63))}${T.slice(T.length - 500)}`, true],
  "one Cyrillic look-alike in head[45..600] and tail[-600..]": [(i, p, r) => `${swapOne(H, 45, 600, r)}\nTask:\n${p}\n${L.COT}\n${swapOne(T, T.length - 600, T.length, r)}`, true],
  "job id + ref id, R45's payload mix (evol-instruct, MMLU templates)": [(i, p, r) => `${H.slice(0, 50)}[job ${id(r)}]${H.slice(50)}\nTask:\n${p}\n${L.COT}\n${T}\n[ref ${id(r)}]`, false],
  "control, R45's payload mix": [(i, p) => `${H}\nTask:\n${p}\n${L.COT}\n${T}`, false],
};
const rows = []; let k = 0;
for (const [name, [make, clean]] of Object.entries(variants)) {
  const f = path.join(L.OUT, `r46-1-v${k++}.jsonl`); const tr = L.harvestTrace(f, { make, days: 3, clean });
  const s = L.summary(tr, L.replay(f, f + ".dec")); rows.push([name, s]); console.log(L.brief(name, s));
}
const c = rows[0][1], v = rows.slice(1, 4).map((x) => x[1]);
const ok = c.firstChallenge != null && v.every((s) => s.firstChallenge == null && s.fullPct >= 90);
console.log(`${ok ? "REPRODUCED" : "not reproduced"}: control challenged at request ${c.firstChallenge}, ${c.refused}/${c.n} refused, ${c.tokensFull} tokens in full; varied frames: ${v.map((s) => `${s.full}/${s.n} served in full (${s.tokensFull} completion tokens), ${s.refused} refused, max score ${s.maxScore}`).join("; ")}`);
