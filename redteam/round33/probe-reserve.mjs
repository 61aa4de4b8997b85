import { startOrigin, startGuard, call, sleep } from "./lib.mjs";
const origin = await startOrigin(9403, {});
const policy = { defaults: { rpm: 600, tpm: 20000000, tpd: 50000000, concurrency: 8 }, defaultMaxOutputTokens: 1024, detection: { mode: "off" } };
const g = await startGuard({ port: 9401, inspectorPort: 9409, upstream: "http://127.0.0.1:9403", policy, tag: "probe" });
let i = 0;
async function res(name, p, body, h = {}) {
  const key = "sk-res-" + (i++);
  const n0 = origin.log.length;
  const r = await call(g.base, key, "POST", p, body, h);
  const rem = r.headers.get("x-ratelimit-remaining-tokens");
  const rec = origin.log[n0];
  console.log(name.padEnd(40), r.status, "reserved", 20000000 - Number(rem), "| origin billed", rec ? (rec.servedPrompt||0) + (rec.servedCompletion||0) : "-", r.status !== 200 ? JSON.stringify(r.body).slice(0, 120) : "");
}
try {
  const P = Array.from({ length: 50 }, (_, k) => [1, 2, 3, k]);
  await res("completions string", "/v1/completions", { model: "m", prompt: "hello", max_tokens: 1000 });
  await res("completions string[] x50", "/v1/completions", { model: "m", prompt: Array.from({ length: 50 }, (_, k) => "p" + k), max_tokens: 1000 });
  await res("completions int[][] x50", "/v1/completions", { model: "m", prompt: P, max_tokens: 1000 });
  await res("completions int[] ", "/v1/completions", { model: "m", prompt: [1, 2, 3], max_tokens: 1000 });
  await res("completions str[] x50 n2 best_of3", "/v1/completions", { model: "m", prompt: Array.from({ length: 50 }, (_, k) => "p" + k), max_tokens: 1000, n: 2, best_of: 3 });
  await res("completions int[][] x50 best_of 4", "/v1/completions", { model: "m", prompt: P, max_tokens: 1000, best_of: 4 });
  await res("chat n=8", "/v1/chat/completions", { model: "m", n: 8, max_tokens: 1000, messages: [{ role: "user", content: "x" }] });
} finally { g.kill(); await origin.close(); }
