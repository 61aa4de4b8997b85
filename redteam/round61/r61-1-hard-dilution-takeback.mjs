// R61-1: a logprob harvest (top_logprobs 20, 300-700-token answers) diluted to 6 hard requests per 55
// is never degraded once the key opens with clean traffic; a key already degraded by its first run
// is given back in full by the take-back after 50 clean requests (49: it stays degraded).
import * as L from "./lib.mjs";
import { hardTrace, hardFigures, fmt } from "./hard.mjs";
const res = {};
const cases = [
  ["every request hard (control)", 1, 0, 0],
  ["6 hard / 49 clean, warm-up 120", 6, 49, 120],
  ["8 hard / 49 clean, warm-up 120", 8, 49, 120],
  ["4 hard / 50 clean (take-back)", 4, 50, 0],
  ["4 hard / 49 clean (no take-back)", 4, 49, 0],
  ["6 hard / 50 clean (take-back)", 6, 50, 0],
  ["6 hard / 49 clean (no take-back)", 6, 49, 0],
];
for (const [label, H, C, warm] of cases) {
  const name = `r61-1-H${H}-C${C}-w${warm}`;
  const lines = hardTrace({ name, cover: "fg", H, C, warm, maxCycles: C ? 400 : 400 });
  const { dec } = L.replay(name, lines);
  const f = hardFigures(lines, dec); res[label] = f;
  console.log(fmt(label, f));
  const idx = lines.map((l, i) => (l.h === 1 ? i : -1)).filter((i) => i >= 0);
  const late = idx[Math.floor(idx.length * 0.8)];
  console.log(`    a late hard request: ${dec[late].action}${dec[late].degraded ? " (degraded)" : ""}, score ${dec[late].score}: ${dec[late].reasons.slice(0, 2).join(" | ")}`);
}
const g = (k) => res[k].fullShare;
const ok = g("every request hard (control)") < 0.05 && g("6 hard / 49 clean, warm-up 120") > 0.9 &&
  g("4 hard / 50 clean (take-back)") > 0.8 && g("4 hard / 49 clean (no take-back)") < 0.1 && g("6 hard / 50 clean (take-back)") > 0.5 && g("6 hard / 49 clean (no take-back)") < 0.1;
console.log(ok ? "REPRODUCED" : "not reproduced");
