// R39b-6: SDK calls ordinary apps make beside the metered routes: refused by the default table; an operator route
// fixes some, not the file upload for hosted retrieval (purpose "assistants"); responses.inputTokens.count gets a
// misleading 405 ("use GET or DELETE": the path is read as a response id), an APIError instead of NotFoundError.
import OpenAI, { toFile } from "openai";
import { startGuard, startOrigin39, sleep, ORIGIN, POLICY } from "./lib.mjs";
const o = await startOrigin39(ORIGIN);
// the origin answers these as the provider does
const prev = o.server.listeners("request")[0]; o.server.removeAllListeners("request");
o.server.on("request", (req, res) => { const p = req.url.split("?")[0]; const m = { "/v1/conversations": { id: "conv_1", object: "conversation" }, "/v1/responses/input_tokens": { object: "response.input_tokens", input_tokens: 3 }, "/v1/files": { id: "file-1", object: "file", purpose: "assistants" }, "/v1/vector_stores": { id: "vs_1", object: "vector_store" } }[p]; if (req.method === "POST" && m) { req.resume(); req.on("end", () => { res.writeHead(200, { "content-type": "application/json" }); res.end(JSON.stringify(m)); }); return; } prev(req, res); });
const calls = {
  "moderations.create": (oa) => oa.moderations.create({ model: "omni-moderation-latest", input: "hello" }),
  "conversations.create": (oa) => oa.conversations.create({ metadata: { topic: "demo" } }),
  "responses.inputTokens.count": (oa) => oa.responses.inputTokens.count({ model: "gpt-5", input: "Hi" }),
  "files.create purpose assistants": async (oa) => oa.files.create({ file: await toFile(Buffer.from("handbook text"), "handbook.txt"), purpose: "assistants" }),
  "vectorStores.create": (oa) => oa.vectorStores.create({ name: "kb" }),
};
const res = {};
for (const [label, routes] of [["default route table", undefined], ["with operator routes", [{ method: "POST", path: "/v1/moderations" }, { method: "POST", path: "/v1/conversations" }, { method: "POST", path: "/v1/responses/input_tokens" }, { method: "POST", path: "/v1/vector_stores" }]]]) {
  let g;
  try { g = await startGuard({ policy: { ...POLICY, ...(routes ? { routes } : {}) }, tag: "r6" });
    console.log("==", label); const oa = new OpenAI({ apiKey: "sk-r39b6", baseURL: g.base + "/v1", maxRetries: 0 });
    for (const [name, fn] of Object.entries(calls)) { let r; try { await fn(oa); r = "OK"; } catch (e) { r = `${e.constructor.name} ${e.status} ${(e.message || "").slice(0, 100)}`; } res[label + name] = r; console.log(`  ${name.padEnd(32)} ${r}`); }
  } finally { g?.kill(); await sleep(2000); }
}
await o.close();
console.log(res["default route tableconversations.create"] !== "OK" && /405/.test(res["default route tableresponses.inputTokens.count"]) && res["with operator routesfiles.create purpose assistants"] !== "OK" ? "REPRODUCED" : "not reproduced");
process.exit(0);
