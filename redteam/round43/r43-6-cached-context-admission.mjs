// R43-6 (honest prompt-caching apps): a cache read counts at cacheReadShare only at settlement; admission reserves the
// cached context as fresh input (docs/config.md: "a request is admitted on its reservation as before"), and a batch keeps
// its reservation. On a 68k-token cached context (a coding agent; Anthropic's own input limit leaves cache reads out):
// (a) free tier (tpm 40,000): every turn refused request_too_large ("can never be admitted"), though it counts ~7k;
// (b) default tier (tpm 200,000): 4 parallel subagent turns, 3 of 4 refused 429 in each of 3 rounds;
// (c) a message batch of 20 turns on the cached context: the key is charged its reservation, ~10x what it counts.
import { startGuard, ANTH, ask, settled, keyView, sleep } from "./lib.mjs";
import { startAnthropic } from "./origin43-anthropic.mjs";
const a = await startAnthropic(ANTH, { rate: 400, words: 300 });
const TPD = 5000000;
const g = await startGuard({ upstream: `http://127.0.0.1:${ANTH}`, policy: { defaults: { rpm: 60, tpm: 200000, tpd: TPD, concurrency: 8 }, tiers: { free: { rpm: 20, tpm: 40000, tpd: 500000, concurrency: 2 }, batch: { tpm: 100000000 } }, detection: { mode: "off" }, defaultMaxOutputTokens: 1024 } });
const H = (k) => ({ "x-api-key": k, "anthropic-version": "2023-06-01" });
const ctx = "You are a coding agent. Repository file src/module.ts follows.\n" + Array.from({ length: 3200 }, (_, i) => `export function helper${i}(value: number): number { return value * ${i % 97} + ${i}; }`).join("\n");
const turn = (i, max = 4096) => ({ model: "claude-sonnet-4-5", max_tokens: max, system: [{ type: "text", text: ctx, cache_control: { type: "ephemeral" } }], messages: [{ role: "user", content: "Task " + i + ": refactor helper" + i + "." }] });
const share = (b) => b.input + b.creation + 0.1 * b.read + b.output;
try {
  // (a)
  const k1 = "sk-ant-r43-6-free-" + Date.now(); await g.admin("PUT", `/keys/${await g.keyId(k1)}/overrides`, { tier: "free" });
  const ra = []; for (let i = 0; i < 3; i++) ra.push(await ask(g.base, k1, "POST", "/v1/messages", turn(i, 2048), null, H(k1)));
  console.log(`(a) free tier, 3 turns on the cached context (max_tokens 2048): ${ra.map((r) => r.status).join(",")}: ${ra[0].text.slice(60, 200)}`);
  // (b)
  const k2 = "sk-ant-r43-6-par-" + Date.now(); await ask(g.base, k2, "POST", "/v1/messages", turn(0), null, H(k2)); await settled(g, k2); await sleep(20000);
  let refusedB = 0; const roundsB = [];
  for (let round = 0; round < 3; round++) { const rs = await Promise.all([1, 2, 3, 4].map((j) => ask(g.base, k2, "POST", "/v1/messages", turn(10 * round + j), null, H(k2)))); refusedB += rs.filter((r) => r.status === 429).length; roundsB.push(rs.map((r) => r.status).join(",")); await settled(g, k2); await sleep(10000); }
  const bb = a.billed[k2];
  console.log(`(b) tpm 200,000, 4 parallel subagents x 3 rounds (10 s apart, after 20 s): ${roundsB.join(" | ")}; refused ${refusedB} of 12; each served turn counts ~${(share(bb) / bb.requests).toFixed(0)} at the share (first turn's cache write included)`);
  // (c)
  const k3 = "sk-ant-r43-6-batch-" + Date.now(); await g.admin("PUT", `/keys/${await g.keyId(k3)}/overrides`, { tier: "batch" }); await ask(g.base, k3, "POST", "/v1/messages", turn(0, 1024), null, H(k3)); await settled(g, k3);
  const left = async () => (await keyView(g, k3)).usage.find((u) => u.name === "tpd").remaining;
  const l0 = await left(); const b0 = { ...a.billed[k3] };
  const rb = await ask(g.base, k3, "POST", "/v1/messages/batches", { requests: Array.from({ length: 20 }, (_, i) => ({ custom_id: "t" + i, params: turn(100 + i, 1024) })) }, null, H(k3));
  const id = JSON.parse(rb.text).id;
  const rr = await ask(g.base, k3, "GET", `/v1/messages/batches/${id}/results`, null, null, H(k3)); await sleep(1000); await settled(g, k3);
  const l1 = await left(); const b = a.billed[k3]; const d = { input: b.input - b0.input, creation: b.creation - b0.creation, read: b.read - b0.read, output: b.output - b0.output };
  console.log(`(c) (a key of tpm 100,000,000, tpd ${TPD}) batch of 20 turns (status ${rb.status}${rb.status !== 200 ? ' ' + rb.text.slice(0, 120) : ''}, results ${rr.status}): billed input ${d.input}, cache read ${d.read}, output ${d.output}: ${share(d).toFixed(0)} at the share; the key's tpd went down ${l0 - l1} (x${((l0 - l1) / share(d)).toFixed(1)})`);
  const ok = ra.every((r) => r.status === 429) && refusedB >= 4 && (l0 - l1) > 3 * share(d);
  console.log(ok ? `REPRODUCED: cached-context turns counting ~7k each: free tier refused 3 of 3 request_too_large; 4 parallel subagents on tpm 200,000 refused ${refusedB} of 12; a batch of 20 charged ${l0 - l1} for ${share(d).toFixed(0)} at the share` : "not reproduced");
} finally { await g.stop(); await a.close(); }
process.exit(0);
