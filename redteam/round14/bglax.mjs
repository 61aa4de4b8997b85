// R14-1: `background` is not type-checked. A Responses POST with background: "true" (or 1, "1", "yes", "on") is forwarded
// unchanged and treated by the guard as a foreground request; an origin that reads booleans laxly (pydantic's lax mode:
// vLLM, LiteLLM and other Python OpenAI-compatible servers) runs it as a background job.
// BG=true is the control (a JSON boolean). N asks, each an input_file by file_url (the origin bills 20,000 input tokens) and
// NO output cap; jobs run BGMS ms at the origin; then every answer is retrieved. Key tier "small": rpm 600, tpm 5,000,
// tpd 20,000, concurrency 2.
import { req, setTier, info, sleep } from "./lib14.mjs";
const BG = JSON.parse(process.env.BG ?? '"true"'); const N = +(process.env.N ?? 20); const BGMS = +(process.env.BGMS ?? 6000); const OP = process.env.OP ?? 19342;
const KEY = `sk-rt14-bglax-${String(BG)}-${Date.now().toString(36)}`; await setTier(KEY, process.env.TIER ?? "small", process.env.CONC ? { concurrency: +process.env.CONC } : {});
const show = async (tag) => { const i = await info(KEY); const u = Object.fromEntries(i.usage.map((x) => [x.name, x.remaining])); console.log(`${tag}: remaining tpm=${u.tpm} tpd=${u.tpd} conc=${u.concurrency} inFlight=${i.inFlight}; counters ${JSON.stringify(i.counters)}`); return u; };
await fetch(`http://127.0.0.1:${OP}/stats/reset`);
await show("fresh key");
const ids = [], st = {}; const t0 = Date.now();
for (let i = 0; i < N; i++) {
  const r = await req("POST", "/v1/responses", { key: KEY, body: { model: `gpt-4o@bgms=${BGMS}`, input: [{ role: "user", content: [{ type: "input_file", file_url: `https://example.com/doc${i}.pdf` }, { type: "input_text", text: "Summarise, in full detail." }] }], background: BG } });
  st[r.status] = (st[r.status] ?? 0) + 1; if (r.status === 200) ids.push(JSON.parse(r.text).id); else if (st[r.status] === 1) console.log(`ask ${i}: ${r.status} ${r.text.slice(0, 160)}`);
}
const stats = await (await fetch(`http://127.0.0.1:${OP}/stats`)).json();
console.log(`${N} POSTs with background ${JSON.stringify(BG)} in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${JSON.stringify(st)}; origin: ${stats.running} jobs running now, at most ${stats.maxRunning} at once`);
await show("after POSTs");
const c = await req("POST", "/v1/chat/completions", { key: KEY, body: { model: "m", max_tokens: 5, messages: [{ role: "user", content: "hi" }] } }); console.log("a chat request meanwhile:", c.status);
await sleep(BGMS + 500);
let billed = 0, got = 0, out = 0, gst = {};
for (const id of ids) { const g = await req("GET", `/v1/responses/${id}`, { key: KEY }); gst[g.status] = (gst[g.status] ?? 0) + 1; if (g.status !== 200) continue; const j = JSON.parse(g.text); if (j.status !== "completed") continue; got++; billed += j.usage.total_tokens; out += j.usage.output_tokens; }
await sleep(2000); const u = await show("after retrievals");
console.log(`RESULT background=${JSON.stringify(BG)}: ${ids.length} admitted, ${got} answers retrieved (GET statuses ${JSON.stringify(gst)}), origin billed ${billed} tokens (${out} output, ${(out / Math.max(got, 1)).toFixed(0)} per answer), max ${stats.maxRunning} jobs at once; key left tpm=${u.tpm} tpd=${u.tpd} (limits: tier ${process.env.TIER ?? "small"}${process.env.CONC ? ", concurrency " + process.env.CONC : ""})`);
