// R54-1: a reasoning harvest sent as background Responses whose answers are read days later.
// Detection reads a background answer only when it is retrieved (README, docs/security.md
// "Free routes are not answers, with two exceptions"), so while the harvest runs the key shows
// only its asks; it retrieves everything at the end (responses are kept 30 days).
// Same asks, same usage: foreground (answers read at once), background read one by one as they
// end, background read at the end, and the last with detection off.
import { rng, plainAsk, pasted, ev, replay, figures, line, verdict, fmt, POLICY_ON, POLICY_OFF, T0, DAY, HOUR } from "./lib54.mjs";

const DAYS = Number(process.env.R54_DAYS ?? 4);
const KEY = "sk-r54-bg-lab";
const COVER_EVERY = Number(process.env.R54_COVER_EVERY ?? 4);

function gen(mode) {
  const r = rng(5401);
  const ev0 = [];
  const jobs = [];
  let t = T0 + 5 * 60_000;
  let i = 0;
  const held = [];
  while (t < T0 + DAYS * DAY - HOUR) {
    if (mode.startsWith("daily") && (t - T0) % DAY >= 23 * HOUR) { t = T0 + Math.ceil((t - T0) / DAY) * DAY + r.int(60_000, 600_000); held.length = 0; continue; }
    const id = `resp_r54_${i}`;
    const usage = { prompt_tokens: r.int(40, 90), completion_tokens: r.int(1800, 3900) }; // o-series: reasoning tokens are output
    const body = { model: "o3", input: plainAsk(r), reasoning: { effort: "high" }, max_output_tokens: 4000, store: true };
    if (mode.endsWith("+cover") && i % COVER_EVERY === 0) {
      // a cheap foreground turn whose answer is shorter than its own prompt: pasted notes to tidy up
      const notes = pasted(r, r.int(1200, 2400));
      ev0.push(ev(t - r.int(5_000, 20_000), KEY, "/v1/responses", { model: "o3", input: "Tidy up these notes into five bullet points:\n\n" + notes, reasoning: { effort: "low" }, max_output_tokens: 400, store: false }, { prompt_tokens: Math.round(notes.length / 3.6) + 12, completion_tokens: r.int(90, 220) }));
    }
    if (mode.startsWith("foreground")) {
      ev0.push(ev(t, KEY, "/v1/responses", body, usage, { response_id: id }));
    } else {
      ev0.push(ev(t, KEY, "/v1/responses", { ...body, background: true }, undefined, { response_id: id }));
      jobs.push({ id, usage, t });
    }
    // irregular gaps (a lognormal around 70 s), but never a 9th held slot: a background job holds
    // one of the key's 8 slots until read, at most backgroundHoldSeconds (600 s)
    held.push(t + 600_000);
    held.sort((a, b) => a - b);
    let nt = t + r.logn(70_000, 0.8);
    while (held.length && held[0] <= nt) held.shift();
    if (held.length >= 8) nt = held.shift() + r.int(1_000, 20_000);
    while (held.length && held[0] <= nt) held.shift();
    t = nt;
    i++;
  }
  if (mode === "read-each") {
    for (const j of jobs) ev0.push(ev(j.t + 60_000, KEY, `/v1/responses/${j.id}`, undefined, j.usage, { method: "GET" }));
  } else if (mode.startsWith("daily")) {
    // each day's answers read in the day's last hour (jobs stop being sent at 23:00)
    for (let d = 0; d < DAYS; d++) {
      let tr = T0 + d * DAY + 23 * HOUR;
      for (const j of jobs) if (j.t >= T0 + d * DAY && j.t < T0 + d * DAY + 23 * HOUR) { ev0.push(ev(tr, KEY, `/v1/responses/${j.id}`, undefined, j.usage, { method: "GET" })); tr += 1_050; }
    }
  } else if (!mode.startsWith("foreground")) {
    // read everything after the last day: one retrieval a second and a bit (rpm 60)
    let tr = T0 + DAYS * DAY;
    for (const j of jobs) { ev0.push(ev(tr, KEY, `/v1/responses/${j.id}`, undefined, j.usage, { method: "GET" })); tr += 1_050; }
  }
  return ev0;
}

