// R32-3: while a hot (leased) key pays a batch's rpm debt, most of its refusals come from the isolate's local backoff and say
// "Retry after 1 s" / retry-after-ms 20-300, with no RateLimit fields, when the debt frees the key only ~40 s later
// (docs/config.md: "the refusals meanwhile say how long (Retry-After, x-ratelimit-reset-*)").
// key rpm 600; 3 lanes of chat (~7 req/s, leased), then a 1,000-line batch (debt 400 => ~40 s); 6 s of traffic after it.
// Bounded: <= 400 requests, < 70 s. Ports 9720-9722.
import { startGuard, chatLines, rl, sleep } from "./lib32.mjs";
const g = await startGuard({ tag: "r3", gp: 9720, policy: { defaults: { rpm: 600, tpm: 100000000, tpd: 1000000000, concurrency: 16 }, detection: { mode: "off" } } });
const T0 = Date.now(); const t = () => (Date.now() - T0) / 1000;
try {
  const K = "sk-rt32-r3-hot"; const ev = []; let stop = false, sent = 0;
  const lane = async () => { while (!stop && sent < 400) { sent++; const s = t(); const r = await g.chat(K); ev.push({ s, ...rl(r) }); await sleep(400); } };
  const lanes = Array.from({ length: 3 }, lane);
  await sleep(4000);
  let b, n = 0; // a batch waits for a full window: retry on its Retry-After while the traffic goes on
  for (;;) { b = await g.upload(K, chatLines(1000)); n++; if (b.status === 200 || n >= 20 || t() > 50) break; console.log(`  batch attempt ${n}: ${b.status} retry-after-ms ${b.h["retry-after-ms"]} "${b.j?.error?.message}"`); await sleep(Math.max(50, +(b.h["retry-after-ms"] ?? 1000))); }
  const tb = t(); console.log(`batch of 1000 lines on rpm 600: ${b.status} after ${n} attempt(s), at ${tb.toFixed(1)} s (debt 400 requests => next request in ~40 s)`);
  if (b.status !== 200) { stop = true; await Promise.all(lanes); console.log("RESULT: batch never admitted while the key stayed hot"); process.exit(0); }
  await sleep(6000); stop = true; await Promise.all(lanes);
  const after = ev.filter((x) => x.s >= tb); const served = after.filter((x) => x.status === 200).length;
  const short = after.filter((x) => x.status === 429 && +x.ram < 1000), long = after.filter((x) => x.status === 429 && +x.ram >= 1000);
  console.log(`after the batch: ${after.length} requests, ${served} served; ${long.length} refusals say ~${long.length ? Math.round(long[0].ram / 1000) : "-"} s (from the object), ${short.length} say < 1 s (retry-after-ms ${[...new Set(short.map((x) => x.ram))].slice(0, 8).join(",")}...)`);
  if (short[0]) console.log("sample short refusal:", JSON.stringify({ status: short[0].status, ra: short[0].ra, ram: short[0].ram, ratelimit: short[0].rl ?? null, reset: short[0].rr ?? null, msg: short[0].msg }));
  if (long[0]) console.log("sample object refusal:", JSON.stringify({ status: long[0].status, ra: long[0].ra, ram: long[0].ram, ratelimit: long[0].rl, reset: long[0].rr, msg: long[0].msg }));
  console.log(short.length > long.length && served === 0 ? "RESULT: REPRODUCED (most refusals during the debt under-state the wait by ~40x)" : "RESULT: not reproduced");
} finally { g.stop(); }
