// R14 target: non-boolean spellings of the boolean fields the guard reads (stream, background, store) on every metered route:
// which are refused (400), which reach the origin unchanged. A lax origin (pydantic-based OpenAI-compatible servers:
// vLLM, LiteLLM, ...) reads "true", "1", "yes", "on", 1 as true.
import { probe, setTier } from "./lib14.mjs";
const KEY = "sk-rt14-spell-" + Date.now().toString(36); await setTier(KEY, "pro");
const cases = [
  ["/v1/chat/completions", "stream", { model: "gpt-4o", messages: [{ role: "user", content: "hi" }], max_tokens: 20 }],
  ["/v1/completions", "stream", { model: "gpt-4o", prompt: "hi", max_tokens: 20 }],
  ["/v1/responses", "stream", { model: "gpt-4o", input: "hi", max_output_tokens: 20 }],
  ["/v1/messages", "stream", { model: "claude-x", messages: [{ role: "user", content: "hi" }], max_tokens: 20 }],
  ["/v1/responses", "background", { model: "gpt-4o", input: "hi" }],
  ["/v1/responses", "store", { model: "gpt-4o", input: "hi", max_output_tokens: 20 }],
];
for (const [path, field, base] of cases) {
  const row = [];
  for (const v of [true, "true", 1, "1", "yes", "on"]) {
    const r = await probe(path, { ...base, [field]: v }, { key: KEY }); const b = r.got[0]?.body;
    row.push(`${JSON.stringify(v)}:${r.status}${r.got.length ? "->" + JSON.stringify(b?.[field]) + (field === "background" ? ",cap=" + b?.max_output_tokens : "") + (field === "stream" ? ",so=" + JSON.stringify(b?.stream_options ?? null) : "") : ""}`);
  }
  console.log(`${path} ${field}: ${row.join("  ")}`);
}
