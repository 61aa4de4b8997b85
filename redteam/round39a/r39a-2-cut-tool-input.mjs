// R39a-2: a stream cut after its answer text, on a turn whose input the origin grows with a tool it runs itself
// (Responses `file_search` / `web_search` / `mcp` with store: false; chat `web_search_options`), is charged its
// reservation only. The guard reads such a stream on to its end only for background jobs, stored context or
// prompt with store:false, files and images (docs/config.md); a hosted tool's results are not among them, and
// there is no record to read. The same requests read to the end are charged in full (control).
// Origin: origin39.mjs (a hosted tool adds ADD = 50,000 input tokens, billed when the tool runs, before the text).
import { startGuard, sleep } from "./lib.mjs";
import { origin39, charged, ask } from "./origin39.mjs";
const N = +(process.env.N || 6);
const { origin, billed } = await origin39(9953, { ADD: 50000, STREAMMS: 1500 });
const policy = { defaults: { rpm: 1000, tpm: 10000000, tpd: 120000, concurrency: 8 }, tiers: { quota: { detection: { mode: "off" } } }, defaultMaxOutputTokens: 1024 };
const g = await startGuard({ policy, tag: "r2" });
const R = (tools, i) => ({ model: "gpt-x", stream: true, store: false, max_output_tokens: 300, input: `What do the sources say about river ${i}?`, tools });
const C = (i) => ({ model: "gpt-x-search", stream: true, max_tokens: 300, web_search_options: {}, messages: [{ role: "user", content: `News about river ${i}?` }] });
const shapes = [
  ["responses store:false file_search, read whole (control)", "/v1/responses", (i) => R([{ type: "file_search", vector_store_ids: ["vs_docs"] }], i), null],
  ["responses store:false file_search, cut", "/v1/responses", (i) => R([{ type: "file_search", vector_store_ids: ["vs_docs"] }], i), "<END>"],
  ["responses store:false web_search, cut", "/v1/responses", (i) => R([{ type: "web_search" }], i), "<END>"],
  ["responses store:false mcp, cut", "/v1/responses", (i) => R([{ type: "mcp", server_label: "docs", server_url: "https://mcp.example.com/mcp", require_approval: "never" }], i), "<END>"],
  ["chat web_search_options, read whole (control)", "/v1/chat/completions", C, null],
  ["chat web_search_options, cut", "/v1/chat/completions", C, "<END>"],
];
let bad = 0, controls = 0;
try {
  for (const [name, path, mk, cut] of shapes) {
    const key = `sk-r39a-2-${shapes.findIndex((s) => s[0] === name)}-${Date.now() % 100000}`;
    await g.admin("PUT", `/keys/${await g.keyId(key)}/overrides`, { tier: "quota" });
    let served = 0, refused = 0;
    for (let i = 0; i < N; i++) { const r = await ask(g.base, key, "POST", path, mk(i), cut); if (r.status === 200 && r.text.includes("<END>")) served++; else refused++; await sleep(cut ? 2500 : 300); }
    await sleep(3000);
    const c = await charged(g, key);
    console.log(`${name.padEnd(52)} tpd 120,000: served ${served}, refused ${refused}; origin billed ${billed[key] || 0}; charged ${c.total}; x${((billed[key] || 0) / Math.max(1, c.total)).toFixed(1)}`);
    if (cut && served === N && (billed[key] || 0) > 120000 && (billed[key] || 0) > 10 * c.total) bad++;
    if (!cut && refused > 0 && Math.abs(c.total - (billed[key] || 0)) / (billed[key] || 1) < 0.05) controls++;
  }
  console.log(bad ? `REPRODUCED: ${bad} of 4 cut shapes served all ${N} answers, billed over the tpd, charged under a tenth of the bill (controls refused at the tpd and charged exactly: ${controls} of 2)` : "not reproduced");
} finally { g.kill(); await origin.close(); }
