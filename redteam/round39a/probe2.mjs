// probe 2: routes, methods, path spellings, headers and body variants from outside; what reached the origin.
import net from "node:net";
import { startGuard, sleep } from "./lib.mjs";
import { origin39, charged, ask } from "./origin39.mjs";
const { origin, billed } = await origin39(9953, {});
// two message_delta events (server tools send several; each cumulative) — hook before origin39's
const prev = origin.opts.hook;
origin.opts.hook = async (req, res, rec, body) => {
  if (req.method === "POST" && rec.path === "/v1/messages" && String(body?.model).includes("|twodelta")) {
    res.writeHead(200, { "content-type": "text/event-stream" });
    const ev = (e, d) => res.write(`event: ${e}\ndata: ${JSON.stringify({ type: e, ...d })}\n\n`);
    ev("message_start", { message: { id: "msg_x", type: "message", role: "assistant", content: [], model: body.model, usage: { input_tokens: 100, output_tokens: 1 } } });
    ev("content_block_start", { index: 0, content_block: { type: "text", text: "" } });
    ev("content_block_delta", { index: 0, delta: { type: "text_delta", text: "word ".repeat(150) } });
    ev("content_block_stop", { index: 0 });
    ev("message_delta", { delta: { stop_reason: "pause_turn" }, usage: { input_tokens: 100, output_tokens: 150 } });
    ev("content_block_start", { index: 1, content_block: { type: "text", text: "" } });
    ev("content_block_delta", { index: 1, delta: { type: "text_delta", text: "word ".repeat(150) } });
    ev("content_block_stop", { index: 1 });
    ev("message_delta", { delta: { stop_reason: "end_turn" }, usage: { input_tokens: 100, output_tokens: 300 } });
    ev("message_stop", {}); res.end(); rec.billed = 400; return true;
  }
  return prev(req, res, rec, body);
};
const policy = { defaults: { rpm: 100000, tpm: 1000000000, tpd: 1000000000, concurrency: 64 }, tiers: { quota: { detection: { mode: "off" } } }, defaultMaxOutputTokens: 1024 };
const g = await startGuard({ policy, tag: "p2" });
const K = "sk-r39a-p2-main";
const chat = JSON.stringify({ model: "gpt-x", max_tokens: 20, messages: [{ role: "user", content: "hi" }] });
async function raw(method, path, headers, body) {
  const r = await fetch(g.base + path, { method, headers, body }).catch((e) => ({ status: 0, text: async () => String(e), headers: new Headers() }));
  const t = await r.text(); return { status: r.status, t: t.slice(0, 120) };
}
async function sock(lines) { // raw HTTP/1.1
  return new Promise((resolve) => { const s = net.connect(9951, "127.0.0.1"); let buf = ""; const to = setTimeout(() => { s.destroy(); resolve(buf.slice(0, 160) || "(timeout)"); }, 4000);
    s.on("data", (d) => { buf += d; }); s.on("end", () => { clearTimeout(to); resolve(buf.split("\r\n")[0]); }); s.on("error", (e) => { clearTimeout(to); resolve("ERR " + e.message); }); s.write(lines); });
}
const H = (x = {}) => ({ authorization: "Bearer " + K, "content-type": "application/json", ...x });
try {
  await g.admin("PUT", `/keys/${await g.keyId(K)}/overrides`, { tier: "quota" });
  const tests = [
    ["POST", "/v1/chat/completions?stream=true&foo=1", H(), chat],
    ["POST", "/v1/chat/completions?api-version=2024-10-21", H(), chat],
    ["POST", "/v1/chat/completions?beta=true", H(), chat],
    ["HEAD", "/v1/chat/completions", H()],
    ["OPTIONS", "/v1/chat/completions", H()],
    ["PUT", "/v1/chat/completions", H(), chat],
    ["PATCH", "/v1/responses", H(), chat],
    ["GET", "/v1/chat/completions/chatcmpl-1", H()],
    ["GET", "/v1/chat/completions/chatcmpl-1/messages", H()],
    ["POST", "/v1/responses/input_tokens", H(), JSON.stringify({ model: "m", input: "x" })],
    ["POST", "/v1/responses/compact", H(), JSON.stringify({ model: "m", input: "x" })],
    ["GET", "/v1/conversations/conv_1/items", H()],
    ["POST", "/v1/conversations", H(), "{}"],
    ["GET", "/v1/containers/c1/files/f1/content", H()],
    ["POST", "/v1/vector_stores/vs_1/search", H(), JSON.stringify({ query: "x" })],
    ["POST", "/v1/moderations", H(), JSON.stringify({ input: "x" })],
    ["POST", "/v1/chatkit/sessions", H(), "{}"],
    ["POST", "/v1/messages/count_tokens", H(), JSON.stringify({ model: "m", messages: [{ role: "user", content: "x" }] })],
    ["GET", "/v1/skills", H()],
    ["POST", "/v1/complete", H(), "{}"],
    ["POST", "/v1/chat/completions/", H(), chat],
    ["POST", "/v1/chat\\completions", H(), chat],
    ["POST", "/v1/chat/./completions", H(), chat],
    ["POST", "/v1/chat/completions/x/..", H(), chat],
    ["POST", "/V1/chat/completions", H(), chat],
    ["POST", "/v1/chat/completions#x", H(), chat],
    ["POST", "/v1/chat/completions", H({ "content-type": "text/plain" }), chat],
    ["POST", "/v1/chat/completions", H({ "content-type": "application/json; charset=utf-16" }), chat],
    ["POST", "/v1/chat/completions", H({ "content-type": "application/x-www-form-urlencoded" }), chat],
    ["POST", "/v1/chat/completions", H({ "content-type": "application/json" }), "\ufeff" + chat],
    ["POST", "/v1/chat/completions", H({ "content-type": "application/json" }), Buffer.from("\ufeff" + chat, "utf16le")],
    ["POST", "/v1/chat/completions", H({ "content-encoding": "identity, gzip" }), chat],
    ["POST", "/v1/chat/completions", H({ "content-encoding": "IDENTITY" }), chat],
    ["POST", "/v1/chat/completions", H(), JSON.stringify({ model: "m", max_tokens: 1e309, messages: [{ role: "user", content: "x" }] }).replace("null", "1e309")],
    ["POST", "/v1/chat/completions", H(), '{"model":"m","max_tokens":-0,"messages":[{"role":"user","content":"x"}]}'],
    ["POST", "/v1/chat/completions", H(), '{"model":"m","max_tokens":20.0,"n":2.0,"messages":[{"role":"user","content":"x"}]}'],
    ["POST", "/v1/chat/completions", H(), '{"model":"m","max_tokens":20,"stream":"true","messages":[{"role":"user","content":"x"}]}'],
    ["POST", "/v1/chat/completions", H(), '{"model":"m","max_tokens":20,"stream":1,"messages":[{"role":"user","content":"x"}]}'],
    ["POST", "/v1/chat/completions", H(), '{"model":"m","max_tokens":20,"n":"3","messages":[{"role":"user","content":"x"}]}'],
    ["POST", "/v1/chat/completions", H(), '{"model":"m","max_tokens":"20000","messages":[{"role":"user","content":"x"}]}'],
    ["POST", "/v1/chat/completions", H(), '{"model":"m","max_completion_tokens":null,"max_tokens":20,"messages":[{"role":"user","content":"x"}]}'],
    ["POST", "/v1/chat/completions", H({ authorization: "bearer " + K }), chat],
    ["POST", "/v1/chat/completions", H({ authorization: "Bearer  " + K }), chat],
    ["POST", "/v1/chat/completions", H({ authorization: "Bearer " + K + " " }), chat],
    ["POST", "/v1/chat/completions", { "x-api-key": K, "content-type": "application/json", authorization: "Basic " + Buffer.from(K + ":").toString("base64") }, chat],
    ["POST", "/v1/chat/completions", { "x-api-key": K + "," + K, "content-type": "application/json" }, chat],
    ["POST", "/v1/chat/completions", H({ "x-api-key": K }), chat],
  ];
  const before = origin.log.length;
  for (const [m, p, h, b] of tests) {
    const n0 = origin.log.length; const r = await raw(m, p, h, b);
    const seen = origin.log.slice(n0).map((x) => `${x.method} ${x.path}${x.query || ""} ${x.body ? JSON.stringify(x.body).slice(0, 90) : ""}`);
    console.log(`${m} ${p} ${JSON.stringify(Object.fromEntries(Object.entries(h).filter(([k]) => !/authorization|x-api-key/.test(k) || /asic|  |bearer /.test(h[k])))).slice(0, 70)} -> ${r.status} ${r.t.replace(/\s+/g, " ").slice(0, 90)} | origin: ${seen.join(" ; ") || "-"}`);
  }
  // headers the origin may honour
  const hdrs = { "openai-organization": "org-x", "openai-project": "proj-x", "anthropic-beta": "output-128k-2025-02-19", "anthropic-version": "2023-06-01", "idempotency-key": "idem-1", "x-forwarded-for": "1.2.3.4", "cf-connecting-ip": "1.2.3.4", "x-real-ip": "1.2.3.4", forwarded: "for=1.2.3.4", "x-stainless-retry-count": "0", "openai-beta": "assistants=v2", "x-request-id": "r1", "x-mock-usage": "1", "x-mock-foo": "1", "x-trace-id": "t", "x-goog-api-key": "k", "api-key": "k2", "anthropic-dangerous-direct-browser-access": "true", "x-openai-client-user-agent": "u", "x-guard-origin-auth": "forged", "x-ratelimit-bypass": "1", "priority": "u=0", "x-envoy-upstream-rq-timeout-ms": "1", "x-http-method-override": "GET" };
  const n0 = origin.log.length; await raw("POST", "/v1/chat/completions", H(hdrs), chat);
  const got = origin.log[n0]?.headers || {};
  console.log("forwarded of the hostile list:", Object.keys(hdrs).filter((k) => k in got).map((k) => `${k}=${got[k]}`).join(", "));
  console.log("origin got all headers:", Object.keys(got).join(","));
  // raw-socket spellings
  console.log("absolute-form:", await sock(`POST http://evil.example/v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1:9951\r\nAuthorization: Bearer ${K}\r\nContent-Type: application/json\r\nContent-Length: ${chat.length}\r\nConnection: close\r\n\r\n${chat}`));
  console.log("CL+TE:", await sock(`POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1:9951\r\nAuthorization: Bearer ${K}\r\nContent-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n${chat.length.toString(16)}\r\n${chat}\r\n0\r\n\r\n`));
  console.log("two Authorization:", await sock(`POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1:9951\r\nAuthorization: Bearer ${K}\r\nAuthorization: Bearer sk-other\r\nContent-Type: application/json\r\nContent-Length: ${chat.length}\r\nConnection: close\r\n\r\n${chat}`));
  console.log("two Authorization same:", await sock(`POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1:9951\r\nAuthorization: Bearer ${K}\r\nAuthorization: Bearer ${K}\r\nContent-Type: application/json\r\nContent-Length: ${chat.length}\r\nConnection: close\r\n\r\n${chat}`));
  // honest overcharge: two cumulative message_delta events
  const K2 = "sk-r39a-p2-twodelta"; await g.admin("PUT", `/keys/${await g.keyId(K2)}/overrides`, { tier: "quota" });
  const r2 = await ask(g.base, K2, "POST", "/v1/messages", { model: "c|twodelta", max_tokens: 1000, stream: true, messages: [{ role: "user", content: "x" }] });
  await sleep(2500); const c2 = await charged(g, K2);
  console.log(`two cumulative message_delta (billed 100 + 300 = 400): status ${r2.status} charged ${c2.total} (p ${c2.c.promptTokens} c ${c2.c.completionTokens})`);
  const ck = await charged(g, K); console.log("main key counters:", JSON.stringify(ck.c));
} finally { g.kill(); await origin.close(); }
