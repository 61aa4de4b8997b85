// R45-1: the cached-prefix reservation (cacheReadShare at admission) is granted on the guard's
// notion of "the same prefix" (tools, system, turns through the last cache_control block, model),
// but Anthropic's cache also depends on things outside that prefix: tool_choice, thinking, images
// anywhere in the prompt invalidate the message-level cache. A key that had its prefix cached sends
// a burst of `concurrency` requests with the prefix and a changed tool_choice / thinking / image:
// each is admitted at a tenth of the prefix, the origin bills the whole prefix as a cache write.
import { start, stop, post, admin, keyId, ledger, sleep } from "./lib45.mjs";
const POLICY = { defaults: { rpm: 60, tpm: 200000, tpd: 1000000, concurrency: 8 }, detection: { mode: "off" } };
await start(POLICY);
const PREFIX_CHARS = 600000; // 150k tokens at 4 chars a token (the guard's estimate is never under chars/4)
const words = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda omicron sigma omega ".repeat(Math.ceil(PREFIX_CHARS / 84)).slice(0, PREFIX_CHARS);
const tools = [{ name: "lookup", description: "look a thing up", input_schema: { type: "object", properties: { q: { type: "string" } } } }];
const base = (variant, i) => {
  const b = { model: "claude-sonnet-4-5", max_tokens: 16, tools, tool_choice: { type: "auto" },
    messages: [{ role: "user", content: [{ type: "text", text: words, cache_control: { type: "ephemeral" } }] },
      { role: "assistant", content: "Noted." },
      { role: "user", content: "question " + i }] };
  if (variant === "tool_choice") b.tool_choice = { type: "any" };
  if (variant === "thinking") { b.thinking = { type: "enabled", budget_tokens: 1024 }; b.max_tokens = 1040; }
  if (variant === "image") b.messages[2].content = [{ type: "image", source: { type: "url", url: "https://example.com/x" + i + ".png" } }, { type: "text", text: "question " + i }];
  return b;
};
const results = {};
const variants = ["control-same", "tool_choice", "thinking", "image"];
const keys = Object.fromEntries(variants.map((v) => [v, "sk-r45-1-" + v + "-" + Date.now()]));
// 1: an honest first turn on each key writes the cache (reserved in full); then wait for tpm to refill
for (const v of variants) { const f = await post("/v1/messages", keys[v], base("none", 0)); if (f.status !== 200) console.log("first turn", v, f.status, f.text.slice(0, 200)); }
console.log("first turns written; waiting 62 s for tpm to refill (the cache lives 5 min)");
await sleep(62000);
const before = (await ledger()).ledger;
const snap = Object.fromEntries(variants.map((v) => [v, { ...before[keys[v]] }]));
// 2: a burst of 8 at once on each key with the same cached prefix (1.5 s answers, so they overlap)
const bursts = await Promise.all(variants.map((v) => Promise.all(Array.from({ length: 8 }, (_, i) => post("/v1/messages", keys[v], base(v === "control-same" ? "none" : v, i + 1), { "x-o-delay": "1500" })))));
await sleep(3000);
const after = (await ledger()).ledger;
for (const [j, v] of variants.entries()) {
  const a = after[keys[v]], b0 = snap[v];
  const d = Object.fromEntries(Object.keys(a).map((k) => [k, a[k] - b0[k]]));
  const info = await admin("GET", "/keys/" + (await keyId(keys[v])));
  const u = Object.fromEntries(info.usage.map((x) => [x.name, x.remaining]));
  results[v] = { served: bursts[j].filter((r) => r.status === 200).length, refused: bursts[j].filter((r) => r.status !== 200).length,
    burstCacheWrite: d.cacheWrite, burstCacheRead: d.cacheRead, burstFresh: d.input, burstOutput: d.output,
    burstBilledAtShare: d.input + d.output + Math.round(d.cacheRead * 0.1) + d.cacheWrite,
    reservedAtAdmission: bursts[j].filter((r) => r.status === 200).length ? "see remaining headers" : 0,
    remainingHeaders: bursts[j].map((r) => r.headers.get("x-ratelimit-remaining-tokens")).join(","),
    tpmRemainingAfter: u.tpm, tpdRemainingAfter: u.tpd, firstRefusal: (bursts[j].find((r) => r.status !== 200)?.text ?? "").slice(0, 160) };
  console.log(v, JSON.stringify(results[v]));
}
const tc = results["tool_choice"];
const worst = Math.max(...["tool_choice", "thinking", "image"].map((v) => results[v].burstBilledAtShare));
console.log(`policy tpm ${POLICY.defaults.tpm}, tpd ${POLICY.defaults.tpd}, concurrency ${POLICY.defaults.concurrency}`);
if (["tool_choice", "thinking", "image"].some((v) => results[v].served >= 3 && results[v].burstBilledAtShare > POLICY.defaults.tpm * 1.5))
  console.log(`REPRODUCED: one burst of 8 admitted at once; the origin billed up to ${worst} tokens (cache writes counted in full) on a tpm of ${POLICY.defaults.tpm} (${(worst / POLICY.defaults.tpm).toFixed(1)}x tpm, ${(worst / POLICY.defaults.tpd).toFixed(2)}x tpd)`);
else console.log("not reproduced");
stop(); process.exit(0);
