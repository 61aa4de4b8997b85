// R48-3: a frame beyond the 4,096-char reads: 300 fresh chars at each end (per-request "session notes", real
// ShareGPT text the model is told to ignore) around a 5,000-char head and a 5,000-char tail. Nothing is seen in
// the first reads, so the middle is never read whole; the harvest stays at degrade, never challenged.
import * as L from "./lib48.mjs";
import path from "node:path";
const H = L.block(1300, 7), T = L.block(1300, 11, "RUBRIC"), HB = L.block(5000, 7), TB = L.block(5000, 11, "RUBRIC");
const frame = (h, t, p) => `${h}\nTask:\n${p}\n${L.COT}\n${t}`;
const variants = {
  "control (fixed 1,300-char frame)": (i, p) => frame(H, T, p),
  "fresh 300 chars at each end, 1,300-char frame": (i, p, r) => `${L.rs300(r, i)}\n${frame(H, T, p)}\n${L.rs300(r, i + 7)}`,
  "fresh 300 chars at each end, 5,000-char head and tail": (i, p, r) => `${L.rs300(r, i)}\n${frame(HB, TB, p)}\n${L.rs300(r, i + 7)}`,
};
const rows = []; let k = 0;
for (const [name, make] of Object.entries(variants)) {
  const f = path.join(L.OUT, `r48-3-v${k++}.jsonl`); const tr = L.harvestTrace(f, { make, days: 3, clean: true, key: "sk-rt48-3-" + k });
  const s = L.summary(tr, L.replay(f, f + ".dec")); rows.push(s); console.log(L.brief(name, s));
}
const [c, f1, f5] = rows;
const ok = c.firstChallenge != null && f5.firstChallenge == null && f5.refused === 0;
console.log(`${ok ? "REPRODUCED" : "not reproduced"}: control challenged at ${c.firstChallenge}, ${c.refused}/${c.n} refused; fresh ends + 1,300-char frame: challenged at ${f1.firstChallenge}, ${f1.refused} refused (held); fresh ends + 5,000-char frame: first degrade ${f5.firstDegrade}, never challenged (${f5.firstChallenge}), ${f5.refused} refused, ${f5.degraded} degraded, ${f5.full} in full, max score ${f5.maxScore}`);
