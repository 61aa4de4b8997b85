// R57-4: a foreground harvest whose streams are cut after the last text and before the usage.
// OpenAI chat streams with `stream_options.include_usage` send the usage in a last chunk after
// the one with `finish_reason`; a client that closes the connection on `finish_reason` has the
// whole answer and the guard never sees its usage. The docs: such a settlement is "marked
// estimated, charged to quotas and skipped by detection" (the stream is charged its output cap:
// quota, not money). So the harvest's answers are never answers to detection; its budgets are
// judged by the key's answers, which are only the cheap requests it also sends (one per harvest
// request, read to their end). In replay a cut stream is a served line without `usage`.
// Controls: the same harvest read to its end (usage on every line), and cut without the cheap
// requests (no answer at all: budgets count in full).
import { rng, int, harvestAsk, coverAsk, writeTrace, replay, policy, yieldOf, summary, T0, HOUR, fmt } from "./lib.mjs";

const NET = { ip: "198.51.100.201", asn: 64515, country: "CA" };

function build({ seed, hours, days, cut, cover, key = "sk-r57-4-cut" }) {
  const r = rng(seed);
  const ev = [], units = [];
  for (let day = 0; day < days; day++) {
    let t = T0 + day * 24 * HOUR + 2 * HOUR;
    const end = t + hours * HOUR;
    while (t < end) {
      const tokens = int(r, 2500, 6000), prompt = int(r, 40, 120);
      const post = { ts: t, key, ...NET, method: "POST", path: "/v1/chat/completions",
        body: { model: "gpt-4.1", stream: true, stream_options: { include_usage: true }, max_completion_tokens: 6500,
          messages: [{ role: "user", content: harvestAsk(r) }] } };
      if (!cut) post.usage = { prompt_tokens: prompt, completion_tokens: tokens };
      ev.push(post);
      units.push({ post, fetch: null, tokens });
      if (cover) ev.push({ ts: t + int(r, 2, 20) * 1000, key, ...NET, method: "POST", path: "/v1/chat/completions",
        body: { model: "gpt-4.1-mini", max_tokens: 64, messages: [{ role: "user", content: coverAsk(r) }] },
        usage: { prompt_tokens: int(r, 45, 80), completion_tokens: int(r, 3, 20) } });
      t += Math.round(25_000 + r() * 40_000);
    }
  }
  return { ev, units };
}

function run(label, spec) {
  const B = build(spec);
  const tr = writeTrace(`${label}.jsonl`, B.ev);
  // detection off: every harvest answer is served in full (the cut does not shorten the text)
  const off = replay(tr, policy("off"), `${label}.off`);
  const on = replay(tr, policy("enforce"), `${label}.on`);
  const yOff = yieldOf(tr, off, B.units), yOn = yieldOf(tr, on, B.units);
  const share = yOff.full ? 100 * yOn.full / yOff.full : 0;
  console.log(`  ${label}: ${B.units.length} harvest answers; off ${fmt(yOff.full)} in full; enforce ${fmt(yOn.full)} (${share.toFixed(1)} %), ` +
    `${yOn.nDeg} degraded, ${yOn.nRef} refused; ${JSON.stringify(summary(on))}`);
  return { share, yOn, yOff };
}

const HOURS = 20, DAYS = 2;
console.log(`R57-4 cut-stream harvest (pro tier, ${DAYS} x ${HOURS} h, chat streams of 2,500-6,000 tokens)`);
const a = run("r57-4-attack", { seed: 574, hours: HOURS, days: DAYS, cut: true, cover: true });
const b = run("r57-4-control-read", { seed: 574, hours: HOURS, days: DAYS, cut: false, cover: true });
const c = run("r57-4-control-nocover", { seed: 574, hours: HOURS, days: DAYS, cut: true, cover: false });
console.log(`attack: ${a.share.toFixed(1)} % of the detection-off yield in full (${fmt(a.yOn.full)} of ${fmt(a.yOff.full)} tokens); ` +
  `controls: streams read to their end ${b.share.toFixed(1)} %, cut without cheap requests ${c.share.toFixed(1)} %`);
console.log(a.share >= 80 && b.share < 50 ? "REPRODUCED" : "not reproduced");
