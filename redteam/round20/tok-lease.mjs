// R20: token quotas of a hot key whose answers take more than their reservation (the origin adds input: each image_url by
// URL bills FILE_TOKENS=20,000 input tokens at origin20.mjs; the guard reserves a fixed estimate per image). Open loop RATE/s
// for DUR s, or SEQ=1: strictly sequential (next request when the previous answer is in). Sums the usage the origin billed
// on the answers served, against tpm / tpd.
import { setTier, info, sleep, G } from "./lib20.mjs";
const RATE = +(process.env.RATE ?? 20), DUR = +(process.env.DUR ?? 5), SEQ = !!process.env.SEQ, IMGS = +(process.env.IMGS ?? 1);
const LIM = JSON.parse(process.env.LIM ?? '{"rpm":6000,"tpm":20000,"tpd":100000,"concurrency":64}');
const KEY = `sk-rt20-tok-${Date.now().toString(36)}`; await setTier(KEY, "pro", LIM);
const body = JSON.stringify({ model: "gpt-4o@out=20", max_tokens: 20, messages: [{ role: "user", content: [{ type: "text", text: "Describe." }, ...Array.from({ length: IMGS }, (_, i) => ({ type: "image_url", image_url: { url: `https://example.com/p${i}.png` } }))] }] });
const st = {}; let billed = 0, served = 0; const t0 = Date.now(); let firstRefusal = null;
const one = async () => { try { const r = await fetch(`${G}/v1/chat/completions`, { method: "POST", headers: { authorization: "Bearer " + KEY, "content-type": "application/json" }, body, signal: AbortSignal.timeout(30000) }); const t = await r.text(); st[r.status] = (st[r.status] ?? 0) + 1;
  if (r.status === 200) { served++; billed += JSON.parse(t).usage.total_tokens; } else if (!firstRefusal) firstRefusal = { at: Date.now() - t0, served, msg: t.slice(0, 140) }; } catch (e) { st.err = (st.err ?? 0) + 1; } };
const n = RATE * DUR; const all = [];
for (let i = 0; i < n; i++) { if (SEQ) await one(); else all.push(one()); const due = t0 + ((i + 1) * 1000) / RATE; const w = due - Date.now(); if (w > 0) await sleep(w); }
await Promise.all(all); const el = (Date.now() - t0) / 1000; await sleep(2500); const i = await info(KEY);
console.log(`RESULT ${SEQ ? "sequential" : "open loop"} ${RATE}/s x ${DUR} s, ${IMGS} URL image(s) each, lim ${JSON.stringify(LIM)}: statuses ${JSON.stringify(st)}; served ${served}, origin billed ${billed} tokens in ${el.toFixed(1)} s (tpm ${LIM.tpm}, tpd ${LIM.tpd}); first refusal ${JSON.stringify(firstRefusal)}; guard counters ${JSON.stringify(i.counters)}; remaining ${i.usage.map((u) => u.name + "=" + u.remaining).join(" ")}`);
