// Logging origin for HTTP experiments: records every body the guard forwards (to ORIGIN_LOG) and
// answers in the route's shape with a usage block. node origin.mjs PORT LOGFILE
import http from "node:http";
import fs from "node:fs";
const [port = "18711", log = "out/origin.log"] = process.argv.slice(2);
let n = 0;
http.createServer((req, res) => {
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", () => {
    const raw = Buffer.concat(chunks);
    const ct = req.headers["content-type"] ?? "";
    let body = null;
    try { body = ct.includes("json") ? JSON.parse(raw.toString()) : raw.toString().slice(0, 4000); } catch { body = raw.toString().slice(0, 2000); }
    fs.appendFileSync(log, JSON.stringify({ n: n++, method: req.method, url: req.url, headers: { "x-api-key": req.headers["x-api-key"], authorization: req.headers.authorization }, body }) + "\n");
    const out = 900;
    res.setHeader("content-type", "application/json");
    if (req.url.startsWith("/v1/messages/batches")) return res.end(JSON.stringify({ id: "msgbatch_1", type: "message_batch", processing_status: "in_progress" }));
    if (req.url.startsWith("/v1/messages")) return res.end(JSON.stringify({ id: "msg_1", type: "message", role: "assistant", model: "m", content: [{ type: "text", text: "ok" }], stop_reason: "end_turn", usage: { input_tokens: 10, output_tokens: out } }));
    if (req.url.startsWith("/v1/responses")) return res.end(JSON.stringify({ id: "resp_1", object: "response", status: "completed", output: [], usage: { input_tokens: 10, output_tokens: out, total_tokens: out + 10 } }));
    if (req.url.startsWith("/v1/files")) return res.end(JSON.stringify({ id: "file-" + n, object: "file", purpose: "batch", bytes: raw.length }));
    if (req.url.startsWith("/v1/batches")) return res.end(JSON.stringify({ id: "batch_" + n, object: "batch", status: "validating" }));
    if (req.url.startsWith("/v1/completions")) return res.end(JSON.stringify({ id: "c", object: "text_completion", choices: [{ index: 0, text: "ok", finish_reason: "stop" }], usage: { prompt_tokens: 10, completion_tokens: out, total_tokens: out + 10 } }));
    return res.end(JSON.stringify({ id: "c", object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content: "ok" }, finish_reason: "stop" }], usage: { prompt_tokens: 10, completion_tokens: out, total_tokens: out + 10 } }));
  });
}).listen(Number(port), "127.0.0.1", () => console.error("origin on", port));
