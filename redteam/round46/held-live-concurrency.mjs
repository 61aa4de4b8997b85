// Held (not a finding): the twenty-eighth session's concurrency-slot fix, live over HTTP (npm start on
// 127.0.0.1:8880 in front of origin46.mjs on 8882; concurrency 8). Honest waves of exactly 8 (JSON and
// streams alternating), two clients x 4 workers on one key, a flood of 40, and 6 waves of 8 requests
// aborted by the client after 300 ms (origin 4 s): refusals of honest traffic, and the most requests
// of one key in flight at the origin.
import { start, stop, post, ledger, sleep, G } from "./live46.mjs";
await start({ defaults: { rpm: 600, tpm: 2000000, tpd: 50000000, concurrency: 8 }, defaultMaxOutputTokens: 1024 });
const ask = (i) => ["What is a good name for a bakery?", "Summarise the plot of Hamlet in two lines.", "How do I reverse a list in Python?", "Translate 'good morning' into Italian.", "What is the capital of Canada?"][i % 5] + ` (${i})`;
const chat = (key, i, delay, stream = false) => post("/v1/chat/completions", key, { model: "gpt-4o-mini", messages: [{ role: "user", content: ask(i) }], max_tokens: 200, ...(stream ? { stream: true, stream_options: { include_usage: true } } : {}) }, { "x-o-delay": String(delay), "x-o-out": "100" });
const res = {};
{ const key = "sk-rt46-waves"; let n = 0, refused = 0; for (let w = 0; w < 10; w++) for (const r of await Promise.all(Array.from({ length: 8 }, (_, j) => chat(key, w * 8 + j, 300, w % 2 === 1)))) { n++; if (r.status !== 200) refused++; } res.waves = { n, refused }; }
{ const key = "sk-rt46-two"; let n = 0, refused = 0, i = 0; const end = Date.now() + 20000;
  const worker = async () => { while (Date.now() < end) { const r = await chat(key, i++, 200 + Math.floor(Math.random() * 400)); n++; if (r.status !== 200) refused++; } };
  await Promise.all(Array.from({ length: 8 }, worker)); res.twoClients = { n, refused }; }
{ const rs = await Promise.all(Array.from({ length: 40 }, (_, j) => chat("sk-rt46-flood", j, 1500))); res.flood = { sent: 40, served: rs.filter((r) => r.status === 200).length }; }
{ const key = "sk-rt46-abort"; const st = {};
  const req = async (i) => { const ac = new AbortController(); const t = setTimeout(() => ac.abort(), 300);
    try { const r = await fetch(G + "/v1/chat/completions", { method: "POST", signal: ac.signal, headers: { authorization: "Bearer " + key, "content-type": "application/json", "x-o-delay": "4000", "x-o-out": "100" }, body: JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: ask(i) }], max_tokens: 200 }) }); await r.text(); return r.status; } catch { return "aborted"; } finally { clearTimeout(t); } };
  for (let w = 0; w < 6; w++) { for (const s of await Promise.all(Array.from({ length: 8 }, (_, j) => req(w * 8 + j)))) st[s] = (st[s] || 0) + 1; await sleep(50); }
  res.abortWaves = st; await sleep(4500); }
const L = await ledger(); res.maxInFlightAtOrigin = L.maxByKey;
console.log(JSON.stringify(res));
const bad = res.waves.refused + res.twoClients.refused > 0 || Object.values(L.maxByKey).some((m) => m > 8) || res.flood.served > 8;
console.log(`${bad ? "REPRODUCED" : "not reproduced"}: waves of 8 ${res.waves.refused}/${res.waves.n} refused; two clients ${res.twoClients.refused}/${res.twoClients.n} refused; flood ${res.flood.served}/40 served; aborted waves ${JSON.stringify(res.abortWaves)}; max in flight at origin ${Math.max(...Object.values(L.maxByKey))} (limit 8)`);
stop(); process.exit(0);
