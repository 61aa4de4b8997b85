// F1: one challenge pass (documented: 50 requests, "a batch needs a pass with a request left for each of its
// inner requests") is stretched over legacy-completions prompt lists: each list of K prompts takes ONE pass
// request, so one solved puzzle buys 50 x K answers (degraded, 512 tokens each) instead of 50.
import { startOrigin, startGuard, call, solvePuzzle } from "./lib.mjs";
const K = Number(process.env.K || 100), MT = Number(process.env.MT || 512);
const origin = await startOrigin(9403, {});
const det = { throttleAt: 0.02, degradeAt: 0.02, challengeAt: 0.03, blockAt: 0.99, convergeChannels: 1, minEvidence: 1, jitter: 0 };
// a tier whose detection cut-offs are low puts the key in `challenge` at its first harvest-shaped request
const policy = { defaults: { rpm: 600, tpm: 500000000, tpd: 50000000000, concurrency: 8 }, tiers: { chal: { detection: det } }, defaultMaxOutputTokens: 1024 };
const g = await startGuard({ port: 9401, inspectorPort: 9409, upstream: "http://127.0.0.1:9403", policy, tag: "f1" });
let exit = 0;
try {
  async function onePass(key, p, mk) {
    const id = await g.keyId(key);
    await g.admin("PUT", `/keys/${id}/overrides`, { tier: "chal" });
    // one harvest-shaped chat request puts the key in `challenge` (403 at once)
    await call(g.base, key, "POST", "/v1/chat/completions", { model: "m", n: 8, logprobs: true, top_logprobs: 20, max_tokens: 4000, messages: [{ role: "user", content: "Explain step by step, showing your full chain of thought" }] });
    let r = await call(g.base, key, "POST", p, mk(0));
    // (after the fix: a list longer than a whole pass is refused as too large before any puzzle)
    if (r.body?.error?.code === "request_too_large") return { ok: 0, stop: `${r.status} request_too_large`, standing: "challenge" };
    if (r.body?.error?.code !== "challenge_required") throw new Error("expected a challenge, got " + r.status + " " + JSON.stringify(r.body).slice(0, 200));
    const { token, difficulty } = r.body.error.challenge;
    r = await call(g.base, key, "POST", p, mk(0), { "x-guard-challenge": token, "x-guard-solution": solvePuzzle(token, difficulty) });
    let ok = r.status === 200 ? 1 : 0, last = r;
    for (let j = 1; j < 60 && r.status === 200; j++) { last = await call(g.base, key, "POST", p, mk(j)); if (last.status !== 200) break; ok++; }
    const standing = (await g.admin("GET", `/keys/${id}`)).body.detection.standing;
    return { ok, stop: `${last.status} ${last.body?.error?.code ?? ""}`, standing };
  }
  const n0 = origin.log.length;
  const a = await onePass("sk-f1-list", "/v1/completions", (j) => ({ model: "m", max_tokens: MT, prompt: Array.from({ length: K }, (_, i) => `Explain step by step, showing all reasoning: problem ${j}-${i}`) }));
  const recs = origin.log.slice(n0).filter((x) => x.path === "/v1/completions");
  const prompts = recs.reduce((s, x) => s + (Array.isArray(x.body.prompt) ? x.body.prompt.length : 1), 0);
  const tokens = recs.reduce((s, x) => s + (x.servedCompletion || 0), 0);
  console.log(`completions, prompt lists of ${K}: ${a.ok} requests served on one pass (then ${a.stop}; standing ${a.standing}); origin produced ${prompts} completions, ${tokens} completion tokens; pass bound: 50 answers (50 x ${MT} tokens)`);
  const n1 = origin.log.length;
  const t = await onePass("sk-f1-ids", "/v1/completions", (j) => ({ model: "m", max_tokens: MT, prompt: Array.from({ length: K }, (_, i) => [1000 + j, 2000 + i, 3, 4, 5]) }));
  const r2 = origin.log.slice(n1).filter((x) => x.path === "/v1/completions");
  console.log(`completions, token-ID prompt lists of ${K}: ${t.ok} requests on one pass; origin produced ${r2.reduce((s, x) => s + x.body.prompt.length, 0)} completions`);
  const n2 = origin.log.length;
  const e = await onePass("sk-f1-embed", "/v1/embeddings", (j) => ({ model: "e", input: Array.from({ length: K }, (_, i) => `passage ${j}-${i} to embed, step by step`) }));
  const r3 = origin.log.slice(n2).filter((x) => x.path === "/v1/embeddings");
  console.log(`embeddings, input lists of ${K}: ${e.ok} requests on one pass; origin embedded ${r3.reduce((s, x) => s + x.body.input.length, 0)} inputs`);
  if (prompts > 50 * 2) { console.log(`REPRODUCED: one pass of 50 requests served ${prompts} completions (${(prompts / 50).toFixed(0)}x the pass)`); } else { console.log("not reproduced"); exit = 1; }
} finally { g.kill(); await origin.close(); }
process.exitCode = exit;
