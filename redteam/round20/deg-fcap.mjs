// R20: a DEGRADED key (tier deg) sends its cap under another route's field name: chat with only max_output_tokens, Responses
// with only max_tokens (foreground and background), a chat batch line. Degrade promises every output cap <= 512 and a cap
// written when none is set. What does the origin get?
import { G, setTier, logLen, logSince, sleep, req } from "./lib20.mjs";
const KEY = "sk-rt20-dfcap-" + Date.now().toString(36); await setTier(KEY, "deg");
const cases = [
  ["chat, max_output_tokens 8000", "/v1/chat/completions", { model: "o3", messages: [{ role: "user", content: "Write a long essay." }], max_output_tokens: 8000 }],
  ["chat, no cap (control)", "/v1/chat/completions", { model: "o3", messages: [{ role: "user", content: "Write a long essay." }] }],
  ["responses, max_tokens 8000", "/v1/responses", { model: "o3", input: "Write a long essay.", max_tokens: 8000 }],
  ["responses bg, max_tokens 8000", "/v1/responses", { model: "o3", input: "Write a long essay.", max_tokens: 8000, background: true }],
  ["responses, max_completion_tokens 8000", "/v1/responses", { model: "o3", input: "Write a long essay.", max_completion_tokens: 8000 }],
];
for (const [name, path, body] of cases) { const k = logLen(); const r = await req("POST", path, { key: KEY, body }); await sleep(150); const o = logSince(k)[0]; let ob = {}; try { ob = JSON.parse(o.body); } catch {}
  console.log(`${name}: ${r.status} policy=${r.policy} -> origin caps ${JSON.stringify(Object.fromEntries(Object.entries(ob).filter(([f]) => /max_/.test(f))))}`); }
