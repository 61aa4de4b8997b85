// Target 5/2: a key on the deny list, on every kind of route (a background response it created before the deny is retrieved).
import { req, keyId, admin, setTier } from "./lib13.mjs";
const KEY = "sk-rt13-deny-" + Date.now().toString(36); await setTier(KEY, "pro");
const bg = JSON.parse((await req("POST", "/v1/responses", { key: KEY, body: { model: "m", input: "x", background: true, max_output_tokens: 50 } })).text).id;
const id = await keyId(KEY); console.log("deny:", (await admin("PUT", `/lists/deny/${id}`, { note: "rt13" })).status);
for (const [m, p, b] of [["GET", `/v1/responses/${bg}`], ["POST", `/v1/responses/${bg}/cancel`], ["GET", "/v1/models"], ["POST", "/v1/messages/count_tokens", { model: "m", messages: [{ role: "user", content: "x" }] }], ["POST", "/v1/chat/completions", { model: "m", max_tokens: 5, messages: [{ role: "user", content: "x" }] }], ["GET", "/v1/batches"], ["DELETE", `/v1/responses/${bg}`]]) {
  const r = await req(m, p, { key: KEY, body: b }); console.log(`${m} ${p}: ${r.status}`);
}
