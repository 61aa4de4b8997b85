// R45-3: honest prompt-caching app (docs: R43-6 fixed): one turn writes a 150k-token cached context,
// a minute later 8 subagents go at once on it (default tier: tpm 200,000, concurrency 8). Each
// counts ~15k at cacheReadShare, 120k in all: every one should be served.
import { start, stop, post, ledger, sleep } from "./lib45.mjs";
const TPM = 200000;
await start({ defaults: { rpm: 60, tpm: TPM, tpd: 5000000, concurrency: 8 }, detection: { mode: "off" } });
const PREFIX_CHARS = Number(process.env.PREFIX_CHARS ?? 600000);
const words = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda omicron sigma omega ".repeat(Math.ceil(PREFIX_CHARS / 84)).slice(0, PREFIX_CHARS);
const body = (i) => ({ model: "claude-sonnet-4-5", max_tokens: 1024, system: [{ type: "text", text: "You are a code agent." }],
  messages: [{ role: "user", content: [{ type: "text", text: words, cache_control: { type: "ephemeral" } }] }, { role: "assistant", content: "Read it." }, { role: "user", content: "subagent task " + i }] });
const N = Number(process.env.N ?? 8), WAIT = Number(process.env.WAIT ?? 62000);
const KEYS = Number(process.env.KEYS ?? 4);
const keys = Array.from({ length: KEYS }, (_, j) => j + 1).map((t) => `sk-r45-3-${t}-${Date.now()}`);
for (const k of keys) { const f = await post("/v1/messages", k, body(0), { "x-o-out": "200" }); console.log("first turn", f.status, "remaining", f.headers.get("x-ratelimit-remaining-tokens")); }
await sleep(WAIT);
let total = 0, refusedAll = 0; const lines = [];
// all keys' bursts at once, as several customers of one isolate would
const burstsAll = await Promise.all(keys.map(async (k) => {
  const t0 = Date.now();
  return [k, t0, await Promise.all(Array.from({ length: N }, (_, i) => post("/v1/messages", k, body(i + 1), { "x-o-delay": "1500", "x-o-out": "200" }).then((r) => ({ ...r, ms: Date.now() - t0 }))))];
}));
for (const [k, t0, rs] of burstsAll) {
  const refused = rs.filter((r) => r.status !== 200);
  total += N; refusedAll += refused.length;
  lines.push(`${k}: served ${N - refused.length}, refused ${refused.length}; ` + rs.map((r) => `${r.status}@${r.ms}ms rem=${r.headers.get("x-ratelimit-remaining-tokens")}`).join(" ") + (refused[0] ? ` | "${refused[0].json?.error?.message}"` : ""));
}
lines.forEach((l) => console.log(l));
const l = (await ledger()).ledger;
for (const k of keys) console.log(k, JSON.stringify(l[k]));
console.log(refusedAll ? `REPRODUCED: ${refusedAll} of ${total} subagent turns refused 429 on a fresh minute (each ~${Math.round(PREFIX_CHARS / 4 / 10)} tokens at the share, ${Math.round(N * PREFIX_CHARS / 40)} of tpm ${TPM} in all)` : "not reproduced");
stop(); process.exit(0);
