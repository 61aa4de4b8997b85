// HELD checks: no-helper error (class, code, message) for both SDKs; guardFetch() with create, stream:true,
// chat.completions.stream(), responses.stream(), messages.stream(), messages stream:true on a challenged key.
import OpenAI from "openai"; import Anthropic from "@anthropic-ai/sdk";
import { startGuard, startOrigin, ORIGIN, BASE, setTier, keyView, reached, recordingFetch } from "./lib.mjs";
const wire = []; const realFetch = globalThis.fetch; globalThis.fetch = recordingFetch(wire, realFetch);
const { guardFetch } = await import("llm-edge-guard/client");
const origin = await startOrigin(ORIGIN); const g = await startGuard({ tag: "p1" });
const out = (...a) => console.log(...a); let okCount = 0;
try {
  // 1. no helper
  const K0 = "sk-rt41-nohelper"; await setTier(g, K0, "chal");
  const o0 = new OpenAI({ apiKey: K0, baseURL: BASE + "/v1", maxRetries: 2 });
  let w0 = wire.length;
  try { await o0.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "Hi" }] }); out("no helper: served?!"); }
  catch (e) { out("no helper openai:", e.constructor.name, e.status, e.code, JSON.stringify(e.message).slice(0, 400), "wire", wire.length - w0); out("  error keys", Object.keys(e.error || {})); }
  const a0 = new Anthropic({ apiKey: K0, baseURL: BASE, maxRetries: 2 }); w0 = wire.length;
  try { await a0.messages.create({ model: "claude-x", max_tokens: 100, messages: [{ role: "user", content: "Hi" }] }); out("no helper anthropic served?!"); }
  catch (e) { out("no helper anthropic:", e.constructor.name, e.status, JSON.stringify(e.message).slice(0, 400), "wire", wire.length - w0); }
  // 2. helper
  const K = "sk-rt41-helper"; await setTier(g, K, "chal");
  const oa = new OpenAI({ apiKey: K, baseURL: BASE + "/v1", fetch: guardFetch() });
  const an = new Anthropic({ apiKey: K, baseURL: BASE, fetch: guardFetch() });
  const tries = {
    "chat create": () => oa.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "Hi" }] }).then((r) => r.choices[0].message.content.slice(0, 20)),
    "chat stream:true": async () => { const s = await oa.chat.completions.create({ model: "gpt-4o-mini", stream: true, messages: [{ role: "user", content: "Hi" }] }); let t = ""; for await (const c of s) t += c.choices[0]?.delta?.content ?? ""; return t.slice(0, 20); },
    "chat .stream()": async () => { const s = oa.chat.completions.stream({ model: "gpt-4o-mini", messages: [{ role: "user", content: "Hi" }] }); const f = await s.finalChatCompletion(); return f.choices[0].message.content.slice(0, 20); },
    "responses.stream()": async () => { const s = oa.responses.stream({ model: "gpt-4o-mini", input: "Hi" }); const f = await s.finalResponse(); return f.output_text.slice(0, 20); },
    "messages.stream()": async () => { const s = an.messages.stream({ model: "claude-x", max_tokens: 100, messages: [{ role: "user", content: "Hi" }] }); const f = await s.finalMessage(); return f.content[0].text.slice(0, 20); },
    "messages stream:true": async () => { const s = await an.messages.create({ model: "claude-x", max_tokens: 100, stream: true, messages: [{ role: "user", content: "Hi" }] }); let t = ""; for await (const e of s) if (e.type === "content_block_delta") t += e.delta.text ?? ""; return t.slice(0, 20); },
  };
  for (const [name, fn] of Object.entries(tries)) {
    // fresh key each so each starts challenged without a pass
    const k = "sk-rt41-h-" + name.replace(/\W/g, ""); await setTier(g, k, "chal");
    oa.apiKey = k; an.apiKey = k;
    const o = new OpenAI({ apiKey: k, baseURL: BASE + "/v1", fetch: guardFetch() }); const a = new Anthropic({ apiKey: k, baseURL: BASE, fetch: guardFetch() });
    Object.assign(oa, {}); w0 = wire.length; const n0 = origin.log.length;
    const f = { ...tries }; // rebind clients
    const run = name.startsWith("messages") ? fn.toString().includes("an.") : true;
    let res, err;
    try { res = await (new Function("oa", "an", "return (" + fn.toString() + ")()"))(o, a); } catch (e) { err = e.constructor.name + " " + e.status + " " + String(e.message).slice(0, 160); }
    const w = wire.slice(w0).map((x) => `${x.status ?? x.err}${x.sol ? "(sol)" : ""}`).join(",");
    if (!err && w === "403,200(sol)" && origin.log.length - n0 === 1) okCount++;
    out(`${name}: ${err ? "ERR " + err : "OK '" + res + "'"} wire=[${w}] origin=${origin.log.length - n0}`);
  }
} finally { g.kill(); await origin.close(); }
out(okCount === 6 ? 'held: 6 of 6 streaming/non-streaming shapes solved once and served once' : `NOT held: ${okCount} of 6`);
