// probe 10: which key's detection mode drops creator_restricted: the creator's tier or the retrieving key's tier?
import { startGuard, sleep, call } from "./lib.mjs";
import { origin36 } from "../round36/origin36.mjs";
const { origin } = await origin36(9803, { CTX: 50000, TAILMS: 30 });
const policy = { defaults: { rpm: 100000, tpm: 1000000000, tpd: 1000000000, concurrency: 64 }, tiers: { nodet: { detection: { mode: "off" } }, shadow: { detection: { mode: "shadow" } } }, defaultMaxOutputTokens: 1024 };
const g = await startGuard({ port: 9801, inspectorPort: 9809, upstream: "http://127.0.0.1:9803", policy, tag: "p10" });
try {
  for (const [ta, tb] of [[null, null], ["nodet", null], [null, "nodet"], ["nodet", "nodet"], ["shadow", null]]) {
    const v = `${ta ?? "default"}-${tb ?? "default"}`;
    const A = "sk-r37-p10-A-" + v, B = "sk-r37-p10-B-" + v; const idA = await g.keyId(A), idB = await g.keyId(B);
    if (ta) await g.admin("PUT", `/keys/${idA}/overrides`, { tier: ta });
    if (tb) await g.admin("PUT", `/keys/${idB}/overrides`, { tier: tb });
    const ids = []; for (let i = 0; i < 2; i++) ids.push((await call(g.base, A, "POST", "/v1/responses", { model: "m", background: true, max_output_tokens: 100, input: "Weather in Paris?" })).body.id);
    await sleep(1000);
    await g.admin("PUT", `/lists/deny/${idA}`, {});
    await sleep(1500);
    const out = []; for (const id of ids) { const r = await call(g.base, B, "GET", `/v1/responses/${id}`); out.push(r.status + " " + (r.body?.error?.code ?? r.body?.status)); }
    console.log(`creator tier ${ta ?? "default"}, retriever tier ${tb ?? "default"}: creator denied; other key GET -> ${out.join(", ")}`);
  }
} finally { g.kill(); await origin.close(); }
