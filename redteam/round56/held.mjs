// What the guard handled correctly in round 56 (each should print 0 degraded / 0 refused).
import { rng, T0, writeTrace, replay, summarise, show, totals, tok, arrivals, OFFICE, PRO } from "./lib56.mjs";
import { doc, CO } from "./texts56.mjs";
let allOk = true;
function check(label, name, ev, expectDegraded = false) {
  const tr = writeTrace(name, ev); const dec = replay(tr, PRO); const per = summarise(tr, dec, (k, e) => e.method === "POST");
  console.log(label); show("", per); const t = totals(per);
  const held = expectDegraded ? t.degraded > 0 : t.degraded === 0 && t.refused === 0;
  if (!expectDegraded && !held) allOk = false;
  return t;
}
// 1. a bookkeeping back office: 40-70 background o4-mini reviews queued at 08:00 plus ad-hoc jobs,
//    each polled every 15 s and retrieved; reasoning tokens in the usage (1,800-6,500).
{
  const r = rng(562); const ev = []; const key = "sk-bookkeeping-backoffice"; let rid = 0;
  const INSTR = "You prepare the monthly account review for a client of our bookkeeping firm. From the ledger extract and notes below, write: 1) a summary of the month, 2) unusual movements with the entry numbers, 3) VAT and payroll items to check before filing, 4) questions to ask the client.";
  for (let day = 0; day < 3; day++) {
    const times = []; for (let i = 0, m = r.int(40, 70); i < m; i++) times.push(T0 + day * 86400e3 + 8 * 3600e3 + r.int(0, 40 * 60e3));
    times.push(...arrivals(r, T0 + day * 86400e3, 24, 8, OFFICE));
    for (const t of times) {
      const rows = []; for (let i = 0, n = r.int(60, 220); i < n; i++) rows.push(`${1000 + i};2026-11-${String(r.int(1, 30)).padStart(2, "0")};${r.pick(["4000", "4400", "6000", "6300", "1200", "1600"])};${r.pick(["invoice", "supplier payment", "salary", "rent", "fuel", "VAT refund", "customer receipt"])} ${r.int(100, 9999)};${(r.int(50, 90000) / 10).toFixed(2)}`);
      const input = `Client: ${r.pick(CO)} — period 2026-11\n` + rows.join("\n") + "\n\nNotes:\n" + doc(r, "en", r.int(2, 5), "finance");
      const id = `resp_${++rid}`;
      ev.push({ ts: t, key, ip: "198.51.100.40", method: "POST", path: "/v1/responses", body: { model: "o4-mini", instructions: INSTR, input, reasoning: { effort: "medium" }, max_output_tokens: 16000, background: true }, response_id: id });
      const run = (90 + r.exp(240)) * 1000; let p = t + 15000; for (; p < t + run; p += 15000) ev.push({ ts: p, key, ip: "198.51.100.40", method: "GET", path: `/v1/responses/${id}` });
      ev.push({ ts: p, key, ip: "198.51.100.40", method: "GET", path: `/v1/responses/${id}`, usage: { prompt_tokens: tok(INSTR) + tok(input) + 12, completion_tokens: r.int(1800, 6500) } });
    }
  }
  check("1. back office: background reviews polled and retrieved (max_output_tokens 16,000, effort medium)", "held-1-backoffice", ev);
}
// 2. the translation portal of R56-2 with background jobs polled, a quarter of them cancelled by
//    their users after 15-35 s (no answer read).
function portal(cancelShare, seed = 563) {
  const r = rng(seed); const ev = []; const key = "sk-lsp-portal"; let rid = 0;
  const INSTR = "Translate the document into English for our client portal. Keep headings, paragraph breaks, figures and names exactly as they are. Do not summarise.";
  for (let day = 0; day < 3; day++) for (const t of arrivals(r, T0 + day * 86400e3, 24, 40, OFFICE)) {
    const lang = r.pick(["de", "fr", "es", "pl", "pt", "ja"]); const input = doc(r, lang, r.int(10, 40)); const id = `resp_${++rid}`; const ip = "198.51.100.41";
    ev.push({ ts: t, key, ip, method: "POST", path: "/v1/responses", body: { model: "gpt-4.1", instructions: INSTR, input, max_output_tokens: 16000, temperature: 0.2, background: true }, response_id: id });
    if (r.chance(cancelShare)) { ev.push({ ts: t + 10000, key, ip, method: "GET", path: `/v1/responses/${id}` }); ev.push({ ts: t + 15000 + r.int(0, 20000), key, ip, method: "POST", path: `/v1/responses/${id}/cancel` }); continue; }
    const run = (20 + r.exp(60)) * 1000; let p = t + 10000; for (; p < t + run; p += 10000) ev.push({ ts: p, key, ip, method: "GET", path: `/v1/responses/${id}` });
    ev.push({ ts: p, key, ip, method: "GET", path: `/v1/responses/${id}`, usage: { prompt_tokens: tok(INSTR) + tok(input) + 12, completion_tokens: Math.round(tok(input) * 1.1) } });
  }
  return ev;
}
check("2. translation portal, background jobs polled, 25 % cancelled by users", "held-2-cancel25", portal(0.25));
const t50 = check("   (note, not held) the same with half of the jobs cancelled", "held-2-cancel50", portal(0.5), true);
// 3. one company's four per-market monitoring keys, one wrapper, one network, nightly message
//    batches 5 s apart (max_tokens 1,024): not linked, not degraded.
{
  const r = rng(567); const ev = []; let bid = 0;
  const SYS = "You enrich articles for a media monitoring archive. Return JSON with keys: summary (3 sentences), entities (organisations, people, places), topics, sentiment, and quotes (verbatim).";
  const keys = ["sk-monitor-de", "sk-monitor-fr", "sk-monitor-es", "sk-monitor-pl"];
  for (let day = 0; day < 4; day++) for (const [ki, key] of keys.entries()) {
    const lang = ["de", "fr", "es", "pl"][ki]; const t = T0 + day * 86400e3 + 3600e3 + ki * 5000 + r.int(0, 3000);
    const reqs = [], us = []; for (let i = 0; i < 300; i++) { const text = doc(r, lang, r.int(8, 24)); reqs.push({ custom_id: `${day}-${i}`, params: { model: "claude-sonnet-4-5", max_tokens: 1024, system: SYS, messages: [{ role: "user", content: text }] } }); us.push({ prompt_tokens: tok(SYS) + tok(text) + 8, completion_tokens: r.int(260, 700) }); }
    const id = `msgbatch_${++bid}`; ev.push({ ts: t, key, ip: "198.51.100.70", method: "POST", path: "/v1/messages/batches", body: { requests: reqs } });
    const done = t + 2 * 3600e3 + r.int(0, 3600e3); for (let p = t + 900e3; p < done; p += 900e3) ev.push({ ts: p, key, ip: "198.51.100.70", method: "GET", path: `/v1/messages/batches/${id}` });
    ev.push({ ts: done + 2000, key, ip: "198.51.100.70", method: "GET", path: `/v1/messages/batches/${id}/results`, results: us });
  }
  check("3. four per-market keys, one wrapper and network, nightly message batches 5 s apart", "held-3-market-batches", ev);
}
console.log("(R56-1b's script also checks the Anthropic SDK's retries of batches refused by the rpm window: waited as told, no retry evidence.)");
console.log(allOk ? "HELD (all checks)" : "a check did not hold");
