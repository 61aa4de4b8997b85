// probe 3: credential spellings with commas (duplicate headers joined by the runtime) against a denied key.
import net from "node:net";
import { startGuard, sleep } from "./lib.mjs";
import { origin39 } from "./origin39.mjs";
const { origin } = await origin39(9953, {});
const g = await startGuard({ tag: "p3" });
const A = "sk-r39a-p3-denied";
const chat = JSON.stringify({ model: "gpt-x", max_tokens: 20, messages: [{ role: "user", content: "hi" }] });
async function sock(hdrLines) {
  return new Promise((resolve) => { const s = net.connect(9951, "127.0.0.1"); let buf = ""; const to = setTimeout(() => { s.destroy(); resolve(buf.slice(0, 160) || "(timeout)"); }, 5000);
    s.on("data", (d) => { buf += d; }); s.on("end", () => { clearTimeout(to); resolve(buf.split("\r\n")[0] + " " + (buf.split("\r\n\r\n")[1] || "").slice(0, 100)); }); s.on("error", (e) => { clearTimeout(to); resolve("ERR " + e.message); });
    s.write(`POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1:9951\r\n${hdrLines.join("\r\n")}\r\nContent-Type: application/json\r\nContent-Length: ${chat.length}\r\nConnection: close\r\n\r\n${chat}`); });
}
try {
  console.log("deny:", (await g.admin("PUT", `/lists/deny/${await g.keyId(A)}`, { note: "t" })).status);
  const cases = [
    ["control: x-api-key A", [`x-api-key: ${A}`]],
    ["two x-api-key A, A", [`x-api-key: ${A}`, `x-api-key: ${A}`]],
    ["x-api-key 'A, A'", [`x-api-key: ${A}, ${A}`]],
    ["x-api-key 'A,A'", [`x-api-key: ${A},${A}`]],
    ["x-api-key 'A, junk'", [`x-api-key: ${A}, junk`]],
    ["x-api-key 'A junk'", [`x-api-key: ${A} junk`]],
    ["authorization 'Bearer A,A'", [`Authorization: Bearer ${A},${A}`]],
    ["authorization 'Bearer A, A'", [`Authorization: Bearer ${A}, ${A}`]],
    ["authorization 'Bearer A junk'", [`Authorization: Bearer ${A} junk`]],
    ["x-api-key A + authorization 'Bearer A, A'", [`x-api-key: ${A}`, `Authorization: Bearer ${A}, ${A}`]],
    ["x-api-key 'A;A'", [`x-api-key: ${A};${A}`]],
    ["x-api-key A\\t (tab inside)", [`x-api-key: ${A}\tx`]],
  ];
  for (const [name, h] of cases) {
    const n0 = origin.log.length; const r = await sock(h);
    const o = origin.log.slice(n0)[0];
    console.log(`${name.padEnd(44)} -> ${r.replace(/\s+/g, " ").slice(0, 110)} | origin: ${o ? "x-api-key=" + JSON.stringify(o.headers["x-api-key"]) + " authorization=" + JSON.stringify(o.headers["authorization"]) : "-"}`);
  }
} finally { g.kill(); await origin.close(); }
