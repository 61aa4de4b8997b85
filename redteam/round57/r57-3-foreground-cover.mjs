// R57-3: no later answer read at all; cheap foreground requests as the cover.
// The docs: before 3 later answers are read, a later request is judged "by all the key's
// answers, and in full while those not read yet outnumber them". So a key that sends one cheap
// foreground request (a label, ~60 prompt tokens, a few completion tokens) beside each background
// harvest job, and never reads a background answer until the run is over, keeps the answers not
// read yet from outnumbering its answers: the harvest's budgets are judged by the cheap
// foreground answers. R54-1's shape had one cheap turn per 4 jobs (caught since its fix); this
// is one per job, which costs ~1 % of the harvest's tokens.
// Controls: one cheap turn per 4 jobs (R54-1's ratio), and the harvest read promptly.
import { rng, int, harvestAsk, coverAsk, writeTrace, measure, T0, MIN, HOUR, fmt } from "./lib.mjs";

const NET = { ip: "203.0.113.140", asn: 64513, country: "US" };

function build({ seed, hours, days, coverPerJob, readAtEnd = true, key = "sk-r57-3-fg" }) {
  const r = rng(seed);
  const ev = [], units = [];
  let n = 0, c = 0, coverTokens = 0;
  for (let day = 0; day < days; day++) {
    let t = T0 + day * 24 * HOUR + 3 * HOUR;
    const end = t + hours * HOUR;
    while (t < end) {
      const id = `resp_f${seed}_${n++}`;
      const tokens = int(r, 2500, 6500), prompt = int(r, 40, 120);
      const post = { ts: t, key, ...NET, method: "POST", path: "/v1/responses", response_id: id,
        body: { model: "o3", background: true, max_output_tokens: 8000, reasoning: { effort: "high" }, input: harvestAsk(r) } };
      ev.push(post);
      const fetch = { ts: readAtEnd ? 0 : t + int(r, 60, 240) * 1000, key, ...NET, method: "GET", path: `/v1/responses/${id}`, usage: { prompt_tokens: prompt, completion_tokens: tokens } };
      ev.push(fetch);
      units.push({ post, fetch, tokens });
      // cheap foreground cover: coverPerJob requests per job on average
      c += coverPerJob;
      while (c >= 1) {
        c -= 1;
        const cu = { prompt_tokens: int(r, 45, 80), completion_tokens: int(r, 3, 20) };
        coverTokens += cu.prompt_tokens + cu.completion_tokens;
        ev.push({ ts: t + int(r, 2, 20) * 1000, key, ...NET, method: "POST", path: "/v1/chat/completions",
            body: { model: "gpt-4.1-mini", max_tokens: 64, messages: [{ role: "user", content: coverAsk(r) }] },
          usage: cu });
      }
      t += Math.round(25_000 + r() * 40_000);
    }
  }
  if (readAtEnd) {
    let ft = T0 + (days - 1) * 24 * HOUR + (hours + 4) * HOUR;
    for (const u of units) { u.fetch.ts = ft; ft += 125; }
  }
  return { ev, units, coverTokens };
}

const HOURS = 20, DAYS = 2;
console.log(`R57-3 foreground cover, no later answer read (pro tier, ${DAYS} x ${HOURS} h, o3 background jobs)`);
const A = build({ seed: 573, hours: HOURS, days: DAYS, coverPerJob: 2 });
const a = measure("r57-3-attack", writeTrace("r57-3-attack.jsonl", A.ev), A.units);
const B = build({ seed: 573, hours: HOURS, days: DAYS, coverPerJob: 0.25 });
const b = measure("r57-3-control-r54", writeTrace("r57-3-control-r54.jsonl", B.ev), B.units);
const C = build({ seed: 573, hours: HOURS, days: DAYS, coverPerJob: 1 });
const c = measure("r57-3-control-one-per-job", writeTrace("r57-3-control-one-per-job.jsonl", C.ev), C.units);
console.log(`attack (2 cheap turns a job): ${a.share.toFixed(1)} % of the detection-off yield in full (${fmt(a.yOn.full)} of ${fmt(a.yOff.full)} tokens), ` +
  `cover cost ${fmt(A.coverTokens)} tokens (${(100 * A.coverTokens / a.yOff.full).toFixed(2)} % of the harvest)`);
console.log(`controls: one cheap turn per 4 jobs (R54-1) ${b.share.toFixed(1)} %, one per job ${c.share.toFixed(1)} %`);
console.log(a.share >= 80 && b.share < 50 ? "REPRODUCED" : "not reproduced");
