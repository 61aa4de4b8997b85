// probe: R35-2's hold ("the key's next Responses turns in that isolate wait") with the turns rotated over N isolates
import { startGuards, ORIGIN_PORT, sleep } from "./lib.mjs";
import { ctxOrigin, ask } from "../round35/ctxorigin.mjs";
const SECS = +(process.env.SECS || 12), TPD = 200000, CTX = 50000, NTURN = +(process.env.NTURN || 400), N = +(process.env.N || 4), W = +(process.env.W || 1);
const { origin, billed } = await ctxOrigin(ORIGIN_PORT, { CTX });
const policy = { defaults: { rpm: 600, tpm: 5000000, tpd: TPD, concurrency: 8 }, defaultMaxOutputTokens: 1024, detection: { mode: "off" } };
const g = await startGuards({ n: N, policy });
try {
  const mk = await ask(g.bases[0], "sk-r42-maker", { model: "m", input: "CREATE CONTEXT", max_output_tokens: 10 }, false);
  const anchor = mk.json.id;
  for (const [name, cut] of [["cut", true], ["control", false]]) {
    const key = `sk-r42-cut-${name}-${N}-${Date.now()}`;
    let served = 0, refused = 0, sent = 0; const t0 = Date.now(); const servedBy = {};
    await Promise.all(Array.from({ length: W }, async () => {
      while (sent < NTURN && Date.now() - t0 < SECS * 1000) { const k = sent++; const i = k % N; const r = await ask(g.bases[i], key, { model: "m", stream: true, max_output_tokens: 1000, previous_response_id: anchor, input: "What does clause 7 say about termination?" }, cut); if (r.status === 200) { served++; servedBy[i] = (servedBy[i] || 0) + 1; } else { refused++; await sleep(300); } if (!cut && refused >= 3) break; }
    }));
    const el = Date.now() - t0; await sleep(4000);
    const v = (await g.admin("GET", "/keys/" + (await g.keyId(key)))).body;
    console.log(JSON.stringify({ name, N, W, served, servedBy, refused, ms: el, billed: billed[key] || 0, xTpd: +((billed[key] || 0) / TPD).toFixed(2), charged: v.counters.promptTokens + v.counters.completionTokens }));
  }
} finally { await g.stop(); await origin.close(); }
