// R71-1: which honest embeddings products get degraded at all (replay, pro tier as defaults)
import { PRODUCTS } from "./products.mjs";
import { replay, row, pct } from "./lib.mjs";
const seed = Number(process.argv[2] || 7101);
const only = process.argv[3];
const res = {};
let idx = 1;
for (const [name, gen] of Object.entries(PRODUCTS)) {
  idx++; if (only && !only.split(",").includes(name)) continue;
  const t0 = Date.now(); const ev = gen(seed + idx, idx); const per = replay(`r71-1-${name}`, ev);
  for (const p of Object.values(per)) { res[name] = p; console.log(row(name, p), `(${((Date.now() - t0) / 1000).toFixed(0)} s)`); }
}
const degraded = Object.entries(res).filter(([, p]) => p.degraded / p.req >= 0.05);
console.log(`products with >= 5 % of requests degraded: ${degraded.map(([n, p]) => `${n} ${pct(p.degraded, p.req)} %`).join("; ") || "none"}`);
// the harm is the cut: an honest product whose inputs come back cut (thirty-ninth session: a key
// degraded without evidence of how it is driven is served its embeddings whole)
const cut = Object.entries(res).filter(([, p]) => p.inputs > 0 && p.inputsDegraded / p.inputs >= 0.05);
console.log(`products with >= 5 % of embeddings inputs cut: ${cut.map(([n, p]) => `${n} ${pct(p.inputsDegraded, p.inputs)} %`).join("; ") || "none"}`);
console.log(cut.length ? `REPRODUCED: ${cut.length} of ${Object.keys(res).length} honest embeddings products have their vectors cut (>= 5 % of inputs)` : `not reproduced: no honest product's vectors cut (${degraded.length} at degrade standing, served whole)`);
