// R41-4: a degraded (or pass-served) answer tells the client only in a header the SDKs do not surface
// (x-guard-policy: degraded). The body is a normal success: n=3 returns 1 choice, logprobs requested come back
// null, max_tokens 2000 is sent as 512, and the SDK object carries no sign of it. The same on a challenge pass
// solved by guardFetch().
import OpenAI from "openai"; import Anthropic from "@anthropic-ai/sdk";
import { startGuard, startOrigin, ORIGIN, BASE, setTier } from "./lib.mjs";
const { guardFetch } = await import("llm-edge-guard/client");
const origin = await startOrigin(ORIGIN, { answerWords: 2000 }); const g = await startGuard({ tag: "r4" });
let silent = 0;
try {
  for (const tier of ["deg", "chal"]) {
    const k = "sk-rt41-r4-" + tier; await setTier(g, k, tier);
    const o = new OpenAI({ apiKey: k, baseURL: BASE + "/v1", fetch: guardFetch() }); const n0 = origin.log.length;
    const ask = () => o.chat.completions.create({ model: "gpt-4o-mini", n: 3, logprobs: true, top_logprobs: 5, max_tokens: 2000, messages: [{ role: "user", content: "Write three alternative product descriptions" }] });
    let data, tries = 0; for (;;) { tries++; try { data = await ask(); break; } catch (e) { if (tries >= 8) throw e; } }
    if (tries > 1) console.log(`  (challenged key: ${tries - 1} PermissionDeniedError challenge_required before a pass served it: R41-1b)`);
    const { response } = await o.chat.completions.create({ model: "gpt-4o-mini", max_tokens: 5, messages: [{ role: "user", content: "ping" }] }).withResponse();
    const sent = origin.log.slice(n0).find((x) => x.path === "/v1/chat/completions")?.body;
    const tells = /degrad|guard/i.test(JSON.stringify(data));
    if (data.choices.length === 1 && !tells) silent++;
    console.log(`${tier === "deg" ? "degraded key" : "challenged key on a guardFetch() pass"}: asked n=3, logprobs+top_logprobs 5, max_tokens 2000 -> ${data.choices.length} choice(s), choices[0].logprobs=${JSON.stringify(data.choices[0].logprobs)}, finish_reason=${data.choices[0].finish_reason}, completion_tokens=${data.usage.completion_tokens}; origin was sent n=${sent?.n} logprobs=${sent?.logprobs} max_tokens=${sent?.max_tokens}; SDK object mentions it: ${tells}; header x-guard-policy=${response.headers.get("x-guard-policy")}`);
    try { const c = data.choices[2].message.content; } catch (e) { console.log(`  app code reading choices[2]: ${e.constructor.name}: ${e.message}`); }
  }
  const k = "sk-rt41-r4-anth"; await setTier(g, k, "deg"); const a = new Anthropic({ apiKey: k, baseURL: BASE });
  const m = await a.messages.create({ model: "claude-x", max_tokens: 4000, messages: [{ role: "user", content: "Write a long report" }] });
  console.log(`anthropic, degraded key: max_tokens 4000 -> stop_reason=${m.stop_reason}, output_tokens=${m.usage.output_tokens}; message mentions it: ${/degrad|guard/i.test(JSON.stringify(m))}`);
} finally { g.kill(); await origin.close(); }
console.log(silent ? `REPRODUCED: ${silent} of 2 answers changed (n 3 -> 1, logprobs dropped, max_tokens 2000 -> 512) with nothing in the SDK's result saying so` : "not reproduced");
