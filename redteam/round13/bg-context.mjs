// Target 3: input tokens the guard never charges. A background Response keeps its reservation (prompt estimate of ITS
// body + output cap) and its real usage is never charged to quotas. The origin bills, as input, the whole stored context
// named by previous_response_id, or a document fetched from an input_file's file_url. Key tier "small": tpm 5,000, tpd 20,000.
// MODE=bg (background, then GET) | fg (foreground control) | file (background with an input_file file_url). N asks.
import { req, setTier, info, sleep } from "./lib13.mjs";
const MODE = process.env.MODE ?? "bg"; const N = +(process.env.N ?? 20);
const KEY = `sk-rt13-ctx-${MODE}-${Date.now().toString(36)}`; await setTier(KEY, "small");
const show = async (tag) => { const i = await info(KEY); const u = Object.fromEntries(i.usage.map((x) => [x.name, x.remaining])); console.log(`${tag}: counters ${JSON.stringify(i.counters)} remaining tpm=${u.tpm} tpd=${u.tpd} conc=${u.concurrency}`); };
let anchor = null;
if (MODE !== "file") {
  const a = await req("POST", "/v1/responses", { key: KEY, body: { model: "gpt-4o", input: "Context document: " + "lorem ipsum dolor sit amet ".repeat(450), max_output_tokens: 200, store: true } });
  anchor = JSON.parse(a.text); console.log(`anchor ${a.status}: billed ${JSON.stringify(anchor.usage)}`); await show("after anchor");
}
let billed = 0, served = 0, refused = 0; const t0 = Date.now();
for (let i = 0; i < N; i++) {
  const body = MODE === "file" ? { model: "gpt-4o", input: [{ role: "user", content: [{ type: "input_file", file_url: `https://example.com/doc${i}.pdf` }, { type: "input_text", text: "Summarise." }] }], max_output_tokens: 100, background: true }
    : { model: "gpt-4o", input: "Continue with point " + i + ".", previous_response_id: anchor.id, max_output_tokens: 100, ...(MODE === "bg" ? { background: true } : {}) };
  let r; for (let t = 0; t < 4; t++) { r = await req("POST", "/v1/responses", { key: KEY, body }); if (r.status !== 429 || MODE === "fg") break; await sleep(1100); } // a 429 (a slot still held) is retried after 1.1 s, at most 3 times
  if (r.status !== 200) { refused++; if (refused <= 2) console.log(`ask ${i}: ${r.status} ${r.text.slice(0, 140)}`); continue; }
  let j = JSON.parse(r.text);
  if (j.status === "queued") { const g = await req("GET", `/v1/responses/${j.id}`, { key: KEY }); if (g.status !== 200) { console.log(`GET ${i}: ${g.status} ${g.text.slice(0, 160)}`); refused++; continue; } j = JSON.parse(g.text); }
  served++; billed += j.usage.total_tokens;
}
console.log(`${MODE}: ${N} asks in ${((Date.now() - t0) / 1000).toFixed(1)} s: served ${served}, refused ${refused}; origin billed ${billed} tokens for them (tpm 5,000, tpd 20,000)`);
await sleep(1000); await show("after asks");
