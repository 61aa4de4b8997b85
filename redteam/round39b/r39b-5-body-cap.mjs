// R39b-5: the default MAX_BODY_BYTES (1 MiB) refuses ordinary requests the providers take: a phone photo sent as
// base64 (OpenAI vision, Claude image), a 1 MB PDF to Claude, a long-context request (~300k tokens of text).
import OpenAI from "openai"; import Anthropic from "@anthropic-ai/sdk";
import { startGuard, startOrigin39, sleep, ORIGIN, POLICY } from "./lib.mjs";
const o = await startOrigin39(ORIGIN);
const g = await startGuard({ policy: POLICY, tag: "r5" });
let refused = 0, directOk = 0;
try {
  const photo = Buffer.alloc(2500 * 1024, 9).toString("base64"); // a 2.5 MB JPEG from a phone camera
  const pdf = Buffer.alloc(1000 * 1024, 1).toString("base64");    // a 1 MB contract PDF
  const longDoc = "Clause text of the agreement, paragraph. ".repeat(30000); // ~1.2 MB: ~300k tokens (GPT-4.1 / Claude 1M context)
  const cases = [
    ["openai vision, 2.5 MB photo", (c) => c.oa.chat.completions.create({ model: "gpt-4o", max_tokens: 300, messages: [{ role: "user", content: [{ type: "text", text: "What is in this photo?" }, { type: "image_url", image_url: { url: "data:image/jpeg;base64," + photo } }] }] })],
    ["claude image, 2.5 MB photo", (c) => c.an.messages.create({ model: "claude-sonnet-4-5", max_tokens: 300, messages: [{ role: "user", content: [{ type: "image", source: { type: "base64", media_type: "image/jpeg", data: photo } }, { type: "text", text: "What is in this photo?" }] }] })],
    ["claude PDF, 1 MB", (c) => c.an.messages.create({ model: "claude-sonnet-4-5", max_tokens: 300, messages: [{ role: "user", content: [{ type: "document", source: { type: "base64", media_type: "application/pdf", data: pdf } }, { type: "text", text: "Summarise" }] }] })],
    ["openai long context, 1.2 MB text", (c) => c.oa.chat.completions.create({ model: "gpt-4.1", max_tokens: 300, messages: [{ role: "user", content: longDoc + "\nSummarise the agreement." }] })],
  ];
  for (const [name, fn] of cases) {
    const r = {};
    for (const via of ["guard", "direct"]) {
      const key = "sk-r39b5-" + via; const base = via === "guard" ? g.base : `http://127.0.0.1:${ORIGIN}`;
      try { await fn({ oa: new OpenAI({ apiKey: key, baseURL: base + "/v1", maxRetries: 0 }), an: new Anthropic({ apiKey: key, baseURL: base, maxRetries: 0 }) }); r[via] = "200"; if (via === "direct") directOk++; }
      catch (e) { r[via] = `${e.constructor.name} ${e.status} ${(e.error?.error?.message || e.message || "").slice(0, 70)}`; if (via === "guard" && e.status === 413) refused++; }
    }
    console.log(`${name.padEnd(34)} guard: ${r.guard} | direct: ${r.direct}`);
  }
} finally { g.kill(); await o.close(); }
console.log(refused >= 3 && directOk >= 3 ? "REPRODUCED" : "not reproduced");
process.exit(0);
