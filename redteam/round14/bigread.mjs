// R14 target: "a retrieved response over 8 MiB is passed on unread" (security.md). A background Response with top_logprobs 20
// and max_output_tokens 10,000, whose input the origin adds (F input_files by file_url: 20,000 input tokens each), retrieved
// with include[]=message.output_text.logprobs (each output token then carries 20 alternatives: ~10 MB of JSON).
// MODE=include (attack) | plain (control: the same answer retrieved without include). Key: tpm 20,000, tpd 100,000, concurrency 2.
import { req, setTier, info, sleep, G } from "./lib14.mjs";
const MODE = process.env.MODE ?? "include"; const F = +(process.env.F ?? 10); const CAP = +(process.env.CAP ?? 10000); const N = +(process.env.N ?? 1); const OP = process.env.OP ?? 19342;
const LIM = { tpm: 20000, tpd: 100000, concurrency: 2 };
const KEY = `sk-rt14-bigread-${MODE}-${Date.now().toString(36)}`; await setTier(KEY, "pro", LIM);
const show = async (tag) => { const i = await info(KEY); const u = Object.fromEntries(i.usage.map((x) => [x.name, x.remaining])); console.log(`${tag}: remaining tpm=${u.tpm} tpd=${u.tpd} conc=${u.concurrency} inFlight=${i.inFlight}; counters ${JSON.stringify(i.counters)}`); return { u, c: i.counters }; };
const s0 = await show("fresh key");
let billed = 0, got = 0;
for (let n = 0; n < N; n++) {
  const content = [...Array.from({ length: F }, (_, i) => ({ type: "input_file", file_url: `https://example.com/r${n}-${i}.pdf` })), { type: "input_text", text: "Compare these reports in depth." }];
  let p; for (let t = 0; t < 70; t++) { p = await req("POST", "/v1/responses", { key: KEY, body: { model: `gpt-4o@bgms=1000,out=${CAP}`, input: [{ role: "user", content }], top_logprobs: 20, max_output_tokens: CAP, background: true } }); if (p.status !== 429) break; await sleep(1000); }
  if (p.status !== 200) { console.log(`ask ${n}: POST ${p.status} ${p.text.slice(0, 200)}`); continue; }
  const id = JSON.parse(p.text).id; if (n === 0) await show("after the first POST");
  await sleep(1500);
  const q = MODE === "include" ? "?include[]=message.output_text.logprobs" : "";
  const r = await fetch(`${G}/v1/responses/${id}${q}`, { headers: { authorization: "Bearer " + KEY }, signal: AbortSignal.timeout(60000) });
  const body = await r.text(); let j = null; try { j = JSON.parse(body); } catch {}
  if (r.status === 200 && j?.status === "completed") { got++; billed += j.usage.total_tokens; }
  console.log(`ask ${n}: GET${q} ${r.status}, ${body.length} bytes, usage ${JSON.stringify(j?.usage ?? body.slice(0, 120))}, logprob entries ${j?.output?.[0]?.content?.[0]?.logprobs?.length ?? 0}`);
  await sleep(1500); await show(`after read ${n}`);
}
await sleep(1000); const s1 = await show("end");
console.log(`RESULT ${MODE}: ${got} answers read, origin billed ${billed} tokens; the key was charged ${s0.u.tpd - s1.u.tpd} tpd (counters prompt ${s1.c.promptTokens}, completion ${s1.c.completionTokens}); limits tpm ${LIM.tpm}, tpd ${LIM.tpd}, concurrency ${LIM.concurrency}`);
