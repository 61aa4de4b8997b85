// probe: a hot key's burst ends; nothing is sent; the object goes idle. What does its stored state say later?
import { startGuards, startOrigin, chat, ORIGIN_PORT, sleep } from "./lib.mjs";
const N = +(process.env.N || 1), W = +(process.env.W || 4), COUNT = +(process.env.COUNT || 120), IDLE = +(process.env.IDLE || 75000), EVICT = process.env.EVICT === "1";
const origin = await startOrigin(ORIGIN_PORT, { defaultOut: 8, respondDelayMs: +(process.env.DELAY || 0) });
const g = await startGuards({ n: N, policy: { defaults: { rpm: 100000, tpm: 100000000, tpd: 5000000, concurrency: +(process.env.CONC || 8) }, defaultMaxOutputTokens: 16, detection: { mode: process.env.DET || "off" } } });
const view = async (key) => { const v = (await g.admin("GET", "/keys/" + (await g.keyId(key)))).body; return { det: v.detection, recentN: v.recent.length, inFlight: v.inFlight, conc: v.usage.find((u) => u.name === "concurrency").remaining, tpd: v.usage.find((u) => u.name === "tpd").remaining, rpm: v.usage.find((u) => u.name === "rpm").remaining, counters: v.counters }; };
try {
  const key = "sk-idle-" + Date.now();
  let sent = 0; const st = {};
  await Promise.all(g.bases.map((b) => Promise.all(Array.from({ length: W }, async () => { while (sent < COUNT) { sent++; const r = await chat(b, key, { max_tokens: 1000 }); st[r.status] = (st[r.status] || 0) + 1; } }))));
  const tEnd = Date.now();
  await sleep(3000);
  const a = await view(key);
  console.log("3 s after the burst:", JSON.stringify({ statuses: st, ...a }));
  if (EVICT) { for (const id of await g.mf.listDurableObjectIds("KEY_GUARD", "g0")) await g.mf.unsafeEvictDurableObject("g0", "KeyGuard", { id: String(id) }); }
  else await sleep(IDLE);
  const b = await view(key);
  console.log(`${Math.round((Date.now() - tEnd) / 1000)} s after (${EVICT ? "evicted" : "idle"}):`, JSON.stringify(b));
  const io = (await g.admin("GET", "/io", null, 0)).body; console.log(JSON.stringify(io));
} finally { await g.stop(); await origin.close(); }
