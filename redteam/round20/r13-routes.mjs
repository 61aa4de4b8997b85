// Target 2: default deny. Methods, query strings, bodies on free routes, and odd headers: status, and what reached the origin.
import { req, logLen, logSince, sleep, setTier } from "./lib20.mjs";
const KEY = "sk-rt20-routes-" + Date.now().toString(36); await setTier(KEY, "pro");
const chat = JSON.stringify({ model: "m", max_tokens: 5, messages: [{ role: "user", content: "hi" }] });
const C = [
  ["HEAD", "/v1/models"], ["HEAD", "/v1/chat/completions"], ["OPTIONS", "/v1/chat/completions"], ["PATCH", "/v1/chat/completions", chat],
  ["PUT", "/v1/chat/completions", chat], ["DELETE", "/v1/chat/completions"], ["TRACE", "/v1/models"],
  ["POST", "/v1/chat/completions?stream=true", chat], ["POST", "/v1/chat/completions?model=x&max_tokens=9999", chat], ["POST", "/v1/chat/completions?api-version=2024-10-21", chat],
  ["POST", "/v1/messages?beta=true", JSON.stringify({ model: "m", max_tokens: 5, messages: [{ role: "user", content: "hi" }] })],
  ["GET", "/v1/responses/resp_x?stream=true&starting_after=3&include[]=reasoning.encrypted_content"], ["GET", "/v1/responses/resp_x?include=message.output_text.logprobs"],
  ["GET", "/v1/models", chat], ["POST", "/v1/messages/count_tokens", JSON.stringify({ model: "m", messages: [{ role: "user", content: "hi" }], max_tokens: 99999 })],
  ["POST", "/v1/responses/resp_x/cancel", chat], ["DELETE", "/v1/responses/resp_x", chat], ["POST", "/v1/batches/b1/cancel", chat],
  ["POST", "/v1/batches", JSON.stringify({ input_file_id: "file-unknown", endpoint: "/v1/chat/completions", completion_window: "24h" })],
  ["POST", "/v1/responses/compact", JSON.stringify({ model: "m", input: "hi" })], ["POST", "/v1/responses/input_tokens", JSON.stringify({ model: "m", input: "hi" })],
  ["GET", "/v1/responses"], ["POST", "/v1/conversations", "{}"], ["POST", "/v1/chat/completions/chatcmpl-1", chat], ["GET", "/v1/chat/completions/chatcmpl-1/messages"],
  ["POST", "/v1/moderations", JSON.stringify({ input: "x" })], ["POST", "/v1/embeddings", JSON.stringify({ model: "e", input: "hi", dimensions: 3 })],
  ["GET", "/v1/files/file-1/content?x=1"], ["POST", "/v1/messages/batches/msgbatch_1/results"], ["GET", "/v1/messages/batches/msgbatch_1/results?beta=true"],
  ["POST", "/v1/organization/usage", "{}"], ["GET", "/v1"], ["GET", "/"], ["GET", "/health"], ["GET", "/v1/models/gpt-4o:ft-org:abc"],
];
for (const [m, p, b] of C) {
  const k = logLen(); let r;
  try { r = await req(m, p, { key: KEY, raw: b }); } catch (e) { r = { status: "ERR " + e.message, text: "" }; }
  await sleep(120); const got = logSince(k).map((e) => `${e.method} ${e.url} len=${e.len}`);
  console.log(`${m} ${p}${b ? " (body)" : ""}: ${r.status} ${String(r.text ?? "").slice(0, 110).replace(/\n/g, " ")} -> origin: ${JSON.stringify(got)}`);
}
