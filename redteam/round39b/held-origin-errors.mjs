// origin errors through the guard: shape, SDK exception type, retries, headers, charge
import OpenAI from "openai"; import Anthropic from "@anthropic-ai/sdk";
import { startGuard, startOrigin39, sleep, settled, ORIGIN, POLICY } from "./lib.mjs";
const o = await startOrigin39(ORIGIN);
const g = await startGuard({ policy: POLICY, tag: "held" });
let n = 0;
async function both(name, ff, fn) {
  const out = [];
  for (const via of ["guard", "direct"]) {
    const key = `sk-p6-${++n}-${via}`; o.O.failFirst = ff; for (const k of Object.keys(ff)) delete o.failCountReset;
    // reset fail counters
    o.O.failFirst = Object.fromEntries(Object.entries(ff).map(([p, v]) => [p, v])); o.resetFails?.();
    const seen0 = o.log.length; const t0 = Date.now();
    const oa = new OpenAI({ apiKey: key, baseURL: via === "guard" ? g.base + "/v1" : `http://127.0.0.1:${ORIGIN}/v1`, maxRetries: 2 });
    const an = new Anthropic({ apiKey: key, baseURL: via === "guard" ? g.base : `http://127.0.0.1:${ORIGIN}`, maxRetries: 2 });
    let r; try { const x = await fn({ oa, an }); r = `OK reqid=${x._request_id ?? x.data?._request_id}`; } catch (e) { r = `${e.constructor.name} ${e.status} type=${e.type ?? e.error?.error?.type} code=${e.code ?? e.error?.error?.code} reqid=${e.request_id ?? e.requestID} msg=${(e.message || "").slice(0, 80)}`; }
    const tries = o.log.slice(seen0).filter((x) => x.key === key).length;
    let ch = ""; if (via === "guard") { const s = await settled(g, key); ch = ` charged ${s.charged} billed ${o.billed[key] || 0}`; }
    out.push(`${via}: ${r} | origin tries ${tries} in ${Date.now() - t0} ms${ch}`);
  }
  console.log(`--- ${name}\n   ${out.join("\n   ")}`);
}
const chat = ({ oa }) => oa.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "Hi" }], max_tokens: 50 });
const chatS = async ({ oa }) => { const s = await oa.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "Hi" }], max_tokens: 50, stream: true }); for await (const c of s); return {}; };
const msg = ({ an }) => an.messages.create({ model: "claude-sonnet-4-5", max_tokens: 50, messages: [{ role: "user", content: "Hi" }] });
const E = (type, message, code = null, param = null) => ({ error: { message, type, param, code } });
try {

  await both("origin 429 retry-after 1 then ok (openai)", { "/v1/chat/completions": [429, E("requests", "Rate limit reached for gpt-4o-mini", "rate_limit_exceeded"), { "retry-after": "1", "x-ratelimit-remaining-requests": "0" }, 1] }, chat);
  await both("origin 429 insufficient_quota (openai, should not succeed)", { "/v1/chat/completions": [429, E("insufficient_quota", "You exceeded your current quota", "insufficient_quota"), {}, 99] }, chat);
  await both("origin 500 then ok (openai stream)", { "/v1/chat/completions": [500, E("server_error", "The server had an error"), {}, 1] }, chatS);
  await both("origin 400 context_length_exceeded", { "/v1/chat/completions": [400, E("invalid_request_error", "This model's maximum context length is 128000 tokens", "context_length_exceeded", "messages"), {}, 99] }, chat);
  await both("origin 409 x-should-retry true", { "/v1/chat/completions": [409, E("invalid_request_error", "conflict"), { "x-should-retry": "true" }, 1] }, chat);
  await both("origin 503 x-should-retry false", { "/v1/chat/completions": [503, E("server_error", "down"), { "x-should-retry": "false" }, 99] }, chat);
  await both("anthropic 529 overloaded then ok", { "/v1/messages": [529, { type: "error", error: { type: "overloaded_error", message: "Overloaded" }, request_id: "req_x" }, { "request-id": "req_x" }, 1] }, msg);
  await both("anthropic 429 retry-after 1 then ok", { "/v1/messages": [429, { type: "error", error: { type: "rate_limit_error", message: "Number of request tokens has exceeded your per-minute rate limit" } }, { "retry-after": "1", "anthropic-ratelimit-input-tokens-remaining": "0" }, 1] }, msg);
  await both("anthropic 400 invalid", { "/v1/messages": [400, { type: "error", error: { type: "invalid_request_error", message: "messages: roles must alternate" } }, {}, 99] }, msg);
  o.O.failFirst = {};
  // response headers passed through?
  for (const via of ["guard", "direct"]) {
    const base = via === "guard" ? g.base : `http://127.0.0.1:${ORIGIN}`;
    const r = await fetch(base + "/v1/chat/completions", { method: "POST", headers: { authorization: "Bearer sk-p6-hdr-" + via, "content-type": "application/json" }, body: JSON.stringify({ model: "m", messages: [{ role: "user", content: "Hi" }], max_tokens: 5 }) });
    console.log(via, "headers:", [...r.headers.keys()].filter((k) => /request-id|ratelimit|openai|anthropic|retry/.test(k)).join(","));
  }
} finally { g.kill(); await o.close(); }
