// stub OpenAI-compatible embeddings origin (127.0.0.1:8882): unit-length vectors that honour `dimensions`
// (truncate + renormalise, as OpenAI documents for text-embedding-3), float or base64 little-endian float32.
// Vectors are deterministic per input text. A text "doc:<i>" / "q:<j>" gets a retrieval-structured vector
// (see vec()); the spectrum is isotropic, or Matryoshka-like (variance decaying with the component index) for
// models trained for truncation. Also a minimal files/batches API whose output file is embeddings lines.
import http from "node:http";
export const NATIVE = { "text-embedding-3-small": 1536, "text-embedding-3-large": 3072, "text-embedding-ada-002": 1536, "bge-m3": 1024, "nomic-embed-text": 768, "mxbai-embed-large": 1024, "emb-large-prod": 3072, "gemini-embedding-001": 3072, "qwen3-embedding-8b": 4096 };
export const MATRYOSHKA = (m) => /text-embedding-3|nomic|emb-large-prod|gemini|qwen3/.test(m);
export function hash32(s) { let h = 2166136261; for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619); } return h >>> 0; }
function prng(seed) { let s = seed >>> 0 || 1; return () => { s += 0x6d2b79f5; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
function gaussv(seed, D) { const r = prng(seed); const v = new Float64Array(D); for (let i = 0; i < D; i += 2) { let u = 0; while (u === 0) u = r(); const w = r(); const m = Math.sqrt(-2 * Math.log(u)); v[i] = m * Math.cos(2 * Math.PI * w); if (i + 1 < D) v[i + 1] = m * Math.sin(2 * Math.PI * w); } return v; }
const CLUSTERS = 400;
// doc i: cluster centroid (i % 400) + own noise; query j: a noisy copy of doc (j*7919 % N); others: noise
export function vec(text, model, D = NATIVE[model] || 1536) {
  let v; const m = /^(doc|q|dup):(\d+)/.exec(text);
  const scale = MATRYOSHKA(model) ? (i) => 1 / Math.sqrt(1 + i / 32) : () => 1;
  const mid = hash32(model) ;
  if (m && m[1] !== "q") { const i = +m[2]; const c = gaussv(mid ^ (9000 + (i % CLUSTERS)), D), n = gaussv(mid ^ (1e6 + i), D); v = c.map((x, k) => x + 1.0 * n[k]); if (m[1] === "dup") { const e = gaussv(mid ^ (5e6 + i), D); v = v.map((x, k) => x + 0.25 * e[k]); } }
  else if (m) { const j = +m[2]; const i = (j * 7919) % 10000; v = vec(`doc:${i}`, model, D); const e = gaussv(mid ^ (3e6 + j), D); const nv = Math.hypot(...v.slice(0, Math.min(D, 4096))); v = v.map((x, k) => x / nv * Math.sqrt(D) + 1.2 * e[k]); }
  else v = gaussv(mid ^ hash32(text), D);
  for (let k = 0; k < D; k++) v[k] *= scale(k);
  let n = 0; for (let k = 0; k < D; k++) n += v[k] * v[k]; n = Math.sqrt(n); for (let k = 0; k < D; k++) v[k] /= n;
  return v;
}
export function shorten(v, d) { const w = v.slice(0, d); let n = 0; for (const x of w) n += x * x; n = Math.sqrt(n); return w.map((x) => x / n); }
export function b64(v) { const f = new Float32Array(v); return Buffer.from(f.buffer).toString("base64"); }
export function embedAnswer(body) {
  const model = body.model; const D = NATIVE[model] || 1536; const inputs = Array.isArray(body.input) ? body.input : [body.input];
  const want = body.dimensions ?? D; const fmt = body.encoding_format || "float";
  const data = inputs.map((t, index) => { let v = vec(String(t), model, D); if (want !== D) v = shorten(v, want); return { object: "embedding", index, embedding: fmt === "base64" ? b64(v) : Array.from(v, (x) => Math.fround(x)) }; });
  const pt = inputs.reduce((s, x) => s + Math.ceil(String(x).length / 4), 0);
  return { object: "list", data, model, usage: { prompt_tokens: pt, total_tokens: pt } };
}
export const hits = { n: 0 };
export const seen = []; // last requests as received (model, dimensions, encoding_format)
let fileN = 0; const files = {}; const batches = {};
export function start(port = 8882) {
  const srv = http.createServer((req, res) => {
    const chunks = []; req.on("data", (c) => chunks.push(c)); req.on("end", () => {
      const raw = Buffer.concat(chunks); const send = (code, obj) => { const s = typeof obj === "string" ? obj : JSON.stringify(obj); res.writeHead(code, { "content-type": typeof obj === "string" ? "application/octet-stream" : "application/json", "content-length": Buffer.byteLength(s) }); res.end(s); };
      try {
        const url = new URL(req.url, "http://x");
        if (req.method === "POST" && url.pathname === "/v1/embeddings") { const b = JSON.parse(raw); hits.n++; seen.push({ model: b.model, dimensions: b.dimensions, encoding_format: b.encoding_format, n: Array.isArray(b.input) ? b.input.length : 1 }); if (seen.length > 50) seen.shift(); return send(200, embedAnswer(b)); }
        if (req.method === "POST" && url.pathname === "/v1/files") { const id = `file-in${++fileN}`; files[id] = raw.toString("utf8"); return send(200, { id, object: "file", bytes: raw.length, filename: "in.jsonl", purpose: "batch", created_at: 1, status: "processed" }); }
        if (req.method === "POST" && url.pathname === "/v1/batches") { const b = JSON.parse(raw); const id = `batch_${++fileN}`; batches[id] = b; return send(200, { id, object: "batch", endpoint: b.endpoint, input_file_id: b.input_file_id, completion_window: "24h", status: "validating", created_at: 1 }); }
        let m;
        if (req.method === "GET" && (m = /^\/v1\/batches\/([\w-]+)$/.exec(url.pathname))) { const b = batches[m[1]]; return send(200, { id: m[1], object: "batch", endpoint: b?.endpoint, input_file_id: b?.input_file_id, completion_window: "24h", status: "completed", output_file_id: `file-out-${m[1]}`, created_at: 1, request_counts: { total: 1, completed: 1, failed: 0 } }); }
        if (req.method === "GET" && (m = /^\/v1\/files\/file-out-(batch_\d+)\/content$/.exec(url.pathname))) {
          // output file: one line per input line, answered at the line's model / dimensions / format; the input file's
          // lines are read from the multipart body stored at upload; `x-lines` repeats them to reach a size
          const b = batches[m[1]]; const txt = files[b.input_file_id] || ""; const lines = txt.split(/\r?\n/).filter((l) => l.startsWith("{"));
          const out = []; for (const l of lines) { const j = JSON.parse(l); out.push(JSON.stringify({ id: "r-" + j.custom_id, custom_id: j.custom_id, response: { status_code: 200, request_id: "req", body: embedAnswer(j.body) }, error: null })); }
          return send(200, out.join("\n") + "\n");
        }
        if (req.method === "GET" && url.pathname === "/v1/models") return send(200, { object: "list", data: Object.keys(NATIVE).map((id) => ({ id, object: "model" })) });
        return send(404, { error: { message: "not found", type: "invalid_request_error" } });
      } catch (e) { return send(500, { error: { message: String(e), type: "server_error" } }); }
    });
  });
  return new Promise((ok) => srv.listen(port, "127.0.0.1", () => ok(srv)));
}
if (process.argv[1] && process.argv[1].endsWith("origin.mjs")) start(Number(process.env.ORIGIN_PORT || 8882)).then(() => console.log("origin on", process.env.ORIGIN_PORT || 8882));
