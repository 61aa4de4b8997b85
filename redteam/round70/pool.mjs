import { degradeKey, G, decodeVec, nonzero } from "./lib.mjs";
const key = "sk-rt70-pool-" + process.pid + "-" + (process.argv[4] || "");
await degradeKey(key);
const W = Number(process.argv[2] || 8), PER = Number(process.argv[3] || 25);
const seq = [];
let n = 0;
const t0 = Date.now();
await Promise.all(Array.from({ length: W }, async (_, w) => {
  for (let i = 0; i < PER; i++) {
    const my = n++;
    const r = await fetch(G + "/v1/embeddings", { method: "POST", headers: { authorization: "Bearer " + key, "content-type": "application/json" }, body: JSON.stringify({ model: "text-embedding-ada-002", input: "pool " + my }) });
    const j = await r.json().catch(() => null);
    seq.push([my, Date.now() - t0, r.status, r.headers.get("x-guard-policy") || "-", j?.data ? nonzero(decodeVec(j.data[0].embedding)) : -1]);
  }
}));
const whole = seq.filter((s) => s[4] > 256);
console.log(`workers ${W} x ${PER}: ${seq.length} requests in ${Date.now() - t0} ms; whole vectors ${whole.length}; degraded ${seq.filter((s) => s[4] === 256).length}; refused ${seq.filter((s) => s[2] !== 200).length}`);
console.log("first whole:", JSON.stringify(whole.slice(0, 8)));
