// Round 8's recording mock origin (round 9: a /v1/responses batch's output lines are Responses-shaped) (127.0.0.1 only) for the batch flows: Anthropic message batches and OpenAI files + batches.
// Every inner item is answered with OUT output tokens. GET /seen lists what it received (path, selected headers).
// A results request with `Accept-Encoding: gzip` is answered gzip-compressed when GZIP=1.
import http from "node:http"; import zlib from "node:zlib";
const port = +(process.argv[2] ?? 18882); const OUT = +(process.env.OUT ?? 3000), FIRST = +(process.env.FIRST ?? 3), PAD = +(process.env.PAD ?? 20000); // lines 0..FIRST-1 answer 10 tokens, the rest OUT; each line padded to ~PAD bytes
const outOf = (i) => (i < FIRST ? 10 : OUT); const seen = []; const batches = new Map(); const files = new Map(); let n = 0; const endpoints = new Map(); const respFiles = new Set();
const send = (req, res, body, type = "application/json") => {
  res.setHeader("content-type", type);
  if (process.env.GZIP && /gzip/.test(req.headers["accept-encoding"] ?? "") && type !== "application/json") { res.setHeader("content-encoding", "gzip"); return res.end(zlib.gzipSync(body)); }
  res.end(body);
};
http.createServer((req, res) => { const chunks = []; req.on("data", (d) => chunks.push(d)); req.on("end", () => {
  const raw = Buffer.concat(chunks).toString("utf8"); const url = new URL(req.url, "http://x"); const p = url.pathname;
  if (p === "/seen") return send(req, res, JSON.stringify(seen));
  seen.push({ method: req.method, path: req.url, range: req.headers.range ?? null, ae: req.headers["accept-encoding"] ?? null, key: req.headers["x-api-key"] ?? req.headers.authorization ?? null, bytes: raw.length });
  let j = {}; try { j = JSON.parse(raw || "{}"); } catch {}
  let m;
  if (req.method === "POST" && p === "/v1/messages/batches") { const id = `msgbatch_${++n}`; batches.set(id, (j.requests ?? []).map((r) => r.custom_id)); return send(req, res, JSON.stringify({ id, type: "message_batch", processing_status: "in_progress", request_counts: { processing: batches.get(id).length } })); }
  if ((m = p.match(/^\/v1\/messages\/batches\/([^/]+)\/results$/))) {
    const ids = batches.get(m[1]) ?? []; const lines = ids.map((cid, i) => JSON.stringify({ custom_id: cid, result: { type: "succeeded", message: { id: "msg_" + cid, type: "message", role: "assistant", model: "claude", content: [{ type: "text", text: "x".repeat(PAD) }], stop_reason: "end_turn", usage: { input_tokens: 30, output_tokens: outOf(i) } } } }));
    return send(req, res, lines.join("\n") + "\n", "application/binary");
  }
  if ((m = p.match(/^\/v1\/messages\/batches\/([^/]+)$/))) return send(req, res, JSON.stringify({ id: m[1], type: "message_batch", processing_status: "ended", results_url: `http://127.0.0.1:${port}/v1/messages/batches/${m[1]}/results` }));
  if (req.method === "POST" && p === "/v1/files") { const id = `file-in${++n}`; const lines = (raw.match(/"custom_id"\s*:\s*"[^"]+"/g) ?? []).map((s) => s.split('"')[3]); files.set(id, lines); return send(req, res, JSON.stringify({ id, object: "file", purpose: "batch", bytes: raw.length })); }
  if (req.method === "POST" && p === "/v1/batches") { const id = `batch_${++n}`; batches.set(id, files.get(j.input_file_id) ?? []); endpoints.set(id, j.endpoint); return send(req, res, JSON.stringify({ id, object: "batch", status: "validating", input_file_id: j.input_file_id, endpoint: j.endpoint })); }
  if ((m = p.match(/^\/v1\/batches\/([^/]+)$/))) { files.set(`file-out-${m[1]}`, batches.get(m[1]) ?? []); if (endpoints.get(m[1]) === "/v1/responses") respFiles.add(`file-out-${m[1]}`); return send(req, res, JSON.stringify({ id: m[1], object: "batch", status: "completed", output_file_id: `file-out-${m[1]}`, error_file_id: null })); }
  if (p === "/v1/batches") return send(req, res, JSON.stringify({ object: "list", data: [...batches.keys()].filter((k) => k.startsWith("batch_")).map((id) => { files.set(`file-out-${id}`, batches.get(id)); return { id, object: "batch", status: "completed", output_file_id: `file-out-${id}` }; }) }));
  if ((m = p.match(/^\/v1\/files\/([^/]+)\/content$/))) {
    const ids = files.get(m[1]) ?? [];
    const lines = respFiles.has(m[1]) ? ids.map((cid, i) => JSON.stringify({ id: "batch_req_" + cid, custom_id: cid, response: { status_code: 200, request_id: "r", body: { id: "resp_" + cid, object: "response", status: "completed", model: "gpt-4o", output: [{ type: "message", role: "assistant", content: [{ type: "output_text", text: "x".repeat(PAD) }] }], usage: { input_tokens: 30, output_tokens: outOf(i), total_tokens: 30 + outOf(i) } } }, error: null })) : ids.map((cid, i) => JSON.stringify({ id: "batch_req_" + cid, custom_id: cid, response: { status_code: 200, request_id: "r", body: { id: "chatcmpl-" + cid, object: "chat.completion", model: "gpt-4o", choices: [{ index: 0, message: { role: "assistant", content: "x".repeat(PAD) }, finish_reason: "stop" }], usage: { prompt_tokens: 30, completion_tokens: outOf(i), total_tokens: 30 + outOf(i) } } }, error: null }));
    return send(req, res, lines.join("\n") + "\n", "application/octet-stream");
  }
  if (p === "/v1/models") return send(req, res, JSON.stringify({ object: "list", data: [] }));
  const c = OUT, pt = Math.ceil(raw.length / 4);
  if (p === "/v1/messages") return send(req, res, JSON.stringify({ id: "msg_x", type: "message", role: "assistant", model: j.model, content: [{ type: "text", text: "ok" }], stop_reason: "end_turn", usage: { input_tokens: pt, output_tokens: c } }));
  send(req, res, JSON.stringify({ id: "chatcmpl-x", object: "chat.completion", model: j.model, choices: [{ index: 0, message: { role: "assistant", content: "ok" }, finish_reason: "stop" }], usage: { prompt_tokens: pt, completion_tokens: c, total_tokens: pt + c } }));
}); }).listen(port, "127.0.0.1");
