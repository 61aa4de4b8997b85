// Tried, caught: a foreground harvest (2 h, 160 long answers) degrades its key; it then sends
// only cheap requests for 48 h, and (launder) every hour a cheap message batch at max_tokens 8,192
// read 10 min later, hoping the take-back of a held budget cuts the decayed peak and lets the
// standing step down without the hysteresis margin. Prints when the standing changes.
import { rng, int, harvestAsk, coverAsk, writeTrace, replay, policy, T0, MIN, HOUR } from "./lib.mjs";
const NET = { ip: "203.0.113.9", asn: 64514, country: "FR" };
const key = "sk-r57-caught-launder";
function build(launder) {
  const r = rng(9); const ev = [];
  let t = T0 + HOUR;
  // 2 h of foreground harvest
  for (let i = 0; i < 160; i++) { ev.push({ ts: t, key, ...NET, method: "POST", path: "/v1/chat/completions", body: { model: "gpt-4.1", max_tokens: 6000, messages: [{ role: "user", content: harvestAsk(r) }] }, usage: { prompt_tokens: int(r, 40, 120), completion_tokens: int(r, 2000, 5000) } }); t += 45000; }
  // then a quiet product: a cheap foreground request a minute, for 48 h; launder: hourly cheap batch at 8192 headroom, read 10 min later
  const end = t + 48 * HOUR; let b = 0;
  while (t < end) {
    ev.push({ ts: t, key, ...NET, method: "POST", path: "/v1/chat/completions", body: { model: "gpt-4.1-mini", max_tokens: 64, messages: [{ role: "user", content: coverAsk(r) }] }, usage: { prompt_tokens: int(r, 45, 80), completion_tokens: int(r, 3, 20) } });
    if (launder && (t - T0) % HOUR < 60000) {
      const reqs = [], res = [];
      for (let i = 0; i < 30; i++) { reqs.push({ custom_id: `c${i}`, params: { model: "claude-haiku-4-5", max_tokens: 8192, messages: [{ role: "user", content: coverAsk(r) }] } }); res.push({ prompt_tokens: int(r, 50, 95), completion_tokens: int(r, 3, 25) }); }
      ev.push({ ts: t + 1000, key, ...NET, method: "POST", path: "/v1/messages/batches", body: { requests: reqs } });
      ev.push({ ts: t + 10 * MIN, key, ...NET, method: "GET", path: `/v1/messages/batches/b${b++}/results`, results: res });
    }
    t += 60000;
  }
  return ev;
}
for (const l of [false, true]) {
  const tr = writeTrace(`r57-caught-launder-${l}.jsonl`, build(l));
  const dec = replay(tr, policy("enforce"), `r57-caught-launder-${l}`);
  let last = null; const marks = [];
  tr.events.forEach((e, i) => { const d = dec.get(i); if (!d) return; const a = d.action; if (a !== last) { marks.push(`${((e.ts - T0) / HOUR).toFixed(2)}h:${a}(${d.score})`); last = a; } });
  console.log(l ? "launder" : "plain", marks.slice(0, 20).join(" "));
}
console.log("caught (held): the take-back does not shorten a degrade the key's own long answers earned by more than a few hours");
