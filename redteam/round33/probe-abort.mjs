import { startOrigin, startGuard, call, sleep, jsonlForm } from "./lib.mjs";
const origin = await startOrigin(9403, {});
const policy = { defaults: { rpm: 600, tpm: 2000000, tpd: 50000000, concurrency: 8 }, defaultMaxOutputTokens: 1024, detection: { mode: "off" } };
const g = await startGuard({ port: 9401, inspectorPort: 9409, upstream: "http://127.0.0.1:9403", policy, tag: "probe" });
const tpd = async (id) => (await g.admin("GET", `/keys/${id}`)).body.usage.find((u) => u.name === "tpd").remaining;
async function aborted(key, p, body, ms) {
  const ac = new AbortController(); setTimeout(() => ac.abort(), ms);
  try { const r = await fetch(g.base + p, { method: "POST", headers: { authorization: "Bearer " + key, "content-type": "application/json" }, body: JSON.stringify(body), signal: ac.signal }); return r.status; } catch (e) { return "aborted"; }
}
try {
  const key = "sk-abort-1"; const id = await g.keyId(key);
  const lines = Array.from({ length: 5 }, (_, i) => ({ custom_id: "c" + i, method: "POST", url: "/v1/chat/completions", body: { model: "m", max_tokens: 3000, messages: [{ role: "user", content: "q" + i }] } }));
  const up = await call(g.base, key, "POST", "/v1/files", jsonlForm(lines)); const fid = up.body.id;
  await sleep(1500); const t0 = await tpd(id); console.log("after upload tpd", t0);
  origin.opts.respondDelayMs = 2500;
  console.log("run1 aborted:", await aborted(key, "/v1/batches", { input_file_id: fid, endpoint: "/v1/chat/completions", completion_window: "24h" }, 800));
  await sleep(4000); origin.opts.respondDelayMs = 0;
  const t1 = await tpd(id); console.log("after aborted run1 tpd", t1, "origin runs", origin.log.filter((x) => x.path === "/v1/batches").length);
  const r2 = await call(g.base, key, "POST", "/v1/batches", { input_file_id: fid, endpoint: "/v1/chat/completions", completion_window: "24h" });
  await sleep(1500); const t2 = await tpd(id); console.log("run2", r2.status, "tpd", t2, "charged", t1 - t2);
  const r3 = await call(g.base, key, "POST", "/v1/batches", { input_file_id: fid, endpoint: "/v1/chat/completions", completion_window: "24h" });
  await sleep(1500); const t3 = await tpd(id); console.log("run3", r3.status, "tpd", t3, "charged", t2 - t3);
  // message batch aborted
  const mb = { requests: Array.from({ length: 5 }, (_, i) => ({ custom_id: "m" + i, params: { model: "c", max_tokens: 3000, messages: [{ role: "user", content: "q" + i }] } })) };
  const k2 = "sk-abort-2"; const id2 = await g.keyId(k2);
  await call(g.base, k2, "GET", "/v1/models"); await sleep(1200);
  const u0 = await tpd(id2);
  origin.opts.respondDelayMs = 2500;
  console.log("msgbatch aborted:", await aborted(k2, "/v1/messages/batches", mb, 800));
  await sleep(4000); origin.opts.respondDelayMs = 0;
  const u1 = await tpd(id2);
  const mbId = [...origin.msgBatches.keys()].pop();
  console.log("msgbatch tpd charged", u0 - u1, "origin served tokens", origin.log.filter((x) => x.path === "/v1/messages/batches").map((x) => x.batchOut));
  const res = await call(g.base, k2, "GET", `/v1/messages/batches/${mbId}/results`, undefined, { "anthropic-version": "2023-06-01" });
  console.log("results fetch", res.status, String(res.text).slice(0, 150));
  await sleep(1500); console.log("tpd after results", await tpd(id2));
} finally { g.kill(); await origin.close(); }
