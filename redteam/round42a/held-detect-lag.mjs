// probe: a detection verdict (challenge after minEvidence requests) reaching N isolates that hold leases
import { startGuards, startOrigin, chat, ORIGIN_PORT, sleep } from "./lib.mjs";
const N = +(process.env.N || 4), W = +(process.env.W || 6), MINEV = +(process.env.MINEV || 300), SECS = +(process.env.SECS || 8);
const origin = await startOrigin(ORIGIN_PORT, { defaultOut: 8 });
const TH = +(process.env.TH || 0.02); const det = { throttleAt: TH, degradeAt: TH, challengeAt: TH, blockAt: 0.999, minEvidence: MINEV, jitter: 0, convergeChannels: 1, convergeFloor: 0 };
const g = await startGuards({ n: N, policy: { defaults: { rpm: 1000000, tpm: 1000000000, tpd: 10000000000, concurrency: 1000 }, defaultMaxOutputTokens: 16, detection: det, leases: { maxRequests: +(process.env.MAXREQ || 256) } } });
try {
  const key = "sk-det-" + Date.now();
  const res = []; const t0 = Date.now();
  await Promise.all(g.bases.map((b, i) => Promise.all(Array.from({ length: W }, async () => { while (Date.now() - t0 < SECS * 1000) { const r = await chat(b, key, { logprobs: true, top_logprobs: 5, n: 2 }); res.push({ i, s: r.status, t0: r.t0, t1: r.t1, pol: r.headers.get("x-guard-policy") }); if (r.status !== 200) await sleep(5); } }))));
  const first = res.filter((r) => r.s !== 200 || r.pol).sort((a, b) => a.t1 - b.t1)[0];
  const Tc = first ? first.t1 : Infinity;
  const plainAfter = res.filter((r) => r.s === 200 && !r.pol && r.t0 > Tc);
  const per = plainAfter.reduce((m, r) => (m[r.i] = (m[r.i] || 0) + 1, m), {});
  const v = (await g.admin("GET", "/keys/" + (await g.keyId(key)))).body;
  const recent = v.recent.map((d) => `${d.action}${d.enforced ? "" : "(not enforced)"}`);
  const lastMs = plainAfter.length ? Math.max(...plainAfter.map((r) => r.t1)) - Tc : 0;
  console.log((lastMs <= 1000 + 250 && plainAfter.length <= N * 256 ? "held" : "NOT held") + " (bound N x 256 requests, maxMs + flushMs): " + JSON.stringify({ N, W, MINEV, total: res.length, firstActedAt: first && { status: first.s, pol: first.pol, ms: first.t1 - t0 }, plainServedSentAfterFirstAct: plainAfter.length, perIsolate: per, lastPlainMsAfter: plainAfter.length ? Math.max(...plainAfter.map((r) => r.t1)) - Tc : 0, plainServedTotal: res.filter((r) => r.s === 200 && !r.pol).length, standing: v.detection.standing, counters: v.counters }));
  console.log(recent.join(" "));
} finally { await g.stop(); await origin.close(); }
