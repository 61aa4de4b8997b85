// Target 3: key spelling variants. Raw HTTP (node:http) so header bytes are exact. For each variant: the guard's status,
// its rpm bucket (RateLimit "rpm";r=..: a fresh bucket answers 59 under the default rpm 60) and the credential headers
// the origin received. A variant the origin reads as the same key but the guard meters in a fresh bucket multiplies quotas.
import http from "node:http"; import { logLen, logSince, sleep } from "./lib20.mjs";
const GP = +(process.env.GP ?? 19310); const K = "sk-rt20-var-" + Date.now().toString(36);
function raw(headers, path = "/v1/chat/completions", body = JSON.stringify({ model: "m", max_tokens: 5, messages: [{ role: "user", content: "hi" }] })) {
  return new Promise((res) => { const r = http.request({ host: "127.0.0.1", port: GP, method: "POST", path, headers: ["host", `127.0.0.1:${GP}`, ...headers, "content-type", "application/json", "content-length", String(Buffer.byteLength(body))] , timeout: 15000 }, (s) => { let t = ""; s.on("data", (d) => (t += d)); s.on("end", () => res({ status: s.statusCode, rl: s.headers["ratelimit"], t })); });
    r.on("error", (e) => res({ status: "ERR " + e.message })); r.end(body); });
}
const V = [
  ["baseline Bearer", ["authorization", `Bearer ${K}`]],
  ["baseline again", ["authorization", `Bearer ${K}`]],
  ["lowercase bearer", ["authorization", `bearer ${K}`]],
  ["two spaces", ["authorization", `Bearer  ${K}`]],
  ["tab", ["authorization", `Bearer\t${K}`]],
  ["trailing space in value", ["authorization", `Bearer ${K} `]],
  ["x-api-key only", ["x-api-key", K]],
  ["x-api-key only, /v1/messages", ["x-api-key", K], "/v1/messages"],
  ["both same", ["authorization", `Bearer ${K}`, "x-api-key", K]],
  ["both, x-api-key with Bearer prefix", ["authorization", `Bearer ${K}`, "x-api-key", `Bearer ${K}`]],
  ["two Authorization headers same", ["authorization", `Bearer ${K}`, "authorization", `Bearer ${K}`]],
  ["two x-api-key same", ["x-api-key", K, "x-api-key", K]],
  ["Authorization Basic", ["authorization", `Basic ${Buffer.from(K + ":").toString("base64")}`]],
  ["key with comma", ["authorization", `Bearer ${K},${K}`]],
  ["key + trailing dot", ["authorization", `Bearer ${K}.`]],
  ["x-api-key + anthropic bearer other", ["x-api-key", K, "authorization", `Bearer sk-other`]],
  ["openai-organization / project headers", ["authorization", `Bearer ${K}`, "openai-organization", "org-x", "openai-project", "proj_y"]],
];
for (const [name, h, path] of V) {
  const k = logLen(); const r = await raw(h, path); await sleep(120);
  const got = logSince(k).map((e) => Object.fromEntries(Object.entries(e.headers).filter(([n]) => /auth|api-key|openai-|anthropic/.test(n))));
  console.log(`${name}: ${r.status} rpm=${(r.rl ?? "").match(/"rpm";r=(\d+)/)?.[1] ?? "-"} ${r.status >= 400 ? r.t.slice(0, 120) : ""} -> origin: ${JSON.stringify(got)}`);
}
