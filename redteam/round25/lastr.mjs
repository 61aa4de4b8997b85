// node lastr.mjs NAME [i] : the reasons of decision i (default: the last) of the first key, and the action mix over the key's last 200
import fs from "node:fs";
import { pathToFileURL } from "node:url";
// the round's folder (traces/, out/): RT_DIR when a later round runs this script in place, else this file's own
const ROUND = process.env.RT_DIR ? pathToFileURL(process.env.RT_DIR + "/") : new URL("./", import.meta.url);
const [n, at] = process.argv.slice(2);
const d = fs.readFileSync(new URL(`./out/${n}.dec.jsonl`, ROUND), "utf8").trim().split("\n").map((l) => JSON.parse(l));
const k0 = d[0].key; const mine = d.filter((x) => x.key === k0); const x = at ? mine[Number(at)] : mine.at(-1);
const mix = {}; for (const y of mine.slice(-200)) mix[y.action] = (mix[y.action] ?? 0) + 1;
console.log(n, "req", mine.indexOf(x) + 1, "of", mine.length, x.action, x.score.toFixed(2), JSON.stringify(x.reasons), "last200", JSON.stringify(mix));
