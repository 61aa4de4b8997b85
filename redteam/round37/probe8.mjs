// probe 8: creator_restricted: a denied / blocked creator's background responses retrieved by another key
import { startGuard, sleep, call } from "./lib.mjs";
import { origin36 } from "../round36/origin36.mjs";
const { origin } = await origin36(9803, { CTX: 50000, TAILMS: 30 });
const policy = { defaults: { rpm: 100000, tpm: 1000000000, tpd: 1000000000, concurrency: 64 }, defaultMaxOutputTokens: 1024, detection: { mode: "off" } };
const g = await startGuard({ port: 9801, inspectorPort: 9809, upstream: "http://127.0.0.1:9803", policy, tag: "p8" });
try {
  for (const v of ["bg-json", "bg-json-prompt", "bg-json-readfirst"]) {
    const A = "sk-r37-p8-A-" + v, B = "sk-r37-p8-B-" + v;
    const b = v === "bg-json" ? { model: "m", background: true, max_output_tokens: 100, input: "hello" } : { model: "m", background: true, max_output_tokens: 100, prompt: { id: "pmpt_x", variables: { q: "x" } } };
    const ids = []; for (let i = 0; i < 3; i++) ids.push((await call(g.base, A, "POST", "/v1/responses", b)).body.id);
    await sleep(1000);
    if (v === "bg-json-readfirst") for (const id of ids.slice(0, 1)) await call(g.base, A, "GET", `/v1/responses/${id}`);
    await g.admin("PUT", `/lists/deny/${await g.keyId(A)}`, {});
    await sleep(3000);
    const out = [];
    for (const id of ids) { const r = await call(g.base, B, "GET", `/v1/responses/${id}`); out.push(r.status + " " + (r.body?.error?.code ?? r.body?.status)); }
    const self = await call(g.base, A, "GET", `/v1/responses/${ids[2]}`);
    const canc = await call(g.base, B, "POST", `/v1/responses/${ids[2]}/cancel`, {});
    console.log(`${v}: creator denied; other key GET -> ${out.join(", ")}; creator GET -> ${self.status} ${self.body?.error?.code ?? ""}; other key cancel -> ${canc.status} ${canc.body?.error?.code ?? canc.body?.status}`);
  }
} finally { g.kill(); await origin.close(); }
