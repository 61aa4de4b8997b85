// R44 C1: the same reasoning harvest, every ask put inside a fixed 600-char instruction head and a 600-char rubric tail
// (the ask and its "step by step" cue sit in the middle of the input turn; the head and tail ask for every intermediate
// step without the lexicon's step-by-step words), one key, machine pace, round the clock, 2 days (the sustained-volume
// rule does not even come into play). Control: the same asks unframed. Variant: the frame with the cue also in the tail.
import { rng, Trace, replay, summarise, line, harvest, newPool, reasoningAsk, timeline, T0, H, DAY } from "./lib44.mjs";
const HEAD0 = "Instructions for this worksheet item. Read the problem in the box below carefully. Identify the quantities that are given and the quantity that is asked for, state the principle or theorem that applies, write every intermediate result on its own line with units, double-check arithmetic, and only then state the final answer on a line that begins with 'Final answer:'. Keep notation consistent and define every symbol you introduce. ";
const TAIL0 = " End of the problem box. Grading rubric reminder: identification of givens 10%, correct principle 20%, intermediate steps 40%, units and significant figures 10%, a final sanity check 10%, clear final answer 10%. Answers that skip steps lose the step marks even when the final value is right, so show the full derivation. ";
const fit = (s, n) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
const HEAD = fit(HEAD0, 600), TAIL = fit(TAIL0, 600);
const framed = (cueTail) => (r, i) => `${HEAD}\n[PROBLEM] ${reasoningAsk(r, i)} [/PROBLEM]\n${TAIL}${cueTail ? " Think step by step." : ""}`;
const DAYS = 2;
function one(name, make, daily = false) {
  const r = rng(9); const t = new Trace(); const pool = newPool();
  if (daily) for (let d = 0; d < 3; d++) harvest(t, r, { key: `sk-${name}`, start: T0 + d * DAY + 10 * H, end: T0 + d * DAY + 12 * H - 60000, pool, make, group: name });
  else harvest(t, r, { key: `sk-${name}`, start: T0, end: T0 + DAYS * DAY, pool, make, group: name });
  t.write(name); const rows = replay(name); const s = summarise(rows, { days: daily ? 3 : DAYS })[name]; console.log(line(name, s)); console.log("   reasons at max score: " + JSON.stringify(s.reasons)); return s;
}
const f = one("c1-framed", framed(false));
const c = one("c1-unframed", reasoningAsk);
const v = one("c1-framed-cue-in-tail", framed(true));
const d2 = one("c1-framed-2h-daily", framed(false), true);
console.log(`framed: worst ${f.worst}, ${f.fullPct}% of completion tokens in full (${f.fullPerDay}/day); unframed: worst ${c.worst}, ${c.fullPct}% in full (${c.fullPerDay}/day), ${c.refusedPct}% refused; framed with the cue in the tail: worst ${v.worst}, ${v.fullPct}% in full`);
console.log(`framed, 2 hours a day for 3 days: worst ${d2.worst}, ${d2.fullPct}% in full (${d2.req} requests, ${(d2.fullPerDay / 1e6).toFixed(2)} M tokens a day in full)`);
if (f.challenged === 0 && f.fullPct > 30 && c.fullPct < 1) console.log(`REPRODUCED: a fixed 600-char frame around each ask: round the clock ${f.fullPct}% of completion tokens in full (first flag at request ${f.firstFlag.split("/")[0]}, ${(f.fullPerDay / 1e6).toFixed(1)} M tokens a day in full), never challenged; 2 hours a day ${d2.fullPct}% in full; unframed ${c.fullPct}% in full, ${c.refusedPct}% refused`);
else console.log("not reproduced");
