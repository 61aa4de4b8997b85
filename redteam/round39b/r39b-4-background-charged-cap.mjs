// R39b-4: a background response is charged its whole max_output_tokens, not what the origin billed, although the
// guard reads the finished answer's usage when the client retrieves it (docs/security.md).
import OpenAI from "openai";
import { startGuard, startOrigin39, sleep, settled, ORIGIN, POLICY } from "./lib.mjs";
const o = await startOrigin39(ORIGIN, { highReasoning: 6000 });
const g = await startGuard({ policy: POLICY, tag: "r4" });
let ratio = 0;
try {
  for (const cap of [32000, 100000]) {
    const key = `sk-r39b4-${cap}`; const oa = new OpenAI({ apiKey: key, baseURL: g.base + "/v1", maxRetries: 0 });
    let r = await oa.responses.create({ model: "o3", input: "Research report: compare EU and US AI regulation, with sources.", reasoning: { effort: "high" }, background: true, max_output_tokens: cap });
    for (let i = 0; i < 20 && r.status !== "completed"; i++) { await sleep(500); r = await oa.responses.retrieve(r.id); }
    await sleep(1500); const s = await settled(g, key); ratio = Math.max(ratio, s.charged / o.billed[key]);
    console.log(`background, max_output_tokens ${cap}: status ${r.status}, usage ${r.usage.total_tokens}; origin billed ${o.billed[key]}, guard charged ${s.charged} (x${(s.charged / o.billed[key]).toFixed(1)})`);
  }
  const key = "sk-r39b4-fg"; const oa = new OpenAI({ apiKey: key, baseURL: g.base + "/v1", maxRetries: 0 });
  await oa.responses.create({ model: "o3", input: "Research report: compare EU and US AI regulation, with sources.", reasoning: { effort: "high" }, max_output_tokens: 32000 });
  const s = await settled(g, key); console.log(`control, the same in the foreground: billed ${o.billed[key]}, charged ${s.charged}`);
} finally { g.kill(); await o.close(); }
console.log(ratio > 2 ? "REPRODUCED" : "not reproduced");
process.exit(0);
