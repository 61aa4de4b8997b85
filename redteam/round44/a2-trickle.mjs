// R44 A2: one key, never an hour of quiet (so its whole life is ONE episode), its volume concentrated in two UTC hours
// (10:00-11:59, machine pace, ~900 requests an hour) and a trickle in the other 22 hours that keeps each of them under
// 1/48 of the key's decayed requests. Every payload new, every day, 5 days. Control: the same key without the trickle
// (one burst a day, i.e. a new episode each day) and the naive 24 h harvest.
import { rng, Trace, replay, summarise, line, harvest, newPool, timeline, T0, H, DAY, MIN } from "./lib44.mjs";
const DAYS = 5;
function run(name, { trickle }) {
  const r = rng(7); const t = new Trace(); const pool = newPool(); const key = `sk-${name}`;
  for (let d = 0; d < DAYS; d++) {
    const day = T0 + d * DAY;
    harvest(t, r, { key, start: day + 10 * H, end: day + 12 * H, pool, group: name });
    // trickle: from 12:00 to 10:00 next day (the last day stops at 24:00), `trickle` requests an hour, evenly spaced
    if (trickle) harvest(t, r, { key, start: day + 12 * H + 5000, end: day + (d === DAYS - 1 ? 24 : 34) * H, pool, group: name, every: (rr) => Math.round(H / trickle) + rr.int(-20000, 20000) });
  }
  t.write(name); const rows = replay(name); const s = summarise(rows, { days: DAYS })[name];
  console.log(line(name, s)); if (process.env.TL) console.log("   " + timeline(rows)); return s;
}
const res = {};
for (const tr of [20, 30, 36]) res[tr] = run(`a2-trickle${tr}`, { trickle: tr });
const ctl = run("a2-control-bursts", { trickle: 0 });
const r = rng(7); const t = new Trace(); const pool = newPool();
harvest(t, r, { key: "sk-naive", start: T0 + 10 * H, end: T0 + 10 * H + DAYS * DAY, pool, group: "a2-naive" });
t.write("a2-naive"); const nv = summarise(replay("a2-naive"), { days: DAYS })["a2-naive"]; console.log(line("a2-naive", nv));
const best = Object.entries(res).filter(([, s]) => s.challenged === 0).sort((a, b) => b[1].servedPerDay - a[1].servedPerDay)[0];
console.log(`naive 24 h harvest: challenged at request ${nv.firstChallenge}, ${nv.refusedPct}% refused, served ${nv.servedPerDay} tokens/day without solving puzzles`);
console.log(`bursts without trickle (one episode a day): challenged at request ${ctl.firstChallenge}, ${ctl.refusedPct}% refused`);
if (best && ctl.challenged > 0) {
  const s = best[1];
  console.log(`REPRODUCED: 2 heavy UTC hours + a trickle of ${best[0]}/h elsewhere (${s.req} requests in ${DAYS} days, ${Math.round(s.req / DAYS)}/day, every payload new): never challenged, ${s.refusedPct}% refused, ${s.degradedPct}% served degraded; ${s.servedPerDay} tokens/day served (${s.fullPerDay} in full) = ${(s.servedPerDay / nv.servedPerDay).toFixed(1)}x the naive harvest's without puzzles`);
} else console.log("not reproduced");
