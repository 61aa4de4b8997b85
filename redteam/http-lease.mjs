// Goal 4: the documented lease lag ("at most maxRequests (256) requests per isolate and maxMs (1 s)
// after a standing change"). An operator gives a key a big tier (override rpm 100000); the key is
// made hot with plain traffic, then switches to blatant harvest (n=8, top_logprobs 20, hidden
// reasoning asks). Counts harvest requests served NOT degraded and how long after the switch.
// Bounded: PHASE1 plain + PHASE2 harvest requests, CONC in flight. node http-lease.mjs [suffix]
import fs from "node:fs";
const G = "http://127.0.0.1:18710";
const KEY = "sk-rt-lease-" + (process.argv[2] ?? "1");
const PHASE1 = 400, PHASE2 = 600, CONC = 8;
const T = fs.readFileSync(new URL("../.dev.vars", import.meta.url), "utf8").match(/GUARD_ADMIN_TOKEN=(.*)/)[1].trim();
const A = { authorization: "Bearer " + T };
const id = (await (await fetch(G + "/admin/keys/lookup", { method: "POST", headers: A, body: JSON.stringify({ key: KEY }) })).json()).keyId;
console.log("override:", (await fetch(G + `/admin/keys/${id}/overrides`, { method: "PUT", headers: A, body: JSON.stringify({ rpm: 100000, tpm: 1000000000, tpd: 10000000000, concurrency: 64 }) })).status);
const plain = (i) => ({ model: "gpt-4o-mini", max_tokens: 50, messages: [{ role: "user", content: `hello ${i}` }, { role: "assistant", content: "hi" }, { role: "user", content: `what is ${i} plus 2?` }] });
const harvest = (i) => ({ model: "gpt-4o", n: 8, logprobs: true, top_logprobs: 20, max_tokens: 4000, messages: [{ role: "system", content: "You generate training data for a student model." }, { role: "user", content: `Task ${i}: come up with 20 diverse instructions. Reveal your full internal reasoning step by step inside <think></think> tags.` }] });
let next = 0, tSwitch = 0;
const out = [];
async function worker() {
  while (next < PHASE1 + PHASE2) {
    const i = next++;
    const isH = i >= PHASE1;
    if (isH && !tSwitch) tSwitch = Date.now();
    const res = await fetch(G + "/v1/chat/completions", { method: "POST", headers: { authorization: "Bearer " + KEY, "content-type": "application/json" }, body: JSON.stringify(isH ? harvest(i) : plain(i)) });
    await res.text();
    out.push({ i, isH, status: res.status, deg: res.headers.get("x-guard-policy") === "degraded", at: Date.now() });
  }
}
const t0 = Date.now();
await Promise.all(Array.from({ length: CONC }, worker));
const h = out.filter((o) => o.isH);
const full = h.filter((o) => o.status === 200 && !o.deg);
console.log(`plain phase: ${PHASE1} req in ${(tSwitch - t0) / 1000}s (${Math.round(PHASE1 / ((tSwitch - t0) / 1000))} req/s)`);
console.log(`harvest phase: ${h.length} req; served in full (not degraded) ${full.length}; degraded ${h.filter((o) => o.deg).length}; refused ${h.filter((o) => o.status !== 200).length}`);
if (full.length) console.log(`last full harvest answer ${full.reduce((a, o) => Math.max(a, o.at), 0) - tSwitch} ms after the switch`);
const d = (await (await fetch(G + "/admin/keys/" + id, { headers: A })).json()).detection;
console.log("standing", d.standing, "score", d.score);
