// R20: how long a hot (leased) key keeps being served after an admin deny (or an override to a challenged tier, ACT=chal).
// Open loop RATE/s for DUR s; at AT s the admin call is made. Counts 200s among requests SENT after the admin call answered,
// and how late the last one was sent. Docs: at most maxRequests (256) per isolate and maxMs (1 s) after the renewal answer.
import { setTier, keyId, admin, sleep, G } from "./lib20.mjs";
const RATE = +(process.env.RATE ?? 50), DUR = +(process.env.DUR ?? 5), AT = +(process.env.AT ?? 2), ACT = process.env.ACT ?? "deny";
const KEY = `sk-rt20-deny-${Date.now().toString(36)}`; await setTier(KEY, "pro"); const id = await keyId(KEY);
let tAdmin = null; const after = { n: 0, ok: 0, last: 0, st: {} }; const before = { n: 0, ok: 0 }; const t0 = Date.now();
const one = async () => { const sent = Date.now(); const post = tAdmin !== null && sent >= tAdmin; try { const r = await fetch(`${G}/v1/chat/completions`, { method: "POST", headers: { authorization: "Bearer " + KEY, "content-type": "application/json" }, body: JSON.stringify({ model: "m@out=20", max_tokens: 20, messages: [{ role: "user", content: "hi " + sent }] }), signal: AbortSignal.timeout(20000) }); await r.text();
  if (post) { after.n++; after.st[r.status] = (after.st[r.status] ?? 0) + 1; if (r.status === 200) { after.ok++; after.last = Math.max(after.last, sent - tAdmin); } } else { before.n++; if (r.status === 200) before.ok++; } } catch (e) { (post ? after.st : before).err = 1; } };
const all = []; const n = RATE * DUR; let adminP = null;
for (let i = 0; i < n; i++) { if (adminP === null && Date.now() - t0 >= AT * 1000) adminP = (ACT === "deny" ? admin("PUT", `/lists/deny/${id}`, { note: "rt20" }) : admin("PUT", `/keys/${id}/overrides`, { tier: ACT })).then((r) => { tAdmin = Date.now(); return r; });
  all.push(one()); const due = t0 + ((i + 1) * 1000) / RATE; const w = due - Date.now(); if (w > 0) await sleep(w); }
const ar = await adminP; await Promise.all(all);
console.log(`RESULT ${ACT} at ${AT} s of ${RATE}/s x ${DUR} s: admin ${ar.status}; before: ${before.ok}/${before.n} served; sent after the admin call answered: ${after.n}, served ${after.ok}, last served request sent ${after.last} ms after it; statuses after ${JSON.stringify(after.st)}`);
