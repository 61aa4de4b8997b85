// structural shapes: guard estimate vs o200k bill (origin42b's template: messages, name, tool_calls, tools JSON; Responses items)
import { startGuard, startOrigin42b, ORIGIN, POLICY, estimateOf, chatPromptTokens, responsesInputTokens, ntok } from "./lib.mjs";
const words = "customer shipping address billing invoice payment method currency amount discount coupon quantity product variant warehouse".split(" ");
const R = (() => { let s = 5; return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 4294967296; }; })();
const phrase = (n) => Array.from({ length: n }, () => words[Math.floor(R() * words.length)]).join("_");
const props = {}; for (let i = 0; i < 600; i++) props[phrase(6) + "_" + i] = { type: "string" };
const propsDesc = {}; for (let i = 0; i < 600; i++) propsDesc["p" + i] = { type: "string", description: phrase(6).replace(/_/g, " ") };
const M = "gpt-4.1|words=1";
const shapes = {
  "tools: payload in property names (keys)": ["/v1/chat/completions", { model: M, max_tokens: 1, messages: [{ role: "user", content: "hi" }], tools: [{ type: "function", function: { name: "f", parameters: { type: "object", properties: props } } }] }],
  "tools: same payload in descriptions (values)": ["/v1/chat/completions", { model: M, max_tokens: 1, messages: [{ role: "user", content: "hi" }], tools: [{ type: "function", function: { name: "f", parameters: { type: "object", properties: propsDesc } } }] }],
  "2,000 messages with name (64 chars)": ["/v1/chat/completions", { model: M, max_tokens: 1, messages: Array.from({ length: 2000 }, (_, i) => ({ role: "user", name: ("n" + i + "_" + phrase(12)).slice(0, 64), content: "." })) }],
  "assistant tool_calls with big JSON args": ["/v1/chat/completions", { model: M, max_tokens: 1, messages: [{ role: "user", content: "go" }, ...Array.from({ length: 50 }, (_, i) => ({ role: "assistant", content: null, tool_calls: [{ id: "call_" + i, type: "function", function: { name: "lookup", arguments: JSON.stringify(Object.fromEntries(Array.from({ length: 40 }, (_, j) => ["k" + j, phrase(3)]))) } }] })).flatMap((m, i) => [m, { role: "tool", tool_call_id: "call_" + i, content: "ok" }])] }],
  "1 message, content as 3,000 text parts '.'": ["/v1/chat/completions", { model: M, max_tokens: 1, messages: [{ role: "user", content: Array.from({ length: 3000 }, () => ({ type: "text", text: "." })) }] }],
  "responses: 3,000 function_call_output items '.'": ["/v1/responses", { model: M, max_output_tokens: 16, input: Array.from({ length: 3000 }, (_, i) => ({ type: "function_call_output", call_id: "c" + i, output: "." })) }],
  "responses: 3,000 items {role,content:'.'}": ["/v1/responses", { model: M, max_output_tokens: 16, input: Array.from({ length: 3000 }, () => ({ role: "user", content: "." })) }],
  "responses: 3,000 items {type:message,role,content:[input_text]}": ["/v1/responses", { model: M, max_output_tokens: 16, input: Array.from({ length: 3000 }, () => ({ type: "message", role: "user", content: [{ type: "input_text", text: "." }] })) }],
  "responses: big instructions (english)": ["/v1/responses", { model: M, max_output_tokens: 16, instructions: "You are a careful assistant. ".repeat(1000), input: "hi" }],
};
const o = await startOrigin42b(ORIGIN);
const g = await startGuard({ policy: POLICY() });
try {
  for (const [name, [p, body]] of Object.entries(shapes)) {
    const cap = body.max_tokens ?? body.max_output_tokens;
    const e = await estimateOf(g, body, p); const est = e.reserved - cap;
    const billed = p === "/v1/responses" ? responsesInputTokens(body) : chatPromptTokens(body);
    const json = ntok(JSON.stringify(body));
    console.log(name.padEnd(58), "status", e.status, "est", String(est).padStart(7), "origin42b bill", String(billed).padStart(7), "billed/est", (billed / est).toFixed(2), "| tokens of the whole JSON body", json);
  }
} finally { await g.stop(); await o.close(); }
