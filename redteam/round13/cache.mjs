// Target 3: Anthropic prompt caching. The API reports the cached part of the prompt as cache_creation_input_tokens (written,
// billed 1.25x) or cache_read_input_tokens, and input_tokens counts only the part after the last cache_control breakpoint.
// Tier "small" (tpm 5,000, tpd 20,000). N requests, each a NEW ~4,000-token document marked cache_control (so each one is a
// cache write at the origin), max_tokens 50. What does the guard charge, and how many does it admit?
import { req, setTier, info, sleep } from "./lib13.mjs";
const MODE = process.env.MODE ?? "cw"; const N = +(process.env.N ?? 20); const STREAM = !!process.env.STREAM;
const KEY = `sk-rt13-cache-${MODE}${STREAM ? "-s" : ""}-${Date.now().toString(36)}`; await setTier(KEY, "small");
let served = 0, refused = 0, billedIn = 0; const t0 = Date.now();
for (let i = 0; i < N; i++) {
  const doc = `Document ${i}. ` + `Paragraph ${i} about a subject, with details and figures. `.repeat(280);
  const body = { model: `claude-sonnet-4-5@${MODE}`, max_tokens: 50, ...(STREAM ? { stream: true } : {}), system: [{ type: "text", text: doc, cache_control: { type: "ephemeral" } }], messages: [{ role: "user", content: "Summarise the document." }] };
  let r; for (let t = 0; t < 3; t++) { r = await req("POST", "/v1/messages", { key: KEY, body }); if (r.status !== 429) break; await sleep(1000); }
  if (r.status !== 200) { refused++; if (refused < 3) console.log(`ask ${i}: ${r.status} ${r.text.slice(0, 150)}`); continue; }
  served++; const u = STREAM ? JSON.parse(r.text.split("\n").find((l) => l.includes("message_start")) ? r.text.split("data: ")[1].split("\n")[0] : "{}").message.usage : JSON.parse(r.text).usage;
  billedIn += u.input_tokens + u.cache_creation_input_tokens + u.cache_read_input_tokens;
}
await sleep(1000); const i = await info(KEY); const rem = Object.fromEntries(i.usage.map((x) => [x.name, x.remaining]));
console.log(`${MODE}${STREAM ? " stream" : ""}: ${N} asks in ${((Date.now() - t0) / 1000).toFixed(1)} s, served ${served}, refused ${refused}; origin processed ${billedIn} prompt tokens (+${served * 50} output) vs tpm 5,000 / tpd 20,000; guard counters ${JSON.stringify(i.counters)}, remaining tpm ${rem.tpm} tpd ${rem.tpd}`);
