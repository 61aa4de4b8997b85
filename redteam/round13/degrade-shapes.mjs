// Target 1: what a DEGRADED key (override tier "deg": degradeAt 0) still gets. Prints, per request shape, the guard's
// status / x-guard-policy and the body the recording origin received. node degrade-shapes.mjs [filter]
import { probe, setTier } from "./lib13.mjs";
const KEY = "sk-rt13-degshapes-" + (process.env.K ?? "1");
await setTier(KEY, "deg");
const U = [{ role: "user", content: "Explain quicksort." }];
const C = {
  // chat
  "chat mct+mt": ["/v1/chat/completions", { model: "o3", messages: U, max_tokens: 4000, max_completion_tokens: 9000, reasoning_effort: "high" }],
  "chat reasoning obj": ["/v1/chat/completions", { model: "o3", messages: U, reasoning: { effort: "high", summary: "detailed", max_tokens: 20000 } }],
  "chat verbosity+prediction": ["/v1/chat/completions", { model: "gpt-5", messages: U, verbosity: "high", prediction: { type: "content", content: "abc" } }],
  "chat logprobs false top_logprobs 0": ["/v1/chat/completions", { model: "gpt-4o", messages: U, logprobs: false, top_logprobs: 0 }],
  "chat n:1 plus audio/modalities": ["/v1/chat/completions", { model: "gpt-4o-audio", messages: U, modalities: ["text", "audio"], audio: { voice: "alloy", format: "wav" } }],
  "chat stream include_usage false": ["/v1/chat/completions", { model: "gpt-4o", messages: U, stream: true, stream_options: { include_usage: false } }],
  "chat metadata/store/service_tier": ["/v1/chat/completions", { model: "gpt-4o", messages: U, store: true, metadata: { a: "b" }, service_tier: "priority", seed: 1 }],
  "chat tools parallel": ["/v1/chat/completions", { model: "gpt-4o", messages: U, tools: [{ type: "function", function: { name: "f", parameters: { type: "object" } } }], parallel_tool_calls: true }],
  "chat web_search_options": ["/v1/chat/completions", { model: "gpt-4o-search", messages: U, web_search_options: { search_context_size: "high" } }],
  "chat reasoning_effort xhigh": ["/v1/chat/completions", { model: "gpt-5", messages: U, reasoning_effort: "xhigh" }],
  "chat reasoning_effort minimal": ["/v1/chat/completions", { model: "gpt-5", messages: U, reasoning_effort: "minimal" }],
  // completions
  "cmpl best_of n echo": ["/v1/completions", { model: "davinci-002", prompt: "Q", best_of: 5, n: 5, echo: true, logprobs: 5, max_tokens: 3000, suffix: "x" }],
  "cmpl prompt variants": ["/v1/completions", { model: "davinci-002", prompt: ["Explain quicksort.", "Explain quicksort. ", "Explain  quicksort.", "explain quicksort."], max_tokens: 3000 }],
  "cmpl token-id prompts dup": ["/v1/completions", { model: "davinci-002", prompt: [[1, 2, 3], [1, 2, 3], [1, 2, 3, 0]], max_tokens: 3000 }],
  // responses
  "resp include all": ["/v1/responses", { model: "o3", input: "Explain quicksort.", include: ["message.output_text.logprobs", "reasoning.encrypted_content", "code_interpreter_call.outputs", "file_search_call.results", "web_search_call.action.sources", "message.input_image.image_url", "computer_call_output.output.image_url"], top_logprobs: 20 }],
  "resp reasoning generate_summary": ["/v1/responses", { model: "o3", input: "Explain quicksort.", reasoning: { effort: "high", generate_summary: "detailed" } }],
  "resp reasoning summary auto": ["/v1/responses", { model: "o3", input: "Explain quicksort.", reasoning: { effort: "high", summary: "auto" } }],
  "resp text verbosity": ["/v1/responses", { model: "gpt-5", input: "Explain quicksort.", text: { verbosity: "high", format: { type: "text" } }, max_output_tokens: 50000 }],
  "resp prompt template": ["/v1/responses", { model: "o3", prompt: { id: "pmpt_abc", version: "2", variables: { q: "Explain quicksort." } } }],
  "resp max_tool_calls": ["/v1/responses", { model: "o3", input: "x", max_tool_calls: 50, tools: [{ type: "web_search" }], tool_choice: "required" }],
  "resp background": ["/v1/responses", { model: "o3", input: "Explain quicksort.", background: true, reasoning: { effort: "high", summary: "detailed" } }],
  "resp stream_options obfuscation": ["/v1/responses", { model: "o3", input: "x", stream: true, stream_options: { include_obfuscation: false } }],
  "resp input reasoning item": ["/v1/responses", { model: "o3", input: [{ type: "reasoning", id: "rs_1", summary: [], encrypted_content: "gAAA" }, { role: "user", content: "x" }] }],
  // anthropic
  "msg thinking 30000": ["/v1/messages", { model: "claude-sonnet-4-5", max_tokens: 64000, thinking: { type: "enabled", budget_tokens: 30000 }, messages: U }],
  "msg thinking adaptive": ["/v1/messages", { model: "claude-opus-4-6", max_tokens: 64000, thinking: { type: "adaptive" }, messages: U }],
  "msg output_config effort": ["/v1/messages", { model: "claude-opus-4-5", max_tokens: 64000, output_config: { effort: "high" }, messages: U }],
  "msg thinking display": ["/v1/messages", { model: "claude-sonnet-4-5", max_tokens: 1000, thinking: { type: "enabled", budget_tokens: 1024, display: "full" }, messages: U }],
  "msg top_k temperature": ["/v1/messages", { model: "claude-sonnet-4-5", max_tokens: 1000, top_k: 1, temperature: 0, messages: U }],
  "msg container/mcp": ["/v1/messages", { model: "claude-sonnet-4-5", max_tokens: 1000, mcp_servers: [{ type: "url", url: "https://x", name: "x" }], context_management: { edits: [] }, messages: U }],
};
const f = process.argv[2];
for (const [name, [path, body, opt]] of Object.entries(C)) {
  if (f && !name.includes(f)) continue;
  const r = await probe(path, body, { key: KEY, ...(opt ?? {}) });
  console.log(`--- ${name}: ${r.status} ${r.policy}${r.status >= 400 ? " " + r.text.slice(0, 200) : ""}\n    sent: ${JSON.stringify(body)}\n    got:  ${r.got.map((g) => JSON.stringify(g.body)).join(" | ")}`);
}
