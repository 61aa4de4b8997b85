// R21 rpm over-admission: key rpm RPM (concurrency CONC), open loop RATE req/s for DUR s with BURST extra every BEVERY ms,
// a share FAIL answered 500 by the origin, a share ABORT of streams the client aborts. The ORIGIN counts the key's
// requests; an exact limiter admits at most RPM + RPM*elapsed/60 (the bucket starts full).
import { setTier, sleep, G, ADM } from "./lib20.mjs";
const E = process.env; const RPM = +(E.RPM ?? 60), CONC = +(E.CONC ?? 1000), RATE = +(E.RATE ?? 20), DUR = +(E.DUR ?? 15), BURST = +(E.BURST ?? 0), BEVERY = +(E.BEVERY ?? 2000), FAIL = +(E.FAIL ?? 0), ABORT = +(E.ABORT ?? 0), OP = E.OP ?? 19702;
const KEY = `sk-rt21-rpm-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`; await setTier(KEY, E.TIER ?? "nodet", { rpm: RPM, concurrency: CONC });
const io = async () => (await fetch(`${G}/admin/io`, { headers: { authorization: "Bearer " + ADM() } })).json(); const io0 = await io();
const st = {}; let sent = 0; const ps = []; const t0 = Date.now();
const one = () => { sent++; const x = Math.random(); const kind = x < FAIL ? "fail" : x < FAIL + ABORT ? "abort" : "json"; const ac = new AbortController();
  ps.push(fetch(`${G}/v1/chat/completions`, { method: "POST", headers: { authorization: "Bearer " + KEY, "content-type": "application/json" }, body: JSON.stringify({ model: kind === "fail" ? "m@fail=500,out=5" : "m@out=5", stream: kind === "abort", max_tokens: 5, messages: [{ role: "user", content: "hi" }] }), signal: ac.signal })
    .then(async (r) => { st[r.status] = (st[r.status] ?? 0) + 1; if (kind === "abort" && r.status === 200) { await sleep(30); ac.abort(); } await r.text().catch(() => {}); }, () => { st.err = (st.err ?? 0) + 1; })); };
let nb = t0 + BEVERY; while (Date.now() - t0 < DUR * 1000) { one(); if (BURST && Date.now() >= nb) { for (let i = 0; i < BURST; i++) one(); nb += BEVERY; } await sleep(1000 / RATE); }
const el = (Date.now() - t0) / 1000; await Promise.all(ps); await sleep(500);
const ivs = await (await fetch(`http://127.0.0.1:${OP}/ivs?k=${KEY.slice(-12)}`)).json(); const io1 = await io();
console.log(`RESULT rpm ${RPM}, ${RATE}/s + ${BURST} every ${BEVERY} ms, fail ${FAIL} abort ${ABORT}, ${el.toFixed(1)} s: sent ${sent} ${JSON.stringify(st)}; ORIGIN received ${ivs.length}; exact bound ${Math.floor(RPM + RPM * el / 60)}; doCalls/req ${((io1.doCalls - io0.doCalls) / sent).toFixed(3)} leasedAdmits ${io1.leasedAdmits - io0.leasedAdmits}`);
