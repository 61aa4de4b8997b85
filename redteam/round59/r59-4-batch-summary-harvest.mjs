// R59-4: reasoning summaries harvested through the OpenAI Batch API (/v1/responses lines).
// Each night the pipeline uploads a JSONL file of problems, each line asking o3 for
// reasoning {effort: high, summary}, runs it, and fetches the output file in the morning.
// The batch result lines carry the reasoning tokens, read apart from the answer (as a
// retrieved background response's are), though each line's body asked for the summary the
// result returns.
// Control: the same nights with the origin's usage giving no breakdown.
import { rng, problem, replay, pct, T0 } from "./lib.mjs";

const NIGHTS = 4, PER = 400;
function gen({ seed, key, details, summary, warm = 0 }) {
  const r = rng(seed);
  const lines = [];
  const meta = [];
  const ip = "203.0.113.90";
  for (let n = 0; n < NIGHTS; n++) {
    const t = T0 + n * 24 * 3600e3 + 22 * 3600e3 + r.int(0, 600e3);
    const items = [], results = [];
    const size = n === 0 && warm ? warm : PER;
    for (let j = 0; j < size; j++) {
      const p = problem(r);
      items.push({ custom_id: `n${n}-${j}`, method: "POST", url: "/v1/responses",
        body: { model: "o3", input: p.text, max_output_tokens: 25000, reasoning: { effort: "high", summary } } });
      const vis = r.int(120, 420);
      const rz = Math.round(vis * (3 + 6 * r()));
      const u = { prompt_tokens: 14 + Math.round(p.text.length / 3.6), completion_tokens: vis + rz };
      if (details) u.completion_tokens_details = { reasoning_tokens: rz };
      results.push(u);
    }
    const file = items.map((x) => JSON.stringify(x)).join("\n");
    meta.push({ upload: lines.length, results, tok: results.reduce((s, u) => s + u.completion_tokens, 0) });
    lines.push({ ts: t, key, ip, method: "POST", path: "/v1/files", body: { purpose: "batch", file } });
    lines.push({ ts: t + 2000, key, ip, method: "POST", path: "/v1/batches", body: { input_file_id: `file-in-${seed}-${n}`, endpoint: "/v1/responses", completion_window: "24h" }, batch_id: `batch_${seed}_${n}` });
    lines.push({ ts: t + 8 * 3600e3, key, ip, method: "GET", path: `/v1/batches/batch_${seed}_${n}`, output_file_id: `file-out-${seed}-${n}` });
    lines.push({ ts: t + 8 * 3600e3 + 3000, key, ip, method: "GET", path: `/v1/files/file-out-${seed}-${n}/content`, results });
  }
  return { lines, meta };
}

function run(name, opts) {
  const { lines, meta } = gen(opts);
  const d = replay(name, lines);
  const byI = new Map(d.map((x) => [x.i, x]));
  let full = 0, deg = 0, ref = 0, tok = 0, served = 0;
  const nights = [];
  for (const m of meta) {
    const x = byI.get(m.upload);
    tok += m.tok;
    if (!x || !x.served) { ref += m.results.length; nights.push("refused"); continue; }
    if (x.degraded) { deg += m.results.length; served += x.completion ?? 0; nights.push(`degraded(${x.action})`); }
    else { full += m.results.length; served += m.tok; nights.push("full"); }
  }
  const last = d[d.length - 1];
  console.log(`${name}: items full ${full}, degraded ${deg}, refused ${ref} | completion served ${pct(served, tok)} | nights ${nights.join(", ")} | last score ${last.score} ${JSON.stringify(last.reasons)}`);
  return { full, deg, ref, n: full + deg + ref, served, tok };
}

const a = run("r59-4-batch-auto", { seed: 5904, key: "sk-r59-4-auto", details: true, summary: "auto" });
const b = run("r59-4-batch-detailed", { seed: 5904, key: "sk-r59-4-det", details: true, summary: "detailed" });
const c = run("r59-4-control-no-breakdown", { seed: 5904, key: "sk-r59-4-ctl", details: false, summary: "auto" });
const w = run("r59-4-batch-auto-warmup", { seed: 5904, key: "sk-r59-4-warm", details: true, summary: "auto", warm: 25 });
const best = a.full >= b.full ? a : b;
console.log(`batch harvest: ${best.full} of ${best.n} items served in full with summaries; control: ${c.full} of ${c.n} in full, ${c.deg} degraded`);
console.log(`with a 25-item first batch: ${w.full} of ${w.n} items in full (${pct(w.full, w.n)})`);
console.log(best.full / best.n >= 0.7 && c.full < best.full ? "REPRODUCED" : "not reproduced");
