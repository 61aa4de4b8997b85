// the guard's estimate (reservation - cap, fresh key) against o200k's bill (chat template) for each text class
import { startGuard, startOrigin42b, ORIGIN, POLICY, estimateOf, chatPromptTokens } from "./lib.mjs";
import { texts } from "./texts.mjs";
const o = await startOrigin42b(ORIGIN);
const g = await startGuard({ policy: POLICY() });
try {
  for (const [name, t] of Object.entries(texts(+(process.env.N || 12000)))) {
    const body = { model: "gpt-4.1|words=1", max_tokens: 1, messages: [{ role: "user", content: t }] };
    const e = await estimateOf(g, body); const est = e.reserved - 1; const billed = chatPromptTokens(body);
    console.log(name.padEnd(46), "chars", String([...t].length).padStart(6), "est", String(est).padStart(6), "billed", String(billed).padStart(6), "billed/est", (billed / est).toFixed(2), e.status !== 200 ? "status " + e.status : "");
  }
} finally { await g.stop(); await o.close(); }
