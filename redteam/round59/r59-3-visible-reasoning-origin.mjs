// R59-3: raw reasoning traces harvested from an OpenAI-compatible origin whose reasoning model
// returns its reasoning (chat `message.reasoning_content`, as DeepSeek's, xAI's grok-3-mini,
// Qwen/DashScope, vLLM and SGLang reasoning parsers do) and reports it as
// `completion_tokens_details.reasoning_tokens`. The guard reads every origin's reasoning_tokens as
// hidden (docs/detection.md "Data flow": "the hidden reasoning the origin billed beside it and never
// returned") and judges only the 150-500-token final answer; the client receives the whole trace.
// Controls: the same answers with the origin's usage giving no breakdown (read as answer).
import { rng, problem, replay, summarise, show, pct, T0 } from "./lib.mjs";

function gen({ seed, key, details, effortParam }) {
  const r = rng(seed);
  const lines = [];
  let t = T0;
  while (t < T0 + 48 * 3600e3) {
    const p = problem(r);
    const vis = r.int(150, 500);
    const rz = Math.round(vis * (2.5 + 7.5 * r()));        // raw traces 2.5-10x the answer
    const usage = { prompt_tokens: 12 + Math.round(p.text.length / 3.6), completion_tokens: vis + rz };
    if (details) usage.completion_tokens_details = { reasoning_tokens: rz };
    const body = { model: effortParam ? "grok-3-mini" : "deepseek-reasoner", max_tokens: 32000,
      messages: [{ role: "user", content: p.text }] };
    if (effortParam) body.reasoning_effort = "high";
    lines.push({ ts: t, key, ip: "192.0.2.55", asn: 64502, country: "SG", method: "POST", path: "/v1/chat/completions", body, usage });
    t += r.int(25, 120) * 1000;
  }
  return lines;
}

function run(name, opts) {
  const lines = gen(opts);
  const d = replay(name, lines);
  const s = summarise(lines, d);
  let rzFull = 0, rzAll = 0;
  const byI = new Map(d.map((x) => [x.i, x]));
  lines.forEach((l, i) => { const rz = opts.details ? l.usage.completion_tokens_details.reasoning_tokens : l.usage.completion_tokens - 500; rzAll += rz;
    const x = byI.get(i); if (x?.served && !x.degraded) rzFull += rz; });
  show(name, s);
  console.log(`  reasoning-trace tokens returned in full: ${pct(rzFull, rzAll)}`);
  return { ...s, rzFull, rzAll };
}

const a = run("r59-3-reasoning-content", { seed: 5903, key: "sk-r59-3-ds", details: true, effortParam: false });
const b = run("r59-3-reasoning-content-effort", { seed: 5903, key: "sk-r59-3-grok", details: true, effortParam: true });
const c = run("r59-3-control-no-breakdown", { seed: 5903, key: "sk-r59-3-ctl", details: false, effortParam: false });
console.log(`harvest: ${a.full} of ${a.n} served in full (${pct(a.rzFull, a.rzAll)} of reasoning-trace tokens); with reasoning_effort high: ${b.full} of ${b.n}; control (same answers, no breakdown): ${c.full} of ${c.n} in full, ${c.degraded} degraded`);
const ok = a.full / a.n >= 0.9 && c.degraded / c.n >= 0.5;
console.log(ok ? "REPRODUCED" : "not reproduced");
