// SDK features through the guard vs directly at the origin: same answer? charged what the origin billed?
import OpenAI from "openai"; import Anthropic from "@anthropic-ai/sdk";
import { startGuard, startOrigin39, sleep, settled, ORIGIN, POLICY } from "./lib.mjs";
const o = await startOrigin39(ORIGIN);
const g = await startGuard({ policy: POLICY, tag: "held" });
const strip = (x) => JSON.stringify(x, (k, v) => (["id", "created", "created_at", "_request_id", "call_id", "item_id", "sequence_number"].includes(k) || /^(call|toolu|msg|resp|fc|rs|chatcmpl)_/.test(String(v)) ? undefined : v));
let n = 0;
async function cmp(name, fn) {
  const key = `sk-p2-${++n}-${name.replace(/[^A-Za-z0-9]/g, "_")}`; const dkey = key + "-direct";
  let a, b, ea, eb;
  try { a = await fn({ oa: new OpenAI({ apiKey: key, baseURL: g.base + "/v1", maxRetries: 0 }), an: new Anthropic({ apiKey: key, baseURL: g.base, maxRetries: 0 }) }); } catch (e) { ea = `${e.constructor.name} ${e.status} ${e.message}`.slice(0, 300); }
  try { b = await fn({ oa: new OpenAI({ apiKey: dkey, baseURL: `http://127.0.0.1:${ORIGIN}/v1`, maxRetries: 0 }), an: new Anthropic({ apiKey: dkey, baseURL: `http://127.0.0.1:${ORIGIN}`, maxRetries: 0 }) }); } catch (e) { eb = `${e.constructor.name} ${e.status} ${e.message}`.slice(0, 300); }
  const s = await settled(g, key);
  const same = ea || eb ? ea === eb : strip(a) === strip(b);
  const bill = o.billed[key] || 0;
  const ok = same && s.charged === bill;
  console.log(`${ok ? "ok  " : "DIFF"} ${name.padEnd(34)} charged ${s.charged} billed ${bill} inFlight ${s.inFlight}${same ? "" : `\n   guard:  ${ea || strip(a).slice(0, 400)}\n   direct: ${eb || strip(b).slice(0, 400)}`}`);
}
const msgs = [{ role: "user", content: "What is the weather in Paris and Tokyo? 東京の天気は？ 🌦️" }];
const tools = [{ type: "function", function: { name: "get_weather", description: "weather", parameters: { type: "object", properties: { city: { type: "string" }, unit: { type: "string" } }, required: ["city"] } } }];
const streamText = async (st) => { let t = ""; let last; for await (const c of st) { last = c; t += JSON.stringify(c.choices?.map((x) => [x.delta, x.finish_reason])) + (c.usage ? "U" + JSON.stringify(c.usage) : ""); } return t; };
try {
  await cmp("chat plain", ({ oa }) => oa.chat.completions.create({ model: "gpt-4o-mini", messages: msgs }));
  await cmp("chat max_tokens null", ({ oa }) => oa.chat.completions.create({ model: "gpt-4o-mini", messages: msgs, max_tokens: null, n: null, temperature: null, stream: null, logprobs: null, top_logprobs: null, stream_options: null, reasoning_effort: null, store: null }));
  await cmp("chat n=3", ({ oa }) => oa.chat.completions.create({ model: "gpt-4o-mini", messages: msgs, n: 3, max_tokens: 100 }));
  await cmp("chat stream plain", async ({ oa }) => streamText(await oa.chat.completions.create({ model: "gpt-4o-mini", messages: msgs, stream: true })));
  await cmp("chat stream include_usage", async ({ oa }) => streamText(await oa.chat.completions.create({ model: "gpt-4o-mini", messages: msgs, stream: true, stream_options: { include_usage: true } })));
  await cmp("chat stream include_usage false", async ({ oa }) => streamText(await oa.chat.completions.create({ model: "gpt-4o-mini", messages: msgs, stream: true, stream_options: { include_usage: false } })));
  await cmp("chat stream n=2", async ({ oa }) => streamText(await oa.chat.completions.create({ model: "gpt-4o-mini", messages: msgs, stream: true, n: 2, max_tokens: 30 })));
  await cmp("chat stream helper final", async ({ oa }) => { const st = oa.chat.completions.stream({ model: "gpt-4o-mini", messages: msgs, stream_options: { include_usage: true } }); return await st.finalChatCompletion(); });
  await cmp("chat stream helper tools", async ({ oa }) => { const st = oa.chat.completions.stream({ model: "gpt-4o-mini", messages: msgs, tools }); return await st.finalChatCompletion(); });
  await cmp("chat tools parallel", ({ oa }) => oa.chat.completions.create({ model: "gpt-4o-mini", messages: msgs, tools, parallel_tool_calls: true }));
  await cmp("chat runTools", async ({ oa }) => { const r = oa.chat.completions.runTools({ model: "gpt-4o-mini", messages: msgs, tools: [{ type: "function", function: { name: "get_weather", parameters: tools[0].function.parameters, function: (a) => ({ temp: 21, a }), parse: JSON.parse } }] }); return await r.finalContent(); });
  await cmp("chat json_schema strict", ({ oa }) => oa.chat.completions.create({ model: "gpt-4o-mini", messages: msgs, response_format: { type: "json_schema", json_schema: { name: "w", strict: true, schema: { type: "object", properties: { city: { type: "string" }, steps: { type: "array", items: { type: "string" } } }, required: ["city", "steps"], additionalProperties: false } } } }));
  await cmp("chat parse json_schema", ({ oa }) => oa.chat.completions.parse({ model: "gpt-4o-mini", messages: msgs, response_format: { type: "json_schema", json_schema: { name: "w", strict: true, schema: { type: "object", properties: { city: { type: "string" } }, required: ["city"], additionalProperties: false } } } }));
  await cmp("chat json_object", ({ oa }) => oa.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "system", content: "Reply in JSON" }, ...msgs], response_format: { type: "json_object" } }));
  await cmp("chat vision url", ({ oa }) => oa.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: [{ type: "text", text: "What is in this image?" }, { type: "image_url", image_url: { url: "https://example.com/cat.jpg", detail: "high" } }] }] }));
  const b64 = "data:image/jpeg;base64," + Buffer.alloc(300000, 7).toString("base64");
  await cmp("chat vision base64 300KB", ({ oa }) => oa.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: [{ type: "text", text: "What is in this image?" }, { type: "image_url", image_url: { url: b64 } }] }], max_tokens: 300 }));
  await cmp("chat audio out", ({ oa }) => oa.chat.completions.create({ model: "gpt-4o-audio-preview", modalities: ["text", "audio"], audio: { voice: "alloy", format: "wav" }, messages: msgs }));
  await cmp("chat audio in", ({ oa }) => oa.chat.completions.create({ model: "gpt-4o-audio-preview", messages: [{ role: "user", content: [{ type: "text", text: "Transcribe" }, { type: "input_audio", input_audio: { data: Buffer.alloc(20000, 1).toString("base64"), format: "wav" } }] }] }));
  await cmp("chat reasoning_effort high", ({ oa }) => oa.chat.completions.create({ model: "o4-mini", messages: msgs, reasoning_effort: "high", max_completion_tokens: 4000 }));
  await cmp("chat reasoning_effort minimal", ({ oa }) => oa.chat.completions.create({ model: "gpt-5", messages: msgs, reasoning_effort: "minimal" }));
  await cmp("chat reasoning_effort none", ({ oa }) => oa.chat.completions.create({ model: "gpt-5.1", messages: msgs, reasoning_effort: "none" }));
  await cmp("chat verbosity/service_tier/store/metadata", ({ oa }) => oa.chat.completions.create({ model: "gpt-5", messages: msgs, verbosity: "low", service_tier: "flex", store: true, metadata: { user: "u1" }, user: "u1", safety_identifier: "h1", prompt_cache_key: "k1" }));
  await cmp("chat prediction", ({ oa }) => oa.chat.completions.create({ model: "gpt-4o", messages: msgs, prediction: { type: "content", content: "const x = 1;" } }));
  await cmp("chat web_search_options", ({ oa }) => oa.chat.completions.create({ model: "gpt-4o-search-preview", messages: msgs, web_search_options: { search_context_size: "low" } }));
  await cmp("chat logprobs top 5", ({ oa }) => oa.chat.completions.create({ model: "gpt-4o-mini", messages: msgs, logprobs: true, top_logprobs: 5, max_tokens: 50 }));
  await cmp("chat max_completion_tokens 100000", ({ oa }) => oa.chat.completions.create({ model: "o3", messages: msgs, max_completion_tokens: 100000 }));
  await cmp("chat max_tokens 128000", ({ oa }) => oa.chat.completions.create({ model: "gpt-5", messages: msgs, max_completion_tokens: 128000 }));
  await cmp("chat developer role + name", ({ oa }) => oa.chat.completions.create({ model: "o3", messages: [{ role: "developer", content: [{ type: "text", text: "Be brief" }] }, { role: "user", name: "alice", content: "Hi" }] }));
  await cmp("chat seed stop penalty", ({ oa }) => oa.chat.completions.create({ model: "gpt-4o-mini", messages: msgs, seed: 1, stop: ["\n\n"], presence_penalty: 0.5, frequency_penalty: 0.5, top_p: 0.9, logit_bias: { "50256": -100 } }));
  await cmp("embeddings dims base64", ({ oa }) => oa.embeddings.create({ model: "text-embedding-3-small", input: ["hello", "世界"], dimensions: 256 }));
  await cmp("embeddings float", ({ oa }) => oa.embeddings.create({ model: "text-embedding-3-small", input: "hello", encoding_format: "float" }));
  await cmp("embeddings token ids", ({ oa }) => oa.embeddings.create({ model: "text-embedding-3-small", input: [[1, 2, 3], [4, 5]] }));
  await cmp("moderations", ({ oa }) => oa.moderations.create({ model: "omni-moderation-latest", input: "hello" }));
  await cmp("models list", async ({ oa }) => (await oa.models.list()).data);
} finally { g.kill(); await o.close(); }
