// node http-vendor.mjs GUARD_URL N : one key sends N chat requests carrying prompt_logprobs 20 (max_tokens 1) and
// then N more carrying a logit_bias map; prints statuses, what the origin received, and the key's standing.
import fs from "node:fs"; import { rng, ask, filler } from "./lib.mjs";
const [G = "http://127.0.0.1:18960", nA = "20"] = process.argv.slice(2); const N = Math.min(+nA, 60); const r = rng(5);
const T = fs.readFileSync(new URL("../../.dev.vars", import.meta.url), "utf8").match(/GUARD_ADMIN_TOKEN=(.*)/)[1].trim(); const A = { authorization: `Bearer ${T}` };
const key = `sk-r5-http-vendor-${Date.now()}`; const st = {}; const t0 = Date.now();
for (let i = 0; i < N && Date.now() - t0 < 120000; i++) {
  const body = { model: "m", messages: [{ role: "user", content: `${ask(r)} ${filler(r, 200)}` }], max_tokens: 1, prompt_logprobs: 20 };
  const res = await fetch(`${G}/v1/chat/completions`, { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify(body) });
  const j = await res.json(); const tag = `${res.status}${res.headers.get("x-guard-policy") ? "-degraded" : ""}${j.prompt_logprobs ? "-with-prompt_logprobs" : ""}`; st[tag] = (st[tag] ?? 0) + 1;
}
const { keyId } = await (await fetch(`${G}/admin/keys/lookup`, { method: "POST", headers: A, body: JSON.stringify({ key }) })).json();
const s = await (await fetch(`${G}/admin/keys/${keyId}`, { headers: A })).json();
console.log(JSON.stringify({ statuses: st, standing: s.detection?.standing, score: s.detection?.score, channels: s.detection?.channels }));
