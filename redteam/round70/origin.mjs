// Stub OpenAI origin for round 70: realistic embeddings (unit-length, native 3072 / 1536,
// Matryoshka `dimensions`, float and base64 little-endian float32), files and batches.
// Records every request it receives: GET /__log (and DELETE /__log to clear).
import http from "node:http";
import zlib from "node:zlib";
import crypto from "node:crypto";

const PORT = Number(process.env.ORIGIN_PORT || 8872);
const NATIVE = { "text-embedding-3-large": 3072, "text-embedding-3-small": 1536, "text-embedding-ada-002": 1536 };
const log = [];
const files = new Map();
const batches = new Map();
let seq = 0;

// the "model": a deterministic full-length vector per input, unit length
export function fullVector(text, n) {
  const v = new Float64Array(n);
  let h = crypto.createHash("sha256").update(String(text)).digest();
  let k = 0;
  for (let i = 0; i < n; i += 2) {
    if (k + 8 > h.length) { h = crypto.createHash("sha256").update(h).digest(); k = 0; }
    const u1 = (h.readUInt32LE(k) + 1) / 4294967297, u2 = h.readUInt32LE(k + 4) / 4294967296; k += 8;
    const r = Math.sqrt(-2 * Math.log(u1));
    v[i] = r * Math.cos(2 * Math.PI * u2);
    if (i + 1 < n) v[i + 1] = r * Math.sin(2 * Math.PI * u2);
  }
  let s = 0; for (const x of v) s += x * x; s = Math.sqrt(s);
  return Array.from(v, (x) => x / s);
}
function embedOne(text, model, dims) {
  const n = NATIVE[model] ?? 1536;
  let v = fullVector(model + "\u0000" + (Array.isArray(text) ? "ids:" + text.join(",") : text), n);
  if (dims) { v = v.slice(0, dims); let s = 0; for (const x of v) s += x * x; s = Math.sqrt(s); v = v.map((x) => x / s); }
  return v;
}
function b64(v) { const f = new Float32Array(v); return Buffer.from(f.buffer).toString("base64"); }

function embeddingsAnswer(body) {
  const model = body.model;
  let inputs = body.input;
  if (typeof inputs === "string" || (Array.isArray(inputs) && typeof inputs[0] === "number")) inputs = [inputs];
  const n = NATIVE[model] ?? 1536;
  if (body.dimensions != null) {
    if (!String(model).startsWith("text-embedding-3")) return [400, { error: { message: "This model does not support specifying dimensions.", type: "invalid_request_error", param: "dimensions", code: null } }];
    if (body.dimensions < 1 || body.dimensions > n) return [400, { error: { message: `dimensions out of range`, type: "invalid_request_error", param: "dimensions", code: null } }];
  }
  const fmt = body.encoding_format ?? "float";
  if (process.env.ORIGIN_IGNORE_DIMS) body = { ...body, dimensions: undefined }; // an origin (alias, proxy with drop_params) that ignores `dimensions`
  if (process.env.ORIGIN_VLLM && fmt === "bytes") { // vLLM-style raw little-endian float32, metadata in a header
    const vs = inputs.map((t) => embedOne(t, model, body.dimensions));
    const buf = Buffer.concat(vs.map((v) => Buffer.from(new Float32Array(v).buffer)));
    return [200, buf, "application/octet-stream", { metadata: JSON.stringify({ id: "embd-1", created: 1, model, data: vs.map((v, i) => ({ index: i, start: i * v.length * 4, end: (i + 1) * v.length * 4 })), usage: { prompt_tokens: 1, total_tokens: 1 } }) }];
  }
  if (process.env.ORIGIN_VLLM && fmt === "int8") { // a provider's quantised output: int8 per component
    const data = inputs.map((t, index) => ({ object: "embedding", index, embedding: embedOne(t, model, body.dimensions).map((x) => Math.max(-128, Math.min(127, Math.round(x * 127 / 0.08)))) }));
    return [200, { object: "list", data, model, usage: { prompt_tokens: 1, total_tokens: 1 } }];
  }
  if (fmt !== "float" && fmt !== "base64") return [400, { error: { message: `'${fmt}' is not one of ['float', 'base64'] - 'encoding_format'`, type: "invalid_request_error", param: "encoding_format", code: null } }];
  const data = inputs.map((t, index) => {
    const v = embedOne(t, model, body.dimensions);
    return { object: "embedding", index, embedding: fmt === "base64" ? b64(v) : v };
  });
  const toks = inputs.reduce((a, t) => a + (Array.isArray(t) ? t.length : Math.ceil(String(t).length / 4)), 0);
  return [200, { object: "list", data, model, usage: { prompt_tokens: toks, total_tokens: toks } }];
}

function send(req, res, status, obj, ctype = "application/json") {
  let buf = Buffer.isBuffer(obj) ? obj : Buffer.from(typeof obj === "string" ? obj : JSON.stringify(obj));
  const headers = { "content-type": ctype, "x-request-id": "req_" + (++seq) };
  const ae = String(req.headers["accept-encoding"] || "");
  const forced = process.env.ORIGIN_ENCODING; // answer compressed whatever was asked (a CDN in front of the origin)
  const enc = forced || (/\bzstd\b/.test(ae) ? "zstd" : /\bbr\b/.test(ae) ? "br" : /\bgzip\b/.test(ae) ? "gzip" : null);
  if (enc && buf.length > 0) {
    buf = enc === "zstd" ? zlib.zstdCompressSync(buf) : enc === "br" ? zlib.brotliCompressSync(buf) : zlib.gzipSync(buf);
    headers["content-encoding"] = enc;
  }
  headers["content-length"] = buf.length;
  res.writeHead(status, headers);
  res.end(buf);
}

