// Target 2: "." and ".." as a route's {id} segment. Does the origin receive a path outside the route table (URL normalisation)?
import http from "node:http"; import { setTier, logLen, logSince, sleep } from "./lib20.mjs";
const GP = +(process.env.GP ?? 19310); const KEY = "sk-rt20-dot-" + Date.now().toString(36); await setTier(KEY, "pro");
const raw = (method, path) => new Promise((res) => { const r = http.request({ host: "127.0.0.1", port: GP, method, path, headers: { authorization: "Bearer " + KEY }, timeout: 10000 }, (s) => { let t = ""; s.on("data", (d) => (t += d)); s.on("end", () => res({ status: s.statusCode, t })); }); r.on("error", (e) => res({ status: "ERR " + e.message, t: "" })); r.end(); });
for (const [m, p] of [["GET", "/v1/models/.."], ["GET", "/v1/models/."], ["GET", "/v1/files/../content"], ["POST", "/v1/responses/../cancel"], ["GET", "/v1/responses/.."], ["DELETE", "/v1/responses/.."], ["GET", "/v1/responses/../input_items"], ["POST", "/v1/messages/batches/../cancel"], ["GET", "/v1/messages/batches/../results"], ["POST", "/v1/batches/../cancel"], ["GET", "/v1/models/..."], ["GET", "/v1/models/~"]]) {
  const k = logLen(); const r = await raw(m, p); await sleep(120);
  console.log(`${m} ${p}: ${r.status} ${r.t.slice(0, 100)} -> origin: ${JSON.stringify(logSince(k).map((e) => e.method + " " + e.url))}`);
}
