// probe: usage / evidence of lease-admitted requests carried by a report that is "stored with the object's next write";
// the object evicted before any next write.
import { startGuards, startOrigin, chat, ORIGIN_PORT, sleep } from "./lib.mjs";
const N = +(process.env.N || 1), W = +(process.env.W || 4), COUNT = +(process.env.COUNT || 120), EVICT = process.env.EVICT !== "0", WAIT = +(process.env.WAIT || 2000);
const PROMPT = "#".repeat(+(process.env.CHARS || 4000));
let billed = 0;
const hook = async (req, res, rec, body) => {
  if (req.method === "POST" && rec.path === "/v1/chat/completions" && !body.stream) {
    const pt = body.messages.map((m) => m.content).join("").length; // a tokenizer that counts 1 token per '#'
    const ct = body.max_tokens ?? 16; billed += pt + ct;
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ id: "c" + Math.random(), object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content: "word ".repeat(ct).slice(0, ct * 4) }, finish_reason: "length" }], usage: { prompt_tokens: pt, completion_tokens: ct, total_tokens: pt + ct } }));
    return true;
  }
};
const origin = await startOrigin(ORIGIN_PORT, { hook });
const g = await startGuards({ n: N, policy: { defaults: { rpm: 1000000, tpm: 1000000000, tpd: 1000000000, concurrency: 1000 }, defaultMaxOutputTokens: 16, detection: { mode: "off" } } });
try {
  const key = "sk-ev-" + Date.now();
  let sent = 0; const st = {};
  await Promise.all(g.bases.map((b) => Promise.all(Array.from({ length: W }, async () => { while (sent < COUNT) { sent++; const r = await chat(b, key, { messages: [{ role: "user", content: PROMPT }], max_tokens: 8 }); st[r.status] = (st[r.status] || 0) + 1; } }))));
  await sleep(WAIT);
  const ids = await g.mf.listDurableObjectIds("KEY_GUARD", "g0");
  if (EVICT) for (const id of ids) await g.mf.unsafeEvictDurableObject("g0", "KeyGuard", { id: String(id.toString ? id.toString() : id) });
  await sleep(300);
  const v = (await g.admin("GET", "/keys/" + (await g.keyId(key)))).body;
  const io = [];
  for (let i = 0; i < N; i++) io.push((await g.admin("GET", "/io", null, i)).body);
  console.log(JSON.stringify({ EVICT, statuses: st, originBilled: billed, counters: v.counters, tpdRemaining: v.usage.find((u) => u.name === "tpd").remaining, inFlight: v.inFlight, io }));
} finally { await g.stop(); await origin.close(); }
