// A recording origin (127.0.0.1 only): answers chat/completions like an OpenAI-compatible host (vLLM shape,
// prompt_logprobs honoured when asked), and appends what it received (route, body field names, prompt_logprobs,
// logit_bias, max_tokens) to out/origin-rec.jsonl.
import http from "node:http"; import fs from "node:fs";
const port = +(process.argv[2] ?? 18962); const log = new URL("./out/origin-rec.jsonl", import.meta.url); fs.mkdirSync(new URL("./out/", import.meta.url), { recursive: true });
http.createServer((req, res) => { let b = ""; req.on("data", (d) => (b += d)); req.on("end", () => {
  let j = {}; try { j = JSON.parse(b || "{}"); } catch {}
  fs.appendFileSync(log, JSON.stringify({ path: req.url, fields: Object.keys(j).sort(), prompt_logprobs: j.prompt_logprobs ?? null, logit_bias: j.logit_bias ? Object.keys(j.logit_bias).length : null, max_tokens: j.max_tokens ?? j.max_completion_tokens ?? null }) + "\n");
  const p = Math.ceil(b.length / 4); res.setHeader("content-type", "application/json");
  const choice = { index: 0, message: { role: "assistant", content: "A" }, finish_reason: "length" };
  const out = { id: "chatcmpl-rec", object: "chat.completion", model: j.model, choices: [choice], usage: { prompt_tokens: p, completion_tokens: 1, total_tokens: p + 1 } };
  if (j.prompt_logprobs) out.prompt_logprobs = Array.from({ length: Math.min(p, 50) }, () => ({ "1": { logprob: -0.1 } }));
  res.end(JSON.stringify(out));
}); }).listen(port, "127.0.0.1");
