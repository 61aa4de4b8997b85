// round7 shared helpers: re-exports round6's (seeded PRNG, text, residential nets) with a trace writer for this folder.
import fs from "node:fs";
export { rng, pick, int, T0, filler, SUBJECTS, MIN, HOUR, DAY, tok, promptTokens, prose, resNet } from "../round6/lib.mjs";
export function writeTrace(name, events, meta) {
  fs.mkdirSync(new URL("./traces/", import.meta.url), { recursive: true });
  const idx = events.map((e, i) => i).sort((a, b) => events[a].ts - events[b].ts || a - b);
  const fd = fs.openSync(new URL(`./traces/${name}.jsonl`, import.meta.url), "w"); for (const i of idx) fs.writeSync(fd, JSON.stringify(events[i]) + "\n"); fs.closeSync(fd);
  fs.writeFileSync(new URL(`./traces/${name}.meta.jsonl`, import.meta.url), idx.map((i) => JSON.stringify(meta[i])).join("\n") + "\n");
  console.error(`wrote ${events.length} events -> traces/${name}.jsonl`);
}
