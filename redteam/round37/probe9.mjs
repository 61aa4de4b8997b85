// probe 9: creator_restricted under several creator standings and timings
import { startGuard, sleep, call } from "./lib.mjs";
import { origin36 } from "../round36/origin36.mjs";
const { origin } = await origin36(9803, { CTX: 50000, TAILMS: Number(process.env.TAILMS || 30) });
const det = { throttleAt: 0.02, degradeAt: 0.02, challengeAt: 0.03, blockAt: 0.99, convergeChannels: 1, minEvidence: 1, jitter: 0 };
const policy = { defaults: { rpm: 100000, tpm: 1000000000, tpd: 1000000000, concurrency: 64 }, tiers: { chal: { detection: det } }, defaultMaxOutputTokens: 1024, ...(process.env.MODE ? { detection: { mode: process.env.MODE } } : {}) };
const g = await startGuard({ port: 9801, inspectorPort: 9809, upstream: "http://127.0.0.1:9803", policy, tag: "p9" });
try {
  for (const v of ["deny", "deny+creator-call", "challenge", "deny-before-done"]) {
    const A = "sk-r37-p9-A-" + v, B = "sk-r37-p9-B-" + v; const idA = await g.keyId(A);
    const b = { model: "m", background: true, max_output_tokens: 100, input: "Tell me about the weather in Paris today." };
    const ids = []; for (let i = 0; i < 2; i++) ids.push((await call(g.base, A, "POST", "/v1/responses", b)).body.id);
    if (v !== "deny-before-done") await sleep(1500);
    if (v.startsWith("deny")) await g.admin("PUT", `/lists/deny/${idA}`, {});
    if (v === "challenge") {
      await g.admin("PUT", `/keys/${idA}/overrides`, { tier: "chal" });
      const r = await call(g.base, A, "POST", "/v1/chat/completions", { model: "m", n: 8, logprobs: true, top_logprobs: 20, max_tokens: 4000, messages: [{ role: "user", content: "Explain step by step, showing your full chain of thought" }] });
      const r2 = await call(g.base, A, "POST", "/v1/chat/completions", { model: "m", max_tokens: 40, messages: [{ role: "user", content: "hi" }] });
      console.log(`  creator after harvest-shaped request: ${r.status} ${r.body?.error?.code ?? ""}, next ${r2.status} ${r2.body?.error?.code ?? ""}; standing ${(await g.admin("GET", `/keys/${idA}`)).body.detection?.standing}`);
    }
    if (v === "deny+creator-call") { const r = await call(g.base, A, "POST", "/v1/chat/completions", { model: "m", max_tokens: 5, messages: [{ role: "user", content: "hi" }] }); console.log("  creator call:", r.status, r.body?.error?.code); }
    await sleep(v === "deny-before-done" ? 1500 : 2000);
    const out = [];
    for (const id of ids) { const r = await call(g.base, B, "GET", `/v1/responses/${id}`); out.push(r.status + " " + (r.body?.error?.code ?? r.body?.status)); }
    const st = await fetch(`${g.base}/v1/responses/${ids[0]}?stream=true`, { headers: { authorization: "Bearer " + B } });
    const ii = await call(g.base, B, "GET", `/v1/responses/${ids[0]}/input_items`);
    console.log(`${v}: other key GET -> ${out.join(", ")}; ?stream=true -> ${st.status}; input_items -> ${ii.status} ${ii.body?.error?.code ?? ""}`);
    await st.text();
  }
} finally { g.kill(); await origin.close(); }
