// R54-5: the R54-1 shape on Anthropic message batches: hourly batches of long-answer asks whose
// results are fetched only after the last one (results are kept 29-30 days), beside a few cheap
// foreground turns with pasted notes. A batch is judged on its asks; its answers are read when its
// results are fetched (docs/detection.md, "Cohorts"; docs/security.md "Batch token accounting").
import { rng, plainAsk, pasted, ev, replay, verdict, fmt, POLICY_ON, POLICY_OFF, T0, DAY, HOUR } from "./lib54.mjs";

const DAYS = Number(process.env.R54_DAYS ?? 3);
const KEY = "sk-r54-batch";
const PER = 44; // items an hour: 44 x ~4,050 reserved < tpm 200,000; ~1,056 a day < tpd

function gen(mode) {
  const r = rng(5405);
  const out = [];
  const batches = [];
  for (let h = 0; h < DAYS * 24; h++) {
    const t = T0 + h * HOUR + r.int(60_000, 300_000);
    const reqs = [], results = [];
    for (let i = 0; i < PER; i++) {
      reqs.push({ custom_id: `q${h}-${i}`, params: { model: "claude-sonnet-4-5", max_tokens: 4000, messages: [{ role: "user", content: plainAsk(r) }] } });
      results.push({ prompt_tokens: r.int(25, 60), completion_tokens: r.int(1800, 3900) });
    }
    const id = `msgbatch_r54_${h}`;
    out.push(ev(t, KEY, "/v1/messages/batches", { requests: reqs }, undefined, { batch: id }));
    batches.push({ id, t, results });
    if (mode.endsWith("+cover")) {
      for (let c = 0; c < PER / 4; c++) {
        const notes = pasted(r, r.int(1200, 2400));
        out.push(ev(t + r.int(400_000, 3_300_000), KEY, "/v1/messages", { model: "claude-sonnet-4-5", max_tokens: 400, messages: [{ role: "user", content: "Tidy up these notes into five bullet points:\n\n" + notes }] }, { prompt_tokens: Math.round(notes.length / 3.6) + 12, completion_tokens: r.int(90, 220) }));
      }
    }
  }
  let tr = T0 + DAYS * DAY + 60_000;
  for (const b of batches) {
    const at = mode.startsWith("each") ? b.t + 40 * 60_000 : (tr += 2_000);
    out.push(ev(at, KEY, `/v1/messages/batches/${b.id}/results`, undefined, undefined, { method: "GET", results: b.results, batch: b.id }));
  }
  return out;
}

function fig({ events, dec }) {
  const f = { batches: 0, full: 0, degraded: 0, refused: 0, items: 0, got: 0, asked: 0, readsRefused: 0, coverRefused: 0, firstDegradeH: null, maxScore: 0 };
  const st = new Map();
  events.forEach((e, i) => {
    const d = dec[i];
    f.maxScore = Math.max(f.maxScore, d.score ?? 0);
    if ((d.degraded || d.action === "degrade") && f.firstDegradeH === null) f.firstDegradeH = (e.ts - T0) / HOUR;
    if (e.path === "/v1/messages") { if (!d.served) f.coverRefused++; return; }
    if (e.method === "POST") { f.batches++; st.set(e.batch, d); if (!d.served) f.refused++; else if (d.degraded) f.degraded++; else f.full++; return; }
    const b = st.get(e.batch);
    for (const x of e.results) { f.items++; f.asked += x.completion_tokens; }
    if (!d.served) { f.readsRefused++; return; }
    if (!b?.served) return;
    for (const x of e.results) f.got += b.degraded ? Math.min(512, x.completion_tokens) : x.completion_tokens;
  });
  f.maxScore = +f.maxScore.toFixed(3);
  return f;
}
const bl = (l, f) => `${l.padEnd(36)} batches ${f.batches}: full ${f.full} degraded ${f.degraded} refused ${f.refused}  result reads refused ${f.readsRefused}  cover refused ${f.coverRefused}  tokens ${fmt(f.got)} / ${fmt(f.asked)}  1st degrade ${f.firstDegradeH === null ? "never" : f.firstDegradeH.toFixed(1) + " h"}  max score ${f.maxScore}`;
const each = fig(replay("r54-5-read-each", gen("each")));
const eachC = fig(replay("r54-5-read-each-cover", gen("each+cover")));
const end = fig(replay("r54-5-read-end", gen("end")));
const endC = fig(replay("r54-5-read-end-cover", gen("end+cover")));
const off = fig(replay("r54-5-read-end-cover-off", gen("end+cover"), POLICY_OFF));
console.log(`R54-5 message batches read late: one key, ${DAYS} days, ${PER} items an hour (max_tokens 4,000, answers 1,800-3,900), default limits`);
console.log(bl("results read 40 min after each batch", each));
console.log(bl("same + 11 cheap turns an hour", eachC));
console.log(bl("results read after the last batch", end));
console.log(bl("same + 11 cheap turns an hour", endC));
console.log(bl("read at the end + cover, detection off", off));
const pc = (a) => (100 * a / off.got).toFixed(1) + " %";
console.log(`of the detection-off yield: read as they end ${pc(each.got)}, + cover ${pc(eachC.got)}, read at the end ${pc(end.got)}, + cover ${pc(endC.got)} (${fmt(endC.got)} tokens, ${fmt(Math.round(endC.got / DAYS))} a day on one key)`);
verdict(endC.got / off.got > 0.9 && eachC.got / off.got < 0.6);
