// R20: an output cap spelled with ANOTHER route's field name (chat with only max_output_tokens, Responses with only
// max_tokens / max_completion_tokens). Does the guard reserve it as the cap (so it writes no cap of its own), and what
// does the origin receive? A lax origin (vLLM, LiteLLM: unknown fields ignored) then generates up to its own default.
// Direct requests (reservation read from RateLimit tpm r=), a background Response, and batch lines.
import { G, setTier, logLen, logSince, sleep, info, req } from "./lib20.mjs";
const KEY = "sk-rt20-fcap-" + Date.now().toString(36); await setTier(KEY, "nodet", { tpm: 10000000, tpd: 100000000 });
const tpd = async () => (await info(KEY)).usage.find((u) => u.name === "tpd").remaining;
const cases = [
  ["chat, max_output_tokens 1", "/v1/chat/completions", { model: "m@out=3000", messages: [{ role: "user", content: "Write a long essay." }], max_output_tokens: 1 }],
  ["chat, no cap (control)", "/v1/chat/completions", { model: "m@out=3000", messages: [{ role: "user", content: "Write a long essay." }] }],
  ["responses, max_tokens 1", "/v1/responses", { model: "m@out=3000", input: "Write a long essay.", max_tokens: 1 }],
  ["responses, max_completion_tokens 1", "/v1/responses", { model: "m@out=3000", input: "Write a long essay.", max_completion_tokens: 1 }],
  ["responses bg, max_tokens 1", "/v1/responses", { model: "m@out=3000", input: "Write a long essay.", max_tokens: 1, background: true }],
  ["messages, max_tokens 100 + max_completion_tokens 1", "/v1/messages", { model: "m@out=3000", max_tokens: 100, max_completion_tokens: 1, messages: [{ role: "user", content: "Write a long essay." }] }],
];
for (const [name, path, body] of cases) { const k = logLen(); const r = await req("POST", path, { key: KEY, body }); await sleep(150); const o = logSince(k)[0]; let ob = {}; try { ob = JSON.parse(o.body); } catch {}
  const caps = Object.fromEntries(Object.entries(ob).filter(([f]) => /max_/.test(f)));
  console.log(`${name}: ${r.status} ${r.status >= 400 ? r.text.slice(0, 120) : ""} reservation seen in RateLimit: ${r.rl?.match(/"tpm";r=(\d+)/)?.[1]} (tpm 10,000,000); origin got caps ${JSON.stringify(caps)}`); }
const lines = [
  { custom_id: "a", method: "POST", url: "/v1/chat/completions", body: { model: "o3", messages: [{ role: "user", content: "Write a long essay." }], max_output_tokens: 1 } },
  { custom_id: "b", method: "POST", url: "/v1/chat/completions", body: { model: "o3", messages: [{ role: "user", content: "Write a long essay." }] } },
].map((l) => JSON.stringify(l)).join("\n") + "\n";
const body = `--B\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nbatch\r\n--B\r\nContent-Disposition: form-data; name="file"; filename="b.jsonl"\r\nContent-Type: application/jsonl\r\n\r\n${lines}\r\n--B--\r\n`;
let b0 = await tpd(); let k = logLen();
const r = await fetch(G + "/v1/files", { method: "POST", headers: { authorization: "Bearer " + KEY, "content-type": "multipart/form-data; boundary=B" }, body }); await r.text(); await sleep(300);
console.log(`batch upload: ${r.status}, tpd consumed ${b0 - (await tpd())}; origin's file lines:`); for (const e of logSince(k)) console.log("  " + e.body.split("\r\n").filter((l) => l.startsWith("{")).join("\n  "));
