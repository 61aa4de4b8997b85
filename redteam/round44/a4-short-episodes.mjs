// R44 A4: (i) episodes kept under 8 requests (7 asks, then 61 minutes of quiet), round the clock, all new, 2 days;
// (ii) inside the 2-hour window: a 30-minute burst (09:00-09:30), a pause of 59 vs 61 minutes, a second burst of new payloads (one day only):
// where does the episode boundary sit, and does a pause just under an hour keep one episode.
import { rng, Trace, replay, summarise, line, harvest, newPool, timeline, T0, H, DAY, MIN } from "./lib44.mjs";
function one(name, build, days) { const r = rng(5); const t = new Trace(); const pool = newPool(); build(t, r, pool, name); t.write(name); const rows = replay(name); const s = summarise(rows, { days })[name]; console.log(line(name, s)); if (process.env.TL) console.log("   " + timeline(rows)); return s; }
const s7 = one("a4-seven-per-episode", (t, r, pool, name) => {
  for (let ep = T0; ep < T0 + 2 * DAY; ep += 61 * MIN + 7 * 4000) harvest(t, r, { key: "sk-7", start: ep, end: ep + 7 * 4000 - 1, pool, group: name, gapLo: 4000, gapHi: 4000 });
}, 2);
const pause = {};
for (const p of [59, 61]) pause[p] = one(`a4-pause${p}`, (t, r, pool, name) => {
  const a = T0 + 9 * H; harvest(t, r, { key: "sk-p", start: a, end: a + 30 * MIN, pool, group: name });
  const b = a + 30 * MIN + p * MIN; harvest(t, r, { key: "sk-p", start: b, end: T0 + 10 * H + 59 * MIN, pool, group: name });
}, 1);
console.log(`7-request episodes round the clock: ${s7.req} requests, ${s7.challenged ? `challenged at request ${s7.firstChallenge}, ${s7.refusedPct}% refused` : "never challenged"}; served/day ${s7.servedPerDay}`);
console.log(`pause 59 min: ${pause[59].challenged ? "challenged at " + pause[59].firstChallenge : "not challenged"}; pause 61 min: ${pause[61].challenged ? "challenged at " + pause[61].firstChallenge : "not challenged"}`);
if (s7.challenged === 0) console.log("REPRODUCED: episodes under 8 requests are never challenged"); else console.log(`not reproduced: short episodes round the clock fill >= 3 hours of the day (challenged at request ${s7.firstChallenge}); a pause of ${pause[59].challenged ? "59" : "under 60"} min keeps one episode ${pause[59].challenged ? "NOT" : ""}, 61 min starts a second (${pause[61].challenged ? "challenged" : "not challenged"})`);
