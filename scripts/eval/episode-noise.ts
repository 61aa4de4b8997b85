/**
 * node scripts/node22.mjs scripts/eval/episode-noise.ts
 *
 * How often the sustained-volume rule (score.ts `sustained`) reads a harvest's new episode as old:
 * a key with N distinct payloads in its HyperLogLog (256 registers) brings an episode of E new
 * ones; the episode is novel when the count grew by half of E or more (state.ts `episodeNovel`).
 * A re-run of the same payloads never grows the count, so the error only ever goes one way.
 * 200 trials per cell, a fixed seed: docs/detection.md quotes the table.
 */
import { hllAdd, hllCount, hllNew } from "../../src/detect/sketch.ts";

let seed = 12345;
const next = (): number => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0);
const TRIALS = 200;
console.log("| distinct payloads before | episode of 20 | of 100 | of 300 | of 1,000 |\n|---|---|---|---|---|");
for (const n of [300, 2000, 10_000, 50_000]) {
  const cells: string[] = [];
  for (const e of [20, 100, 300, 1000]) {
    let old = 0;
    for (let t = 0; t < TRIALS; t++) {
      let h = hllNew(8);
      for (let i = 0; i < n; i++) h = hllAdd(h, next());
      const before = hllCount(h);
      for (let i = 0; i < e; i++) h = hllAdd(h, next());
      if (hllCount(h) - before < 0.5 * e) old++;
    }
    cells.push(`${Math.round((100 * old) / TRIALS)} %`);
  }
  console.log(`| ${n.toLocaleString("en-US")} | ${cells.join(" | ")} |`);
}
