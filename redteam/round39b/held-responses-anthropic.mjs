import OpenAI from "openai"; import Anthropic from "@anthropic-ai/sdk";
import { startGuard, startOrigin39, sleep, settled, ORIGIN, POLICY } from "./lib.mjs";
const o = await startOrigin39(ORIGIN);
const g = await startGuard({ policy: POLICY, tag: "held" });
const strip = (x) => JSON.stringify(x, (k, v) => (["id", "created", "created_at", "_request_id", "call_id", "item_id", "sequence_number", "previous_response_id", "tool_use_id"].includes(k) || /^(call|toolu|msg|resp|fc|rs|chatcmpl)_/.test(String(v)) ? undefined : v));
let n = 0;
async function cmp(name, fn) {
  const key = `sk-p3-${++n}-${name.replace(/[^A-Za-z0-9]/g, "_")}`; const dkey = key + "-direct";
  let a, b, ea, eb;
  try { a = await fn({ oa: new OpenAI({ apiKey: key, baseURL: g.base + "/v1", maxRetries: 0 }), an: new Anthropic({ apiKey: key, baseURL: g.base, maxRetries: 0 }) }); } catch (e) { ea = `${e.constructor.name} ${e.status} ${e.message}`.slice(0, 300); }
  try { b = await fn({ oa: new OpenAI({ apiKey: dkey, baseURL: `http://127.0.0.1:${ORIGIN}/v1`, maxRetries: 0 }), an: new Anthropic({ apiKey: dkey, baseURL: `http://127.0.0.1:${ORIGIN}`, maxRetries: 0 }) }); } catch (e) { eb = `${e.constructor.name} ${e.status} ${e.message}`.slice(0, 300); }
  const s = await settled(g, key);
  const same = ea || eb ? ea === eb : strip(a) === strip(b);
  const bill = o.billed[key] || 0;
  const ok = same && s.charged === bill;
  console.log(`${ok ? "ok  " : "DIFF"} ${name.padEnd(34)} charged ${s.charged} billed ${bill} inFlight ${s.inFlight} ${s.view.detection.standing}${same ? "" : `\n   guard:  ${ea || strip(a).slice(0, 500)}\n   direct: ${eb || strip(b).slice(0, 500)}`}`);
}
const fnTool = { type: "function", name: "get_weather", description: "weather", parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"], additionalProperties: false }, strict: true };
const evs = async (st) => { const t = []; for await (const e of st) t.push(e.type + (e.delta ? ":" + e.delta : "")); return t.join("|"); };
const antTools = [{ name: "get_weather", description: "weather", input_schema: { type: "object", properties: { city: { type: "string" } }, required: ["city"] } }];
const bigSys = "You are the support assistant of ACME. Policy: " + "Always be polite and cite the handbook section. ".repeat(2500);
try {
  await cmp("resp plain", ({ oa }) => oa.responses.create({ model: "gpt-5", input: "Hello, what is 2+2? 🙂" }));
  await cmp("resp instructions+effort+summary", ({ oa }) => oa.responses.create({ model: "o4-mini", instructions: "Be brief", input: "Explain gravity", reasoning: { effort: "medium", summary: "auto" }, include: ["reasoning.encrypted_content"], store: false }));
  await cmp("resp stream events", async ({ oa }) => evs(await oa.responses.create({ model: "gpt-5", input: "Hi", stream: true })));
  await cmp("resp stream helper final", async ({ oa }) => { const st = oa.responses.stream({ model: "gpt-5", input: "Hi" }); return await st.finalResponse(); });
  await cmp("resp function call + output", async ({ oa }) => { const r1 = await oa.responses.create({ model: "gpt-5", input: "weather in Paris?", tools: [fnTool] }); const fc = r1.output.find((x) => x.type === "function_call"); return oa.responses.create({ model: "gpt-5", previous_response_id: r1.id, tools: [fnTool], input: [{ type: "function_call_output", call_id: fc.call_id, output: '{"temp":21}' }] }); });
  await cmp("resp previous_response_id chain x4", async ({ oa }) => { let r = await oa.responses.create({ model: "gpt-5", input: "Let's talk about cats." }); for (let i = 0; i < 3; i++) r = await oa.responses.create({ model: "gpt-5", previous_response_id: r.id, input: "Tell me more, turn " + i }); return r; });
  await cmp("resp json_schema text.format", ({ oa }) => oa.responses.create({ model: "gpt-5", input: "weather", text: { format: { type: "json_schema", name: "w", strict: true, schema: { type: "object", properties: { city: { type: "string" } }, required: ["city"], additionalProperties: false } } } }));
  await cmp("resp parse", ({ oa }) => oa.responses.parse({ model: "gpt-5", input: "weather", text: { format: { type: "json_schema", name: "w", strict: true, schema: { type: "object", properties: { city: { type: "string" } }, required: ["city"], additionalProperties: false } } } }));
  await cmp("resp image input", ({ oa }) => oa.responses.create({ model: "gpt-5", input: [{ role: "user", content: [{ type: "input_text", text: "describe" }, { type: "input_image", image_url: "data:image/png;base64," + Buffer.alloc(100000, 3).toString("base64") }] }] }));
  await cmp("resp web_search tool", ({ oa }) => oa.responses.create({ model: "gpt-5", input: "news today", tools: [{ type: "web_search" }], include: ["web_search_call.action.sources"] }));
  await cmp("resp background + retrieve", async ({ oa }) => { const r = await oa.responses.create({ model: "gpt-5", input: "long job", background: true }); await sleep(300); return oa.responses.retrieve(r.id); });
  await cmp("resp store false max_output null", ({ oa }) => oa.responses.create({ model: "gpt-5", input: "Hi", store: false, max_output_tokens: null, metadata: { a: "b" }, service_tier: "priority", truncation: "auto", prompt_cache_key: "x", safety_identifier: "y" }));
  await cmp("resp conversation param", ({ oa }) => oa.responses.create({ model: "gpt-5", input: "Hi", conversation: "conv_123" }));
  await cmp("conversations.create", ({ oa }) => oa.conversations.create({ items: [{ type: "message", role: "user", content: "hi" }] }));
  await cmp("resp input_tokens count", ({ oa }) => oa.responses.inputTokens.count({ model: "gpt-5", input: "Hi" }));
  await cmp("ant plain", ({ an }) => an.messages.create({ model: "claude-sonnet-4-5", max_tokens: 256, messages: [{ role: "user", content: "Hi 👋 こんにちは" }] }));
  await cmp("ant stream finalMessage", async ({ an }) => an.messages.stream({ model: "claude-sonnet-4-5", max_tokens: 256, messages: [{ role: "user", content: "Hi" }] }).finalMessage());
  await cmp("ant tools parallel", ({ an }) => an.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, tools: [...antTools, { ...antTools[0], name: "get_time" }], messages: [{ role: "user", content: "weather and time in Paris" }] }));
  await cmp("ant tool loop stream", async ({ an }) => { const m1 = await an.messages.stream({ model: "claude-sonnet-4-5", max_tokens: 1024, tools: antTools, messages: [{ role: "user", content: "weather?" }] }).finalMessage(); const tu = m1.content.filter((c) => c.type === "tool_use"); return an.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, tools: antTools, messages: [{ role: "user", content: "weather?" }, { role: "assistant", content: m1.content }, { role: "user", content: tu.map((t) => ({ type: "tool_result", tool_use_id: t.id, content: "21C" })) }] }); });
  await cmp("ant thinking 16k", ({ an }) => an.messages.create({ model: "claude-sonnet-4-5", max_tokens: 20000, thinking: { type: "enabled", budget_tokens: 16000 }, messages: [{ role: "user", content: "Prove sqrt2 irrational" }] }));
  await cmp("ant thinking stream", async ({ an }) => an.messages.stream({ model: "claude-sonnet-4-5", max_tokens: 8000, thinking: { type: "enabled", budget_tokens: 4000 }, messages: [{ role: "user", content: "Plan a trip" }] }).finalMessage());
  await cmp("ant thinking interleaved budget>max", ({ an }) => an.beta.messages.create({ model: "claude-sonnet-4-5", max_tokens: 4000, betas: ["interleaved-thinking-2025-05-14"], thinking: { type: "enabled", budget_tokens: 12000 }, tools: antTools, messages: [{ role: "user", content: "weather?" }] }));
  await cmp("ant thinking disabled", ({ an }) => an.messages.create({ model: "claude-sonnet-4-5", max_tokens: 300, thinking: { type: "disabled" }, messages: [{ role: "user", content: "Hi" }] }));
  await cmp("ant cache_control big system x3", async ({ an }) => { let m; for (let i = 0; i < 3; i++) m = await an.messages.create({ model: "claude-sonnet-4-5", max_tokens: 300, system: [{ type: "text", text: bigSys, cache_control: { type: "ephemeral", ttl: "1h" } }], messages: [{ role: "user", content: "question " + i }] }); return m; });
  await cmp("ant image base64 + pdf", ({ an }) => an.messages.create({ model: "claude-sonnet-4-5", max_tokens: 300, messages: [{ role: "user", content: [{ type: "image", source: { type: "base64", media_type: "image/png", data: Buffer.alloc(60000, 5).toString("base64") } }, { type: "document", source: { type: "base64", media_type: "application/pdf", data: Buffer.alloc(60000, 6).toString("base64") } }, { type: "text", text: "summarise" }] }] }));
  await cmp("ant count_tokens", ({ an }) => an.messages.countTokens({ model: "claude-sonnet-4-5", messages: [{ role: "user", content: "Hi" }] }));
  await cmp("ant beta header 1m context", ({ an }) => an.beta.messages.create({ model: "claude-sonnet-4-5", max_tokens: 300, betas: ["context-1m-2025-08-07"], messages: [{ role: "user", content: "Hi" }] }));
  await cmp("ant max_tokens 64000 + 128k beta", ({ an }) => an.beta.messages.create({ model: "claude-3-7-sonnet", max_tokens: 128000, betas: ["output-128k-2025-02-19"], messages: [{ role: "user", content: "Hi" }] }));
  await cmp("ant metadata stop_sequences tool_choice", ({ an }) => an.messages.create({ model: "claude-sonnet-4-5", max_tokens: 300, metadata: { user_id: "u-1" }, stop_sequences: ["END"], temperature: 0.2, top_k: 40, tool_choice: { type: "auto", disable_parallel_tool_use: true }, tools: antTools, service_tier: "auto", messages: [{ role: "user", content: "Hi" }] }));
} finally { g.kill(); await o.close(); }
