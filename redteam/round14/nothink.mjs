// R14 target: degrade.maxThinkingTokens 0 ("thinking removed under degrade, so max_tokens 512 caps the visible answer").
// A degraded key (tier deg) sends Anthropic requests with thinking in every spelling; what reaches the origin.
// Run against a guard whose policy has "degrade": {"maxOutputTokens": 512, "maxThinkingTokens": 0} (policy-nothink.json).
import { probe, setTier } from "./lib14.mjs";
const KEY = "sk-rt14-nothink-" + Date.now().toString(36); await setTier(KEY, "deg");
const AH = { "anthropic-version": "2023-06-01" };
const m = (extra, content = "Prove it step by step.") => ({ model: "claude-x", max_tokens: 64000, messages: [{ role: "user", content }], ...extra });
const prior = [{ role: "user", content: "q" }, { role: "assistant", content: [{ type: "thinking", thinking: "long...", signature: "sig" }, { type: "tool_use", id: "t1", name: "calc", input: {} }] }, { role: "user", content: [{ type: "tool_result", tool_use_id: "t1", content: "42" }] }];
const cases = [
  ["enabled 30000", m({ thinking: { type: "enabled", budget_tokens: 30000 } })],
  ["adaptive", m({ thinking: { type: "adaptive" } })],
  ["enabled, no budget", m({ thinking: { type: "enabled" } })],
  ["type ENABLED", m({ thinking: { type: "ENABLED", budget_tokens: 30000 } })],
  ["thinking string", m({ thinking: "enabled" })],
  ["thinking true", m({ thinking: true })],
  ["tool loop with thinking blocks", { model: "claude-x", max_tokens: 64000, messages: prior, thinking: { type: "enabled", budget_tokens: 30000 }, tools: [{ name: "calc", input_schema: { type: "object" } }] }],
  ["output_config effort high", m({ output_config: { effort: "high" } })],
  ["no thinking (control)", m({})],
];
for (const [name, body] of cases) {
  const r = await probe("/v1/messages", body, { key: KEY, headers: { ...AH, "anthropic-beta": "interleaved-thinking-2025-05-14" } }); const b = r.got[0]?.body;
  console.log(`${name}: ${r.status} ${r.policy ?? ""} ${r.status !== 200 ? r.text.slice(0, 100) : ""} -> origin max_tokens=${b?.max_tokens} thinking=${JSON.stringify(b?.thinking)} output_config=${JSON.stringify(b?.output_config)} beta=${r.got[0]?.headers?.["anthropic-beta"]}`);
}
// the same in a message batch
const r = await probe("/v1/messages/batches", { requests: cases.filter(([n]) => !/string|true/.test(n)).map(([n, b], i) => ({ custom_id: "c" + i, params: b })) }, { key: KEY, headers: AH });
console.log(`message batch: ${r.status} ${r.status !== 200 ? r.text.slice(0, 160) : ""}`);
for (const q of r.got[0]?.body?.requests ?? []) console.log(`  ${q.custom_id}: max_tokens=${q.params.max_tokens} thinking=${JSON.stringify(q.params.thinking)}`);
