// R36-3 (check): a burst of cut Responses turns on a stored prompt (store: true, the fixed path) from 8 workers,
// while ANOTHER key (the victim, same guard, same isolate) sends short JSON chat requests. Measures: answers the
// attacker got against the control (4), every answer the origin gave counted in the key's admin counters, and the
// victim's latency and refusals during the burst against the victim alone. GETDELAY: the origin's record read takes
// that long (ms), longer than the wait (half of DO_TIMEOUT_MS).
import { startGuard, sleep } from "./lib.mjs";
import { origin36, ask, counters } from "./origin36.mjs";
const TPD = 200000, N = Number(process.env.N || 60), W = Number(process.env.W || 8), GETDELAY = Number(process.env.GETDELAY || 0);
const { origin, billed, reads } = await origin36(9703, { GETDELAYMS: GETDELAY });
const policy = { defaults: { rpm: 6000, tpm: 50000000, tpd: TPD, concurrency: 8 }, defaultMaxOutputTokens: 1024, detection: { mode: "off" } };
const g = await startGuard({ port: 9701, inspectorPort: 9709, upstream: "http://127.0.0.1:9703", policy, tag: "r3" });
let rep = false;
const pct = (a, p) => { const s = [...a].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? 0; };
async function victim(key, ms) {
  const lat = []; let bad = 0; const t0 = Date.now();
  while (Date.now() - t0 < ms) { const ts = Date.now(); const r = await ask(g.base, key, "/v1/chat/completions", { model: "m", max_completion_tokens: 16, messages: [{ role: "user", content: "hi" }] }, false); lat.push(Date.now() - ts); if (r.status !== 200) bad++; await sleep(50); }
  return { n: lat.length, bad, p50: pct(lat, 0.5), p95: pct(lat, 0.95), max: Math.max(...lat) };
}
try {
  const body = () => ({ model: "m", stream: true, max_output_tokens: 1000, prompt: { id: "pmpt_longdoc", version: "3", variables: { q: "What does clause 7 say about termination?" } } });
  const alone = await victim("sk-r36-3-victim-alone", 6000);
  console.log(`victim alone: ${alone.n} requests, ${alone.bad} not 200, latency p50 ${alone.p50} ms, p95 ${alone.p95}, max ${alone.max}`);
  const key = "sk-r36-3-attacker"; let served = 0, refused = 0, sent = 0, errs = 0; const t0 = Date.now(); const codes = {};
  const vp = victim("sk-r36-3-victim", 12000);
  await Promise.all(Array.from({ length: W }, async () => {
    while (sent < N && Date.now() - t0 < 30000) { sent++; const r = await ask(g.base, key, "/v1/responses", body(), true); codes[r.status] = (codes[r.status] || 0) + 1; if (r.status === 200 && r.text.includes("<END>")) served++; else refused++; }
  }));
  const el = Date.now() - t0;
  const v = await vp;
  await sleep(7000);
  const c = await counters(g, key);
  const posts = origin.log.filter((x) => x.key === key && x.method === "POST").length;
  console.log(`attacker, ${W} workers, cut at once (GETDELAY ${GETDELAY} ms): ${served} served, ${refused} refused in ${el} ms, codes ${JSON.stringify(codes)}; origin answered ${posts} POSTs; admin counters ${JSON.stringify(c)}; origin billed ${billed[key] || 0} (${((billed[key] || 0) / TPD).toFixed(1)}x tpd), charged ${c.promptTokens + c.completionTokens}; record reads ${reads.filter((r) => r.key === key).length}`);
  console.log(`victim during the burst: ${v.n} requests, ${v.bad} not 200, latency p50 ${v.p50} ms, p95 ${v.p95}, max ${v.max}`);
  const uncounted = posts - c.served;
  const slowed = v.bad > 0 || v.p95 > Math.max(3 * alone.p95, alone.p95 + 500);
  rep = uncounted > 0 || slowed; // the attacker's overrun itself is R35-2's documented rest (turns admitted before the cut is seen)
  console.log(rep ? `REPRODUCED: uncounted answers ${uncounted}, victim ${v.bad} refused / p95 ${v.p95} ms (alone ${alone.p95})` : `not reproduced: every origin answer counted (${posts} POSTs, ${c.served} served), victim unaffected (p95 ${v.p95} vs ${alone.p95} ms, ${v.bad} refused); attacker ${served} answers (control 4; R35-2's documented rest), billed ${((billed[key] || 0) / TPD).toFixed(1)}x tpd, charged ${c.promptTokens + c.completionTokens}`);
} finally { g.kill(); await origin.close(); }