// Tokens obtained by a background job: its retrieval's usage, if the retrieval was served; capped
// at 512 when the POST that created it was served degraded (its max_output_tokens rewritten).
function bgFigures({ events, dec }) {
  const post = new Map();
  const f = { jobs: 0, postsFull: 0, postsDegraded: 0, postsRefused: 0, reads: 0, readsRefused: 0, got: 0, asked: 0, firstDegradeH: null, firstChallengeH: null, maxScore: 0 };
  events.forEach((e, i) => {
    const d = dec[i];
    f.maxScore = Math.max(f.maxScore, d.score ?? 0);
    if ((d.degraded || d.action === "degrade") && f.firstDegradeH === null) f.firstDegradeH = (e.ts - T0) / HOUR;
    if ((d.action === "challenge" || d.action === "block") && f.firstChallengeH === null) f.firstChallengeH = (e.ts - T0) / HOUR;
    if (e.method === "POST" && !e.body.background) { f.cover = (f.cover ?? 0) + 1; f.coverTok = (f.coverTok ?? 0) + e.usage.completion_tokens; return; }
    if (e.method === "POST") {
      f.jobs++;
      post.set(e.response_id, d);
      if (!d.served) f.postsRefused++; else if (d.degraded) f.postsDegraded++; else f.postsFull++;
    } else {
      f.reads++;
      const id = e.path.split("/").pop();
      const p = post.get(id);
      f.asked += e.usage.completion_tokens;
      if (!d.served) { f.readsRefused++; return; }
      if (!p || !p.served) return;
      f.got += p.degraded ? Math.min(512, e.usage.completion_tokens) : e.usage.completion_tokens;
    }
  });
  f.maxScore = +f.maxScore.toFixed(3);
  return f;
}

const fg = figures(replay("r54-1-foreground", gen("foreground")));
const fgc = figures(replay("r54-1-foreground-cover", gen("foreground+cover")), (e) => e.method !== "GET" && e.response_id);
const each = bgFigures(replay("r54-1-bg-read-each", gen("read-each")));
const defer = bgFigures(replay("r54-1-bg-deferred", gen("deferred")));
const cover = bgFigures(replay("r54-1-bg-deferred-cover", gen("deferred+cover")));
const daily = bgFigures(replay("r54-1-bg-daily-cover", gen("daily+cover")));
const dailyOff = bgFigures(replay("r54-1-bg-daily-cover-off", gen("daily+cover"), POLICY_OFF));
const off = bgFigures(replay("r54-1-bg-deferred-off", gen("deferred"), POLICY_OFF));

console.log(`R54-1 background Responses read late: one key, ${DAYS} days, o3 effort high, max_output_tokens 4000, default limits`);
console.log(line("foreground (answers read at once)", fg));
console.log(line(`foreground + 1 cheap turn per ${COVER_EVERY}`, fgc));
const bl = (l, f) => `${l.padEnd(34)} jobs ${fmt(f.jobs)}  POST full ${fmt(f.postsFull)}  degraded ${fmt(f.postsDegraded)}  refused ${fmt(f.postsRefused)}  reads refused ${fmt(f.readsRefused)}/${fmt(f.reads)}  tokens ${fmt(f.got)} / ${fmt(f.asked)}  1st degrade ${f.firstDegradeH === null ? "never" : f.firstDegradeH.toFixed(1) + " h"}  1st challenge ${f.firstChallengeH === null ? "never" : f.firstChallengeH.toFixed(1) + " h"}  max score ${f.maxScore}`;
console.log(bl("background, each read as it ends", each));
console.log(bl("background, all read at the end", defer));
console.log(bl(`same + 1 cheap turn per ${COVER_EVERY} jobs`, cover));
console.log(bl("deferred, detection off", off));
console.log(bl(`read daily (23:00) + cover 1 per ${COVER_EVERY}`, daily));
console.log(bl("read daily + cover, detection off", dailyOff));
const pc = (a, b) => (100 * a / b).toFixed(1) + " %";
console.log(`of the detection-off yield: foreground ${pc(fg.got, off.got)}, foreground + cover ${pc(fgc.got, off.got)}, read as they end ${pc(each.got, off.got)}, read at the end ${pc(defer.got, off.got)}, read at the end + cover ${pc(cover.got, off.got)}; read daily + cover ${pc(daily.got, dailyOff.got)} (${fmt(daily.got)} reasoning tokens in ${DAYS} days, ${fmt(Math.round(daily.got / DAYS))} a day; cover ${fmt(daily.coverTok)} tokens)`);
verdict(cover.got / off.got > 0.9 && cover.postsDegraded === 0 && fgc.got / off.got < 0.6 && each.got / off.got < 0.6);
