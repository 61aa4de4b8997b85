// R42a-2: one key at its concurrency limit (8) from 4 isolates, 3 workers each (demand 12), JSON answers in 20 ms,
// 6 s. With leases, the isolates that got slots first keep them across renewals; the others are refused locally
// (backoff) for the whole run. Control: leases.enabled false, the object decides every request.
import { startGuards, startOrigin, chat, ORIGIN_PORT, sleep } from "./lib.mjs";
const N = 4, W = +(process.env.W || 3), CONC = 8, SECS = 6;
async function once(leases) {
  const origin = await startOrigin(ORIGIN_PORT, { defaultOut: 8, respondDelayMs: 20 });
  const g = await startGuards({ n: N, policy: { defaults: { rpm: 1000000, tpm: 1000000000, tpd: 10000000000, concurrency: CONC }, defaultMaxOutputTokens: 16, detection: { mode: "off" }, leases: { enabled: leases } } });
  try {
    const key = `sk-r42a-2-${leases}-${Date.now()}`;
    await chat(g.bases[0], key);
    const t0 = Date.now();
    const per = await Promise.all(g.bases.map(async (b) => { const o = { ok: 0, refused: 0, longestRefusedRunMs: 0 }; let since = null;
      await Promise.all(Array.from({ length: W }, async () => { while (Date.now() - t0 < SECS * 1000) { const r = await chat(b, key); if (r.status === 200) { o.ok++; if (since !== null) { o.longestRefusedRunMs = Math.max(o.longestRefusedRunMs, r.t1 - since); since = null; } } else { o.refused++; if (since === null) since = r.t0; await sleep(20); } } }));
      if (since !== null) o.longestRefusedRunMs = Math.max(o.longestRefusedRunMs, Date.now() - since);
      return o; }));
    const maxOpen = origin.maxOpenByKey[key];
    console.log(JSON.stringify({ leases, perIsolate: per, served: per.reduce((s, o) => s + o.ok, 0), refused: per.reduce((s, o) => s + o.refused, 0), maxOpenAtOrigin: maxOpen }));
    return per;
  } finally { await g.stop(); await origin.close(); }
}
const a = await once(true), c = await once(false);
const starved = a.filter((o) => o.ok === 0 || o.longestRefusedRunMs > 3000);
const ctlOk = c.every((o) => o.longestRefusedRunMs < 1500 && o.ok > 0);
console.log(starved.length && ctlOk
  ? `REPRODUCED: leased, ${starved.length} of ${N} isolates starved (${starved.map((o) => `${o.ok} served / ${o.refused} refused, refused without a break for ${o.longestRefusedRunMs} ms`).join("; ")}); control: every isolate served (${c.map((o) => o.ok).join(", ")}), longest refused run ${Math.max(...c.map((o) => o.longestRefusedRunMs))} ms`
  : `not reproduced: leased ${a.map((o) => o.ok + "/" + o.longestRefusedRunMs + "ms").join(", ")}; control ${c.map((o) => o.ok + "/" + o.longestRefusedRunMs + "ms").join(", ")}`);
