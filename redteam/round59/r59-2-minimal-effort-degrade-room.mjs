// R59-2: a degraded long-answer harvest keeps 3x its answer by asking for "minimal" reasoning.
// Degrade caps an answer at 512 tokens, but an OpenAI request asking for reasoning by parameter
// keeps 512 + 1,024 tokens of room for its hidden reasoning (R58-3's fix). gpt-5 at
// reasoning_effort "minimal" reasons for a few dozen tokens or none, and "minimal" is not above
// "low", so degrade leaves it as it is: the room is written out as visible answer.
// Control: the same harvest without the reasoning parameter (cap 512).
import { rng, essay, replay, summarise, show, pct, T0 } from "./lib.mjs";

const SYS = "You are an expert writer for an online learning library. Answer completely, with headings, examples and a short summary.";
function gen({ seed, key, variant }) {
  const r = rng(seed);
  const lines = [];
  let t = T0;
  while (t < T0 + 24 * 3600e3) {
    const q = essay(r);
    const vis = r.int(1200, 2600);
    const rz = variant === "none" ? 0 : variant === "low" ? r.int(60, 260) : r.int(0, 40);
    const prompt = 40 + Math.round((SYS.length + q.length) / 4);
    const usage = { prompt_tokens: prompt, completion_tokens: vis + rz };
    if (variant !== "none") usage.completion_tokens_details = { reasoning_tokens: rz };
    let path = "/v1/chat/completions", body;
    if (variant === "low") {
      path = "/v1/responses";
      body = { model: "gpt-5-mini", instructions: SYS, input: q, max_output_tokens: 8000, reasoning: { effort: "low" } };
    } else {
      body = { model: variant === "none" ? "gpt-4.1" : "gpt-5", max_completion_tokens: 8000,
        messages: [{ role: "system", content: SYS }, { role: "user", content: q }] };
      if (variant === "minimal") body.reasoning_effort = "minimal";
    }
    lines.push({ ts: t, key, ip: "198.51.100.7", asn: 64501, country: "NL", method: "POST", path, body, usage });
    t += r.int(20, 90) * 1000;
  }
  return lines;
}

function run(name, opts) {
  const lines = gen(opts);
  const d = replay(name, lines);
  const s = summarise(lines, d);
  // visible answer served: a degraded answer's capped completion less the reasoning it kept
  const byI = new Map(d.map((x) => [x.i, x]));
  let visServed = 0;
  lines.forEach((l, i) => { const x = byI.get(i); if (!x?.served) return;
    const rz = l.usage.completion_tokens_details?.reasoning_tokens ?? 0;
    const c = x.degraded ? x.completion : l.usage.completion_tokens;
    visServed += Math.max(0, c - Math.min(rz, c)); });
  s.visServed = visServed;
  show(name, s);
  console.log(`  visible answer tokens served ${visServed} of ${s.vis} (${pct(visServed, s.vis)}), ${(visServed / Math.max(1, s.n)).toFixed(0)} a request`);
  return s;
}

const m = run("r59-2-minimal", { seed: 5902, key: "sk-r59-2-min", variant: "minimal" });
const l = run("r59-2-responses-low", { seed: 5902, key: "sk-r59-2-low", variant: "low" });
const c = run("r59-2-control-no-reasoning-param", { seed: 5902, key: "sk-r59-2-none", variant: "none" });
console.log(`minimal effort: ${m.degraded} of ${m.n} degraded, visible tokens served ${pct(m.visServed, m.vis)}; control: ${c.degraded} of ${c.n} degraded, ${pct(c.visServed, c.vis)}; ratio ${(m.visServed / c.visServed).toFixed(2)}x`);
const ok = m.degraded / m.n > 0.5 && m.visServed > 2 * c.visServed;
console.log(ok ? "REPRODUCED" : "not reproduced");
