// R78-2: an unrelated key (no batch group) lists, cancels and deletes another key's batches and
// files: the guard refuses it the results' content (404) but forwards retrieve, list, cancel and
// DELETE on any id. The victim keeps the whole charge of a batch the other key cancelled (0 items
// run) and loses the output file of a batch it paid for.
import { readFileSync } from "node:fs";
const PORT = process.env.PORT || 8951;
const B = `http://127.0.0.1:${PORT}`;
const T = readFileSync(new URL("../../.dev.vars", import.meta.url), "utf8").match(/GUARD_ADMIN_TOKEN=(.*)/)[1].trim();
const rnd = () => Math.random().toString(36).slice(2, 8);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function adm(method, path, body) {
  const r = await fetch(B + path, { method, headers: { authorization: `Bearer ${T}`, "content-type": "application/json" }, body: body ? JSON.stringify(body) : undefined });
  return r.json();
}
async function req(key, method, path, body, headers = {}) {
  const h = { authorization: `Bearer ${key}`, ...headers };
  let b = body;
  if (body && !(body instanceof FormData)) { h["content-type"] = "application/json"; b = JSON.stringify(body); }
  const r = await fetch(B + path, { method, headers: h, body: b });
  const text = await r.text(); let json; try { json = JSON.parse(text); } catch {}
  return { status: r.status, text, json };
}
const charged = async (id) => { const i = await adm("GET", `/admin/keys/${id}`); return i.counters.promptTokens + i.counters.completionTokens; };
async function upload(key, n) {
  const lines = Array.from({ length: n }, (_, i) => JSON.stringify({ custom_id: "c" + i, method: "POST", url: "/v1/chat/completions", body: { model: "gpt-4o-mini", messages: [{ role: "user", content: `victim question ${i}` }], max_tokens: 1000 } })).join("\n") + "\n";
  const fd = new FormData(); fd.append("purpose", "batch"); fd.append("file", new Blob([lines]), "acme-payroll-classification.jsonl");
  return req(key, "POST", "/v1/files", fd);
}
const A = "sk-r78-2-victim-" + rnd(), E = "sk-r78-2-other-" + rnd();
const ida = await adm("POST", "/admin/keys/lookup", { key: A }).then((x) => x.keyId);
let pass = true;
// 1. A's running batch cancelled by E
const up1 = await upload(A, 20);
const run1 = await req(A, "POST", "/v1/batches", { input_file_id: up1.json.id, endpoint: "/v1/chat/completions", completion_window: "24h" });
await sleep(500);
const charge1 = await charged(ida);
const cancel = await req(E, "POST", `/v1/batches/${run1.json.id}/cancel`);
const listB = await req(E, "GET", "/v1/batches?limit=100");
const seen = listB.json?.data?.some((b) => b.id === run1.json.id);
const listF = await req(E, "GET", "/v1/files?limit=100");
const seenF = listF.json?.data?.find((f) => f.id === up1.json.id);
console.log(`E lists batches: ${listB.status}, sees A's ${run1.json.id}: ${seen}; lists files: ${listF.status}, sees A's file name: ${seenF?.filename}`);
const after = await req(A, "GET", `/v1/batches/${run1.json.id}`);
await sleep(500);
console.log(`E cancels A's batch: ${cancel.status} ${cancel.json?.status}; A retrieves it: ${after.json?.status}, request_counts ${JSON.stringify(after.json?.request_counts)}, output_file_id ${after.json?.output_file_id}; A charged ${charge1} at creation, ${await charged(ida)} now`);
pass &&= cancel.status === 200 && after.json?.status === "cancelled" && after.json?.request_counts?.completed === 0 && (await charged(ida)) >= charge1;
// 2. A's completed batch: E deletes its output file before A reads it
const up2 = await upload(A, 5);
const run2 = await req(A, "POST", "/v1/batches", { input_file_id: up2.json.id, endpoint: "/v1/chat/completions", completion_window: "24h" });
const got2 = await req(A, "GET", `/v1/batches/${run2.json.id}`);
const eRead = await req(E, "GET", `/v1/files/${got2.json.output_file_id}/content`);
const del = await req(E, "DELETE", `/v1/files/${got2.json.output_file_id}`);
const delIn = await req(E, "DELETE", `/v1/files/${up2.json.id}`);
const aRead = await req(A, "GET", `/v1/files/${got2.json.output_file_id}/content`);
console.log(`E reads A's output: ${eRead.status} (refused, as documented); E deletes it: ${del.status} ${del.text.slice(0, 80)}; E deletes A's input file: ${delIn.status}; A's read: ${aRead.status} ${aRead.text.slice(0, 90)}`);
pass &&= eRead.status === 404 && del.status === 200 && aRead.status !== 200;
console.log(pass ? "REPRODUCED" : "not reproduced");
