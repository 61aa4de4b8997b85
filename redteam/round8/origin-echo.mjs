// A minimal origin (127.0.0.1 only) that records the body of every request it receives (GET /seen returns them)
// and answers chat, Responses and completions in their shapes with a 2,000-token usage. For the degrade-rewrite check.
import http from "node:http";
const port = +(process.argv[2] ?? 18972); const seen = [];
http.createServer((req, res) => { let b = ""; req.on("data", (d) => (b += d)); req.on("end", () => {
  res.setHeader("content-type", "application/json");
  if (req.url === "/seen") return res.end(JSON.stringify(seen));
  let j = {}; try { j = JSON.parse(b || "{}"); } catch {}
  seen.push({ path: req.url, body: j }); const p = Math.ceil(b.length / 4), c = 2000;
  if (req.url.startsWith("/v1/responses")) return res.end(JSON.stringify({ id: "resp_x", object: "response", status: "completed", model: j.model, output: [{ type: "message", role: "assistant", content: [{ type: "output_text", text: "ok" }] }], usage: { input_tokens: p, output_tokens: c, total_tokens: p + c } }));
  if (req.url.startsWith("/v1/completions")) return res.end(JSON.stringify({ id: "cmpl-x", object: "text_completion", model: j.model, choices: [{ index: 0, text: "ok", finish_reason: "stop" }], usage: { prompt_tokens: p, completion_tokens: c, total_tokens: p + c } }));
  res.end(JSON.stringify({ id: "chatcmpl-x", object: "chat.completion", model: j.model, choices: [{ index: 0, message: { role: "assistant", content: "ok" }, finish_reason: "stop" }], usage: { prompt_tokens: p, completion_tokens: c, total_tokens: p + c } }));
}); }).listen(port, "127.0.0.1");
