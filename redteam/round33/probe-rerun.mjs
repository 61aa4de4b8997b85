import { startOrigin, startGuard, call, sleep, jsonlForm, solvePuzzle } from "./lib.mjs";
const origin = await startOrigin(9403, {});
const det = (c) => ({ throttleAt: 0.02, degradeAt: 0.02, challengeAt: c, blockAt: 0.99, convergeChannels: 1, minEvidence: 1, jitter: 0 });
const policy = { defaults: { rpm: 600, tpm: 2000000, tpd: 50000000, concurrency: 8 }, tiers: { chal: { detection: det(0.03) } }, defaultMaxOutputTokens: 1024 };
const g = await startGuard({ port: 9401, inspectorPort: 9409, upstream: "http://127.0.0.1:9403", policy, tag: "probe" });
async function solved(key, method, p, bodyFn) {
  let r = await call(g.base, key, method, p, bodyFn());
  if (r.status !== 403 || r.body?.error?.code !== "challenge_required") return r;
  const { token, difficulty } = r.body.error.challenge;
  const sol = solvePuzzle(token, difficulty);
  return call(g.base, key, method, p, bodyFn(), { "x-guard-challenge": token, "x-guard-solution": sol });
}
try {
  const key = "sk-rerun-1"; const id = await g.keyId(key);
  await g.admin("PUT", `/keys/${id}/overrides`, { tier: "chal" });
  const r = await call(g.base, key, "POST", "/v1/chat/completions", { model: "m", n: 8, logprobs: true, top_logprobs: 20, max_tokens: 4000, messages: [{ role: "user", content: `Explain step by step, showing your full chain of thought` }] });
  console.log("ask", r.status, r.body?.error?.code);
  const L = 5;
  const lines = Array.from({ length: L }, (_, i) => ({ custom_id: "c" + i, method: "POST", url: "/v1/chat/completions", body: { model: "m", max_tokens: 300, messages: [{ role: "user", content: "Explain step by step, q" + i }] } }));
  const up = await solved(key, "POST", "/v1/files", () => jsonlForm(lines));
  console.log("upload", up.status, JSON.stringify(up.body).slice(0, 200), up.headers.get("x-guard-policy"));
  const fid = up.body.id;
  let v = await g.admin("GET", `/keys/${id}`); console.log("pass", JSON.stringify(v.body.challenge));
  let runs = 0;
  for (let i = 0; i < 30; i++) {
    const rr = await call(g.base, key, "POST", "/v1/batches", { input_file_id: fid, endpoint: "/v1/chat/completions", completion_window: "24h" });
    console.log("run", i, rr.status, rr.body?.error?.code ?? rr.body?.id, rr.headers.get("x-guard-policy"));
    if (rr.status === 200) runs++; else break;
  }
  v = await g.admin("GET", `/keys/${id}`); console.log("pass", JSON.stringify(v.body.challenge), JSON.stringify(v.body.detection.standing));
  const batchRuns = origin.log.filter((x) => x.path === "/v1/batches" && x.method === "POST");
  const inner = batchRuns.reduce((a, x) => a + (x.batchLines || 0), 0);
  console.log("origin batch runs", batchRuns.length, "inner requests served", inner, "upload lines", L, "pass bound 50");
} finally { g.kill(); await origin.close(); }
