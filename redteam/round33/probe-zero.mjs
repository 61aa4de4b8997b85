import { startOrigin, startGuard, call, sleep, jsonlForm } from "./lib.mjs";
const origin = await startOrigin(9403, {});
const policy = { defaults: { rpm: 600, tpm: 2000000, tpd: 50000000, concurrency: 8 }, defaultMaxOutputTokens: 1024, detection: { mode: "off" } };
const g = await startGuard({ port: 9401, inspectorPort: 9409, upstream: "http://127.0.0.1:9403", policy, tag: "probe" });
const AV = { "anthropic-version": "2023-06-01" };
try {
  for (const lim of ["rpm", "tpm", "tpd", "concurrency"]) {
    const key = "sk-zero-" + lim; const id = await g.keyId(key);
    await g.admin("PUT", `/keys/${id}/overrides`, { [lim]: 0 });
    const n0 = origin.log.length; const out = [];
    for (const [m, p, b] of [["POST", "/v1/files", jsonlForm(Array.from({ length: 3 }, (_, i) => ({ custom_id: "c" + i, method: "POST", url: "/v1/chat/completions", body: { model: "m", max_tokens: 5, messages: [{ role: "user", content: "x" }] } })))], ["POST", "/v1/messages/batches", { requests: [{ custom_id: "a", params: { model: "c", max_tokens: 5, messages: [{ role: "user", content: "x" }] } }] }], ["POST", "/v1/responses", { model: "m", background: true, max_output_tokens: 5, input: "x" }], ["POST", "/v1/chat/completions", { model: "m", max_tokens: 5, messages: [{ role: "user", content: "x" }] }], ["GET", "/v1/models"], ["POST", "/v1/files", jsonlForm([{ a: 1 }], "user_data")]]) {
      const r = await call(g.base, key, m, p, b, AV); out.push(`${p} ${r.status}`);
    }
    console.log(lim, "= 0:", out.join(" | "), "| origin got", origin.log.slice(n0).map((x) => x.path).join(","));
  }
} finally { g.kill(); await origin.close(); }
