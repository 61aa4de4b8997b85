// Target 1/3: output caps given as null (the providers read null as "no cap"). Background Responses (given the default cap
// when they name none), a degraded key's requests, and batch lines.
import { probe, setTier, G, logLen, logSince, sleep } from "./lib13.mjs";
const A = "sk-rt13-null-a-" + Date.now().toString(36); await setTier(A, "pro");
const D = "sk-rt13-null-d-" + Date.now().toString(36); await setTier(D, "deg");
for (const [who, key, path, body] of [
  ["allowed", A, "/v1/responses", { model: "o3", input: "x", background: true, max_output_tokens: null }],
  ["degraded", D, "/v1/responses", { model: "o3", input: "x", max_output_tokens: null }],
  ["degraded", D, "/v1/chat/completions", { model: "o3", messages: [{ role: "user", content: "x" }], max_completion_tokens: null, max_tokens: null, n: null, reasoning_effort: null }],
  ["degraded", D, "/v1/messages", { model: "claude-sonnet-4-5", max_tokens: 4000, thinking: { type: "enabled", budget_tokens: null }, messages: [{ role: "user", content: "x" }] }],
]) { const r = await probe(path, body, { key }); console.log(`${who} ${path} ${JSON.stringify(body)}: ${r.status} ${r.policy ?? ""} ${r.status >= 400 ? r.text.slice(0, 120) : ""}\n   origin got ${r.got.map((g) => JSON.stringify(g.body)).join(" | ")}`); }
