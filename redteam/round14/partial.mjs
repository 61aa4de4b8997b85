// R14 target: a message batch's answers are charged when its results are read through the guard, "once" (config.md).
// The inner requests carry a document by URL (the origin bills 20,000 input tokens each). MODE=full (control): read the
// results once, to the end. MODE=partial: read the first results line and hang up, then read them all again.
// Key tier "small": rpm 600, tpm 5,000, tpd 20,000, concurrency 2. N inner requests.
import { req, setTier, info, sleep, G } from "./lib14.mjs";
const MODE = process.env.MODE ?? "partial"; const N = +(process.env.N ?? 4); const TIER = process.env.TIER ?? "small"; const CUT = +(process.env.CUT ?? 1);
const KEY = `sk-rt14-partial-${MODE}-${Date.now().toString(36)}`; await setTier(KEY, TIER);
const AH = { "anthropic-version": "2023-06-01" };
const show = async (tag) => { const i = await info(KEY); const u = Object.fromEntries(i.usage.map((x) => [x.name, x.remaining])); console.log(`${tag}: remaining tpm=${u.tpm} tpd=${u.tpd} conc=${u.concurrency} inFlight=${i.inFlight}; counters ${JSON.stringify(i.counters)}`); return u; };
await show("fresh key");
const requests = Array.from({ length: N }, (_, i) => ({ custom_id: "q" + i, params: { model: "claude-x", max_tokens: 100, messages: [{ role: "user", content: [{ type: "document", source: { type: "url", url: `https://example.com/report${i}.pdf` } }, { type: "text", text: "Summarise this report." }] }] } }));
const c = await req("POST", "/v1/messages/batches", { key: KEY, headers: AH, body: { requests } }); const bid = JSON.parse(c.text).id; console.log(`create: ${c.status} ${bid}`);
await show("after create");
const g = await req("GET", `/v1/messages/batches/${bid}`, { key: KEY, headers: AH }); console.log(`retrieve: ${g.status} ${JSON.parse(g.text).processing_status} results_url=${JSON.parse(g.text).results_url}`);
async function results(maxLines) {
  const ac = new AbortController(); const res = await fetch(`${G}/v1/messages/batches/${bid}/results`, { headers: { "x-api-key": KEY, ...AH }, signal: ac.signal });
  if (res.status !== 200) return { status: res.status, text: (await res.text()).slice(0, 200) };
  const rd = res.body.getReader(); const td = new TextDecoder(); let buf = ""; const lines = [];
  try { for (;;) { const { value, done } = await rd.read(); if (done) break; buf += td.decode(value, { stream: true }); let i; while ((i = buf.indexOf("\n")) >= 0) { lines.push(JSON.parse(buf.slice(0, i))); buf = buf.slice(i + 1); }
    if (lines.length >= maxLines) { ac.abort(); break; } } } catch (e) { if (e.name !== "AbortError") throw e; }
  const billed = lines.reduce((s, l) => s + l.result.message.usage.input_tokens + l.result.message.usage.output_tokens, 0);
  return { status: res.status, lines: lines.length, billed };
}
let r1 = null;
if (MODE === "partial") {
  r1 = await results(CUT); console.log(`read 1 (hang up after ${CUT} line(s)): ${JSON.stringify(r1)}`); await sleep(3000); await show("after read 1");
}
const r2 = await results(1e9); console.log(`read ${MODE === "partial" ? 2 : 1} (to the end): ${JSON.stringify(r2)}`); await sleep(3000); const u = await show("after full read");
const o = await (await fetch(`http://127.0.0.1:${process.env.OP ?? 19342}/stats`)).json();
if (MODE === "partial") console.log(`RESULT partial: read 1 took ${r1.lines} line(s) and hung up; the origin had sent ${o.lastResultsLinesSent} of ${N} lines (the guard drained them) and the key was charged for all: tpm=${u.tpm} tpd=${u.tpd}; read 2: ${r2.status}`); else
console.log(`RESULT ${MODE}: the client holds ${r2.lines} answers, origin billed ${r2.billed} tokens for them; key left with tpm=${u.tpm} tpd=${u.tpd} (quota tpm 5,000, tpd 20,000); origin stats ${JSON.stringify(o)}`);
