// R52-1: a photo homework solver (Photomath-like) on one backend key, pro tier. The student snaps a
// photo; the backend sends the image alone (no typed text) under a localised system prompt (en, es,
// pt, de, ja, hi) that asks for a step-by-step solution. Single-shot flow: no follow-ups (FOLLOW=0.1
// gives 10 % follow-ups). Variants: A image only (the product), B the same with a one-line typed
// caption, C the problem typed as text. Generator: photo52.mjs.
import { replay, summarise, fmt, reasonsAt, cut, PRO } from "./lib52.mjs";
import { gen } from "./photo52.mjs";

const res = {}, dec = {};
const FOL = Number(process.env.FOLLOW ?? 0);
for (const v of ["A", "B", "C"]) {
  dec[v] = replay(`r52-1-${v}`, gen(v, 52, FOL), PRO);
  res[v] = summarise(dec[v]);
}
for (const [v, label] of [["A", "A image only (the product)  "], ["B", "B image + one-line caption  "], ["C", "C the problem typed as text "]]) {
  console.log(fmt(label, res[v]));
  console.log("   reasons at max score: " + reasonsAt(res[v]));
  const c = cut(dec[v]);
  if (c.degraded) console.log(`   degraded answers cut at 512 tokens: ${c.cut} of ${c.degraded}`);
}
const ok = res.A.refused / res.A.n > 0.1 && res.B.refused === 0 && res.C.refused === 0;
console.log(ok ? "REPRODUCED" : "not reproduced");
