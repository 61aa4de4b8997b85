// R44 B1 (honest): a benchmark run once, (i) a large set (4,200 items) at low concurrency: ~4 h 20 min; (ii) a 65-minute run
// of 1,300 items that starts at 09:58 UTC, so it touches 3 UTC hours (09, 10, 11); control: the same run started at 10:05
// (touches 2). One key each, the harness's step-by-step prompt, temperature 0, answers 220-480 tokens.
import { rng, Trace, replay, summarise, line, benchRun, benchSet, timeline, T0, H, MIN } from "./lib44.mjs";
function one(name, start, n, gapLo, gapHi) {
  const r = rng(11); const t = new Trace(); benchRun(t, r, { key: `sk-${name}`, items: benchSet(11, n), start, gapLo, gapHi, group: name });
  t.write(name); const rows = replay(name); const s = summarise(rows)[name]; console.log(line(name, s)); if (process.env.TL) console.log("   " + timeline(rows));
  const last = rows[rows.length - 1]; s.end = new Date(last.m.ts).toISOString().slice(11, 16); return s;
}
const long = one("b1-long-4h", T0 + 8 * H, 4200, 3000, 4400);
const x3 = one("b1-65min-from-0958", T0 + 9 * H + 58 * MIN, 1300, 2500, 3500);
const x110 = one("b1-110min-from-0935", T0 + 9 * H + 35 * MIN, 2200, 2500, 3500);
const x2 = one("b1-65min-from-1005", T0 + 10 * H + 5 * MIN, 1300, 2500, 3500);
console.log(`long run (08:00-${long.end}): ${long.challenged ? `challenged at item ${long.firstChallenge}, ${long.refusedPct}% of its requests refused` : "never challenged"}`);
console.log(`65-minute run from 09:58 (ends ${x3.end}): ${x3.challenged ? `challenged at item ${x3.firstChallenge}, ${x3.refusedPct}% refused` : "never challenged"}; the same from 10:05 (ends ${x2.end}): ${x2.challenged ? `challenged, ${x2.refusedPct}% refused` : `never challenged, ${x2.refusedPct}% refused`}`);
console.log(`110-minute run from 09:35 (ends ${x110.end}): ${x110.challenged ? `challenged at item ${x110.firstChallenge}, ${x110.refusedPct}% refused` : "never challenged"}`);
if (long.challenged || x3.challenged) console.log(`REPRODUCED: honest one-off benchmark runs refused: ${long.refusedPct}% of a 4 h 20 min run, ${x3.refusedPct}% of a 65-minute run that started 2 minutes before the hour, ${x110.refusedPct}% of a 110-minute run from 09:35 (control started 10:05: ${x2.refusedPct}%)`);
else console.log("not reproduced");
