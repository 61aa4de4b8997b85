// HELD check: odd paths, methods, encodings and bodies sent as raw HTTP/1.1 (no client-side normalisation);
// for each: the guard's status and what (if anything) reached the recording origin, and whether it was metered.
import net from "node:net";
import zlib from "node:zlib";
import { startOrigin, startGuard, sleep } from "./lib.mjs";
const origin = await startOrigin(9603, { defaultOut: 50 });
const policy = { defaults: { rpm: 6000, tpm: 50000000, tpd: 500000000, concurrency: 8 }, defaultMaxOutputTokens: 1024 };
const g = await startGuard({ port: 9601, inspectorPort: 9609, upstream: "http://127.0.0.1:9603", policy, tag: "dd" });
function raw(reqText, bodyBuf) {
  return new Promise((resolve) => {
    const s = net.connect(9601, "127.0.0.1"); let out = "";
    s.on("data", (d) => (out += d.toString("latin1")));
    s.on("end", () => resolve(out)); s.on("error", () => resolve(out || "ERR"));
    s.write(reqText); if (bodyBuf) s.write(bodyBuf);
    setTimeout(() => { s.destroy(); resolve(out); }, 4000);
  });
}
const KEY = "sk-r35-dd";
const chat = JSON.stringify({ model: "m", max_tokens: 5, messages: [{ role: "user", content: "hi" }] });
function req(method, target, { body = "", headers = {}, bodyBuf } = {}) {
  const b = bodyBuf ?? Buffer.from(body);
  const h = { host: "127.0.0.1:9601", authorization: "Bearer " + KEY, connection: "close", ...(b.length || method === "POST" ? { "content-type": "application/json", "content-length": String(b.length) } : {}), ...headers };
  for (const k of Object.keys(h)) if (h[k] === null) delete h[k];
  return raw(`${method} ${target} HTTP/1.1\r\n` + Object.entries(h).map(([k, v]) => `${k}: ${v}`).join("\r\n") + "\r\n\r\n", b);
}
const cases = [
  ["POST", "/v1/chat/completions", { body: chat }],
  ["POST", "/v1/chat/completions/", { body: chat }],
  ["POST", "//v1/chat/completions", { body: chat }],
  ["POST", "/v1/./chat/completions", { body: chat }],
  ["POST", "/v1/x/../chat/completions", { body: chat }],
  ["POST", "/v1/responses/../chat/completions", { body: chat }],
  ["POST", "/v1/responses/%2e%2e/chat/completions", { body: chat }],
  ["POST", "/v1/chat%2Fcompletions", { body: chat }],
  ["POST", "/V1/chat/completions", { body: chat }],
  ["POST", "/v1/chat/completions;x=1", { body: chat }],
  ["POST", "/v1/chat/completions?model=x", { body: chat }],
  ["POST", "/v1/chat/completions?stream=true&stream=false", { body: chat }],
  ["POST", "/v1/chat/completions#frag", { body: chat }],
  ["POST", "http://127.0.0.1:9601/v1/chat/completions", { body: chat }],
  ["POST", "http://evil.example/v1/chat/completions", { body: chat }],
  ["POST", "/v1/chat/completions\\..\\..\\admin", { body: chat }],
  ["GET", "/v1/../admin/keys", {}],
  ["GET", "/admin/../v1/models", {}],
  ["GET", "/v1/responses/..", {}],
  ["GET", "/v1/responses/.", {}],
  ["POST", "/v1/responses/../cancel", { body: "{}" }],
  ["POST", "/v1/messages/batches/./cancel", { body: "{}" }],
  ["GET", "/v1/files/../../admin/keys/x", {}],
  ["GET", "/v1/models/..%2F..%2Fadmin", {}],
  ["GET", "/v1/models/:x", {}],
  ["GET", "/v1/models/~", {}],
  ["HEAD", "/v1/models", {}],
  ["OPTIONS", "/v1/chat/completions", {}],
  ["PATCH", "/v1/chat/completions", { body: chat }],
  ["PUT", "/v1/chat/completions", { body: chat }],
  ["post", "/v1/chat/completions", { body: chat }],
  ["GET", "/v1/chat/completions", { body: chat }],
  ["GET", "/v1/responses", { body: JSON.stringify({ model: "m", input: "hi" }) }],
  ["DELETE", "/v1/responses", {}],
  ["POST", "/v1/chat/completions", { bodyBuf: zlib.gzipSync(chat), headers: { "content-encoding": "gzip" } }],
  ["POST", "/v1/chat/completions", { bodyBuf: zlib.deflateSync(chat), headers: { "content-encoding": "deflate" } }],
  ["POST", "/v1/chat/completions", { bodyBuf: zlib.gzipSync(chat), headers: { "content-encoding": "identity, gzip" } }],
  ["POST", "/v1/chat/completions", { body: chat, headers: { "content-encoding": "Identity" } }],
  ["POST", "/v1/chat/completions", { body: chat, headers: { "content-type": "text/plain" } }],
  ["POST", "/v1/chat/completions", { body: chat, headers: { "content-type": "application/x-www-form-urlencoded" } }],
  ["POST", "/v1/chat/completions", { bodyBuf: Buffer.from("\ufeff" + chat), headers: {} }],
  ["POST", "/v1/chat/completions", { bodyBuf: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(chat, "utf16le")]), headers: { "content-type": "application/json; charset=utf-16" } }],
  ["POST", "/v1/chat/completions", { body: chat, headers: { "transfer-encoding": "chunked", "content-length": null }, bodyBuf: Buffer.from(chat.length.toString(16) + "\r\n" + chat + "\r\n0\r\n\r\n") }],
  ["POST", "/v1/chat/completions", { body: '{"model":"m","max_tokens":5,"max_tokens":99999,"messages":[{"role":"user","content":"hi"}]}' }],
  ["POST", "/v1/chat/completions", { body: '{"model":"m","max_\\u0074okens":5,"messages":[{"role":"user","content":"hi"}]}' }],
  ["POST", "/v1/chat/completions", { body: '{"model":"m","max_tokens":1e400,"messages":[{"role":"user","content":"hi"}]}' }],
  ["POST", "/v1/chat/completions", { body: '{"model":"m","max_tokens":5.0000000000000001,"messages":[{"role":"user","content":"hi"}]}' }],
  ["POST", "/v1/chat/completions", { body: '{"model":"m","max_tokens":"99999","messages":[{"role":"user","content":"hi"}]}' }],
  ["POST", "/v1/chat/completions", { body: '{"model":"m","max_tokens":5,"__proto__":{"max_tokens":99999},"messages":[{"role":"user","content":"hi"}]}' }],
  ["POST", "/v1/chat/completions", { body: '{"model":"m","max_tokens":5,"messages":[{"role":"user","content":"hi"}]} trailing' }],
  ["POST", "/v1/chat/completions", { body: '[{"model":"m","max_tokens":5,"messages":[{"role":"user","content":"hi"}]}]' }],
  ["POST", "/v1/chat/completions", { body: JSON.stringify({ model: "m", max_tokens: 5, system: "be long", thinking: { type: "enabled", budget_tokens: 30000 }, messages: [{ role: "user", content: [{ type: "text", text: "hi" }] }] }) }],
  ["POST", "/v1/messages", { body: JSON.stringify({ model: "m", max_tokens: 5, max_completion_tokens: 99999, messages: [{ role: "user", content: "hi" }] }), headers: { "anthropic-version": "2023-06-01" } }],
  ["POST", "/v1/messages", { body: JSON.stringify({ model: "m", max_tokens: 5, n: 8, messages: [{ role: "user", content: "hi" }] }), headers: { "anthropic-version": "2023-06-01" } }],
  ["POST", "/v1/responses", { body: JSON.stringify({ model: "m", max_output_tokens: 5, max_tool_calls: 99, input: "hi", n: 8 }) }],
  ["POST", "/v1/messages/count_tokens", { body: JSON.stringify({ model: "m", max_tokens: 99999, stream: true, messages: [{ role: "user", content: "write a novel" }] }), headers: { "anthropic-version": "2023-06-01" } }],
  ["POST", "/v1/batches", { body: JSON.stringify({ input_file_id: "file-nope", endpoint: "/v1/chat/completions", completion_window: "24h" }) }],
  ["POST", "/v1/responses/resp_x/cancel", { body: JSON.stringify({ model: "m", input: "write a novel", max_output_tokens: 99999 }) }],
  ["POST", "/v1/chat/completions", { body: chat, headers: { "x-http-method-override": "GET" } }],
  ["POST", "/v1/chat/completions", { body: chat, headers: { authorization: "bearer " + KEY } }],
  ["POST", "/v1/chat/completions", { body: chat, headers: { authorization: "Bearer  " + KEY } }],
  ["POST", "/v1/chat/completions", { body: chat, headers: { authorization: null, "x-api-key": KEY, "X-Api-Key": KEY + "2" } }],
];
try {
  for (const [m, t, o] of cases) {
    const n0 = origin.log.length;
    const out = await req(m, t, o);
    const st = out.split("\r\n")[0].slice(9, 12);
    const code = (out.match(/"code":"([^"]+)"/) || [])[1] ?? "";
    const reached = origin.log.slice(n0).map((x) => `${x.method} ${x.path}${x.query} ${x.body ? JSON.stringify(x.body).slice(0, 110) : ""}`);
    console.log(`${(m + " " + t).slice(0, 60).padEnd(60)} ${o.headers ? JSON.stringify(o.headers).slice(0, 60) : ""}\n    -> ${st} ${code}${reached.length ? "  ORIGIN GOT: " + reached.join(" | ") : ""}`);
  }
  await sleep(1500);
  const v = (await g.admin("GET", `/keys/${await g.keyId(KEY)}`)).body;
  console.log("key counters", JSON.stringify(v.counters));
} finally { g.kill(); await origin.close(); }
