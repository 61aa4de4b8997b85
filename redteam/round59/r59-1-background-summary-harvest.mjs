// R59-1: reasoning summaries harvested through background Responses jobs.
// An o3 pipeline asks each problem as a background job with reasoning {effort: high, summary},
// polls it and reads the finished response. The summary is returned with the answer, but at the
// retrieval the guard no longer knows a summary was asked, so it reads the billed reasoning apart
// (docs/detection.md "Data flow"): what it judges is a 120-420-token final answer.
// Controls: the very same jobs run in the foreground (the summary is known: reasoning read as
// answer), and the background jobs with the origin's usage carrying no reasoning breakdown.
import { rng, problem, replay, summarise, show, pct, T0 } from "./lib.mjs";

const HOURS = 36;
function gen({ seed, background, summary, details, key, gap = [35, 160] }) {
  const r = rng(seed);
  const lines = [];
  let t = T0 + r.int(0, 60000);
  let k = 0;
  const instructions = "You are a careful solver. Work the problem out, then state the final result on its own line.";
  while (t < T0 + HOURS * 3600e3) {
    const p = problem(r);
    const vis = r.int(120, 420);
    const rz = Math.round(vis * (3 + 6 * r()));           // o3 at high effort: 3-9x the visible answer
    const prompt = 30 + Math.round(p.text.length / 3.6);
    const usage = { prompt_tokens: prompt, completion_tokens: vis + rz };
    if (details) usage.completion_tokens_details = { reasoning_tokens: rz };
    const id = `resp_${seed}_${k++}`;
    const body = { model: "o3", instructions, input: p.text, max_output_tokens: 32000, store: true,
      reasoning: { effort: "high", summary } };
    if (background) body.background = true;
    const post = { ts: t, key, ip: "203.0.113.40", asn: 64500, country: "DE", method: "POST", path: "/v1/responses", body, response_id: id };
    if (!background) { post.usage = usage; lines.push(post); }
    else {
      post._answer = usage; post._job = true;
      lines.push(post);
      // the SDK polls: one poll while in progress, then the completed response
      const poll = t + r.int(8, 20) * 1000;
      lines.push({ ts: poll, key, ip: "203.0.113.40", asn: 64500, country: "DE", method: "GET", path: `/v1/responses/${id}` });
      lines.push({ ts: poll + r.int(20, 150) * 1000, key, ip: "203.0.113.40", asn: 64500, country: "DE", method: "GET", path: `/v1/responses/${id}`, usage });
    }
    t += r.int(gap[0], gap[1]) * 1000;                     // ~900 jobs a day, irregular (fast: ~3,600)
  }
  lines.sort((a, b) => a.ts - b.ts);
  return lines;
}

function run(name, opts) {
  const lines = gen(opts);
  const d = replay(name, lines.map(({ _answer, _job, ...l }) => l));
  // a job's value is decided when it is created: served in full = created unchanged (summary kept,
  // effort high); degraded = effort low, no summary, cap 1,536.
  const rows = lines.map((l) => l);
  const s = summarise(rows, d, (l) => opts.background ? l._job : l.method === "POST");
  if (opts.background) {
    // degraded background jobs: what their rewritten request could return (cap 512 + 1,024 room)
    s.tokServed = 0;
    const byI = new Map(d.map((x) => [x.i, x]));
    rows.forEach((l, i) => { if (!l._job) return; const x = byI.get(i); if (!x?.served) return;
      s.tokServed += x.degraded ? Math.min(l._answer.completion_tokens, 1536) : l._answer.completion_tokens; });
  }
  show(name, s);
  return s;
}

const a = run("r59-1-bg-auto", { seed: 5901, background: true, summary: "auto", details: true, key: "sk-r59-1-bg-auto" });
const b = run("r59-1-bg-detailed", { seed: 5901, background: true, summary: "detailed", details: true, key: "sk-r59-1-bg-det" });
const f = run("r59-1-bg-detailed-fast", { seed: 5911, background: true, summary: "detailed", details: true, key: "sk-r59-1-fast", gap: [8, 40] });
const c = run("r59-1-control-foreground", { seed: 5901, background: false, summary: "auto", details: true, key: "sk-r59-1-fg" });
const e = run("r59-1-control-no-breakdown", { seed: 5901, background: true, summary: "auto", details: false, key: "sk-r59-1-nodet" });

const best = a.full / a.n >= b.full / b.n ? a : b;
console.log(`harvest (background, summary): ${best.full} of ${best.n} jobs served in full with their summaries (${pct(best.full, best.n)}), ${pct(best.tokServed, best.tok)} of completion tokens`);
console.log(`at ~3,600 jobs a day with detailed summaries: ${f.full} of ${f.n} in full`);
console.log(`control foreground (summary known): ${c.full} of ${c.n} in full, ${c.degraded} degraded (summary removed)`);
console.log(`control background, no reasoning breakdown: ${e.full} of ${e.n} in full, ${e.degraded} degraded`);
const ok = best.full / best.n >= 0.9 && c.degraded / c.n >= 0.5;
console.log(ok ? "REPRODUCED" : "not reproduced");
