// R57-1: cheap background jobs read at once as cover for a background harvest read late.
// A key runs o3 background jobs (effort high, max_output_tokens 8,000, answers of 2,500-6,500
// tokens) and, beside every 3 of them, one cheap background job (a label, a keyword list: ~60
// prompt tokens, 3-20 completion tokens) whose answer it retrieves 20-60 s later. The harvest's
// answers are retrieved only at the end of the run, in one burst. The later answers read are the
// cheap ones, so the harvest's budgets are judged by them (r ~0.2: headroom) and count for nothing.
// Controls: the same harvest without the cheap jobs (R54-1's shape), and with the harvest's answers
// read as promptly as the cheap ones.
import { rng, pick, int, harvestAsk, coverAsk, writeTrace, measure, T0, MIN, HOUR, fmt, LATIN } from "./lib.mjs";

const NET = { ip: "198.51.100.23", asn: 64511, country: "NL" };

function build({ seed, hours, cover, readHarvestAt, perCover = 3, key = "sk-r57-1-harvest", days = 1, langs, readDaily = true }) {
  const r = rng(seed);
  const ev = [], units = [];
  let n = 0, coverTokens = 0;
  let pendingHarvest = [];
  for (let day = 0; day < days; day++) {
  let t = T0 + day * 24 * HOUR + 2 * HOUR;
  const end = t + hours * HOUR;
  if (readDaily) pendingHarvest = [];
  while (t < end) {
    // one harvest job
    const id = `resp_h${seed}_${n++}`;
    const tokens = int(r, 2500, 6500);
    const prompt = int(r, 40, 120);
    const post = { ts: t, key, ...NET, method: "POST", path: "/v1/responses", response_id: id,
      body: { model: "o3", background: true, max_output_tokens: 8000, reasoning: { effort: "high" }, input: harvestAsk(r, langs) } };
    ev.push(post);
    const unit = { post, fetch: null, tokens, prompt, id };
    units.push(unit);
    if (readHarvestAt === "prompt") {
      unit.fetch = { ts: t + int(r, 60, 240) * 1000, key, ...NET, method: "GET", path: `/v1/responses/${id}`, usage: { prompt_tokens: prompt, completion_tokens: tokens } };
      ev.push(unit.fetch);
    } else pendingHarvest.push(unit);
    if (cover && n % perCover === 0) {
      const cid = `resp_c${seed}_${n}`;
      const ct = t + int(r, 2, 15) * 1000;
      ev.push({ ts: ct, key, ...NET, method: "POST", path: "/v1/responses", response_id: cid,
        body: { model: "gpt-4.1-mini", background: true, max_output_tokens: 64, input: coverAsk(r) } });
      const cu = { prompt_tokens: int(r, 45, 80), completion_tokens: int(r, 3, 20) };
      coverTokens += cu.prompt_tokens + cu.completion_tokens;
      ev.push({ ts: ct + int(r, 20, 60) * 1000, key, ...NET, method: "GET", path: `/v1/responses/${cid}`, usage: cu });
    }
    t += Math.round(25_000 + r() * 40_000); // irregular machine pace, ~45 s a job
  }
  // the harvest's answers retrieved at the end, 8 a second (under rpm 600)
  if (!readDaily && day < days - 1) continue;
  let ft = end + 5 * MIN;
  for (const u of pendingHarvest) {
    u.fetch = { ts: ft, key, ...NET, method: "GET", path: `/v1/responses/${u.id}`, usage: { prompt_tokens: u.prompt, completion_tokens: u.tokens } };
    ev.push(u.fetch);
    ft += 125;
  }
  }
  return { ev, units, coverTokens };
}

const HOURS = 20, DAYS = 3;
console.log(`R57-1 background cover (pro tier, ${DAYS} x ${HOURS} h, o3 background jobs, max_output_tokens 8,000; harvest read at the end)`);
const A = build({ seed: 571, hours: HOURS, cover: true, readHarvestAt: "end", days: DAYS, readDaily: false });
const a = measure("r57-1-attack", writeTrace("r57-1-attack.jsonl", A.ev), A.units);
const firstRead = A.ev.indexOf(A.units[0].fetch);
const maxBefore = Math.max(...[...a.on.values()].filter((d) => d.i < firstRead).map((d) => d.score));
const B = build({ seed: 571, hours: HOURS, cover: false, readHarvestAt: "end", days: DAYS, readDaily: false });
const b = measure("r57-1-control-nocover", writeTrace("r57-1-control-nocover.jsonl", B.ev), B.units);
const C = build({ seed: 571, hours: HOURS, cover: true, readHarvestAt: "prompt", days: DAYS });
const c = measure("r57-1-control-readprompt", writeTrace("r57-1-control-readprompt.jsonl", C.ev), C.units);
const D = build({ seed: 571, hours: HOURS, cover: true, readHarvestAt: "end", days: DAYS, readDaily: true });
const d = measure("r57-1-info-readdaily", writeTrace("r57-1-info-readdaily.jsonl", D.ev), D.units);

console.log(`attack: ${a.share.toFixed(1)} % of the detection-off yield in full (${fmt(a.yOn.full)} of ${fmt(a.yOff.full)} tokens); ` +
  `highest score before the harvest was read ${maxBefore.toFixed(3)}; cover cost ${fmt(A.coverTokens)} tokens ` +
  `(${(100 * A.coverTokens / a.yOff.full).toFixed(2)} % of the harvest)`);
console.log(`controls: no cover ${b.share.toFixed(1)} %, harvest read promptly ${c.share.toFixed(1)} %; ` +
  `harvest read at the end of each day (information) ${d.share.toFixed(1)} %`);
console.log(a.share >= 80 && b.share < 50 && c.share < 50 ? "REPRODUCED" : "not reproduced");
