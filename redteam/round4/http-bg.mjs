// node http-bg.mjs GUARD_URL N SEED : N background Responses requests without max_output_tokens, each
// fetched later on the free GET route; prints served output tokens vs what the guard charged (admin API).
import fs from "node:fs"; import { rng, ask } from "./lib.mjs";
const [G = "http://127.0.0.1:18853", nA = "40", seedA = "1"] = process.argv.slice(2); const N = Math.min(+nA, 200); const r = rng(+seedA);
const key = `sk-r4-bghttp-${seedA}`; const T = fs.readFileSync(new URL("../../.dev.vars", import.meta.url), "utf8").match(/GUARD_ADMIN_TOKEN=(.*)/)[1].trim();
const H = { authorization: `Bearer ${key}`, "content-type": "application/json" }; let served = 0; const acts = {};
const t0 = Date.now();
for (let i = 0; i < N && Date.now() - t0 < 120000; i++) {
  const p = await fetch(`${G}/v1/responses`, { method: "POST", headers: H, body: JSON.stringify({ model: "gpt-4o", input: ask(r), background: true }) });
  const j = await p.json(); acts[p.status] = (acts[p.status] ?? 0) + 1; if (p.status !== 200) continue;
  const g = await fetch(`${G}/v1/responses/${j.id}`, { headers: H }); const gj = await g.json(); served += gj.usage?.output_tokens ?? 0;
  await new Promise((s) => setTimeout(s, 300));
}
await new Promise((s) => setTimeout(s, 1500));
const A = { authorization: `Bearer ${T}` };
const { keyId } = await (await fetch(`${G}/admin/keys/lookup`, { method: "POST", headers: A, body: JSON.stringify({ key }) })).json();
const st = await (await fetch(`${G}/admin/keys/${keyId}`, { headers: A })).json();
const tpd = st.usage.find((u) => u.name === "tpd");
console.log(JSON.stringify({ statuses: acts, outputTokensRetrieved: served, tpdCharged: tpd.quota - tpd.remaining, counters: st.counters, detection: st.detection }));