function parseMultipart(buf, ctype) {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/.exec(ctype || "");
  if (!m) return {};
  const boundary = "--" + (m[1] || m[2]);
  const parts = buf.toString("latin1").split(boundary).slice(1, -1);
  const out = {};
  for (const p of parts) {
    const [head, ...rest] = p.split("\r\n\r\n");
    const body = rest.join("\r\n\r\n").replace(/\r\n$/, "");
    const name = /name="([^"]+)"/.exec(head)?.[1];
    const filename = /filename="([^"]*)"/.exec(head)?.[1];
    out[name] = { value: Buffer.from(body, "latin1").toString("utf8"), filename };
  }
  return out;
}

function runBatch(b) {
  const input = files.get(b.input_file_id);
  const lines = input.content.split("\n").filter((l) => l.trim());
  const out = lines.map((l, i) => {
    const r = JSON.parse(l);
    const [status, body] = embeddingsAnswer(r.body);
    return JSON.stringify({ id: "batch_req_" + i, custom_id: r.custom_id, response: { status_code: status, request_id: "req_b" + i, body }, error: null });
  }).join("\n") + "\n";
  const fid = "file-out" + (++seq);
  files.set(fid, { id: fid, object: "file", bytes: Buffer.byteLength(out), created_at: 1, filename: "batch_output.jsonl", purpose: "batch_output", content: out });
  Object.assign(b, { status: "completed", output_file_id: fid, request_counts: { total: lines.length, completed: lines.length, failed: 0 } });
}

const server = http.createServer(async (req, res) => {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  const raw = Buffer.concat(chunks);
  const url = new URL(req.url, "http://x");
  if (url.pathname === "/__log") {
    if (req.method === "DELETE") { log.length = 0; return send(req, res, 200, { ok: true }); }
    res.writeHead(200, { "content-type": "application/json" }); return res.end(JSON.stringify(log));
  }
  const entry = { method: req.method, path: url.pathname + url.search, headers: req.headers, body: null };
  log.push(entry); if (log.length > 500) log.shift();
  try {
    if (req.method === "POST" && url.pathname === "/v1/embeddings") {
      const body = JSON.parse(raw.toString("utf8"));
      entry.body = body;
      const [s, o, ct, extra] = embeddingsAnswer(body);
      if (extra) { res.writeHead(s, { "content-type": ct, ...extra, "content-length": o.length }); return res.end(o); }
      return send(req, res, s, o);
    }
    if (req.method === "POST" && url.pathname === "/v1/files") {
      const mp = parseMultipart(raw, req.headers["content-type"]);
      const id = "file-" + (++seq);
      const f = { id, object: "file", bytes: Buffer.byteLength(mp.file?.value ?? ""), created_at: 1, filename: mp.file?.filename ?? "in.jsonl", purpose: mp.purpose?.value, content: mp.file?.value ?? "" };
      files.set(id, f); entry.body = { purpose: f.purpose, bytes: f.bytes, firstLine: f.content.split("\n")[0].slice(0, 300) };
      const { content, ...meta } = f; return send(req, res, 200, meta);
    }
    let m;
    if ((m = /^\/v1\/files\/([^/]+)\/content$/.exec(url.pathname)) && req.method === "GET") {
      const f = files.get(m[1]); if (!f) return send(req, res, 404, { error: { message: "No such File object", type: "invalid_request_error" } });
      let buf = Buffer.from(f.content);
      const range = /bytes=(\d+)-(\d*)/.exec(String(req.headers.range || ""));
      if (range) {
        const a = Number(range[1]), z = range[2] ? Number(range[2]) : buf.length - 1;
        buf = buf.subarray(a, z + 1);
        res.writeHead(206, { "content-type": "application/octet-stream", "content-range": `bytes ${a}-${z}/${f.content.length}`, "content-length": buf.length });
        return res.end(buf);
      }
      return send(req, res, 200, buf, "application/octet-stream");
    }
    if ((m = /^\/v1\/files\/([^/]+)$/.exec(url.pathname)) && req.method === "GET") {
      const f = files.get(m[1]); if (!f) return send(req, res, 404, { error: { message: "No such File object" } });
      const { content, ...meta } = f; return send(req, res, 200, meta);
    }
    if (req.method === "POST" && url.pathname === "/v1/batches") {
      const body = JSON.parse(raw.toString("utf8")); entry.body = body;
      const id = "batch_" + (++seq);
      const b = { id, object: "batch", endpoint: body.endpoint, input_file_id: body.input_file_id, completion_window: "24h", status: "validating", created_at: 1 };
      batches.set(id, b); runBatch(b);
      return send(req, res, 200, { ...b, status: "validating", output_file_id: null });
    }
    if ((m = /^\/v1\/batches\/([^/]+)$/.exec(url.pathname)) && req.method === "GET") {
      const b = batches.get(m[1]); if (!b) return send(req, res, 404, { error: { message: "No such batch" } });
      return send(req, res, 200, b);
    }
    if (req.method === "GET" && url.pathname === "/v1/models") return send(req, res, 200, { object: "list", data: Object.keys(NATIVE).map((id) => ({ id, object: "model" })) });
    return send(req, res, 404, { error: { message: "not found: " + url.pathname, type: "invalid_request_error" } });
  } catch (e) {
    return send(req, res, 500, { error: { message: String(e), type: "server_error" } });
  }
});
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) server.listen(PORT, "127.0.0.1", () => console.log("origin on " + PORT));
export { server, embedOne, NATIVE };
