// Round 16 recording origin (127.0.0.1 only, JSON answers only): round 15's origin15.mjs plus background Responses (POST answers
// `queued`, GET /v1/responses/{id} returns the stored completed response with usage), POST /v1/files (any purpose; logs the
// multipart's purpose fields), POST /v1/batches, GET /v1/responses/{id}/input_items. Bills prompt = text chars / 4 + IMGTOK (765)
// per image part + FILETOK (400) per file part; output = min(cap, OUT=2000) per choice; chat n choices bill n x output.
import http from "node:http"; import fs from "node:fs";
const port = +(process.argv[2] ?? 19362); const OUT = +(process.env.OUT ?? 2000); const LOG = process.env.LOG ?? "origin.jsonl";
const IMGTOK = +(process.env.IMGTOK ?? 765), FILETOK = +(process.env.FILETOK ?? 400); let n = 0; const stored = new Map();
const send = (res, code, obj) => { res.statusCode = code; res.setHeader("content-type", "application/json"); res.end(JSON.stringify(obj)); };
function bill(x) { let chars = 0, img = 0, file = 0;
  const walk = (v, k) => { if (typeof v === "string") { if (["text", "content", "input", "instructions", "system", "arguments", "output", "description"].includes(k)) chars += v.length; return; }
    if (Array.isArray(v)) { for (const e of v) walk(e, k); return; } if (!v || typeof v !== "object") return;
    if (["image_url", "image", "input_image"].includes(v.type)) img++; if (v.type === "input_file" || v.type === "file" || v.type === "input_audio" || (v.type === "document" && v.source?.type === "url")) file++;
    for (const [kk, vv] of Object.entries(v)) walk(vv, kk); };
  walk(x, ""); return Math.ceil(chars / 4) + IMGTOK * img + FILETOK * file + 8; }
http.createServer((req, res) => { const ch = []; req.on("data", (d) => ch.push(d)); req.on("end", () => {
  const raw = Buffer.concat(ch).toString("utf8"); const p = new URL(req.url, "http://x").pathname; let j = {}; try { j = JSON.parse(raw || "{}"); } catch {}
  const purposes = p === "/v1/files" ? [...raw.matchAll(/name="purpose"\r\n\r\n([^\r]*)/g)].map((m) => m[1]) : undefined;
  fs.appendFileSync(LOG, JSON.stringify({ t: Date.now(), method: req.method, path: p, body: j, ...(purposes ? { purposes } : {}), auth: req.headers.authorization }) + "\n");
  const id = (++n).toString(36) + Math.random().toString(36).slice(2, 8);
  const capOf = (...xs) => { const v = xs.filter((x) => typeof x === "number"); return v.length ? Math.min(...v) : 1e9; };
  const pt = bill(j);
  if (req.method === "GET" && p.startsWith("/v1/models")) return send(res, 200, { object: "list", data: [] });
  if (p === "/v1/files" && req.method === "POST") return send(res, 200, { id: "file-" + id, object: "file", purpose: purposes?.at(-1) ?? "?", bytes: raw.length });
  if (p === "/v1/batches" && req.method === "POST") return send(res, 200, { id: "batch_" + id, object: "batch", status: "validating", input_file_id: j.input_file_id });
  const m = p.match(/^\/v1\/responses\/([^/]+)(\/input_items)?$/);
  if (m && req.method === "GET") { const r = stored.get(m[1]); if (!r) return send(res, 404, { error: { message: "no such response" } });
    if (m[2]) return send(res, 200, { object: "list", data: r.output }); return send(res, 200, r); }
  if (p === "/v1/chat/completions") { const c = Math.min(capOf(j.max_tokens, j.max_completion_tokens), OUT); const k = j.n ?? 1;
    return send(res, 200, { id: "chatcmpl-" + id, object: "chat.completion", model: j.model, choices: Array.from({ length: k }, (_, i) => ({ index: i, message: { role: "assistant", content: "x ".repeat(c) }, finish_reason: "stop" })), usage: { prompt_tokens: pt, completion_tokens: c * k, total_tokens: pt + c * k } }); }
  if (p === "/v1/responses") { const c = Math.min(capOf(j.max_output_tokens), OUT); const rid = "resp_" + id;
    const r = { id: rid, object: "response", status: "completed", model: j.model, background: !!j.background, output: [{ type: "message", id: "msg_" + id, role: "assistant", status: "completed", content: [{ type: "output_text", text: "x ".repeat(c), annotations: [] }] }], usage: { input_tokens: pt, output_tokens: c, total_tokens: pt + c } };
    stored.set(rid, r); if (j.background) { const { usage, output, ...q } = r; return send(res, 200, { ...q, status: "queued", output: [] }); } return send(res, 200, r); }
  if (p === "/v1/messages") { const c = Math.min(capOf(j.max_tokens), OUT);
    return send(res, 200, { id: "msg_" + id, type: "message", role: "assistant", model: j.model, content: [{ type: "text", text: "x ".repeat(c) }], stop_reason: "end_turn", usage: { input_tokens: pt, output_tokens: c } }); }
  send(res, 404, { error: { message: "not found" } });
}); }).listen(port, "127.0.0.1", () => console.log("origin16 on", port));
