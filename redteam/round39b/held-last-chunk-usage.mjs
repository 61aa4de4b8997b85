// an OpenAI-compatible origin that puts usage on the last chunk beside finish_reason (Mistral, some vLLM/TGI builds)
import OpenAI from "openai";
import { startGuard, startOrigin39, sleep, settled, ORIGIN, POLICY } from "./lib.mjs";
const o = await startOrigin39(ORIGIN, { lastChunkUsage: true });
const g = await startGuard({ policy: POLICY, tag: "held" });
try {
  for (const incl of [undefined, true]) for (const via of ["guard", "direct"]) {
    const key = `sk-p8-${incl}-${via}`; const oa = new OpenAI({ apiKey: key, baseURL: via === "guard" ? g.base + "/v1" : `http://127.0.0.1:${ORIGIN}/v1`, maxRetries: 0 });
    const st = oa.chat.completions.stream({ model: "mistral-large", messages: [{ role: "user", content: "Hi" }], max_tokens: 100, ...(incl ? { stream_options: { include_usage: true } } : {}) });
    let fin; try { fin = await st.finalChatCompletion(); } catch (e) { fin = { err: String(e).slice(0, 150) }; }
    const s = via === "guard" ? await settled(g, key) : null;
    console.log(`include_usage ${incl} ${via}: finish_reason ${fin.choices?.[0]?.finish_reason} usage ${JSON.stringify(fin.usage)} ${fin.err || ""} ${s ? "charged " + s.charged + " billed " + o.billed[key] : ""}`);
  }
} finally { g.kill(); await o.close(); }
