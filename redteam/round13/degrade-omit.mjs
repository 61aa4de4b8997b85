// Target 1: degrade lowers reasoning effort / verbosity only when the request names them. A degraded key that leaves them
// out gets the model's default (medium for o-series and gpt-5 on OpenAI), and a stored prompt template (`prompt`) can carry
// its own reasoning settings. Prints what the origin receives.
import { probe, setTier } from "./lib13.mjs";
const KEY = "sk-rt13-omit-" + Date.now().toString(36); await setTier(KEY, "deg");
for (const [name, path, body] of [
  ["chat o3, reasoning_effort high", "/v1/chat/completions", { model: "o3", messages: [{ role: "user", content: "Prove it." }], reasoning_effort: "high" }],
  ["chat o3, reasoning_effort omitted", "/v1/chat/completions", { model: "o3", messages: [{ role: "user", content: "Prove it." }] }],
  ["chat gpt-5, verbosity omitted", "/v1/chat/completions", { model: "gpt-5", messages: [{ role: "user", content: "Prove it." }] }],
  ["responses o3, reasoning omitted", "/v1/responses", { model: "o3", input: "Prove it." }],
  ["responses o3, reasoning {} (no effort)", "/v1/responses", { model: "o3", input: "Prove it.", reasoning: {} }],
  ["responses, stored prompt template + input", "/v1/responses", { model: "o3", input: "Prove it.", prompt: { id: "pmpt_attacker", version: "3", variables: { topic: "x" } } }],
]) { const r = await probe(path, body, { key: KEY }); console.log(`${name}: ${r.status} ${r.policy}\n   origin got ${r.got.map((g) => JSON.stringify(g.body)).join(" | ")}`); }
