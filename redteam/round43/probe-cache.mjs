import { startGuard, ANTH, ask, settled, keyView, sleep } from "./lib.mjs";
import { startAnthropic } from "./origin43-anthropic.mjs";
const TPD = 864000;
const a = await startAnthropic(ANTH, { rate: 400, words: 300 });
const g = await startGuard({ upstream: `http://127.0.0.1:${ANTH}`, policy: { defaults: { rpm: 600, tpm: 200000, tpd: TPD, concurrency: 8 }, tiers: { free: { rpm: 20, tpm: 40000, tpd: 500000, concurrency: 2 } }, detection: { mode: "off" }, defaultMaxOutputTokens: 1024 } });
const H = (k) => ({ "x-api-key": k, "anthropic-version": "2023-06-01" });
const ctx = "You are a coding agent. Repository file src/module.ts follows.\n" + Array.from({ length: 3200 }, (_, i) => `export function helper${i}(value: number): number { return value * ${i % 97} + ${i}; }`).join("\n");
const turn = (i, extra = {}) => ({ model: "claude-sonnet-4-5", max_tokens: 8192, system: [{ type: "text", text: ctx, cache_control: { type: "ephemeral" } }], messages: [{ role: "user", content: "Task " + i + ": refactor helper" + i + "." }], ...extra });
const tpdLeft = async (k) => (await keyView(g, k)).usage.find((u) => u.name === "tpd").remaining;
try {
  // 1. sequential agent turns
  const k1 = "sk-ant-seq-" + Date.now(); let t0 = Date.now(); const sts = [];
  for (let i = 0; i < 6; i++) { const r = await ask(g.base, k1, "POST", "/v1/messages", turn(i), null, H(k1)); sts.push(r.status); }
  let s = await settled(g, k1); let left = await tpdLeft(k1); let b = a.billed[k1];
  const exp = b.input + b.creation + 0.1 * b.read + b.output;
  console.log(`1. 6 sequential turns: ${sts.join(",")} in ${Date.now() - t0} ms; billed ${JSON.stringify(b)}; expected at share ${exp.toFixed(0)}; tpd used ${TPD - left}; counters ${s.charged}`);
  // 2. 4 parallel subagents on the cached context
  const k2 = "sk-ant-par-" + Date.now(); await ask(g.base, k2, "POST", "/v1/messages", turn(0), null, H(k2)); await settled(g, k2);
  for (let round = 0; round < 3; round++) { const rs = await Promise.all([1, 2, 3, 4].map((j) => ask(g.base, k2, "POST", "/v1/messages", turn(10 * round + j), null, H(k2)))); console.log(`2. round ${round}: 4 parallel turns -> ${rs.map((r) => r.status).join(",")} ${rs.find((r) => r.status !== 200)?.text.slice(0, 120) || ""}`); await settled(g, k2); }
  // 3. free tier with the cached context
  const k3 = "sk-ant-free-" + Date.now(); await g.admin("PUT", `/keys/${await g.keyId(k3)}/overrides`, { tier: "free" });
  const r3 = await ask(g.base, k3, "POST", "/v1/messages", turn(0, { max_tokens: 4096 }), null, H(k3)); console.log(`3. free tier, cached context: ${r3.status} ${r3.text.slice(0, 140)}`);
  // 4. cut stream after the cache read
  const k4 = "sk-ant-cut-" + Date.now(); await ask(g.base, k4, "POST", "/v1/messages", turn(0), null, H(k4)); await settled(g, k4); const l0 = await tpdLeft(k4); const b0 = { ...a.billed[k4] };
  const r4 = await ask(g.base, k4, "POST", "/v1/messages", turn(1, { stream: true }), (buf) => (buf.match(/text_delta/g) || []).length >= 5, H(k4));
  await sleep(1500); s = await settled(g, k4); const l1 = await tpdLeft(k4); b = a.billed[k4];
  console.log(`4. cut stream: status ${r4.status}; billed this turn input ${b.input - b0.input}, read ${b.read - b0.read}, output ${b.output - b0.output}; tpd used ${l0 - l1}; at share ${(b.input - b0.input + 0.1 * (b.read - b0.read) + b.output - b0.output).toFixed(0)}`);
  // (a stream read to the end on a cached context: r43-5-cut-cache-read-full.mjs, "answered")
} finally { await g.stop(); await a.close(); }
process.exit(0);
