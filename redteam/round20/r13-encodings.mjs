// Target 2: Content-Encoding spellings and a gzip body, content types, a BOM. Status, and what the origin received.
import http from "node:http"; import zlib from "node:zlib"; import { setTier, logLen, logSince, sleep } from "./lib20.mjs";
const GP = +(process.env.GP ?? 19310); const KEY = "sk-rt20-enc-" + Date.now().toString(36); await setTier(KEY, "pro");
const json = JSON.stringify({ model: "m", max_tokens: 7, messages: [{ role: "user", content: "hi" }] });
const big = JSON.stringify({ model: "m", max_tokens: 9999, messages: [{ role: "user", content: "hi" }] });
const raw = (headers, body) => new Promise((res) => { const r = http.request({ host: "127.0.0.1", port: GP, method: "POST", path: "/v1/chat/completions", headers: { host: `127.0.0.1:${GP}`, authorization: "Bearer " + KEY, "content-length": String(body.length), ...headers }, timeout: 10000 }, (s) => { let t = ""; s.on("data", (d) => (t += d)); s.on("end", () => res({ status: s.statusCode, t })); }); r.on("error", (e) => res({ status: "ERR " + e.message, t: "" })); r.end(body); });
for (const [name, h, b] of [
  ["identity", { "content-type": "application/json", "content-encoding": "identity" }, Buffer.from(json)],
  ["IDENTITY", { "content-type": "application/json", "content-encoding": "IDENTITY" }, Buffer.from(json)],
  ["identity, gzip + gzip body", { "content-type": "application/json", "content-encoding": "identity, gzip" }, zlib.gzipSync(big)],
  ["gzip, identity + gzip body", { "content-type": "application/json", "content-encoding": "gzip, identity" }, zlib.gzipSync(big)],
  ["empty content-encoding", { "content-type": "application/json", "content-encoding": "" }, Buffer.from(json)],
  ["text/plain", { "content-type": "text/plain" }, Buffer.from(json)],
  ["no content-type", {}, Buffer.from(json)],
  ["BOM", { "content-type": "application/json" }, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)])],
  ["charset=utf-16le", { "content-type": "application/json; charset=utf-16le" }, Buffer.from(json, "utf16le")],
]) { const k = logLen(); const r = await raw(h, b); await sleep(120); console.log(`${name}: ${r.status} ${r.status >= 400 ? r.t.slice(0, 110) : ""} -> origin: ${JSON.stringify(logSince(k).map((e) => ({ ce: e.headers["content-encoding"], ct: e.headers["content-type"], body: e.body.slice(0, 90) })))}`); }
