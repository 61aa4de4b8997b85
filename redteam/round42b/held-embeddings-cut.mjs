// Held: an embeddings answer (17-19 MB, passed on as it comes) cut by the client after the data, before `usage`: the
// guard still charges the usage the origin reported (it reads the answer on). Prints one line per case.
import { startGuard, settled, override, ask, sleep, ORIGIN, rng, POLICY, docEstimate } from "./lib.mjs";
import { startOrigin42b } from "./origin42b.mjs";
const o = await startOrigin42b(ORIGIN);
const g = await startGuard({ policy: POLICY({}), tag: "h1" });
const R = rng(9);
try {
  for (const [name, enc, inputs] of [
    ["base64-ctrl", "base64", Array.from({ length: 2048 }, () => Array.from({ length: 140 }, () => String.fromCharCode(1 + Math.floor(R() * 7))).join(""))],
    ["float-json", "float", Array.from({ length: 600 }, (_, i) => JSON.stringify({ id: 1000 + i, sku: "A" + Math.floor(R() * 1e8), price: +(R() * 1000).toFixed(2), qty: Math.floor(R() * 50) }))],
  ]) {
    for (const cut of [false, true]) {
      const k = await override(g, `sk-h1-${name}-${cut}-${Date.now() % 1e5}`, { tier: "q" });
      const last = inputs.length - 1;
      const r = await ask(g.base, k, "POST", "/v1/embeddings", { model: "text-embedding-3-small", input: inputs, encoding_format: enc }, cut ? (b) => b.includes(`"index": ${last},`) : null);
      await sleep(1500); const s = await settled(g, k);
      console.log(name, "cut", cut, "status", r.status, "bytes", r.bytes, "usageSeen", r.text.includes('"usage"'), "origin billed", JSON.stringify(o.billed[k]), "guard charged", s.prompt, "+", s.completion, "docEst", inputs.reduce((a, x) => a + docEstimate(x), 0));
    }
  }
  console.log("held if every guard charged equals the origin billed");
} finally { g.kill(); await o.close(); }
process.exit(0);
