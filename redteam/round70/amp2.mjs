import { degradeKey, embed, G, sleep } from "./lib.mjs";
const key = "sk-rt70-amp2-" + process.pid, honest = "sk-rt70-honest-" + process.pid;
await degradeKey(key);
const [dims, n, fmt] = JSON.parse(process.argv[2]);
const hres = {}; let stop = false;
const h = (async () => { for (let i = 0; i < 200 && !stop; i++) { let s; try { const r = await fetch(G + "/v1/embeddings", { method: "POST", headers: { authorization: "Bearer " + honest, "content-type": "application/json" }, body: JSON.stringify({ model: "text-embedding-3-small", input: "honest " + i }), signal: AbortSignal.timeout(15000) }); await r.text(); s = r.status; } catch (e) { s = e.name; } hres[s] = (hres[s] || 0) + 1; await sleep(100); } })();
await sleep(500);
const t = Date.now();
let st;
try { const r = await fetch(G + "/v1/embeddings", { method: "POST", headers: { authorization: "Bearer " + key, "content-type": "application/json" }, body: JSON.stringify({ model: "text-embedding-3-small", input: Array.from({ length: n }, (_, i) => "w" + i), dimensions: dims, encoding_format: fmt }), signal: AbortSignal.timeout(60000) }); const b = await r.arrayBuffer(); st = r.status + " " + b.byteLength + " bytes " + (r.status !== 200 ? Buffer.from(b).toString().slice(0, 200) : ""); } catch (e) { st = "error " + e.name + " " + e.message; }
console.log(`attack dims ${dims} x ${n} ${fmt}: ${st} in ${Date.now() - t} ms`);
await sleep(2000); stop = true; await h;
console.log("honest key meanwhile:", JSON.stringify(hres));
