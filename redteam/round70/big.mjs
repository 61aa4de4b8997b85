import { degradeKey, decodeVec, nonzero, G } from "./lib.mjs";
import { runEmbBatch, embLine } from "./batchlib.mjs";
const key = "sk-rt70-big-" + process.pid;
await degradeKey(key);
const [n, lines] = JSON.parse(process.argv[2]);
const b = await runEmbBatch(key, Array.from({ length: lines }, (_, j) => embLine(j, { model: "text-embedding-3-large", input: Array.from({ length: n }, (_, i) => `big ${j} ${i}`) })));
if (!b.out) { console.log(JSON.stringify(b)); process.exit(0); }
const t = Date.now();
const r = await fetch(G + "/v1/files/" + b.out + "/content", { headers: { authorization: "Bearer " + key } });
const text = await r.text();
const tally = {};
for (const l of text.split("\n").filter(Boolean)) { try { const o = JSON.parse(l); const k = o.response?.body?.data ? "nz" + nonzero(decodeVec(o.response.body.data[0].embedding)) : "err:" + JSON.stringify(o.error ?? o.response?.body?.error).slice(0, 120); tally[k] = (tally[k] || 0) + 1; } catch { tally.unparsable = (tally.unparsable || 0) + 1; } }
console.log(`lines ${lines} x ${n} inputs: ${r.status} ${r.headers.get("x-guard-policy")} ${text.length} bytes in ${Date.now() - t} ms`, JSON.stringify(tally), r.status !== 200 ? text.slice(0, 200) : "");
