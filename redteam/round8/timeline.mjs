// node timeline.mjs NAME BUCKET_HOURS : actions per time bucket and group/role
import fs from "node:fs";
const [name, bA = "4"] = process.argv.slice(2); const B = +bA * 3600e3;
const tr = []; for (const l of fs.readFileSync(new URL(`./traces/${name}.jsonl`, import.meta.url), "utf8").split("\n")) { if (!l) continue; const i = l.indexOf('"ts":'); tr.push(+l.slice(i + 5, l.indexOf(",", i))); }
const meta = fs.readFileSync(new URL(`./traces/${name}.meta.jsonl`, import.meta.url), "utf8").trim().split("\n").map((l) => JSON.parse(l));
const dec = fs.readFileSync(new URL(`./out/${name}.dec.jsonl`, import.meta.url), "utf8").trim().split("\n").map((l) => JSON.parse(l));
const rows = new Map();
for (const d of dec) { const b = Math.floor((tr[d.i] - tr[0]) / B); const g = meta[d.i].group + (meta[d.i].role ? "/" + meta[d.i].role : ""); const k = `${b}|${g}`; const o = rows.get(k) ?? {}; o[d.action] = (o[d.action] ?? 0) + 1; rows.set(k, o); }
for (const [k, o] of [...rows].sort((a, b) => +a[0].split("|")[0] - +b[0].split("|")[0])) { const [b, g] = k.split("|"); console.log(`h${b * bA}-${(+b + 1) * bA} ${g.padEnd(22)} ${JSON.stringify(o)}`); }
