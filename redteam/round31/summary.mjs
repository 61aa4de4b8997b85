// node redteam/round31/summary.mjs NAME...  -> one results.txt line per run (from out/NAME.dec.jsonl and the trace)
import fs from "node:fs";
const D = "redteam/round31";
for (const N of process.argv.slice(2)) {
  const lab = JSON.parse(fs.readFileSync(`${D}/traces/${N}.labels.json`, "utf8"));
  const tr = fs.readFileSync(`${D}/traces/${N}.jsonl`, "utf8").split("\n").filter(Boolean);
  const decs = fs.readFileSync(`${D}/out/${N}.dec.jsonl`, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
  const keys = new Set(), flagged = new Set(), acts = {}; let refused = 0, ask = 0, full = 0, mx = 0;
  for (const d of decs) {
    keys.add(d.key); acts[d.action] = (acts[d.action] ?? 0) + 1; mx = Math.max(mx, d.score ?? 0);
    if (!["allow", "limit"].includes(d.action)) flagged.add(d.key);
    if (!d.served) refused++;
    const c = JSON.parse(tr[d.i]).usage?.completion_tokens ?? 0; ask += c; if (d.served && !d.degraded) full += c;
  }
  const product = [...new Set(Object.values(lab))].join("+");
  console.log(`${N} | ${product} | ${flagged.size}/${keys.size} | ${JSON.stringify(acts)} | ${(100 * refused / decs.length).toFixed(2)} % | ${(100 * full / Math.max(1, ask)).toFixed(1)} % | ${mx.toFixed(3)}`);
}
