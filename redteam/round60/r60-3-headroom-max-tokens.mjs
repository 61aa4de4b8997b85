// R60-3 (older rule, "budget taken"): a chat product that sets a headroom output cap (max_tokens
// 4,096, as many SDK examples and app templates do; Anthropic requires one) is degraded once it has
// volume, though its answers are ordinary (median ~330 tokens). The guard reads the budget in full
// when the key's completions are > 4x what its requests bring of their own, which every Q&A product
// with short questions shows (r ~ 15 here). Controls: the same traffic at max_tokens 1,024 and with none.
import { replay, figures, topReasons, pct, hours, T0 } from "./lib.mjs";
import { studyApp } from "./study-app.mjs";

function toAnthropic(lines, maxTokens, thinking) {
  return lines.map((l) => {
    const m = l.body.messages;
    const body = { model: "claude-sonnet-4-5", max_tokens: maxTokens, system: m[0].content, messages: m.slice(1) };
    if (thinking) body.thinking = { type: "enabled", budget_tokens: thinking };
    return { ...l, path: "/v1/messages", body, usage: { prompt_tokens: l.usage.prompt_tokens, completion_tokens: l.usage.completion_tokens } };
  });
}
function report(name, res) {
  const f = figures(res);
  let cut = 0, vis = 0, served = 0;
  res.lines.forEach((l, i) => {
    const d = res.dec[i];
    vis += l.meta.visible;
    if (!d.degraded) { served += l.meta.visible; return; }
    const thinking = l.body.thinking ? Math.min(l.meta.reasoning, 1024) : 0; // degrade: budget 1,024, max_tokens 512 + 1,024
    const cap = l.body.thinking ? 1536 : (d.completion !== undefined ? Math.max(d.completion, Math.min(l.meta.visible, 512)) : 512);
    const v = Math.min(l.meta.visible, l.body.thinking ? cap - thinking : 512);
    if (v < l.meta.visible) cut++;
    served += v;
  });
  console.log(`${name}: ${f.n} requests: ${f.full} in full, ${f.degraded} degraded (${pct(f.degraded, f.n)}), ${f.refused} refused; first degraded ${f.firstDegradeTs ? hours(f.firstDegradeTs - T0) : "-"} in (request ${f.firstDegradeIdx}); answers cut ${cut}; visible tokens delivered ${pct(served, vis)}`);
  for (const r of topReasons(f, 2)) console.log("  reason: " + r);
  return f;
}
const chat = (maxOut) => studyApp({ api: "chat", model: "gpt-4.1-mini", maxOut, maxField: "max_tokens", reasoningMult: [0, 0] }, { days: 3 });
const main = report("r60-3a-gpt-4.1-mini-max_tokens-4096", replay("r60-3a", chat(4096)));
const c1 = report("r60-3a-control-max_tokens-1024", replay("r60-3a-c1024", chat(1024)));
const c0 = report("r60-3a-control-no-max_tokens", replay("r60-3a-cnone", chat(undefined)));
const base = studyApp({ api: "chat", model: "x", reasoningMult: [0, 0] }, { days: 3 });
const an = report("r60-3b-claude-max_tokens-4096", replay("r60-3b", toAnthropic(base, 4096)));
const anc = report("r60-3b-control-claude-max_tokens-1024", replay("r60-3b-c", toAnthropic(base, 1024)));
const thinkBase = studyApp({ api: "chat", model: "x", reasoningMult: [1, 6] }, { days: 3 });
const th = report("r60-3c-claude-extended-thinking-4000-of-8000", replay("r60-3c", toAnthropic(thinkBase, 8000, 4000)));
// a smaller customer: the same product at a tenth of the volume
const small = report("r60-3d-same-product-100-sessions-a-day", replay("r60-3d", studyApp({ api: "chat", model: "gpt-4.1-mini", maxOut: 4096, maxField: "max_tokens", reasoningMult: [0, 0] }, { days: 3, perDay: 100 })));
const ok = main.degraded > 0.5 * main.n && an.degraded > 0.5 * an.n && c1.degraded === 0 && c0.degraded === 0 && anc.degraded === 0;
console.log(ok ? "REPRODUCED" : "not reproduced");
