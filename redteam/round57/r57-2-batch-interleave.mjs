// R57-2: honest-looking message batches fetched at once as cover for harvest batches fetched late.
// Every hour the key submits one Anthropic message batch of 40 cheap items (labels, keywords,
// language tags: ~70 prompt tokens, 3-25 completion tokens) whose results it fetches 20-45 min
// later, and one harvest batch of 60 items (claude with extended thinking, budget 6,000,
// max_tokens 10,000: answers of 3,000-8,000 tokens) whose results it fetches only at the end of
// the run. The later answers read are the cheap items, so the harvest batches' budgets are judged
// as headroom; the harvest's own answers are read when the run is over.
// Controls: the harvest batches alone (results at the end), and with their results fetched as
// promptly as the cover's.
import { rng, int, harvestAsk, coverAsk, writeTrace, measure, T0, MIN, HOUR, fmt } from "./lib.mjs";

const NET = { ip: "192.0.2.77", asn: 64512, country: "SG" };
const MODEL = "claude-sonnet-4-5";

function build({ seed, hours, cover, late = true, key = "sk-r57-2-batches", harvestItems = 60, coverItems = 40, days = 1, warm = true, openaiFiles = false }) {
  const r = rng(seed);
  const ev = [], units = [], lateFetch = [];
  let b = 0, coverTokens = 0;
  for (let day = 0; day < days; day++) {
    let t = T0 + day * 24 * HOUR + 1 * HOUR;
    const end = t + hours * HOUR;
    while (t < end) {
      if (cover) {
        const id = `msgbatch_c${seed}_${b++}`;
        const reqs = [], res = [];
        for (let i = 0; i < coverItems; i++) {
          reqs.push({ custom_id: `c${i}`, params: { model: "claude-haiku-4-5", max_tokens: 256, messages: [{ role: "user", content: coverAsk(r) }] } });
          res.push({ prompt_tokens: int(r, 50, 95), completion_tokens: int(r, 3, 25) });
        }
        for (const x of res) coverTokens += x.prompt_tokens + x.completion_tokens;
        ev.push({ ts: t, key, ...NET, method: "POST", path: "/v1/messages/batches", body: { requests: reqs } });
        ev.push({ ts: t + int(r, 20, 45) * MIN, key, ...NET, method: "GET", path: `/v1/messages/batches/${id}/results`, results: res });
      }
      if (cover && warm && t === T0 + 1 * HOUR) { t += HOUR; continue; } // the first hour: cover only
      const id = `msgbatch_h${seed}_${b++}`;
      const reqs = [], res = [];
      for (let i = 0; i < harvestItems; i++) {
        if (openaiFiles) reqs.push(JSON.stringify({ custom_id: `h${i}`, method: "POST", url: "/v1/chat/completions",
          body: { model: "o4-mini", max_completion_tokens: 10000, reasoning_effort: "high", messages: [{ role: "user", content: harvestAsk(r) }] } }));
        else reqs.push({ custom_id: `h${i}`, params: { model: MODEL, max_tokens: 10000, thinking: { type: "enabled", budget_tokens: 6000 }, messages: [{ role: "user", content: harvestAsk(r) }] } });
        res.push({ prompt_tokens: int(r, 40, 130), completion_tokens: int(r, 3000, 8000) });
      }
      const pt = t + int(r, 3, 9) * MIN;
      let post, fetch;
      if (openaiFiles) {
        // upload the JSONL file, run it, poll it, then (late) read its output file
        post = { ts: pt, key, ...NET, method: "POST", path: "/v1/files", body: { purpose: "batch", file: reqs.join("\n") } };
        ev.push(post);
        ev.push({ ts: pt + 2000, key, ...NET, method: "POST", path: "/v1/batches", body: { input_file_id: `file-in${seed}_${b}`, endpoint: "/v1/chat/completions", completion_window: "24h" } });
        fetch = { ts: 0, key, ...NET, method: "GET", path: `/v1/files/file-out${seed}_${b}/content`, results: res };
      } else {
        post = { ts: pt, key, ...NET, method: "POST", path: "/v1/messages/batches", body: { requests: reqs } };
        ev.push(post);
        fetch = { ts: 0, key, ...NET, method: "GET", path: `/v1/messages/batches/${id}/results`, results: res };
      }
      if (late) lateFetch.push(fetch); else fetch.ts = post.ts + int(r, 25, 50) * MIN;
      ev.push(fetch);
      for (const x of res) units.push({ post, fetch, tokens: x.completion_tokens });
      t += HOUR + int(r, -6, 6) * MIN;
    }
  }
  let ft = T0 + (days - 1) * 24 * HOUR + (hours + 2) * HOUR;
  for (const f of lateFetch) { f.ts = ft; ft += int(r, 2, 8) * 1000; }
  return { ev, units, coverTokens };
}

const HOURS = 22, DAYS = 2;
console.log(`R57-2 message-batch interleave (pro tier, ${DAYS} x ${HOURS} h, hourly batches; harvest results fetched at the end)`);
const A = build({ seed: 572, hours: HOURS, days: DAYS, cover: true });
const a = measure("r57-2-attack", writeTrace("r57-2-attack.jsonl", A.ev), A.units);
const F = build({ seed: 572, hours: HOURS, days: DAYS, cover: true, openaiFiles: true });
const f = measure("r57-2-attack-openai-files", writeTrace("r57-2-attack-openai-files.jsonl", F.ev), F.units);
const B = build({ seed: 572, hours: HOURS, days: DAYS, cover: false });
const bb = measure("r57-2-control-nocover", writeTrace("r57-2-control-nocover.jsonl", B.ev), B.units);
const C = build({ seed: 572, hours: HOURS, days: DAYS, cover: true, late: false });
const c = measure("r57-2-control-prompt", writeTrace("r57-2-control-prompt.jsonl", C.ev), C.units);
const W = build({ seed: 572, hours: HOURS, days: DAYS, cover: true, warm: false });
const w = measure("r57-2-info-nowarmup", writeTrace("r57-2-info-nowarmup.jsonl", W.ev), W.units);
console.log(`attack: ${a.share.toFixed(1)} % of the detection-off yield in full (${fmt(a.yOn.full)} of ${fmt(a.yOff.full)} tokens), ` +
  `cover cost ${fmt(A.coverTokens)} tokens (${(100 * A.coverTokens / a.yOff.full).toFixed(2)} % of the harvest); ` +
  `harvest as OpenAI batch files beside the same message-batch cover ${f.share.toFixed(1)} %`);
console.log(`controls: no cover ${bb.share.toFixed(1)} %, harvest fetched as promptly as the cover ${c.share.toFixed(1)} %; ` +
  `no cover-only first hour (information: the key's first batch is judged in full) ${w.share.toFixed(1)} %`);
console.log(a.share >= 80 && bb.share < 50 && c.share < 50 ? "REPRODUCED" : "not reproduced");
