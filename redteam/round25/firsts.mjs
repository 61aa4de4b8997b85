// node firsts.mjs NAME [N] : each key's first flagged decision (request number, action, score, reasons), N keys at most
import fs from "node:fs";
import { pathToFileURL } from "node:url";
// the round's folder (traces/, out/): RT_DIR when a later round runs this script in place, else this file's own
const ROUND = process.env.RT_DIR ? pathToFileURL(process.env.RT_DIR + "/") : new URL("./", import.meta.url);
const [n, lim = 5] = process.argv.slice(2);
const d = fs.readFileSync(new URL(`./out/${n}.dec.jsonl`, ROUND), "utf8").trim().split("\n").map((l) => JSON.parse(l));
const seen = new Map(); let shown = 0;
for (const x of d) { const k = seen.get(x.key) ?? { n: 0 }; k.n++; seen.set(x.key, k); if (x.action !== "allow" && x.action !== "limit" && !k.f) { k.f = 1; if (shown++ < lim) console.log(k.n, x.action, x.score.toFixed(2), JSON.stringify(x.reasons)); } }
