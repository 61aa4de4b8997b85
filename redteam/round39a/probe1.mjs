// probe 1: input the origin adds during a turn (server tools) and detailed usage objects: charged vs billed.
import { startGuard, sleep } from "./lib.mjs";
import { origin39, charged, ask } from "./origin39.mjs";
const { origin, billed } = await origin39(9953, {});
const policy = { defaults: { rpm: 100000, tpm: 1000000000, tpd: 1000000000, concurrency: 64 }, tiers: { quota: { detection: { mode: "off" } } }, defaultMaxOutputTokens: 1024 };
const g = await startGuard({ policy, tag: "p1" });
const A = (extra) => ({ model: "claude-x", max_tokens: 300, messages: [{ role: "user", content: "What is new in the news today about rivers?" }], ...extra });
const WS = { tools: [{ type: "web_search_20250305", name: "web_search", max_uses: 5 }] };
const WF = { tools: [{ type: "web_fetch_20250910", name: "web_fetch", max_uses: 5 }] };
const CE = { tools: [{ type: "code_execution_20250825", name: "code_execution" }] };
const MCP = { mcp_servers: [{ type: "url", url: "https://mcp.example.com/sse", name: "ex" }] };
const R = (extra) => ({ model: "gpt-x", max_output_tokens: 300, input: "What do my documents say about rivers?", ...extra });
const FS = { tools: [{ type: "file_search", vector_store_ids: ["vs_1"] }] };
const RWS = { tools: [{ type: "web_search" }] };
const RMCP = { tools: [{ type: "mcp", server_label: "x", server_url: "https://mcp.example.com", require_approval: "never" }] };
const C = (extra) => ({ model: "gpt-x", max_tokens: 300, messages: [{ role: "user", content: "What is new about rivers?" }], ...extra });
const cases = [
  ["anthropic stream web_search, read whole", "/v1/messages", A({ stream: true, ...WS }), null, { "anthropic-version": "2023-06-01" }],
  ["anthropic stream web_search, cut", "/v1/messages", A({ stream: true, ...WS }), "<END>"],
  ["anthropic JSON web_search", "/v1/messages", A({ ...WS }), null],
  ["anthropic stream web_fetch, cut", "/v1/messages", A({ stream: true, ...WF }), "<END>"],
  ["anthropic stream code_execution, cut", "/v1/messages", A({ stream: true, ...CE }), "<END>"],
  ["anthropic stream mcp_servers, cut", "/v1/messages", A({ stream: true, ...MCP }), "<END>", { "anthropic-beta": "mcp-client-2025-04-04" }],
  ["anthropic stream no tool, cut (control)", "/v1/messages", A({ stream: true }), "<END>"],
  ["responses store:false file_search, cut", "/v1/responses", R({ stream: true, store: false, ...FS }), "<END>"],
  ["responses stored file_search, cut", "/v1/responses", R({ stream: true, ...FS }), "<END>"],
  ["responses store:false web_search, cut", "/v1/responses", R({ stream: true, store: false, ...RWS }), "<END>"],
  ["responses store:false mcp, cut", "/v1/responses", R({ stream: true, store: false, ...RMCP }), "<END>"],
  ["responses store:false file_search, whole", "/v1/responses", R({ stream: true, store: false, ...FS }), null],
  ["chat stream web_search_options, cut", "/v1/chat/completions", C({ stream: true, web_search_options: {} }), "<END>"],
  ["chat stream web_search_options, whole", "/v1/chat/completions", C({ stream: true, web_search_options: {} }), null],
  ["details: chat JSON", "/v1/chat/completions", C({ model: "m|details" }), null],
  ["details: chat stream", "/v1/chat/completions", C({ model: "m|details", stream: true }), null],
  ["details: responses JSON", "/v1/responses", R({ model: "m|details" }), null],
  ["details: responses stream", "/v1/responses", R({ model: "m|details", stream: true }), null],
  ["details: anthropic JSON", "/v1/messages", A({ model: "m|details" }), null],
  ["details: anthropic stream", "/v1/messages", A({ model: "m|details", stream: true }), null],
];
try {
  let i = 0;
  for (const [name, path, body, cut, hdr] of cases) {
    const key = `sk-r39a-p1-${i++}-${Date.now() % 100000}`;
    await g.admin("PUT", `/keys/${await g.keyId(key)}/overrides`, { tier: "quota" });
    const r = await ask(g.base, key, "POST", path, body, cut, hdr || {});
    await sleep(cut ? 5000 : 2500);
    const c = await charged(g, key);
    const o = origin.log.filter((x) => x.key === key && x.method === "POST");
    console.log(`${name.padEnd(44)} status ${r.status} cut=${r.cut} origin POSTs ${o.length} billed ${billed[key] ?? 0} charged ${c.total} (p ${c.c.promptTokens} c ${c.c.completionTokens}) x${((c.total) / (billed[key] || 1)).toFixed(2)} ${r.status !== 200 ? r.text.slice(0, 200) : ""}`);
  }
} finally { g.kill(); await origin.close(); }
