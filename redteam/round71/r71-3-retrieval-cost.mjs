// R71-3: what the cut costs retrieval and dedup, measured on vectors served by the running Worker.
// Synthetic corpus (origin.mjs): 10,000 docs in 400 clusters (centroid + equal-size own noise), 200 queries each a
// noisy copy of one doc; dup:i is a near-duplicate of doc:i. Two spectra: isotropic (bge-m3, ada-002-like models not
// trained for truncation) and Matryoshka-like (text-embedding-3-small: variance of component k ~ 1/(1+k/32)).
// Full vectors come from the origin directly (what an allowed key gets); cut ones from a degraded key through the guard.
import { up, down, embed, degradeKey, vecOf, socketErrors } from "./http.mjs";
import { embedAnswer } from "./origin.mjs";
const T = setTimeout(() => { console.log("not reproduced: timeout"); down().then(() => process.exit(2)); }, 480000);
const N = 10000, Q = 200, K = 10;
const dot = (a, b) => { let s = 0; for (let i = 0; i < a.length; i++) s += a[i] * b[i]; return s; };
function topk(q, docs) { const sc = docs.map((d, i) => [dot(q, d), i]); sc.sort((a, b) => b[0] - a[0]); return sc.slice(0, K); }
const full = (model, texts) => embedAnswer({ model, input: texts, encoding_format: "float" }).data.map((d) => Float64Array.from(d.embedding));
async function cut(key, model, texts) { const out = []; for (let o = 0; o < texts.length; o += 1000) { const a = await embed(key, { model, input: texts.slice(o, o + 1000), encoding_format: "base64" }); if (a.status !== 200 || a.policy !== "degraded") throw new Error(`cut ${a.status} ${a.policy}`); for (const d of a.json.data) out.push(Float64Array.from(vecOf(d))); } return out; }
let worst = 1; const lines = [];
try {
  await up();
  await degradeKey("sk-r71-rc");
  for (const model of ["text-embedding-3-small", "bge-m3"]) {
    const dt = Array.from({ length: N }, (_, i) => `doc:${i}`), qt = Array.from({ length: Q }, (_, j) => `q:${j}`), ut = Array.from({ length: 300 }, (_, i) => `dup:${i}`);
    const Df = full(model, dt), Qf = full(model, qt), Uf = full(model, ut);
    const Dc = await cut("sk-r71-rc", model, dt), Qc = await cut("sk-r71-rc", model, qt), Uc = await cut("sk-r71-rc", model, ut);
    const truth = Qf.map((q) => new Set(topk(q, Df).map((x) => x[1])));
    const recall = (Qs, Ds) => { let s = 0; Qs.forEach((q, j) => { s += topk(q, Ds).filter((x) => truth[j].has(x[1])).length / K; }); return s / Qs.length; };
    const top1 = (Qs, Ds) => Qs.map((q) => topk(q, Ds)[0][0]);
    const rCF = recall(Qc, Df), rCC = recall(Qc, Dc), rFC = recall(Qf, Dc);
    // RAG score threshold calibrated on full vectors: the 10th percentile of full top-1 scores
    const t1f = top1(Qf, Df).sort((a, b) => a - b), thr = t1f[Math.floor(Q * 0.1)];
    const passCF = top1(Qc, Df).filter((s) => s >= thr).length / Q;
    // dedup: the same text embedded before (full) and after the degrade (cut); near-duplicates; unrelated pairs
    const self = Df.slice(0, 300).map((d, i) => dot(d, Dc[i])); const selfMean = self.reduce((a, b) => a + b, 0) / self.length;
    const dupFF = Uf.map((u, i) => dot(u, Df[i])), dupCF = Uc.map((u, i) => dot(u, Df[i]));
    const dthr = dupFF.slice().sort((a, b) => a - b)[Math.floor(300 * 0.05)]; // threshold catching 95 % of near-dups with full vectors
    const caughtCF = dupCF.filter((s) => s >= dthr).length / 300;
    const unrelFF = [], unrelCC = []; for (let i = 0; i < 2000; i++) { const a = (i * 37) % N, b = (i * 91 + 5000) % N; if (a % 400 === b % 400) continue; unrelFF.push(dot(Df[a], Df[b])); unrelCC.push(dot(Dc[a], Dc[b])); }
    const fpFF = unrelFF.filter((s) => s >= dthr).length / unrelFF.length, fpCC = unrelCC.filter((s) => s >= dthr).length / unrelCC.length;
    const sameFF = [], sameCC = []; for (let i = 0; i < 2000; i++) { const a = i % N, b = (a + 400 * (1 + (i % 20))) % N; sameFF.push(dot(Df[a], Df[b])); sameCC.push(dot(Dc[a], Dc[b])); }
    const fpsFF = sameFF.filter((s) => s >= dthr).length / sameFF.length, fpsCC = sameCC.filter((s) => s >= dthr).length / sameCC.length;
    const l = `${model.padEnd(22)} recall@10 vs full/full truth: cut query -> full index ${rCF.toFixed(3)}, cut -> cut index ${rCC.toFixed(3)}, full query -> cut index ${rFC.toFixed(3)} | RAG top-1 over the full-vector threshold (${thr.toFixed(3)}, 90 % of full queries pass): ${(100 * passCF).toFixed(1)} % of cut queries | same text full vs cut cosine ${selfMean.toFixed(3)} | near-dup threshold ${dthr.toFixed(3)} (95 % of dups, full): catches ${(100 * caughtCF).toFixed(1)} % of cut-vs-full dups; false dups among same-cluster pairs full ${(100 * fpsFF).toFixed(1)} % cut ${(100 * fpsCC).toFixed(1)} %, unrelated ${(100 * fpFF).toFixed(1)} % / ${(100 * fpCC).toFixed(1)} %`;
    console.log(l); worst = Math.min(worst, rCF, rCC, rFC, caughtCF);
  }
  console.log(`(socket errors retried once: ${socketErrors.n})`);
  console.log(worst < 0.8 ? `REPRODUCED: worst recall / dedup catch rate under the cut ${worst.toFixed(3)} (< 0.8)` : `not reproduced: worst ${worst.toFixed(3)}`);
} finally { clearTimeout(T); await down(); }
