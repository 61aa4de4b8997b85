// R44 B3 (honest): apps whose traffic comes in daily batches of new material, 5 days, one key each:
//  (i)  a homework-help service that generates worked solutions once a day (17:00 UTC) for the questions students uploaded
//       that day: 250-400 new questions, a queue worker at ~1 request / 4 s, step-by-step, answers 350-700 tokens;
//  (ii) the same service with two batches a day (07:00 and 17:00 UTC).
import { rng, Trace, replay, summarise, line, chatBody, reasoningAsk, timeline, T0, H, DAY, MIN } from "./lib44.mjs";
const SYS = "You are the worked-solutions writer of Lernwerk, a homework help service for secondary schools. For the student's question, write a clear worked solution step by step that a 15-year-old can follow, then the final answer. Be encouraging and do not mention that you are an AI.";
const NET = { ip: "192.0.2.77", asn: 64511, country: "AT" };
function one(name, hours) {
  const r = rng(31); const t = new Trace(); let i = 0;
  for (let d = 0; d < 5; d++) for (const h of hours) { const n = r.int(250, 400); let ts = T0 + d * DAY + h * H + r.int(0, 5 * MIN);
    for (let k = 0; k < n; k++) { t.add(ts, `sk-${name}`, chatBody(reasoningAsk(r, 900000 + i++), { sys: SYS, max: 1500, temp: 0.3 }), r.int(350, 700), { group: name }, NET); ts += r.int(3000, 5000); } }
  t.write(name); const rows = replay(name); const s = summarise(rows)[name]; console.log(line(name, s)); if (process.env.TL) console.log("   " + timeline(rows)); return s;
}
const a = one("b3-daily-batch", [17]);
const b = one("b3-two-batches", [7, 17]);
for (const [n, s] of [["one batch a day", a], ["two batches a day", b]]) console.log(`${n}: ${s.challenged ? `challenged at request ${s.firstChallenge}` : "never challenged"}, ${s.refusedPct}% of ${s.req} requests refused, ${s.degradedPct}% degraded, ${s.cappedPct}% of tokens served capped / ${s.fullPct}% full`);
if (a.refusedPct > 1 || b.refusedPct > 1) console.log(`REPRODUCED: honest batch apps refused: ${a.refusedPct}% (daily batch), ${b.refusedPct}% (two batches a day)`); else console.log("not reproduced");
