// R46-2: the R45-2 fix's documented leftovers, measured at volume: a fixed head and tail of 5,000
// chars (read up to 4,096 from each end) and three heads rotated round-robin (framed only when one of
// the last two turns shares the head). Replay, pro tier, 3 days x 2 h, 1 req/4 s, clean CoT asks.
import * as L from "./lib46.mjs";
import path from "node:path";
const H = L.block(1300, 7), T = L.block(1300, 11, "RUBRIC");
const heads3 = [L.block(1300, 7), L.block(1300, 8), L.block(1300, 9)];
const longH = L.block(5000, 7), longT = L.block(5000, 11, "RUBRIC");
const variants = {
  "control (fixed 1,300-char head and tail)": (i, p) => `${H}\nTask:\n${p}\n${L.COT}\n${T}`,
  "head and tail of 5,000 chars": (i, p) => `${longH}\nTask:\n${p}\n${L.COT}\n${longT}`,
  "head only 5,000 chars (no tail)": (i, p) => `${longH}\nTask:\n${p}\n${L.COT}`,
  "3 heads of 1,300 rotated, fixed tail": (i, p) => `${heads3[i % 3]}\nTask:\n${p}\n${L.COT}\n${T}`,
};
const rows = []; let k = 0;
for (const [name, make] of Object.entries(variants)) {
  const f = path.join(L.OUT, `r46-2-v${k++}.jsonl`); const tr = L.harvestTrace(f, { make, days: 3, clean: true });
  const s = L.summary(tr, L.replay(f, f + ".dec")); rows.push(s); console.log(L.brief(name, s));
}
const [c, lng, lngH, rot] = rows;
const ok = c.firstChallenge != null && lng.fullPct >= 90 && rot.firstChallenge == null;
console.log(`${ok ? "REPRODUCED" : "not reproduced"}: control challenged at ${c.firstChallenge} (${c.refused} refused); 5,000-char head+tail ${lng.full}/${lng.n} in full (${lng.tokensFull} tokens), head only ${lngH.full}/${lngH.n} in full, first challenge ${lngH.firstChallenge}; 3 rotated heads ${rot.refused} refused, ${rot.degraded} degraded, first challenge ${rot.firstChallenge}`);
