// HELD checks (read the lines): a 3 MB JSON body and multipart uploads (Buffer, File, toFile(Readable), 2 MB binary)
// resent intact after a challenge; an Anthropic batch of 30 on a pass, of 60 refused 429 request_too_large saying to split;
// verification serves a challenged key at once (degraded); OPTIONS/CORS lines are R41-3's; degrade line is R41-4's.
import OpenAI, { toFile } from "openai"; import Anthropic from "@anthropic-ai/sdk";
import fs from "node:fs"; import { createHash } from "node:crypto"; import { Readable } from "node:stream";
import { startGuard, startOrigin, ORIGIN, BASE, setTier, keyView, recordingFetch, sleep } from "./lib.mjs";
const wire = []; globalThis.fetch = recordingFetch(wire, globalThis.fetch);
const { guardFetch } = await import("llm-edge-guard/client");
const origin = await startOrigin(ORIGIN); const g = await startGuard({ tag: "p3" });
const W = () => wire.length; const wstr = (w0) => wire.slice(w0).map((x) => `${x.status ?? x.err}${x.sol ? "+sol" : ""}`).join(",");
let i = 0; const fresh = async (tier = "chal") => { const k = "sk-rt41-p3-" + (++i); await setTier(g, k, tier); return k; };
const sha = (b) => createHash("sha256").update(b).digest("hex");
try {
  // large JSON body (3 MB prompt) while challenged
  { const k = await fresh(); const o = new OpenAI({ apiKey: k, baseURL: BASE + "/v1", fetch: guardFetch() }); const big = "lorem ipsum dolor ".repeat(170000); const w0 = W(), n0 = origin.log.length;
    try { const r = await o.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: big }] }); const rec = origin.log.slice(n0).find((x) => x.path === "/v1/chat/completions"); console.log(`large JSON: ok, origin got content length ${rec?.body?.messages?.[0]?.content?.length} of ${big.length}; wire ${wstr(w0)}`); } catch (e) { console.log("large JSON ERR", e.constructor.name, e.status, String(e.message).slice(0, 200), wstr(w0)); } }
  // multipart batch upload, file from Buffer, from fs stream, from a web ReadableStream
  const lines = Array.from({ length: 20 }, (_, j) => JSON.stringify({ custom_id: "r" + j, method: "POST", url: "/v1/chat/completions", body: { model: "gpt-4o-mini", max_tokens: 100, messages: [{ role: "user", content: "Summarise note " + j + " " + "x".repeat(200) } ] } })).join("\n") + "\n";
  fs.writeFileSync("/tmp/rt41-batch.jsonl", lines); const want = sha(Buffer.from(lines));
  const srcs = {
    "Buffer/toFile": async () => toFile(Buffer.from(lines), "b.jsonl"),
    "fs.createReadStream": async () => fs.createReadStream("/tmp/rt41-batch.jsonl"),
    "File": async () => new File([lines], "b.jsonl", { type: "application/jsonl" }),
    "toFile(Readable)": async () => toFile(Readable.from([Buffer.from(lines)]), "b.jsonl"),
  };
  for (const [name, mk] of Object.entries(srcs)) {
    const k = await fresh(); const o = new OpenAI({ apiKey: k, baseURL: BASE + "/v1", fetch: guardFetch() }); const w0 = W(), n0 = origin.log.length;
    try { const f = await o.files.create({ file: await mk(), purpose: "batch" }); const rec = origin.log.slice(n0).find((x) => x.path === "/v1/files"); console.log(`upload ${name}: ok ${f.id}; origin file bytes ${rec?.fileBytes} sha ${rec?.fileSha === want ? "intact" : "DIFFERENT"}; wire ${wstr(w0)}`); }
    catch (e) { console.log(`upload ${name}: ERR ${e.constructor.name} ${e.status} ${String(e.message).slice(0, 200)}; wire ${wstr(w0)}; origin got ${origin.log.length - n0}`); }
  }
  // vision upload (user_data) of a 2 MB binary while challenged
  { const k = await fresh(); const o = new OpenAI({ apiKey: k, baseURL: BASE + "/v1", fetch: guardFetch() }); const bin = Buffer.alloc(2_000_000, 7); for (let j = 0; j < bin.length; j += 997) bin[j] = j & 255; const w0 = W(), n0 = origin.log.length;
    try { const f = await o.files.create({ file: await toFile(bin, "doc.pdf", { type: "application/pdf" }), purpose: "user_data" }); const rec = origin.log.slice(n0).find((x) => x.path === "/v1/files"); console.log(`user_data 2MB: ok; origin file ${rec?.fileBytes} bytes, ${rec?.fileSha === sha(bin) ? "intact" : "DIFFERENT"}; wire ${wstr(w0)}`); } catch (e) { console.log("user_data ERR", e.constructor.name, e.status, String(e.message).slice(0, 200), wstr(w0)); } }
  // anthropic batch while challenged: 30 requests, then 60 (> passRequests)
  for (const N of [30, 60]) { const k = await fresh(); const a = new Anthropic({ apiKey: k, baseURL: BASE, fetch: guardFetch() }); const w0 = W(), n0 = origin.log.length;
    try { const b = await a.messages.batches.create({ requests: Array.from({ length: N }, (_, j) => ({ custom_id: "c" + j, params: { model: "claude-x", max_tokens: 200, messages: [{ role: "user", content: "Classify ticket " + j }] } })) }); console.log(`msg batch ${N}: ok ${b.id}; origin lines ${origin.log.slice(n0).find((x) => x.path === "/v1/messages/batches")?.batchLines}; wire ${wstr(w0)}`); }
    catch (e) { console.log(`msg batch ${N}: ERR ${e.constructor.name} ${e.status} ${String(e.message).slice(0, 300)}; wire ${wstr(w0)}`); } }
  // verification: challenged key, PUT verified, how soon served (no helper)
  { const k = await fresh(); const id = await g.keyId(k); const o = new OpenAI({ apiKey: k, baseURL: BASE + "/v1", maxRetries: 0 });
    try { await o.chat.completions.create({ model: "m", messages: [{ role: "user", content: "hi" }] }); } catch (e) { console.log("before verify:", e.status, e.code); }
    const r = await g.admin("PUT", `/keys/${id}/verified`, { days: 90 }); const t0 = Date.now(); console.log("PUT verified", r.status, JSON.stringify(r.body).slice(0, 200));
    let first = null; for (let j = 0; j < 20; j++) { try { const x = await o.chat.completions.create({ model: "m", messages: [{ role: "user", content: "hi" }] }).withResponse(); first = `${Date.now() - t0} ms after verify, attempt ${j + 1}, x-guard-policy=${x.response.headers.get("x-guard-policy")}`; break; } catch (e) { await sleep(250); } }
    console.log("verified key served:", first ?? "NOT within 20 attempts"); const v = await keyView(g, k); console.log("  view standing", v.detection?.standing, "verified", JSON.stringify(v.verified ?? v.verification ?? null)); }
  // degrade effects (tier deg)
  { const k = await fresh("deg"); const o = new OpenAI({ apiKey: k, baseURL: BASE + "/v1", fetch: guardFetch() }); const n0 = origin.log.length;
    const { data, response } = await o.chat.completions.create({ model: "gpt-4o-mini", n: 3, logprobs: true, top_logprobs: 5, max_tokens: 2000, messages: [{ role: "user", content: "Give three taglines" }] }).withResponse();
    const sent = origin.log.slice(n0).find((x) => x.path === "/v1/chat/completions")?.body;
    console.log(`degrade: asked n=3 logprobs top5 max_tokens 2000 -> choices ${data.choices.length}, logprobs ${JSON.stringify(data.choices[0].logprobs)}, finish ${data.choices[0].finish_reason}; origin got n=${sent?.n} logprobs=${sent?.logprobs} max_tokens=${sent?.max_tokens} max_completion_tokens=${sent?.max_completion_tokens}; header x-guard-policy=${response.headers.get("x-guard-policy")}; body mentions degrade: ${/degrad/i.test(JSON.stringify(data))}`); }
  // CORS / browser: OPTIONS preflight
  for (const p of ["/v1/chat/completions", "/v1/messages"]) { const r = await fetch(BASE + p, { method: "OPTIONS", headers: { origin: "https://app.example.com", "access-control-request-method": "POST", "access-control-request-headers": "authorization,content-type,x-guard-challenge,x-guard-solution,x-api-key,anthropic-version,anthropic-dangerous-direct-browser-access" } }); console.log(`OPTIONS ${p}: ${r.status} acao=${r.headers.get("access-control-allow-origin")} acah=${r.headers.get("access-control-allow-headers")} ${(await r.text()).slice(0, 150)}`); }
  { const k = await fresh(); const r = await fetch(BASE + "/v1/chat/completions", { method: "POST", headers: { origin: "https://app.example.com", authorization: "Bearer " + k, "content-type": "application/json" }, body: JSON.stringify({ model: "m", messages: [{ role: "user", content: "hi" }] }) }); console.log(`403 challenge to a browser origin: acao=${r.headers.get("access-control-allow-origin")} aceh=${r.headers.get("access-control-expose-headers")}`); }
} finally { g.kill(); await origin.close(); }
