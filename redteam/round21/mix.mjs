// R21: a pool (POOL workers, default C) on a key of concurrency C plus optional mixtures; the ORIGIN measures how many
// requests of this key it has open at once (maxByKey). Mix weights: ABORT (a stream the client aborts after ABMS ms),
// FAIL (origin answers FAILCODE after DL ms), STREAM (full stream), else JSON delayed DL ms at the origin.
// BURST: every BEVERY ms, BURST extra requests at once. DUR s bounded. Prints client statuses, reasons, origin max, /admin/io delta.
import { setTier, info, sleep, G, ADM } from "./lib20.mjs"; import { overlap } from "./over.mjs";
const E = process.env; const C = +(E.C ?? 4), POOL = +(E.POOL ?? C), DUR = +(E.DUR ?? 15), DL = +(E.DL ?? 200);
const ABORT = +(E.ABORT ?? 0), FAIL = +(E.FAIL ?? 0), STREAM = +(E.STREAM ?? 0), ABMS = +(E.ABMS ?? 300), FAILCODE = E.FAILCODE ?? "500";
const BURST = +(E.BURST ?? 0), BEVERY = +(E.BEVERY ?? 1000), OP = E.OP ?? 19702, RPM = E.RPM ? +E.RPM : undefined;
const KEY = `sk-rt21-mix-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
await setTier(KEY, E.TIER ?? "nodet", { concurrency: C, ...(RPM ? { rpm: RPM } : {}) });
const io = async () => (await fetch(`${G}/admin/io`, { headers: { authorization: "Bearer " + ADM() } })).json();
const io0 = await io(); await fetch(`http://127.0.0.1:${OP}/stats/reset`);
const st = {}, reasons = {}, kinds = {}; let sent = 0; const t0 = Date.now(); const end = t0 + DUR * 1000;
const one = async () => {
  const x = Math.random(); const kind = x < ABORT ? "abort" : x < ABORT + FAIL ? "fail" : x < ABORT + FAIL + STREAM ? "stream" : "json";
  const stream = kind === "abort" || kind === "stream"; const model = kind === "fail" ? `m@fail=${FAILCODE},dl=${DL},out=5` : stream ? "m@out=20" : `m@dl=${DL},out=5`;
  const ac = new AbortController(); const to = setTimeout(() => ac.abort(), 30000); sent++;
  try {
    const r = await fetch(`${G}/v1/chat/completions`, { method: "POST", headers: { authorization: "Bearer " + KEY, "content-type": "application/json" }, body: JSON.stringify({ model, stream, max_tokens: 20, messages: [{ role: "user", content: "hi" }] }), signal: ac.signal });
    const k = kind + ":" + r.status; st[k] = (st[k] ?? 0) + 1;
    if (r.status === 429) { const t = await r.text(); const m = (JSON.parse(t).error?.message ?? "").replace(/\d+(\.\d+)?/g, "#").slice(0, 60); reasons[m] = (reasons[m] ?? 0) + 1; }
    else if (kind === "abort") { await sleep(ABMS); ac.abort(); try { await r.text(); } catch {} }
    else await r.text();
  } catch (e) { if (kind !== "abort") st.err = (st.err ?? 0) + 1; } finally { clearTimeout(to); }
};
const GAP = +(E.GAP ?? 0), GAPJ = +(E.GAPJ ?? 0); const worker = async () => { while (Date.now() < end) { await one(); if (GAP) await sleep(GAP + Math.random() * GAPJ); } };
const bursts = (async () => { if (!BURST) return; const ps = []; while (Date.now() < end) { await sleep(BEVERY); for (let i = 0; i < BURST; i++) ps.push(one()); } await Promise.all(ps); })();
await Promise.all([...Array.from({ length: POOL }, worker), bursts]); await sleep(1200);
const o = await (await fetch(`http://127.0.0.1:${OP}/stats`)).json(); const io1 = await io(); const inf = await info(KEY);
const d = Object.fromEntries(Object.keys(io1).map((k) => [k, io1[k] - io0[k]]));
const okN = Object.entries(st).filter(([k]) => k.endsWith(":200")).reduce((a, [, v]) => a + v, 0);
console.log(`RESULT C=${C} pool=${POOL} burst=${BURST}/${BEVERY}ms mix abort=${ABORT} fail=${FAIL} stream=${STREAM} dl=${DL} ${DUR}s: sent ${sent} ${JSON.stringify(st)} refusals ${JSON.stringify(reasons)}`);
console.log(`  ORIGIN max in flight for key ${o.maxByKey[KEY.slice(-12)] ?? 0} (limit ${C}); origin posts ${o.posts}; io/req(sent) doCalls ${(d.doCalls / sent).toFixed(3)} objectCalls ${(d.objectCalls / sent).toFixed(3)} rows ${(d.rowsWritten / sent).toFixed(3)} timers ${(d.timers / sent).toFixed(3)}; io delta ${JSON.stringify(d)}; guard inFlight at end ${inf.inFlight}`);
const ov = await overlap(OP, KEY, C); console.log(`  ORIGIN intervals: ${ov.n}, max open ${ov.max}, time above ${C}: ${ov.overMs} ms in ${ov.nOver} episodes ${JSON.stringify(ov.episodes)}`);
