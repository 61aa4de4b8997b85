import { startOrigin, startGuard, call, sleep, jsonlForm } from "./lib.mjs";
const origin = await startOrigin(9403, {});
const policy = { defaults: { rpm: 600, tpm: 2000000, tpd: 1000000, concurrency: 8 }, defaultMaxOutputTokens: 1024, detection: { mode: "off" } };
const g = await startGuard({ port: 9401, inspectorPort: 9409, upstream: "http://127.0.0.1:9403", policy, tag: "probe" });
const st = async (id) => { const b = (await g.admin("GET", `/keys/${id}`)).body; return `tpd=${b.usage.find((u) => u.name === "tpd").remaining} tpm=${b.usage.find((u) => u.name === "tpm").remaining} prompt=${b.counters.promptTokens} compl=${b.counters.completionTokens}`; };
const AV = { "anthropic-version": "2023-06-01" };
try {
  const key = "sk-cancel-1"; const id = await g.keyId(key);
  const mb = { requests: Array.from({ length: 10 }, (_, i) => ({ custom_id: "m" + i, params: { model: "c", max_tokens: 5000, messages: [{ role: "user", content: "q" + i }] } })) };
  const c = await call(g.base, key, "POST", "/v1/messages/batches", mb, AV); await sleep(1200);
  console.log("create", c.status, c.body.id, await st(id));
  const x = await call(g.base, key, "POST", `/v1/messages/batches/${c.body.id}/cancel`, undefined, AV); await sleep(1200);
  console.log("cancel", x.status, await st(id));
  const d = await call(g.base, key, "DELETE", `/v1/messages/batches/${c.body.id}`, undefined, AV); await sleep(1200);
  console.log("delete", d.status, await st(id));
  const r = await call(g.base, key, "GET", `/v1/messages/batches/${c.body.id}/results`, undefined, AV); await sleep(1200);
  console.log("results", r.status, await st(id));
  // openai
  const k2 = "sk-cancel-2"; const id2 = await g.keyId(k2);
  const lines = Array.from({ length: 10 }, (_, i) => ({ custom_id: "c" + i, method: "POST", url: "/v1/chat/completions", body: { model: "m", max_tokens: 5000, messages: [{ role: "user", content: "q" + i }] } }));
  const up = await call(g.base, k2, "POST", "/v1/files", jsonlForm(lines)); await sleep(1200); console.log("upload", up.status, await st(id2));
  const run = await call(g.base, k2, "POST", "/v1/batches", { input_file_id: up.body.id, endpoint: "/v1/chat/completions", completion_window: "24h" }); await sleep(1200); console.log("run", run.status, await st(id2));
  const cx = await call(g.base, k2, "POST", `/v1/batches/${run.body.id}/cancel`); await sleep(1200); console.log("cancel", cx.status, await st(id2));
  const df = await call(g.base, k2, "DELETE", `/v1/files/${up.body.id}`); await sleep(1200); console.log("delete file", df.status, await st(id2));
  const gb = await call(g.base, k2, "GET", `/v1/batches/${run.body.id}`); const of = await call(g.base, k2, "GET", `/v1/files/${gb.body.output_file_id}/content`); await sleep(1200); console.log("output", of.status, await st(id2));
  console.log("origin served completion (msg batch, openai batch)", origin.log.filter((x) => x.batchOut).map((x) => x.batchOut));
} finally { g.kill(); await origin.close(); }
