// probe 4: admin API and non-/v1 paths without the admin token
import { startOrigin, startGuard, call, sleep } from "./lib.mjs";
import net from "node:net";
const origin = await startOrigin(9803, { defaultOut: 20 });
const policy = { defaults: { rpm: 600, tpm: 50000000, tpd: 500000000, concurrency: 8 }, defaultMaxOutputTokens: 1024 };
const g = await startGuard({ port: 9801, inspectorPort: 9809, upstream: "http://127.0.0.1:9803", policy, tag: "p4" });
function raw(text) { return new Promise((resolve) => { const s = net.connect(9801, "127.0.0.1"); let out = ""; s.on("data", (d) => (out += d.toString("latin1"))); s.on("end", () => resolve(out)); s.on("error", () => resolve(out || "ERR")); s.write(text); setTimeout(() => { s.destroy(); resolve(out); }, 3000); }); }
try {
  const id = await g.keyId("sk-r37-victim");
  const tok = (await import("node:fs")).readFileSync("../../.dev.vars", "utf8").match(/GUARD_ADMIN_TOKEN=(.*)/)[1].trim();
  const cases = [
    ["GET", `/admin/keys/${id}`, {}], ["HEAD", `/admin/keys/${id}`, {}], ["OPTIONS", `/admin/keys/${id}`, {}],
    ["GET", "/admin/io", {}], ["GET", "/admin", {}], ["GET", "/admin/", {}], ["GET", "/Admin/io", {}], ["GET", "/admin/lists/deny", {}],
    ["GET", `/admin/keys/${id}`, { "x-api-key": tok }], ["GET", `/admin/keys/${id}`, { authorization: "Bearer " + tok.slice(0, -1) }],
    ["GET", `/admin/keys/${id}`, { authorization: "Bearer " + tok + "x" }], ["GET", `/admin/keys/${id}`, { authorization: "Bearer" }],
    ["GET", `/admin/keys/${id}`, { authorization: "Basic " + Buffer.from("admin:" + tok).toString("base64") }],
    ["GET", `/admin/keys/${id}`, { authorization: "Bearer " + tok + ", Bearer x" }],
    ["GET", `/admin/keys/${id}`, { authorization: "bearer " + tok }],
    ["GET", `/admin/keys/${id}?token=${tok}`, {}],
    ["PUT", `/admin/lists/allow/${id}`, {}], ["DELETE", `/admin/lists/deny/${id}`, {}],
    ["GET", "/", {}], ["GET", "/health", {}], ["GET", "/metrics", {}], ["GET", "/__scheduled", {}], ["GET", "/cdn-cgi/trace", {}], ["GET", "/v1", {}], ["GET", "/v2/models", {}],
    ["GET", "/admin/keys/" + id + "/../../io", {}],
  ];
  for (const [m, p, h] of cases) {
    const hs = { host: "127.0.0.1:9801", connection: "close", ...h };
    const out = await raw(`${m} ${p} HTTP/1.1\r\n` + Object.entries(hs).map(([k, v]) => `${k}: ${v}`).join("\r\n") + "\r\n\r\n");
    const st = out.split("\r\n")[0]; const bodyIdx = out.indexOf("\r\n\r\n");
    console.log(`${m} ${p.slice(0, 60)} ${JSON.stringify(h).replace(tok, "<TOK>").slice(0, 60)} -> ${st} ${out.slice(bodyIdx + 4, bodyIdx + 120).replace(/\s+/g, " ")}`);
  }
  console.log("origin requests:", origin.log.length);
} finally { g.kill(); await origin.close(); }
