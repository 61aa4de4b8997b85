// Does the prompt estimate price images at the documented fixed 1,600 tokens? Reservation read from the answer's RateLimit
// "tpm";r= (taken at admission) on a fresh "pro" key (tpm 2,000,000), max tokens 1.
import { req, setTier } from "./lib13.mjs";
const png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
const C = {
  "chat text only": ["/v1/chat/completions", { model: "gpt-4o", max_tokens: 1, messages: [{ role: "user", content: "Describe." }] }],
  "chat image_url https": ["/v1/chat/completions", { model: "gpt-4o", max_tokens: 1, messages: [{ role: "user", content: [{ type: "image_url", image_url: { url: "https://example.com/a.png", detail: "high" } }, { type: "text", text: "Describe." }] }] }],
  "chat image_url data:": ["/v1/chat/completions", { model: "gpt-4o", max_tokens: 1, messages: [{ role: "user", content: [{ type: "image_url", image_url: { url: "data:image/png;base64," + png } }, { type: "text", text: "Describe." }] }] }],
  "chat file file_data/file_id": ["/v1/chat/completions", { model: "gpt-4o", max_tokens: 1, messages: [{ role: "user", content: [{ type: "file", file: { file_id: "file-abc" } }, { type: "text", text: "Describe." }] }] }],
  "chat input_audio": ["/v1/chat/completions", { model: "gpt-4o-audio", max_tokens: 1, messages: [{ role: "user", content: [{ type: "input_audio", input_audio: { data: "AAAA", format: "wav" } }] }] }],
  "resp input_image url": ["/v1/responses", { model: "gpt-4o", max_output_tokens: 16, input: [{ role: "user", content: [{ type: "input_image", image_url: "https://example.com/a.png", detail: "high" }, { type: "input_text", text: "Describe." }] }] }],
  "resp input_file file_url": ["/v1/responses", { model: "gpt-4o", max_output_tokens: 16, input: [{ role: "user", content: [{ type: "input_file", file_url: "https://example.com/a.pdf" }, { type: "input_text", text: "Describe." }] }] }],
  "resp input_file file_id": ["/v1/responses", { model: "gpt-4o", max_output_tokens: 16, input: [{ role: "user", content: [{ type: "input_file", file_id: "file-abc" }, { type: "input_text", text: "Describe." }] }] }],
  "resp tools web_search+mcp": ["/v1/responses", { model: "gpt-4o", max_output_tokens: 16, input: "Describe.", tools: [{ type: "web_search" }, { type: "mcp", server_label: "x", server_url: "https://example.com/mcp", require_approval: "never" }] }],
  "msg image url": ["/v1/messages", { model: "claude-sonnet-4-5", max_tokens: 1, messages: [{ role: "user", content: [{ type: "image", source: { type: "url", url: "https://example.com/a.png" } }, { type: "text", text: "Describe." }] }] }],
  "msg image base64": ["/v1/messages", { model: "claude-sonnet-4-5", max_tokens: 1, messages: [{ role: "user", content: [{ type: "image", source: { type: "base64", media_type: "image/png", data: png } }, { type: "text", text: "Describe." }] }] }],
  "msg document url": ["/v1/messages", { model: "claude-sonnet-4-5", max_tokens: 1, messages: [{ role: "user", content: [{ type: "document", source: { type: "url", url: "https://example.com/a.pdf" } }, { type: "text", text: "Describe." }] }] }],
  "msg document file_id": ["/v1/messages", { model: "claude-sonnet-4-5", max_tokens: 1, messages: [{ role: "user", content: [{ type: "document", source: { type: "file", file_id: "file_abc" } }, { type: "text", text: "Describe." }] }] }],
};
let i = 0;
for (const [name, [path, body]] of Object.entries(C)) {
  const key = `sk-rt13-img-${Date.now().toString(36)}-${i++}`; await setTier(key, "pro");
  const r = await req("POST", path, { key, body }); const rem = +(r.rl ?? "").match(/"tpm";r=(\d+)/)?.[1];
  const cap = body.max_tokens ?? body.max_output_tokens;
  console.log(`${name}: ${r.status} reserved ${2000000 - rem} tokens (${2000000 - rem - cap} for the prompt)${r.status >= 400 ? " " + r.text.slice(0, 120) : ""}`);
}
