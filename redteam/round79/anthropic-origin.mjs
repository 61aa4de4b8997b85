// A scripted stand-in for the real Anthropic API, for the two behaviours the built-in mock does
// not model (Node 22 built-ins only). It answers as Anthropic documents and keeps a ledger of
// what it would bill, read by the r79 scripts at GET /_ledger (the measuring instrument).
//
// 1. Compaction (`context_management.edits[].type = "compact_20260112"`, beta header
//    compact-2026-01-12): when the input reaches the trigger (default 150,000, min 50,000) the
//    API runs an extra sampling iteration that reads the whole context and writes a summary into a
//    `compaction` block, then answers on the compacted context. Its documented usage shape: the
//    top-level `input_tokens` / `output_tokens` are the message iteration only; the compaction
//    iteration is reported only in `usage.iterations` (docs example: top-level 23,000 / 1,000,
//    iterations [{compaction 180,000 / 3,500}, {message 23,000 / 1,000}]). Both are billed.
// 2. Message batches whose items carry input the origin adds (a PDF by URL, MCP tool results) and
//    an MCP connector (`mcp_servers`): the origin calls the client's MCP server with the model's
//    tool input, so the answer reaches the client's server whether or not results are fetched.
//
// Usage: PORT=8962 node anthropic-origin.mjs
import http from "node:http";

const port = Number(process.env.PORT || 8962);
const ledger = { requests: 0, billedInput: 0, billedOutput: 0, compactionInput: 0, compactionOutput: 0, mcpCalls: 0, mcpChars: 0, batches: 0 };
const batches = new Map();
const words = (n) => Array.from({ length: n }, (_, i) => ["lorem", "ipsum", "dolor", "sit", "amet"][i % 5]).join(" ");
const est = (v) => Math.ceil(JSON.stringify(v ?? "").length / 4);

function answer(body) {
  const input = est(body.system) + est(body.messages) + est(body.tools);
  const cap = Number(body.max_tokens) || 1024;
  const out = Math.min(cap, 200);
  const edits = body.context_management?.edits ?? [];
  const compact = edits.find((e) => e?.type === "compact_20260112");
  const trigger = Math.max(50000, Number(compact?.trigger?.value) || 150000);
  const content = [];
  const iterations = [];
  let msgInput = input;
  if (compact && input >= trigger) {
    const summaryTokens = 3500;
    content.push({ type: "compaction", content: words(summaryTokens) });
    iterations.push({ type: "compaction", input_tokens: input, output_tokens: summaryTokens });
    ledger.compactionInput += input;
    ledger.compactionOutput += summaryTokens;
    msgInput = summaryTokens + est(body.messages?.at(-1));
  }
  let docInput = 0;
  for (const m of body.messages ?? []) for (const p of Array.isArray(m.content) ? m.content : [])
    if (p?.type === "document" && p.source?.type === "url") docInput += 150000; // a ~75-page PDF by URL
  msgInput += docInput;
  if (body.mcp_servers?.length) {
    const args = { summary: words(out) };
    content.push({ type: "mcp_tool_use", id: "mcptoolu_1", name: "save", server_name: body.mcp_servers[0].name, input: args });
    content.push({ type: "mcp_tool_result", tool_use_id: "mcptoolu_1", is_error: false, content: [{ type: "text", text: "saved" }] });
    ledger.mcpCalls += 1;
    ledger.mcpChars += args.summary.length;
  }
  content.push({ type: "text", text: words(out) });
  if (iterations.length) iterations.push({ type: "message", input_tokens: msgInput, output_tokens: out });
  ledger.requests += 1;
  ledger.billedInput += iterations.length ? iterations.reduce((s, i) => s + i.input_tokens, 0) : msgInput;
  ledger.billedOutput += iterations.length ? iterations.reduce((s, i) => s + i.output_tokens, 0) : out;
  const usage = { input_tokens: msgInput, cache_creation_input_tokens: 0, cache_read_input_tokens: 0, output_tokens: out };
  if (iterations.length) usage.iterations = iterations;
  return { id: "msg_fake" + ledger.requests, type: "message", role: "assistant", model: body.model, content, stop_reason: "end_turn", stop_sequence: null, usage };
}

function batchObj(id, ended) {
  const b = batches.get(id);
  return { id, type: "message_batch", processing_status: ended ? "ended" : "in_progress",
    request_counts: { processing: ended ? 0 : b.items.length, succeeded: ended ? b.items.length : 0, errored: 0, canceled: 0, expired: 0 },
    created_at: "2026-01-01T00:00:00Z", expires_at: "2026-01-02T00:00:00Z", ended_at: ended ? "2026-01-01T00:01:00Z" : null,
    archived_at: null, cancel_initiated_at: null, results_url: ended ? `http://127.0.0.1:${port}/v1/messages/batches/${id}/results` : null };
}

http.createServer((req, res) => {
  let raw = "";
  req.on("data", (c) => (raw += c));
  req.on("end", () => {
    const send = (code, obj, type = "application/json") => { res.writeHead(code, { "content-type": type }); res.end(typeof obj === "string" ? obj : JSON.stringify(obj)); };
    const url = new URL(req.url, "http://x");
    if (url.pathname === "/_ledger") return send(200, ledger);
    if (url.pathname === "/v1/models") return send(200, { data: [{ id: "claude-fake-origin", type: "model" }], has_more: false });
    if (req.method === "POST" && url.pathname === "/v1/messages") {
      const body = JSON.parse(raw || "{}");
      if (body.stream) return send(400, { type: "error", error: { type: "invalid_request_error", message: "fake origin: JSON only" } });
      return send(200, answer(body));
    }
    if (req.method === "POST" && url.pathname === "/v1/messages/count_tokens") {
      const body = JSON.parse(raw || "{}");
      return send(200, { input_tokens: est(body.system) + est(body.messages) });
    }
    if (req.method === "POST" && url.pathname === "/v1/messages/batches") {
      const body = JSON.parse(raw || "{}");
      const id = "msgbatch_fake" + (batches.size + 1);
      // the origin runs the batch at once: every item is billed (at the batch discount, not modelled)
      const items = body.requests.map((r) => ({ custom_id: r.custom_id, message: answer(r.params) }));
      batches.set(id, { items });
      ledger.batches += 1;
      return send(200, batchObj(id, false));
    }
    const m = url.pathname.match(/^\/v1\/messages\/batches\/([^/]+)(\/results)?$/);
    if (req.method === "GET" && m && batches.has(m[1])) {
      if (!m[2]) return send(200, batchObj(m[1], true));
      const lines = batches.get(m[1]).items.map((it) => JSON.stringify({ custom_id: it.custom_id, result: { type: "succeeded", message: it.message } }));
      return send(200, lines.join("\n") + "\n", "application/binary");
    }
    send(404, { type: "error", error: { type: "not_found_error", message: "fake origin: " + req.method + " " + url.pathname } });
  });
}).listen(port, "127.0.0.1", () => console.log(`fake anthropic origin on 127.0.0.1:${port}`));
