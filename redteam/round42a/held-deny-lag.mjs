// probe: served after a deny-list entry, several isolates hot on one key
import { startGuards, startOrigin, chat, ORIGIN_PORT, sleep } from "./lib.mjs";
const N = +(process.env.N || 4), SECS = +(process.env.SECS || 5), W = +(process.env.W || 6), AT = +(process.env.AT || 2500), DELAY = +(process.env.DELAY || 0);
const ACTION = process.env.ACTION || "deny";
const origin = await startOrigin(ORIGIN_PORT, { defaultOut: 8, respondDelayMs: DELAY });
const g = await startGuards({ n: N, policy: { defaults: { rpm: 1000000, tpm: 1000000000, tpd: 10000000000, concurrency: 1000 }, defaultMaxOutputTokens: 16, detection: { mode: "off" } } });
try {
  const key = "sk-deny-" + Date.now();
  await chat(g.bases[0], key);
  const id = await g.keyId(key);
  const from = origin.log.length; const t0 = Date.now(); let tDeny0 = 0, tDeny1 = 0;
  const res = [];
  const drive = Promise.all(g.bases.map((b, i) => Promise.all(Array.from({ length: W }, async () => { while (Date.now() - t0 < SECS * 1000) { const r = await chat(b, key); res.push({ i, s: r.status, t0: r.t0, t1: r.t1 }); if (r.status !== 200) await sleep(5); } }))));
  await sleep(AT);
  tDeny0 = Date.now();
  const d = ACTION === "deny" ? await g.admin("PUT", "/lists/deny/" + id, { note: "rt42a" }) : await g.admin("PUT", "/keys/" + id + "/overrides", { rpm: 0 });
  tDeny1 = Date.now();
  await drive;
  const after = origin.log.slice(from).filter((r) => r.key === key && r.t > tDeny1);
  const perIso = res.filter((r) => r.s === 200 && r.t0 > tDeny1).reduce((m, r) => (m[r.i] = (m[r.i] || 0) + 1, m), {});
  const lastMs = after.length ? Math.max(...after.map((r) => r.t)) - tDeny1 : 0;
  const before = origin.log.slice(from).filter((r) => r.key === key && r.t < tDeny0).length;
  console.log((lastMs <= 1000 && after.length <= N * 256 ? "held" : "NOT held") + " (bound N x 256 requests, 1 s): " + JSON.stringify({ N, W, action: ACTION, adminStatus: d.status, adminMs: tDeny1 - tDeny0, servedBefore: before, ratePerSec: Math.round(before / (AT / 1000)), servedAfterDeny: after.length, sentAfterAndServed: perIso, lastServedMsAfterDeny: lastMs, statusesAfter: res.filter((r) => r.t0 > tDeny1).reduce((m, r) => (m[r.s] = (m[r.s] || 0) + 1, m), {}) }));
} finally { await g.stop(); await origin.close(); }
