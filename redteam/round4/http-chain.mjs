// node http-chain.mjs GUARD_URL N SEED : two keys, same one-line long-answer payloads, 1.1 s apart, through the Worker.
// key "single": payload alone. key "chain": [previous payload of this key, stub answer, payload].
// args: GUARD_URL N SEED [COT] [API]: API=responses uses /v1/responses; its "chain" key sends previous_response_id = its own first response id.
import fs from "node:fs"; import { rng, ask, pick, int, SUBJECTS } from "./lib.mjs";
const [G = "http://127.0.0.1:18853", nA = "60", seedA = "1", cot = "", api = "chat"] = process.argv.slice(2); const N = Math.min(+nA, 120); const r = rng(+seedA);
const T = fs.readFileSync(new URL("../../.dev.vars", import.meta.url), "utf8").match(/GUARD_ADMIN_TOKEN=(.*)/)[1].trim(); const A = { authorization: `Bearer ${T}` };
const keys = { single: `sk-r4-httpchain-single-${seedA}`, chain: `sk-r4-httpchain-chain-${seedA}` }; const stat = { single: {}, chain: {} }; const tok = { single: 0, chain: 0 }; let prev = null; let anchor = null;
const t0 = Date.now();
for (let i = 0; i < N && Date.now() - t0 < 180000; i++) {
  const q = ask(r) + (cot ? " Let's think step by step and write out every intermediate step." : "");
  for (const v of ["single", "chain"]) {
    const messages = v === "chain" && prev ? [{ role: "user", content: prev }, { role: "assistant", content: `Sure - here is an overview of ${pick(r, SUBJECTS)} (part ${int(r, 1, 9999)}).` }, { role: "user", content: q }] : [{ role: "user", content: q }];
    const body = api === "responses" ? { model: "gpt-4o", input: q, store: true, ...(v === "chain" && anchor ? { previous_response_id: anchor } : {}) } : { model: "gpt-4o", messages };
    const res = await fetch(`${G}/v1/${api === "responses" ? "responses" : "chat/completions"}`, { method: "POST", headers: { authorization: `Bearer ${keys[v]}`, "content-type": "application/json" }, body: JSON.stringify(body) });
    const j = await res.json(); if (api === "responses" && v === "chain" && !anchor && res.status === 200) anchor = j.id;
    if (api === "responses" && j.usage) j.usage.completion_tokens = j.usage.output_tokens; const tag = `${res.status}${res.headers.get("x-guard-policy") ? "-degraded" : ""}`; stat[v][tag] = (stat[v][tag] ?? 0) + 1;
    if (res.status === 200) tok[v] += j.usage?.completion_tokens ?? 0;
  }
  prev = q; await new Promise((s) => setTimeout(s, 1100));
}
for (const v of ["single", "chain"]) {
  const { keyId } = await (await fetch(`${G}/admin/keys/lookup`, { method: "POST", headers: A, body: JSON.stringify({ key: keys[v] }) })).json();
  const st = await (await fetch(`${G}/admin/keys/${keyId}`, { headers: A })).json();
  console.log(v, JSON.stringify({ statuses: stat[v], completionTokensReceived: tok[v], standing: st.detection.standing, score: st.detection.score, channels: st.detection.channels, reasons: st.detection.reasons }));
}
