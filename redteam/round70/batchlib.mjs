import { G } from "./lib.mjs";
export async function upload(key, lines, purpose = "batch") {
  const fd = new FormData();
  fd.append("purpose", purpose);
  fd.append("file", new Blob([lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n") + "\n"], { type: "application/jsonl" }), "in.jsonl");
  const r = await fetch(G + "/v1/files", { method: "POST", headers: { authorization: "Bearer " + key }, body: fd });
  return { status: r.status, json: await r.json().catch(() => null), policy: r.headers.get("x-guard-policy") };
}
export async function jpost(key, p, body) {
  const r = await fetch(G + p, { method: "POST", headers: { authorization: "Bearer " + key, "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: r.status, json: await r.json().catch(() => null) };
}
export async function jget(key, p, headers = {}) {
  const r = await fetch(G + p, { headers: { authorization: "Bearer " + key, ...headers } });
  const text = await r.text();
  let json = null; try { json = JSON.parse(text); } catch {}
  return { status: r.status, text, json, headers: r.headers };
}
export function embLine(i, body) { return { custom_id: "c" + i, method: "POST", url: "/v1/embeddings", body }; }
// upload, create, retrieve (as the SDK does), return output file id
export async function runEmbBatch(key, lines, retrieveKey = key) {
  const up = await upload(key, lines);
  if (up.status !== 200) return { error: "upload " + up.status + " " + JSON.stringify(up.json).slice(0, 300) };
  const cr = await jpost(key, "/v1/batches", { input_file_id: up.json.id, endpoint: "/v1/embeddings", completion_window: "24h" });
  if (cr.status !== 200) return { error: "create " + cr.status + " " + JSON.stringify(cr.json).slice(0, 300) };
  const rb = await jget(retrieveKey, "/v1/batches/" + cr.json.id);
  if (rb.status !== 200) return { error: "retrieve " + rb.status + " " + rb.text.slice(0, 300) };
  return { batch: rb.json, out: rb.json.output_file_id, upPolicy: up.policy };
}
