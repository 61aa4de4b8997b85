// R42a-1: a hot key's last lease report ("gives permits back", usage of lease-admitted requests) is "stored with the
// object's next write". When the key pauses, nothing writes again; the object is evicted when idle (~10 s here, as
// docs/performance.md says) and comes back from the snapshot taken before that report: the concurrency slots its
// isolates had parked stay held until leaseTtlSeconds (600 s), and the unused token allowance stays charged.
// Honest case: a worker pool sized to the key's concurrency (8), 2 workers in each of 4 isolates, JSON answers in
// 50 ms, for 3 s; then a 30 s pause; then the same pool again. Control: the same with leases.enabled false.
import { startGuards, startOrigin, chat, ORIGIN_PORT, sleep } from "./lib.mjs";
const N = 8, PER = 2, CONC = 8, BURST_MS = 3000, PAUSE_MS = +(process.env.PAUSE_MS || 30000);
const view = async (g, key) => { const v = (await g.admin("GET", "/keys/" + (await g.keyId(key)))).body; const u = (n) => v.usage.find((x) => x.name === n).remaining; return { inFlight: v.inFlight, concLeft: u("concurrency"), tpdLeft: u("tpd"), served: v.counters.served, charged: v.counters.promptTokens + v.counters.completionTokens }; };
async function poolFor(g, key, ms, bases) {
  const t0 = Date.now(); const st = {};
  await Promise.all(bases.map((b) => Promise.all(Array.from({ length: PER }, async () => { while (Date.now() - t0 < ms) { const r = await chat(b, key, { max_tokens: 1000 }); const k = r.status === 200 ? "200" : `${r.status} ${r.body?.error?.message?.slice(0, 60) ?? ""}`; st[k] = (st[k] || 0) + 1; if (r.status !== 200) await sleep(50); } }))));
  return st;
}
async function once(leases) {
  const origin = await startOrigin(ORIGIN_PORT, { defaultOut: 1000, respondDelayMs: 50 });
  const g = await startGuards({ n: N, policy: { defaults: { rpm: 100000, tpm: 100000000, tpd: 5000000, concurrency: CONC }, defaultMaxOutputTokens: 16, detection: { mode: "off" }, leases: { enabled: leases } } });
  try {
    const key = `sk-r42a-1-${leases ? "leased" : "control"}-${Date.now()}`;
    const burst = await poolFor(g, key, BURST_MS, g.bases.slice(0, 4));
    await sleep(2000);
    const after = await view(g, key);
    await sleep(PAUSE_MS);
    const later = await view(g, key);
    const again = await poolFor(g, key, 2000, g.bases.slice(4, 8));
    await sleep(1500);
    const end = await view(g, key);
    const r = { leases, burst, viewAfter2s: after, viewAfterPause: later, poolAfterPause: again, viewEnd: end };
    console.log(JSON.stringify(r));
    return r;
  } finally { await g.stop(); await origin.close(); }
}
const a = await once(true);
const c = await once(false);
const refused = (st) => Object.entries(st).filter(([k]) => k !== "200").reduce((s, [, v]) => s + v, 0);
const rep = a.viewAfterPause.concLeft < CONC && refused(a.poolAfterPause) > 0 && refused(c.poolAfterPause) === 0;
console.log(rep
  ? `REPRODUCED: leased key, ${PAUSE_MS / 1000} s after its burst ended: concurrency left ${a.viewAfterPause.concLeft} of ${CONC} (in flight ${a.viewAfterPause.inFlight}, nothing running; 2 s after the burst the object said ${a.viewAfterPause.inFlight ? a.viewAfter2s.concLeft : "?"} left), tpd left ${a.viewAfter2s.tpdLeft} -> ${a.viewAfterPause.tpdLeft} with no request in between; the same 8-worker pool, back through 4 other isolates, then got ${a.poolAfterPause["200"] || 0} answers and ${refused(a.poolAfterPause)} refusals in 2 s. Control (leases off): ${c.viewAfterPause.concLeft} of ${CONC} left, pool ${c.poolAfterPause["200"] || 0} answers, ${refused(c.poolAfterPause)} refused`
  : `not reproduced: leased conc left ${a.viewAfterPause.concLeft}, refused ${refused(a.poolAfterPause)}; control refused ${refused(c.poolAfterPause)}`);
