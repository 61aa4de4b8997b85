// A tiny origin with the real Responses API shape for background: true (status "queued", usage null);
// GET /v1/responses/{id} returns the finished answer (5,000 output tokens); chat completions answer 4,000-5,800
// completion tokens with usage. 127.0.0.1 only.
import http from "node:http";
const port = +(process.argv[2] ?? 18852); const DELAY = +(process.argv[3] ?? 0); let n = 0; // optional answer latency (ms)
http.createServer((req, res) => {
  let b = ""; req.on("data", (d) => (b += d)); req.on("end", () => setTimeout(() => {
    res.setHeader("content-type", "application/json");
    if (req.method === "POST" && req.url.startsWith("/v1/responses")) {
      const j = JSON.parse(b || "{}"); const id = `resp_r4_${++n}`;
      if (j.background) return res.end(JSON.stringify({ id, object: "response", status: "queued", background: true, model: j.model, output: [], usage: null }));
      return res.end(JSON.stringify({ id, object: "response", status: "completed", model: j.model, output: [{ type: "message", role: "assistant", content: [{ type: "output_text", text: "word ".repeat(5000) }] }], usage: { input_tokens: 20, output_tokens: 5000, total_tokens: 5020 } }));
    }
    if (req.method === "POST" && req.url.startsWith("/v1/chat/completions")) {
      const j = JSON.parse(b || "{}"); const c = 4000 + (n++ % 7) * 300; const p = Math.ceil(JSON.stringify(j.messages).length / 4);
      return res.end(JSON.stringify({ id: `chatcmpl_r4_${n}`, object: "chat.completion", model: j.model, choices: [{ index: 0, message: { role: "assistant", content: "word ".repeat(c) }, finish_reason: "stop" }], usage: { prompt_tokens: p, completion_tokens: c, total_tokens: p + c } }));
    }
    if (req.method === "GET" && req.url.startsWith("/v1/responses/")) {
      const id = req.url.split("/")[3];
      return res.end(JSON.stringify({ id, object: "response", status: "completed", output: [{ type: "message", role: "assistant", content: [{ type: "output_text", text: "word ".repeat(5000) }] }], usage: { input_tokens: 20, output_tokens: 5000, total_tokens: 5020 } }));
    }
    res.statusCode = 404; res.end("{}");
  }, DELAY));
}).listen(port, "127.0.0.1");
