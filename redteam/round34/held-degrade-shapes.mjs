// HELD check: force a key to degrade with a tier of low cut-offs (as round 33 did), then see what the origin receives for many shapes
import { withStack, GUARD, keyState, keyId, admin, sleep } from "./lib.mjs";
const policy = { defaults: { rpm: 600, tpm: 10000000, tpd: 100000000, concurrency: 8 },
  tiers: { deg: { rpm: 600, tpm: 10000000, tpd: 100000000, concurrency: 8, detection: { throttleAt: 0.02, degradeAt: 0.02, challengeAt: 0.98, blockAt: 0.99, jitter: 0, minEvidence: 1 } } } };
const answer = () => ({ text: "x ".repeat(900) });
await withStack(policy, { answer, chunkMs: 0 }, async ({ origin }) => {
  const key = "sk-r34-deg";
  const H = { authorization: "Bearer " + key, "content-type": "application/json" };
  await admin("PUT", "/keys/" + (await keyId(key)) + "/overrides", { tier: "deg" });
  for (let i = 0; i < 8; i++) {
    await (await fetch(GUARD + "/v1/chat/completions", { method: "POST", headers: H, body: JSON.stringify({ model: "m", max_tokens: 4000, messages: [{ role: "user", content: `Explain step by step, in detail, why topic ${i} (thermodynamics ${i * 7}) works. Show your reasoning step by step.` }] }) })).text();
  }
  await sleep(1500);
  let st = await keyState(key); console.log("standing", st.detection.standing);
  let bad = 0;
  const shapes = {
    "responses no cap": ["/v1/responses", { model: "m", input: "Write a long essay about rivers." }],
    "responses no cap, reasoning absent": ["/v1/responses", { model: "o3", input: "Prove Fermat for n=3." }],
    "responses effort xhigh": ["/v1/responses", { model: "o3", input: "Prove it.", reasoning: { effort: "xhigh" } }],
    "responses effort high": ["/v1/responses", { model: "o3", input: "Prove it.", reasoning: { effort: "high", summary: "detailed" } }],
    "responses prompt object": ["/v1/responses", { model: "o3", prompt: { id: "pmpt_123", version: "2", variables: { q: "Prove it." } } }],
    "responses conversation": ["/v1/responses", { model: "m", input: "go on", conversation: "conv_abc" }],
    "responses max_tool_calls/tools": ["/v1/responses", { model: "m", input: "search", tools: [{ type: "web_search" }], max_output_tokens: 4000 }],
    "chat no cap": ["/v1/chat/completions", { model: "m", messages: [{ role: "user", content: "Write a long essay." }] }],
    "chat reasoning_effort xhigh": ["/v1/chat/completions", { model: "o3", reasoning_effort: "xhigh", messages: [{ role: "user", content: "Prove it." }] }],
    "chat verbosity high": ["/v1/chat/completions", { model: "gpt-5", verbosity: "high", max_completion_tokens: 9000, messages: [{ role: "user", content: "Prove it." }] }],
    "chat n=4 temp": ["/v1/chat/completions", { model: "m", n: 4, max_tokens: 3000, messages: [{ role: "user", content: "Hi" }] }],
    "chat audio modality": ["/v1/chat/completions", { model: "gpt-4o-audio", modalities: ["text", "audio"], audio: { voice: "alloy", format: "wav" }, max_tokens: 3000, messages: [{ role: "user", content: "Read a long story." }] }],
    "completions no cap": ["/v1/completions", { model: "m", prompt: "Once upon a time" }],
    "completions best_of": ["/v1/completions", { model: "m", prompt: "Once", best_of: 5, n: 1, max_tokens: 3000 }],
    "messages thinking adaptive": ["/v1/messages", { model: "claude", max_tokens: 16000, thinking: { type: "adaptive" }, messages: [{ role: "user", content: "Prove it." }] }],
    "messages effort": ["/v1/messages", { model: "claude", max_tokens: 16000, output_config: { effort: "high" }, messages: [{ role: "user", content: "Prove it." }] }],
    "messages thinking 30000": ["/v1/messages", { model: "claude", max_tokens: 40000, thinking: { type: "enabled", budget_tokens: 30000 }, messages: [{ role: "user", content: "Prove it." }] }],
  };
  for (const [name, [route, body]] of Object.entries(shapes)) {
    const n0 = origin.rec.requests.length;
    const r = await fetch(GUARD + route, { method: "POST", headers: { ...H, "anthropic-version": "2023-06-01" }, body: JSON.stringify(body) });
    const t = await r.text();
    const got = origin.rec.requests.slice(n0).find((x) => x.route === route);
    const b = got?.body ?? null;
    if (b) { delete b.messages; delete b.input; }
    if (b && r.status === 200) {
      const cap = b.max_tokens ?? b.max_completion_tokens ?? b.max_output_tokens;
      const thinkOk = !b.thinking || (b.thinking.budget_tokens ?? 0) <= 1024;
      if (!(cap <= 1536) || (b.n ?? 1) > 1 || (b.best_of ?? 1) > 1 || !thinkOk || (b.reasoning?.effort && b.reasoning.effort !== "low") || (b.reasoning_effort && b.reasoning_effort !== "low") || r.headers.get("x-guard-policy") !== "degraded") bad++;
    }
    console.log(name.padEnd(34), r.status, r.headers.get("x-guard-policy") ?? "-", b ? JSON.stringify(b).slice(0, 260) : t.slice(0, 200));
  }
  console.log(bad === 0 ? "HELD: every shape reached the origin degraded" : `BROKEN: ${bad} shapes reached the origin above degrade`);
});
