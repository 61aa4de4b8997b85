// Target 1: a DEGRADED key's JSONL upload with lines for /v1/responses and /v1/completions: what the origin stores.
import { G, setTier, logLen, logSince, sleep } from "./lib13.mjs";
const KEY = "sk-rt13-bed-" + Date.now().toString(36); await setTier(KEY, "deg");
const L = (url, body) => JSON.stringify({ custom_id: "x" + Math.random().toString(36).slice(2, 6), method: "POST", url, body });
for (const [url, lines] of [
  ["/v1/responses", [L("/v1/responses", { model: "o3", input: "Q1", top_logprobs: 20, include: ["message.output_text.logprobs", "reasoning.encrypted_content"], reasoning: { effort: "high", summary: "detailed" }, max_output_tokens: 30000, text: { verbosity: "high" } }), L("/v1/responses", { model: "o3", input: "Q2" })]],
  ["/v1/completions", [L("/v1/completions", { model: "davinci-002", prompt: ["Q", "Q", "Q"], best_of: 5, n: 5, echo: true, logprobs: 5, logit_bias: { "50256": -100 }, max_tokens: 3000 })]],
]) {
  const fb = `--B\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nbatch\r\n--B\r\nContent-Disposition: form-data; name="file"; filename="b.jsonl"\r\nContent-Type: application/jsonl\r\n\r\n${lines.join("\n")}\n\r\n--B--\r\n`;
  const k = logLen(); const r = await fetch(G + "/v1/files", { method: "POST", headers: { authorization: "Bearer " + KEY, "content-type": "multipart/form-data; boundary=B" }, body: fb }); await r.text(); await sleep(150);
  console.log(`${url} upload: ${r.status} ${r.headers.get("x-guard-policy")}\n${logSince(k).map((e) => e.body.split("\r\n").filter((l) => l.startsWith("{")).join("\n")).join("")}`);
}
