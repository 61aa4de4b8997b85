// probe 3: flood one denied key's object with concurrent requests: does any request time out in the object (DO_TIMEOUT_MS) and fail open?
import { startOrigin, startGuard, call, sleep } from "./lib.mjs";
import fs from "node:fs";
import http from "node:http";
const origin = await startOrigin(9803, { defaultOut: 20 });
const policy = { defaults: { rpm: 600, tpm: 50000000, tpd: 500000000, concurrency: 8 }, defaultMaxOutputTokens: 1024 };
const vars = process.env.TMO ? { DO_TIMEOUT_MS: process.env.TMO } : {};
const g = await startGuard({ port: 9801, inspectorPort: 9809, upstream: "http://127.0.0.1:9803", policy, tag: "p3", vars });
const agent = new http.Agent({ keepAlive: true, maxSockets: 2000 });
function post(key, body) {
  return new Promise((res) => {
    const b = Buffer.from(JSON.stringify(body));
    const r = http.request({ host: "127.0.0.1", port: 9801, path: "/v1/chat/completions", method: "POST", agent, headers: { authorization: "Bearer " + key, "content-type": "application/json", "content-length": b.length } }, (s) => { let d = ""; s.on("data", (c) => (d += c)); s.on("end", () => res({ status: s.statusCode, d })); });
    r.on("error", (e) => res({ status: "ERR " + e.code })); r.setTimeout(60000, () => { r.destroy(); }); r.end(b);
  });
}
try {
  const KD = "sk-r37-p3-denied"; await g.admin("PUT", `/lists/deny/${await g.keyId(KD)}`, {});
  const N = Number(process.env.N || 1500);
  const pad = "x".repeat(Number(process.env.PAD || 20000));
  const t0 = Date.now(); const n0 = origin.log.length;
  const rs = await Promise.all(Array.from({ length: N }, (_, i) => post(KD, { model: "m", max_tokens: 5, messages: [{ role: "user", content: `q ${i} ${pad}` }] })));
  const hist = rs.reduce((a, r) => (a[r.status] = (a[r.status] || 0) + 1, a), {});
  await sleep(1000);
  const log = fs.readFileSync(g.logf, "utf8");
  console.log(`N=${N} in ${Date.now() - t0} ms: statuses ${JSON.stringify(hist)}; origin got ${origin.log.length - n0}; failed-open lines ${(log.match(/"failed":"open"/g) || []).length}`);
} finally { g.kill(); await origin.close(); agent.destroy(); }
