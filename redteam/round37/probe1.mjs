// probe 1: usage suppression on chat streams, and odd bodies that might make the key's object throw (fail-open)
import { startOrigin, startGuard, call, sleep } from "./lib.mjs";
import fs from "node:fs";
const origin = await startOrigin(9803, { defaultOut: 200 });
const det = { throttleAt: 0.02, degradeAt: 0.02, challengeAt: 0.03, blockAt: 0.99, convergeChannels: 1, minEvidence: 1, jitter: 0 };
const policy = { defaults: { rpm: 600, tpm: 5000000, tpd: 50000000, concurrency: 8 }, tiers: { chal: { detection: det } }, defaultMaxOutputTokens: 1024 };
const g = await startGuard({ port: 9801, inspectorPort: 9809, upstream: "http://127.0.0.1:9803", policy, tag: "p1" });
try {
  const K = "sk-r37-p1";
  for (const so of [undefined, { include_usage: false }, { include_usage: null }, {}, null]) {
    const n0 = origin.log.length;
    const b = { model: "m", stream: true, max_tokens: 50, messages: [{ role: "user", content: "hi" }] };
    if (so !== undefined) b.stream_options = so;
    const r = await call(g.base, K, "POST", "/v1/chat/completions", b);
    const rec = origin.log[n0];
    console.log("stream_options", JSON.stringify(so), "->", r.status, r.body?.error?.code ?? "", "origin got stream_options:", rec ? JSON.stringify(rec.body.stream_options) : "(nothing)", "client saw usage:", r.text.includes('"usage"'));
  }
} finally { g.kill(); await origin.close(); }
