// Round 15 recording origin (127.0.0.1 only, JSON answers only). Logs every request to $LOG as {t, method, path, body}.
// Bills what a provider bills: prompt = text chars / 4 + IMGTOK (765, a 1024x1024 high-detail image) per image part
// (chat image_url, Anthropic image block) + FILETOK (400) per input_file / document-by-URL part; output = min(cap, OUT)
// per choice (OUT 2000, or "model@out=N"); chat n choices bill n x output. Shapes: chat, responses, messages.
import http from "node:http"; import fs from "node:fs";
const port = +(process.argv[2] ?? 19352); const OUT = +(process.env.OUT ?? 2000); const LOG = process.env.LOG ?? "origin.jsonl";
const IMGTOK = +(process.env.IMGTOK ?? 765), FILETOK = +(process.env.FILETOK ?? 400); let n = 0;
const send = (res, code, obj) => { res.statusCode = code; res.setHeader("content-type", "application/json"); res.end(JSON.stringify(obj)); };
function bill(x) { // walk the body: text chars, image parts, file parts
  let chars = 0, img = 0, file = 0;
  const walk = (v, k) => { if (typeof v === "string") { if (["text", "content", "input", "instructions", "system", "arguments", "output", "description"].includes(k)) chars += v.length; return; }
    if (Array.isArray(v)) { for (const e of v) walk(e, k); return; } if (!v || typeof v !== "object") return;
    if (v.type === "image_url" || v.type === "image" || v.type === "input_image") img++; if (v.type === "input_file" || (v.type === "document" && v.source?.type === "url")) file++;
    for (const [kk, vv] of Object.entries(v)) walk(vv, kk); };
  walk(x, ""); return Math.ceil(chars / 4) + IMGTOK * img + FILETOK * file + 8;
}
http.createServer((req, res) => { const ch = []; req.on("data", (d) => ch.push(d)); req.on("end", () => {
  const raw = Buffer.concat(ch).toString("utf8"); const p = new URL(req.url, "http://x").pathname; let j = {}; try { j = JSON.parse(raw || "{}"); } catch {}
  fs.appendFileSync(LOG, JSON.stringify({ t: Date.now(), method: req.method, path: p, body: j }) + "\n");
  const id = (++n).toString(36) + Math.random().toString(36).slice(2, 8);
  const MS = Object.fromEntries(String(j.model ?? "").split("@")[1]?.split(",").map((kv) => kv.split("=")) ?? []);
  const capOf = (...xs) => { const v = xs.filter((x) => typeof x === "number"); return v.length ? Math.min(...v) : 1e9; };
  const pt = bill(j);
  if (req.method === "GET" && p.startsWith("/v1/models")) return send(res, 200, { object: "list", data: [] });
  if (p === "/v1/chat/completions") { const c = Math.min(capOf(j.max_tokens, j.max_completion_tokens), +(MS.out ?? OUT)); const k = j.n ?? 1;
    return send(res, 200, { id: "chatcmpl-" + id, object: "chat.completion", model: j.model, choices: Array.from({ length: k }, (_, i) => ({ index: i, message: { role: "assistant", content: "x ".repeat(c) }, finish_reason: "stop", ...(j.logprobs ? { logprobs: { content: [] } } : {}) })), usage: { prompt_tokens: pt, completion_tokens: c * k, total_tokens: pt + c * k } }); }
  if (p === "/v1/responses") { const c = Math.min(capOf(j.max_output_tokens), +(MS.out ?? OUT));
    return send(res, 200, { id: "resp_" + id, object: "response", status: "completed", model: j.model, output: [{ type: "message", id: "msg_" + id, role: "assistant", content: [{ type: "output_text", text: "x ".repeat(c) }] }], usage: { input_tokens: pt, output_tokens: c, total_tokens: pt + c } }); }
  if (p === "/v1/messages") { const c = Math.min(capOf(j.max_tokens), +(MS.out ?? OUT));
    return send(res, 200, { id: "msg_" + id, type: "message", role: "assistant", model: j.model, content: [{ type: "text", text: "x ".repeat(c) }], stop_reason: "end_turn", usage: { input_tokens: pt, output_tokens: c } }); }
  send(res, 404, { error: { message: "not found" } });
}); }).listen(port, "127.0.0.1", () => console.log("origin15 on", port));
