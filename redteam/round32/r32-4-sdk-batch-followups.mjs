// R32-4: with the official SDKs and their defaults, a batch larger than rpm is admitted but the batch's own next call fails:
// OpenAI's second step (batches.create, which actually runs the uploaded file) and Anthropic's first poll (batches.retrieve)
// get 429 for the debt's whole length; the SDKs ignore a Retry-After over 60 s, retry twice within seconds and throw
// RateLimitError, whose message does not say the wait comes from the batch just admitted.
// key rpm 20, batch of 100 (debt 80 => 4 min). Bounded: < 20 requests, < 60 s. Ports 9730-9732.
import OpenAI, { toFile } from "openai"; import Anthropic from "@anthropic-ai/sdk";
import { startGuard, chatLines } from "./lib32.mjs";
const g = await startGuard({ tag: "r4", gp: 9730, policy: { defaults: { rpm: 20, tpm: 10000000, tpd: 100000000, concurrency: 8 }, detection: { mode: "off" } } });
let rep = 0;
try {
  const oa = new OpenAI({ apiKey: "sk-rt32-r4-openai", baseURL: g.G + "/v1" });
  const jsonl = chatLines(100).map((l) => JSON.stringify(l)).join("\n") + "\n";
  const f = await oa.files.create({ file: await toFile(Buffer.from(jsonl), "nightly.jsonl"), purpose: "batch" }); console.log("openai files.create:", f.id);
  const t0 = Date.now();
  try { const b = await oa.batches.create({ input_file_id: f.id, endpoint: "/v1/chat/completions", completion_window: "24h" }); console.log("openai batches.create:", b.id); }
  catch (e) { rep++; console.log(`openai batches.create threw ${e.constructor.name} ${e.status} after ${((Date.now() - t0) / 1000).toFixed(1)} s (3 attempts): "${e.error?.message ?? e.message}" retry-after ${e.headers?.get?.("retry-after")} s`); }
  // contrast: @anthropic-ai/sdk (this version) sleeps for any Retry-After, so its poll waits the debt out (not a failure)
  const an = new Anthropic({ apiKey: "sk-rt32-r4-anthropic", baseURL: g.G });
  const tc = Date.now(); const mb = await an.messages.batches.create({ requests: Array.from({ length: 100 }, (_, i) => ({ custom_id: "t" + i, params: { model: "claude-x", max_tokens: 10, messages: [{ role: "user", content: "Classify ticket " + i }] } })) }, { signal: AbortSignal.timeout(20000) });
  console.log(`anthropic batches.create: ${mb.id} after ${((Date.now() - tc) / 1000).toFixed(1)} s`);
  const t1 = Date.now();
  const poll = an.messages.batches.retrieve(mb.id).then(() => "answered", (e) => "threw " + e.constructor.name);
  const res = await Promise.race([poll, new Promise((s) => setTimeout(() => s("still waiting"), 8000))]);
  console.log(`anthropic first poll (batches.retrieve): ${res} after ${((Date.now() - t1) / 1000).toFixed(1)} s (the SDK sleeps on the debt's Retry-After, ~4 min)`);
  console.log(rep === 1 ? "RESULT: REPRODUCED" : "RESULT: not reproduced");
} finally { g.stop(); }
process.exit(0);
