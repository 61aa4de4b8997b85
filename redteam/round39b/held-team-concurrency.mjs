// a small team on one key: more streams at once than `concurrency`; and a burst over rpm; SDK default retries
import OpenAI from "openai";
import { startGuard, startOrigin39, sleep, settled, ORIGIN } from "./lib.mjs";
const o = await startOrigin39(ORIGIN, { chunkDelayMs: 60, answerWords: 900 }); // ~6 s streams
const policy = { defaults: { rpm: 60, tpm: 200000, tpd: 5000000, concurrency: 8 }, tiers: { free: { rpm: 20, tpm: 40000, tpd: 500000, concurrency: 2 } }, defaultMaxOutputTokens: 1024 };
const g = await startGuard({ policy, tag: "held" });
try {
  { const key = "sk-p9-team"; await g.admin("PUT", `/keys/${await g.keyId(key)}/overrides`, { tier: "free" });
    const oa = new OpenAI({ apiKey: key, baseURL: g.base + "/v1" }); // default maxRetries 2
    const t0 = Date.now();
    const one = async (u) => { try { const { data: st, response } = await oa.chat.completions.create({ model: "gpt-4o-mini", stream: true, max_tokens: 1500, messages: [{ role: "user", content: "user " + u + " asks for a long answer" }] }).withResponse(); for await (const c of st); return `u${u} ok @${Date.now() - t0}ms`; } catch (e) { return `u${u} ${e.constructor.name} ${e.status} retry-after=${e.headers?.get?.("retry-after")} ms=${e.headers?.get?.("retry-after-ms")} @${Date.now() - t0}ms "${(e.message || "").slice(0, 90)}"`; } };
    console.log("3 users, concurrency 2:", await Promise.all([1, 2, 3].map(one)));
  }
  { const key = "sk-p9-burst"; await g.admin("PUT", `/keys/${await g.keyId(key)}/overrides`, { tier: "free" });
    o.O.chunkDelayMs = 0; o.O.answerWords = 60;
    const oa = new OpenAI({ apiKey: key, baseURL: g.base + "/v1" });
    const t0 = Date.now(); const res = []; let ok = 0, fail = 0; const ra = {};
    // a RAG indexer: 24 embeddings calls, 2 at a time (within concurrency 2)
    const q = Array.from({ length: 24 }, (_, i) => i);
    await Promise.all([0, 1].map(async () => { while (q.length) { const i = q.shift(); try { await oa.embeddings.create({ model: "text-embedding-3-small", input: "chunk " + i }); ok++; } catch (e) { fail++; ra[e.headers?.get?.("retry-after")] = (ra[e.headers?.get?.("retry-after")] || 0) + 1; } } }));
    console.log(`24 embedding calls 2 at a time on rpm 20: ${ok} ok, ${fail} failed after SDK retries, in ${Date.now() - t0} ms; retry-after of failures`, ra);
  }
} finally { g.kill(); await o.close(); }
