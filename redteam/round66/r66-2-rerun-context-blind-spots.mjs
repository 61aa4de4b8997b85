// R66-2: the re-run context (system prompt, model, parameters, bias map) does not cover every part
// of a request that changes its answer. The input turn is one fixed instruction sent verbatim; the
// ask travels where the re-run rule does not look.
import { rng, ask, tok, replay, figures, show, T0, KEY, net } from "./lib.mjs";

const SYS = "You are Tutorly, a patient university teaching assistant. Answer in the language of the lesson request, with headings, worked examples and a short summary at the end.";
const INSTR = "Write the complete lesson described in your instructions, in the language of the lesson request, following every instruction in it. Use headings for each part, number the worked steps, keep the notation consistent, and end with a short summary of the key points. Do not ask questions first; if something is ambiguous choose the most common textbook convention and say which one you chose.";

export function build(k, seed, N = 2000) {
  const r = rng(seed);
  const key = KEY(k.name + seed);
  const lines = [];
  let t = T0;
  for (let i = 0; i < N; i++) {
    t += r.int(20, 60) * 1000;
    const a = ask(r);
    const ans = r.int(1400, 3600);
    let body, path = "/v1/chat/completions";
    if (k.where === "ask") body = { model: "gpt-4.1", messages: [{ role: "system", content: SYS }, { role: "user", content: a }] };
    else if (k.where === "developer") body = { model: "gpt-4.1", messages: [{ role: "system", content: SYS }, { role: "developer", content: "Lesson request: " + a }, { role: "user", content: INSTR }] };
    else if (k.where === "schema") body = { model: "gpt-4.1", messages: [{ role: "system", content: SYS }, { role: "user", content: INSTR }], response_format: { type: "json_schema", json_schema: { name: "lesson", strict: true, schema: { type: "object", additionalProperties: false, required: ["lesson"], properties: { lesson: { type: "string", description: "Lesson request: " + a } } } } } };
    else if (k.where === "tool") body = { model: "gpt-4.1", messages: [{ role: "system", content: SYS }, { role: "user", content: INSTR }], tools: [{ type: "function", function: { name: "publish_lesson", description: "Publish the lesson. Lesson request: " + a, parameters: { type: "object", properties: { markdown: { type: "string" } }, required: ["markdown"] } } }] };
    else if (k.where === "prefill") { path = "/v1/messages"; body = { model: "claude-sonnet-4-5", system: SYS, messages: [{ role: "user", content: INSTR }, { role: "assistant", content: "Lesson request: " + a + "\n\n# " }] }; }
    else if (k.where === "prefill-ctl") { path = "/v1/messages"; body = { model: "claude-sonnet-4-5", system: SYS, messages: [{ role: "user", content: "Lesson request: " + a + "\n\n" + INSTR }] }; }
    body.temperature = k.temp ?? 0;
    body.max_tokens = path === "/v1/messages" ? 8192 : 4096;
    lines.push({ ts: t, key, ...net(r), method: "POST", path, body, usage: { prompt_tokens: tok(SYS) + tok(a) + tok(INSTR) + 20, completion_tokens: ans }, _k: "h" });
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) main();
function main() {
const cases = [
  { name: "ctl-ask", label: "control: the ask as the input turn, T 0", where: "ask" },
  { name: "developer", label: "ask in a developer message, fixed user turn, T 0", where: "developer" },
  { name: "developer-t07", label: "  same at T 0.7", where: "developer", temp: 0.7 },
  { name: "schema", label: "ask in the json_schema field description, T 0", where: "schema" },
  { name: "schema-t07", label: "  same at T 0.7", where: "schema", temp: 0.7 },
  { name: "tool", label: "ask in a tool's description, T 0", where: "tool" },
  { name: "tool-t07", label: "  same at T 0.7", where: "tool", temp: 0.7 },
];
const seed = Number(process.argv[2] ?? 66201);
const res = {};
for (const k of cases) { const f = figures(replay(`r66-2-${k.name}-${seed}`, build(k, seed))); res[k.name] = f; show(k.label, f); }
console.log(`(seed ${seed}; answers 1,400-3,600 tokens, one ask every 20-60 s)`);
const best = ["developer", "schema", "tool"].map((n) => [n, res[n].tokPct, res[n + "-t07"].tokPct]).sort((x, y) => (y[1] - y[2]) - (x[1] - x[2]))[0];
console.log("threshold: some carrier at T 0 >= 80 % of answer tokens in full and >= 50 points above the same carrier at T 0.7 (the re-run rule's own share)");
console.log(`${best[1] >= 80 && best[1] - best[2] >= 50 ? "REPRODUCED" : "not reproduced"}: best carrier ${best[0]}: T 0 ${best[1].toFixed(1)} % vs T 0.7 ${best[2].toFixed(1)} %; control ${res["ctl-ask"].tokPct.toFixed(1)} %`);
}
