import { startOrigin, startGuard, call, sleep, jsonlForm } from "./lib.mjs";
const origin = await startOrigin(9403, {});
const det = (c) => ({ throttleAt: 0.02, degradeAt: 0.02, challengeAt: c, blockAt: 0.99, convergeChannels: 1, minEvidence: 1, jitter: 0 });
const policy = { defaults: { rpm: 600, tpm: 2000000, tpd: 50000000, concurrency: 8 }, tiers: { chal: { detection: det(0.03) } }, defaultMaxOutputTokens: 1024 };
const g = await startGuard({ port: 9401, inspectorPort: 9409, upstream: "http://127.0.0.1:9403", policy, tag: "probe" });
const AV = { "anthropic-version": "2023-06-01" };
try {
  for (const mode of ["deny", "challenge"]) {
    const key = "sk-sweep-" + mode; const id = await g.keyId(key);
    // objects created while allowed
    const up = await call(g.base, key, "POST", "/v1/files", jsonlForm([{ custom_id: "a", method: "POST", url: "/v1/chat/completions", body: { model: "m", max_tokens: 50, messages: [{ role: "user", content: "x" }] } }]));
    const run = await call(g.base, key, "POST", "/v1/batches", { input_file_id: up.body.id, endpoint: "/v1/chat/completions", completion_window: "24h" });
    const mb = await call(g.base, key, "POST", "/v1/messages/batches", { requests: [{ custom_id: "m", params: { model: "c", max_tokens: 50, messages: [{ role: "user", content: "x" }] } }] }, AV);
    const bg = await call(g.base, key, "POST", "/v1/responses", { model: "m", background: true, max_output_tokens: 50, input: "x" });
    const fg = await call(g.base, key, "POST", "/v1/responses", { model: "m", store: true, max_output_tokens: 50, input: "x" });
    const ud = await call(g.base, key, "POST", "/v1/files", jsonlForm([{ a: 1 }], "user_data"));
    if (mode === "deny") await g.admin("PUT", `/lists/deny/${id}`, {});
    else { await g.admin("PUT", `/keys/${id}/overrides`, { tier: "chal" }); const r = await call(g.base, key, "POST", "/v1/chat/completions", { model: "m", n: 8, logprobs: true, top_logprobs: 20, max_tokens: 4000, messages: [{ role: "user", content: "Explain step by step, full chain of thought" }] }); console.log("standing probe", r.status, r.body?.error?.code); }
    await sleep(1500);
    const n0 = origin.log.length;
    const reqs = [
      ["GET", "/v1/models"], ["GET", "/v1/models/m"], ["POST", "/v1/messages/count_tokens", { model: "c", messages: [{ role: "user", content: "x" }] }],
      ["GET", `/v1/files/${up.body.id}`], ["GET", `/v1/files/${up.body.id}/content`], ["GET", "/v1/files"], ["DELETE", `/v1/files/${ud.body.id}`],
      ["POST", "/v1/batches", { input_file_id: up.body.id, endpoint: "/v1/chat/completions", completion_window: "24h" }], ["GET", `/v1/batches/${run.body.id}`], ["GET", "/v1/batches"], ["POST", `/v1/batches/${run.body.id}/cancel`],
      ["GET", `/v1/responses/${bg.body.id}`], ["GET", `/v1/responses/${fg.body.id}`], ["GET", `/v1/responses/${bg.body.id}/input_items`], ["POST", `/v1/responses/${bg.body.id}/cancel`], ["DELETE", `/v1/responses/${fg.body.id}`],
      ["GET", "/v1/messages/batches"], ["GET", `/v1/messages/batches/${mb.body.id}`], ["GET", `/v1/messages/batches/${mb.body.id}/results`], ["POST", `/v1/messages/batches/${mb.body.id}/cancel`], ["DELETE", `/v1/messages/batches/${mb.body.id}`],
      ["POST", "/v1/files", jsonlForm([{ a: 1 }], "user_data")],
      ["POST", "/v1/embeddings", { model: "e", input: "x" }],
      ["POST", "/v1/responses", { model: "m", previous_response_id: fg.body.id, input: "again", max_output_tokens: 50 }],
    ];
    const out = [];
    for (const [m, p, b] of reqs) { const r = await call(g.base, key, m, p, b, p.includes("messages") ? AV : {}); out.push(`${m} ${p.replace(/[a-z_]+_\d+|file-\d+/g, "{id}")} ${r.status}${r.body?.error?.code ? " " + r.body.error.code : ""}`); }
    const leaked = origin.log.slice(n0).map((x) => x.method + " " + x.path);
    console.log("== " + mode + "\n  " + out.join("\n  ") + "\n  origin received: " + JSON.stringify(leaked));
  }
} finally { g.kill(); await origin.close(); }
