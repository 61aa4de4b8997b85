// R64-1: R62-1's fix (an absent cap read as 4,096, judged by uncappedTaken with tool
// definitions counted as prompt) does not hold when every ask carries one fat tool definition:
// the billed prompt the definitions add makes the answers look proportionate.
import { rng, tok, labelBody, buildKey, replay, figures, cost, line, verdict } from "./lib.mjs";
const N = 2000;
function toolset(chars) {
  const rr = rng(777);
  const words = ["catalogue", "syllabus", "reference", "glossary", "chapter", "section", "exercise", "figure", "dataset", "citation", "lecture", "module", "unit", "quiz", "archive"];
  const props = {};
  let c = 0, k = 0;
  while (c < chars) {
    const name = `${rr.pick(words)}_${k++}`;
    const d = Array.from({ length: 12 }, () => rr.pick(words)).join(" ") + ` filter number ${rr.int(1, 999)}.`;
    props[name] = { type: "string", description: d };
    c += name.length + d.length + 30;
  }
  return [{ type: "function", function: { name: "lookup_course_material", description: "Look up course material in the university catalogue when the student names a specific course.", parameters: { type: "object", properties: props } } }];
}
function run(name, { toolChars = 0, cap = false, label = true, seed = 64101 }) {
  const tools = toolChars ? toolset(toolChars) : null;
  const toolTok = tools ? Math.ceil(JSON.stringify(tools).length / 4) : 0;
  const ev = buildKey({
    seed, n: N,
    harvest: (r, ask) => {
      const body = { model: "gpt-4.1", messages: [{ role: "user", content: ask }] };
      if (tools) body.tools = tools;
      if (cap) body.max_tokens = 4096;
      return { path: "/v1/chat/completions", body, usage: { prompt_tokens: tok(ask) + 8 + toolTok, completion_tokens: r.int(1400, 3600) } };
    },
    cover: label ? (r) => { const b = labelBody(r); return [{ path: "/v1/chat/completions", body: b, usage: { prompt_tokens: tok(b.messages[0].content) + 8, completion_tokens: 1 } }]; } : null,
  });
  const res = replay("r64-1-" + name, ev);
  const f = figures(res), c = cost(ev);
  // tool definitions billed per harvested completion token (the trick's own price)
  const hTok = ev.filter((e) => e.tag === "h").reduce((a, e) => a + e.usage.completion_tokens, 0);
  const toolPer = (toolTok * N) / hTok;
  console.log(line(`${name} (tools ~${toolTok} tok)`, f, c) + `  tool defs ${toolPer.toFixed(2)} tok/tok`);
  return f;
}
console.log(`R64-1: one key, ${N} asks (gpt-4.1 chat, answers 1,400-3,600 tokens), no max_tokens; 1 label request per ask`);
const a = run("ATTACK no cap + fat tool 12k chars + label", { toolChars: 12000 });
const a2 = run("attack no cap + tool 6k chars + label", { toolChars: 6000 });
const a3 = run("attack seed 2 (12k chars)", { toolChars: 12000, seed: 64102 });
const c1 = run("control no cap + label, no tools (R62-1)", {});
const c2 = run("control no cap + small tool + label", { toolChars: 200 });
const c3 = run("control fat tool + label + max_tokens 4096", { toolChars: 12000, cap: true });
const c4 = run("control no cap + fat tool, no label", { toolChars: 12000, label: false });
verdict(a.tokFullShare >= 0.9 && a3.tokFullShare >= 0.9 && c1.tokFullShare <= 0.5 && c2.tokFullShare <= 0.5,
  `threshold: attack >= 90 % of harvest tokens in full on both seeds and R62-1's re-run and the small-tool control <= 50 %; attack ${(100 * a.tokFullShare).toFixed(1)} / ${(100 * a3.tokFullShare).toFixed(1)} %, controls ${(100 * c1.tokFullShare).toFixed(1)} / ${(100 * c2.tokFullShare).toFixed(1)} %`);
