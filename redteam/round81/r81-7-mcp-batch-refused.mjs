// R81-7: a support team's nightly Anthropic message batch tags tickets with the help of its own MCP server
// (mcp_servers, the documented MCP connector); the same job as an OpenAI batch file with a Responses `mcp`
// tool. Both are refused whole (400) since round 79; the way back (send each item on its own) works but
// costs the customer the batch discount (batch price is half) and counts each item against rpm.
import OpenAI, { toFile } from "openai";
import Anthropic from "@anthropic-ai/sdk";
const PORT = process.env.PORT || 8981; const base = `http://127.0.0.1:${PORT}`; const t = Date.now();
const A = new Anthropic({ apiKey: "sk-ant-r81-7-" + t, baseURL: base, maxRetries: 0 });
const O = new OpenAI({ apiKey: "sk-r81-7-" + t, baseURL: base + "/v1", maxRetries: 0 });
const N = 20; let aStatus, aMsg, oStatus, oMsg;
const items = Array.from({ length: N }, (_, i) => ({ custom_id: "t" + i, params: { model: "mock-claude", max_tokens: 64, messages: [{ role: "user", content: `Tag ticket ${i} using the ticket tool` }], mcp_servers: [{ type: "url", url: "https://mcp.acme.example/sse", name: "tickets" }] } }));
try { await A.beta.messages.batches.create({ betas: ["mcp-client-2025-04-04"], requests: items }); aStatus = 200; } catch (e) { aStatus = e.status; aMsg = e.error?.error?.message; }
console.log(`Anthropic batch of ${N} items with mcp_servers -> ${aStatus}: ${aMsg}`);
const lines = Array.from({ length: N }, (_, i) => JSON.stringify({ custom_id: "t" + i, method: "POST", url: "/v1/responses", body: { model: "mock-gpt", max_output_tokens: 64, input: `Tag ticket ${i}`, tools: [{ type: "mcp", server_label: "tickets", server_url: "https://mcp.acme.example", require_approval: "never" }] } })).join("\n") + "\n";
try { await O.files.create({ file: await toFile(Buffer.from(lines), "tickets.jsonl"), purpose: "batch" }); oStatus = 200; } catch (e) { oStatus = e.status; oMsg = e.message; }
console.log(`OpenAI batch file of ${N} lines with an mcp tool -> ${oStatus}: ${oMsg}`);
let one = 0; for (let i = 0; i < 3; i++) { try { await A.beta.messages.create({ betas: ["mcp-client-2025-04-04"], ...items[i].params }); one++; } catch (e) { console.log("single", e.status); } }
console.log(`the way back, items sent on their own: ${one}/3 served (each at the full, not the batch, price; ${N} items = ${N} requests against rpm)`);
console.log(aStatus === 400 && oStatus === 400 && one === 3 ? "REPRODUCED" : "not reproduced");
