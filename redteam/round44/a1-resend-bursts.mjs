// R44 A1: one key, one 2-hour burst a day inside two UTC hours (10:00-11:58), machine pace, 4 days. Day 1 all new;
// days 2-4 re-send a share of day-1..n payloads verbatim. Compared with a naive continuous harvest (24 h a day) and with
// the same bursts all new (control). Question: which schedule is never challenged, and what does it get served a day.
import { rng, Trace, replay, summarise, line, harvest, newPool, timeline, T0, H, DAY, MIN } from "./lib44.mjs";
const DAYS = 4;
function run(name, { resend, window = [10 * H, 11 * H + 58 * MIN] }) {
  const r = rng(44); const t = new Trace(); const pool = newPool();
  for (let d = 0; d < DAYS; d++) harvest(t, r, { key: `sk-${name}`, start: T0 + d * DAY + window[0], end: T0 + d * DAY + window[1], pool, resend: d === 0 ? 0 : resend, group: name });
  t.write(name); const rows = replay(name); const s = summarise(rows, { days: DAYS })[name];
  console.log(line(name, s)); if (process.env.TL) console.log("   " + timeline(rows)); return s;
}
function naive() {
  const r = rng(44); const t = new Trace(); const pool = newPool();
  harvest(t, r, { key: "sk-naive", start: T0 + 10 * H, end: T0 + 10 * H + DAYS * DAY, pool, group: "a1-naive" });
  t.write("a1-naive"); const rows = replay("a1-naive"); const s = summarise(rows, { days: DAYS })["a1-naive"]; console.log(line("a1-naive", s)); return s;
}
const nv = naive();
const ctl = run("a1-control-new", { resend: 0 });
const cross = run("a1-control-cross3h", { resend: 0.75, window: [10 * H + 30 * MIN, 12 * H + 25 * MIN] });
const res = {};
for (const f of [0.7, 0.8, 0.85, 0.9]) res[f] = run(`a1-resend${Math.round(f * 100)}`, { resend: f });
const ok = Object.entries(res).filter(([, s]) => s.challenged === 0);
console.log(`naive (no puzzle solved): served ${nv.servedPerDay} tokens/day (capped ${nv.cappedPct}%), refused ${nv.refusedPct}%; with the client helper every refused request would be served degraded too`);
for (const [f, s] of Object.entries(res)) console.log(`resend ${f}: challenged=${s.challenged > 0} refused=${s.refusedPct}% served/day=${s.servedPerDay} (novel ${s.novelServedPerDay}) = ${(100 * s.servedPerDay / nv.servedPerDay).toFixed(0)}% of naive's served/day`);
const r70 = res[0.7];
if (r70.challenged === 0) console.log(`REPRODUCED: daily 2-hour bursts re-sending 70% of old payloads are never challenged`);
else console.log(`not reproduced at 70% re-sent (challenged at request ${r70.firstChallenge}; control all-new challenged at ${ctl.firstChallenge}; 2-hour bursts crossing into a 3rd UTC hour: ${cross.challenged ? "challenged at " + cross.firstChallenge : "not challenged"}). Re-send shares never challenged: ${ok.map(([f]) => f).join(",") || "none"}${ok.length ? `; at ${ok[0][0]} the bursts after day 1 bring ${Math.round((1 - ok[0][0]) * 100)}% new payloads: novel tokens served/day ${ok[0][1].novelServedPerDay} of ${ok[0][1].servedPerDay}` : ""}`);
