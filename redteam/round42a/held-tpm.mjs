// probe: tokens admitted across N isolates on one hot key vs tpm (usage = USE share of the cap)
import { startGuards, startOrigin, chat, ORIGIN_PORT, sleep } from "./lib.mjs";
const N = +(process.env.N || 4), TPM = +(process.env.TPM || 50000), SECS = +(process.env.SECS || 6), W = +(process.env.W || 4), CAP = +(process.env.CAP || 1000), USE = +(process.env.USE || 0.5), LEASES = process.env.LEASES !== "0", DELAY = +(process.env.DELAY || 0);
let billed = 0; const byKey = {};
const hook = async (req, res, rec, body) => {
  if (req.method === "POST" && rec.path === "/v1/chat/completions") {
    if (DELAY) await sleep(DELAY);
    const pt = Math.ceil(body.messages.map((m) => m.content).join("").length / 4); const ct = Math.round((body.max_tokens ?? 16) * USE);
    byKey[rec.key] = (byKey[rec.key] || 0) + pt + ct;
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ id: "c", object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content: "x" }, finish_reason: "stop" }], usage: { prompt_tokens: pt, completion_tokens: ct, total_tokens: pt + ct } }));
    return true;
  }
};
const origin = await startOrigin(ORIGIN_PORT, { hook });
const g = await startGuards({ n: N, policy: { defaults: { rpm: 1000000, tpm: TPM, tpd: 1000000000, concurrency: 1000 }, defaultMaxOutputTokens: 16, detection: { mode: "off" }, leases: { enabled: LEASES } } });
try {
  const key = "sk-tpm-" + Date.now();
  const t0 = Date.now(); const st = {};
  await Promise.all(g.bases.map((b) => Promise.all(Array.from({ length: W }, async () => { while (Date.now() - t0 < SECS * 1000) { const r = await chat(b, key, { max_tokens: CAP, messages: [{ role: "user", content: "q" }] }); st[r.status] = (st[r.status] || 0) + 1; if (r.status !== 200) await sleep(20); } }))));
  const el = (Date.now() - t0) / 1000; await sleep(2000);
  const v = (await g.admin("GET", "/keys/" + (await g.keyId(key)))).body;
  const bound = TPM + TPM / 60 * el;
  console.log((byKey[key] <= bound ? "held" : "NOT held") + ": " + JSON.stringify({ N, W, LEASES, TPM, CAP, USE, secs: el, statuses: st, originBilled: byKey[key], bound: Math.round(bound), ratio: +(byKey[key] / bound).toFixed(2), charged: v.counters.promptTokens + v.counters.completionTokens, tpmRemaining: v.usage.find((u) => u.name === "tpm").remaining }));
} finally { await g.stop(); await origin.close(); }
