// R61-2: the clean requests that dilute the hard rate and trigger the take-back can be ONE HTTP request:
// a completions prompt list of 49-50 one-token prompts, or a message batch of 50 one-token items,
// counts as 49-50 requests. Embeddings input lists and free routes do not (held).
import * as L from "./lib.mjs";
import { hardTrace, hardFigures, fmt } from "./hard.mjs";
const res = {};
const cases = [
  ["4 hard + 1 prompt list of 49", "plist", 4, 49],
  ["6 hard + 1 prompt list of 50", "plist", 6, 50],
  ["6 hard + 1 prompt list of 49 (ctl)", "plist", 6, 49],
  ["6 hard + 1 msg batch of 50", "mbatch", 6, 50],
  ["6 hard + 1 msg batch of 49 (ctl)", "mbatch", 6, 49],
  ["4 hard + 50 fg clean (reference)", "fg", 4, 50],
  ["2 hard + 1 embeddings of 50 (held)", "emb", 2, 50],
  ["2 hard + 50 GET /v1/models (held)", "free", 2, 50],
];
for (const [label, cover, H, C] of cases) {
  const name = `r61-2-${cover}-H${H}-C${C}`;
  const lines = hardTrace({ name, cover, H, C, maxLines: 6000, maxCycles: cover === "fg" || cover === "free" ? 400 : 300 });
  const { dec } = L.replay(name, lines);
  const f = hardFigures(lines, dec); res[label] = f;
  console.log(fmt(label, f));
}
const g = (k) => res[k].fullShare;
const ok = g("4 hard + 1 prompt list of 49") > 0.9 && g("6 hard + 1 prompt list of 50") > 0.8 && g("6 hard + 1 prompt list of 49 (ctl)") < 0.1 && g("6 hard + 1 msg batch of 50") > 0.8 && g("6 hard + 1 msg batch of 49 (ctl)") < 0.1;
console.log(ok ? "REPRODUCED" : "not reproduced");
