// R20: a foreground chat stream whose input the ORIGIN adds (IMGS image_url parts by URL: origin20.mjs bills 20,000 input
// tokens each), read until the last text chunk (finish_reason) and cut before the usage chunk (gap=GAP ms later).
// MODE=cut or MODE=full (control). Compares what the guard charged (admin counters, tpd) with what the origin billed (/stats).
import { setTier, info, sleep, G } from "./lib20.mjs"; const OP = process.env.OP ?? 19602;
const MODE = process.env.MODE ?? "cut", IMGS = +(process.env.IMGS ?? 5), N = +(process.env.N ?? 3), GAP = +(process.env.GAP ?? 1500), ROUTE = process.env.ROUTE ?? "chat";
const KEY = `sk-rt20-cut-${Date.now().toString(36)}`; await setTier(KEY, "pro", { tpd: 10000000 });
const s0 = await (await fetch(`http://127.0.0.1:${OP}/stats`)).json();
let text = 0, sawUsage = 0; const st = {};
for (let i = 0; i < N; i++) {
  const ac = new AbortController(); const body = { model: `gpt-4o@out=400,gap=${GAP}`, stream: true, max_tokens: 400, messages: [{ role: "user", content: [{ type: "text", text: "Read these pages and transcribe them. " + i }, ...Array.from({ length: IMGS }, (_, k) => ({ type: "image_url", image_url: { url: `https://example.com/${i}-${k}.png` } }))] }] };
  const r = await fetch(`${G}/v1/chat/completions`, { method: "POST", headers: { authorization: "Bearer " + KEY, "content-type": "application/json" }, body: JSON.stringify(body), signal: ac.signal });
  st[r.status] = (st[r.status] ?? 0) + 1; const rd = r.body.getReader(); const dec = new TextDecoder(); let buf = "";
  try { for (;;) { const { done, value } = await rd.read(); if (done) break; buf += dec.decode(value); for (const l of buf.split("\n\n").slice(0, -1)) { if (l.includes('"usage"')) sawUsage++; const m = l.match(/"content":"([^"]*)"/); if (m) text += m[1].length; if (MODE === "cut" && l.includes('"finish_reason":"stop"')) { ac.abort(); throw 0; } } buf = buf.split("\n\n").slice(-1)[0]; } } catch {}
  await sleep(300);
}
await sleep(GAP + 2500); const s1 = await (await fetch(`http://127.0.0.1:${OP}/stats`)).json(); const inf = await info(KEY);
console.log(`RESULT ${ROUTE} stream ${MODE}, ${N} asks x ${IMGS} URL images: statuses ${JSON.stringify(st)}; client got ${text} chars of answer text, usage chunks seen ${sawUsage}; origin billed ${s1.billed - (s0.billed ?? 0)} tokens; guard charged prompt ${inf.counters.promptTokens} + completion ${inf.counters.completionTokens}; tpd remaining ${inf.usage.find((u) => u.name === "tpd").remaining} of 10,000,000`);
