// R44 B2 (honest): nightly evaluation keys (one key each, 01:00 UTC, ~500 items in ~30 min, the harness's step-by-step
// prompt, temperature 0, answers 220-480 tokens), 5 nights:
//  (i)   a team that runs a different benchmark each night (a new set of 500 every night);
//  (ii)  a nightly eval whose set changes 35 % each night (a sampled subset refreshed, the rest fixed);
//  (iii) a one-off run of 1,000 items that crashes after 400 and is resumed 70 minutes later with the remaining 600;
//  control: the same 500 items every night (the case the rule was written for).
import { rng, Trace, replay, summarise, line, benchRun, benchSet, timeline, T0, H, DAY, MIN } from "./lib44.mjs";
const NIGHTS = 5;
function one(name, build) {
  const r = rng(21); const t = new Trace(); build(t, r, `sk-${name}`, name); t.write(name); const rows = replay(name); const s = summarise(rows)[name];
  console.log(line(name, s)); if (process.env.TL) console.log("   " + timeline(rows)); return s;
}
const ctl = one("b2-fixed-set", (t, r, key, group) => { const set = benchSet(100, 500); for (let n = 0; n < NIGHTS; n++) benchRun(t, r, { key, items: set, start: T0 + n * DAY + 1 * H, group }); });
const diff = one("b2-new-benchmark-nightly", (t, r, key, group) => { for (let n = 0; n < NIGHTS; n++) benchRun(t, r, { key, items: benchSet(200 + n, 500), start: T0 + n * DAY + 1 * H, group }); });
const rot = one("b2-35pct-refreshed", (t, r, key, group) => {
  let set = benchSet(300, 500); let fresh = 0;
  for (let n = 0; n < NIGHTS; n++) { benchRun(t, r, { key, items: set, start: T0 + n * DAY + 1 * H, group }); const add = benchSet(400 + n, 175); set = set.slice(175).concat(add); }
});
const crash = one("b2-crash-resume", (t, r, key, group) => {
  const set = benchSet(500, 1000); const end = benchRun(t, r, { key, items: set.slice(0, 400), start: T0 + 1 * H, group });
  benchRun(t, r, { key, items: set.slice(400), start: end + 70 * MIN, group });
});
const rows = [["same 500 items nightly (control)", ctl], ["a different benchmark each night", diff], ["35 % of the set refreshed nightly", rot], ["crash after 400 items, resumed 70 min later", crash]];
for (const [n, s] of rows) console.log(`${n}: ${s.challenged ? `challenged at request ${s.firstChallenge}` : "never challenged"}, ${s.refusedPct}% of ${s.req} requests refused, ${s.degradedPct}% degraded`);
const hurt = rows.slice(1).filter(([, s]) => s.refusedPct > 1);
if (hurt.length) console.log(`REPRODUCED: honest evaluation keys refused: ${hurt.map(([n, s]) => `${n} ${s.refusedPct}%`).join("; ")} (control ${ctl.refusedPct}%)`);
else console.log("not reproduced");
