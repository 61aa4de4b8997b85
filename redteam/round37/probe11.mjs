// probe 11: another key retrieves a creator's background responses (creator in good standing): who is charged the input the origin added?
import { startGuard, sleep, call } from "./lib.mjs";
import { origin36, counters } from "../round36/origin36.mjs";
const { origin, billed } = await origin36(9803, { CTX: 50000, TAILMS: 30 });
try {
  for (const mode of ["enforce", "off"]) {
    const policy = { defaults: { rpm: 100000, tpm: 1000000000, tpd: 1000000000, concurrency: 64 }, defaultMaxOutputTokens: 1024, detection: { mode } };
    const g = await startGuard({ port: 9801, inspectorPort: 9809, upstream: "http://127.0.0.1:9803", policy, tag: "p11-" + mode });
    const ch = async (k) => { const c = await counters(g, k); return (c?.promptTokens ?? 0) + (c?.completionTokens ?? 0); };
    try {
      const A = "sk-r37-p11-A-" + mode, B = "sk-r37-p11-B-" + mode; const ids = [];
      for (let i = 0; i < 4; i++) ids.push((await call(g.base, A, "POST", "/v1/responses", { model: "m", background: true, max_output_tokens: 300, prompt: { id: "pmpt_longdoc", variables: { q: `clause ${i}` } } })).body.id);
      await sleep(1500); const a0 = await ch(A), b0 = await ch(B);
      for (const id of ids) await call(g.base, B, "GET", `/v1/responses/${id}`);
      await sleep(3000);
      console.log(`${mode}: A charged ${a0} after POSTs, ${await ch(A)} after B's retrievals; B charged ${b0} -> ${await ch(B)}; origin billed A ${billed[A]}`);
    } finally { g.kill(); await sleep(2000); }
  }
} finally { await origin.close(); }
