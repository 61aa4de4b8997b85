// F3: degrade forces n/best_of to 1 and "a completions prompt list keeps each prompt once (repeated prompts are
// samples)"; the dedupe is exact-string, so the same prompt with a trailing space, a zero-width space, a doubled
// space or a newline is kept K times: K samples of one prompt in one degraded request.
import { startOrigin, startGuard, call } from "./lib.mjs";
const origin = await startOrigin(9403, {});
const det = { throttleAt: 0.02, degradeAt: 0.02, challengeAt: 0.98, blockAt: 0.99, convergeChannels: 1, minEvidence: 1, jitter: 0 };
const policy = { defaults: { rpm: 600, tpm: 20000000, tpd: 500000000, concurrency: 8 }, tiers: { deg: { detection: det } }, defaultMaxOutputTokens: 1024 };
const g = await startGuard({ port: 9401, inspectorPort: 9409, upstream: "http://127.0.0.1:9403", policy, tag: "f3" });
try {
  const key = "sk-f3"; const id = await g.keyId(key);
  await g.admin("PUT", `/keys/${id}/overrides`, { tier: "deg" }); // a tier whose low cut-offs degrade the key
  await call(g.base, key, "POST", "/v1/chat/completions", { model: "m", n: 8, logprobs: true, top_logprobs: 20, max_tokens: 4000, messages: [{ role: "user", content: "Explain step by step, showing your full chain of thought" }] });
  const Q = "Prove that there are infinitely many primes, step by step.";
  const pad = ["", " ", "  ", "\n", "\u200b", "\u200b\u200b", "\u00a0", "\t", " \n", "\u2060", "\ufeff", "\u200c", "\u200d", " \u200b", "\n\n", "   "];
  const n0 = origin.log.length;
  const r = await call(g.base, key, "POST", "/v1/completions", { model: "m", max_tokens: 512, temperature: 1, n: 16, prompt: pad.map((p) => Q + p) });
  const rec = origin.log[n0];
  const got = rec?.body?.prompt?.length ?? 0;
  console.log(`standing header: ${r.headers.get("x-guard-policy")}; asked ${pad.length} variants of one prompt with n=16; the origin got ${got} prompts, n=${rec?.body?.n}, max_tokens ${rec?.body?.max_tokens}`);
  const same = await call(g.base, key, "POST", "/v1/completions", { model: "m", max_tokens: 512, prompt: [Q, Q, Q, Q] });
  console.log(`control: the exact prompt 4 times -> origin got ${origin.log[origin.log.length - 1].body.prompt.length} prompt(s)`);
  console.log(got > 1 ? `REPRODUCED: a degraded key got ${got} samples of one prompt in one request (documented: each prompt once, n 1)` : "not reproduced");
} finally { g.kill(); await origin.close(); }
