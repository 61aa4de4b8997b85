// Target 3: requests per minute and lists. Tier "free" (rpm 20, tpm 40,000): how many rpm does one completions request with a
// list of P distinct prompts (P generations), or one chat request with n = P, cost? Read from the answer's RateLimit "rpm";r=.
import { req, setTier, logLen, logSince, sleep } from "./lib13.mjs";
const P = +(process.env.P ?? 20);
for (const [name, path, body] of [
  ["completions, prompt list", "/v1/completions", { model: "davinci-002", max_tokens: 16, prompt: Array.from({ length: P }, (_, i) => `Question ${i}: name a prime above ${i * 100}.`) }],
  ["chat, n", "/v1/chat/completions", { model: "gpt-4o", max_tokens: 16, n: P, messages: [{ role: "user", content: "Name a prime." }] }],
  ["embeddings, input list", "/v1/embeddings", { model: "text-embedding-3-small", input: Array.from({ length: P }, (_, i) => `text ${i}`) }],
]) {
  const key = `sk-rt13-rpm-${Date.now().toString(36)}-${name.split(",")[0]}`; await setTier(key, "free");
  const k = logLen(); const r = await req("POST", path, { key, body }); await sleep(150); const o = JSON.parse(logSince(k)[0]?.body ?? "{}");
  console.log(`${name} (P=${P}): ${r.status}, rpm left ${r.rl?.match(/"rpm";r=(\d+)/)?.[1]} of 20, tpm left ${r.rl?.match(/"tpm";r=(\d+)/)?.[1]} of 40000; origin answered ${JSON.parse(r.text).choices?.length ?? JSON.parse(r.text).data?.length} choices/items`);
}
