// node timeline.mjs TRACE DECISIONS [bucketMinutes] : the action mix per time bucket (first key only)
import fs from "node:fs";
const [tf, df, bm = "15"] = process.argv.slice(2);
const tr = fs.readFileSync(tf, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const ds = fs.readFileSync(df, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const t0 = tr[0].ts, B = Number(bm) * 60000;
const rows = new Map();
for (const d of ds) {
  const b = Math.floor((tr[d.i].ts - t0) / B);
  const row = rows.get(b) ?? {}; rows.set(b, row);
  const a = d.action + (d.degraded ? "(deg)" : "") + (d.served ? "" : "(refused)");
  row[a] = (row[a] ?? 0) + 1;
  row.score = Math.max(row.score ?? 0, d.score ?? 0);
}
for (const [b, row] of [...rows].sort((a, b) => a[0] - b[0])) console.log(`t+${(b * Number(bm) / 60).toFixed(2)}h`, JSON.stringify(row));
