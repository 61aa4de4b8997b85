// A minimal OpenAI-shaped origin (127.0.0.1 only) for the junk-key experiment: a key starting "sk-junk" is not an
// account (401, as a real provider answers a made-up key); any other key is served, answering a one-word ping with 3 tokens and
// any longer ask with a 2,000-token article (reported in usage). Counts what it served.
import http from "node:http";
const port = +(process.argv[2] ?? 18972); const n = { served: 0, rejected: 0 };
http.createServer((req, res) => { let b = ""; req.on("data", (d) => (b += d)); req.on("end", () => {
  res.setHeader("content-type", "application/json");
  if (req.url === "/stats") return res.end(JSON.stringify(n));
  const key = (req.headers.authorization ?? "").replace(/^Bearer /, "");
  if (key.startsWith("sk-junk")) { n.rejected++; res.statusCode = 401; return res.end(JSON.stringify({ error: { message: "Incorrect API key provided", type: "invalid_request_error", code: "invalid_api_key" } })); }
  let j = {}; try { j = JSON.parse(b || "{}"); } catch {}
  n.served++; const p = Math.ceil(b.length / 4); const last = String(j.messages?.at(-1)?.content ?? ""); const c = last.length < 12 ? 3 : 2000; // a one-word ping gets a word, an ask a 2,000-token article
  res.end(JSON.stringify({ id: "chatcmpl-j", object: "chat.completion", model: j.model, choices: [{ index: 0, message: { role: "assistant", content: "ok" }, finish_reason: "stop" }], usage: { prompt_tokens: p, completion_tokens: c, total_tokens: p + c } }));
}); }).listen(port, "127.0.0.1");
