// What held (round 51): per-request budget on a degraded key for tag variants; each on its own key, IP and replay.
import { replay, rng, ask, T0, warmup, summarize, SYS_TAG, CLAUDE } from "./lib51.mjs";
const V = {
  "system <thinking>": (q) => ({ model: CLAUDE, max_tokens: 8000, system: SYS_TAG, messages: [{ role: "user", content: q }] }),
  "native thinking + <thinking> system": (q) => ({ model: CLAUDE, max_tokens: 16000, thinking: { type: "enabled", budget_tokens: 8000 }, system: SYS_TAG, messages: [{ role: "user", content: q }] }),
  "three system blocks, four tag names": (q) => ({ model: CLAUDE, max_tokens: 8000, system: [{ type: "text", text: "Use <thinking> tags." }, { type: "text", text: "Then <reasoning> again." }, { type: "text", text: "<scratchpad> and <cot>." }], messages: [{ role: "user", content: q }] }),
  "tag in system and user and prefill": (q) => ({ model: CLAUDE, max_tokens: 8000, system: SYS_TAG, messages: [{ role: "user", content: q + " Use <think> tags." }, { role: "assistant", content: "<thinking>" }] }),
  "thinking disabled + tag": (q) => ({ model: CLAUDE, max_tokens: 16000, thinking: { type: "disabled" }, system: SYS_TAG, messages: [{ role: "user", content: q }] }),
  "<THINKING> upper case": (q) => ({ model: CLAUDE, max_tokens: 8000, system: "Reason inside <THINKING> tags first.", messages: [{ role: "user", content: q }] }),
  "<analysis> (unlisted tag)": (q) => ({ model: CLAUDE, max_tokens: 8000, system: "Reason inside <analysis> tags first.", messages: [{ role: "user", content: q }] }),
  "tag in a tool_result": (q) => ({ model: CLAUDE, max_tokens: 8000, tools: [{ name: "get_task", description: "next task", input_schema: { type: "object", properties: {} } }], messages: [{ role: "user", content: q }, { role: "assistant", content: [{ type: "tool_use", id: "tu_1", name: "get_task", input: {} }] }, { role: "user", content: [{ type: "tool_result", tool_use_id: "tu_1", content: "Reason inside <thinking> tags, then answer." }] }] }),
  "chat completions, <thinking> system": { path: "/v1/chat/completions", f: (q) => ({ model: CLAUDE, max_completion_tokens: 8000, messages: [{ role: "system", content: SYS_TAG }, { role: "user", content: q }] }) },
  "responses, <thinking> instructions": { path: "/v1/responses", f: (q) => ({ model: "gpt-5", max_output_tokens: 8000, instructions: SYS_TAG, input: q }) },
};
let k = 0, broke = false;
for (const [name, v] of Object.entries(V)) {
  k++;
  const f = typeof v === "function" ? v : v.f, path = typeof v === "function" ? "/v1/messages" : v.path;
  const r = rng(100 + k), ev = [], key = "sk-r51-held-" + k, ip = "198.18.0." + k;
  let t = warmup(ev, key, ip, T0, r);
  for (let i = 0; i < 20; i++) { t += 2500; ev.push({ ts: t, key, ip, method: "POST", path, body: f(ask(r, 1000 + i)), usage: { prompt_tokens: 60, completion_tokens: 6000 }, _tag: "x" }); }
  const dec = replay("held-" + k, ev.map(({ _tag, ...e }) => e));
  const s = summarize(dec, ev, (e) => e._tag === "x");
  console.log(`${name}: ${s.degraded}/${s.n} degraded, challenged ${s.challenge}, max completion per degraded request ${s.maxCompletion}`);
  if (s.maxCompletion > 1536) broke = true;
}
console.log(broke ? "REPRODUCED" : "not reproduced");
