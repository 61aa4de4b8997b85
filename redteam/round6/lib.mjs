// round6 shared helpers: seeded PRNG, text, trace writer. No guard code is imported.
import fs from "node:fs";
export { rng, pick, int, T0, filler, SUBJECTS } from "../round4/lib.mjs";
import { pick, int, filler } from "../round4/lib.mjs";
export const MIN = 60e3, HOUR = 3600e3, DAY = 86400e3;
export const tok = (s) => Math.ceil(s.length / 4);
// billed prompt tokens of a chat body (text / 4 + 4 per message), what an origin would report
export function promptTokens(body) {
  let n = 0; for (const m of body.messages ?? []) n += 4 + tok(typeof m.content === "string" ? m.content : JSON.stringify(m.content));
  if (typeof body.system === "string") n += tok(body.system);
  return n + 3;
}
// text of roughly `tokens` tokens (an answer read back into a conversation, or pasted context)
export function prose(r, tokens) { const words = Math.max(1, Math.round(tokens * 4 / 5.2)); const out = []; let left = words; while (left > 0) { const n = Math.min(left, int(r, 10, 22)); out.push(filler(r, n).replace(/^./, (c) => c.toUpperCase()) + "."); left -= n; } return out.join(" "); }
// a residential client: its own /24 at one of a dozen consumer ISPs
const ISPS = [[7922, "US"], [7018, "US"], [701, "US"], [20115, "US"], [3320, "DE"], [5089, "GB"], [3215, "FR"], [12322, "FR"], [6830, "NL"], [3352, "ES"], [1136, "NL"], [9121, "TR"], [4766, "KR"], [2516, "JP"]];
export function resNet(r) { const [asn, country] = pick(r, ISPS); return { ip: `${int(r, 24, 223)}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 2, 254)}`, asn, country }; }
export function writeTrace(name, events, meta) {
  fs.mkdirSync(new URL("./traces/", import.meta.url), { recursive: true });
  const idx = events.map((e, i) => i).sort((a, b) => events[a].ts - events[b].ts || a - b);
  const fd = fs.openSync(new URL(`./traces/${name}.jsonl`, import.meta.url), "w"); for (const i of idx) fs.writeSync(fd, JSON.stringify(events[i]) + "\n"); fs.closeSync(fd);
  fs.writeFileSync(new URL(`./traces/${name}.meta.jsonl`, import.meta.url), idx.map((i) => JSON.stringify(meta[i])).join("\n") + "\n");
  console.error(`wrote ${events.length} events -> traces/${name}.jsonl`);
}
