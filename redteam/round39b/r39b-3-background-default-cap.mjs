// R39b-3: a background Responses request without max_output_tokens (OpenAI's own background-mode example:
// `responses.create({ model: "o3", input, background: true })`) is given max_output_tokens 1024 by the guard; a
// reasoning model spends that on reasoning and the job ends `incomplete` with no answer. Direct: completed.
import OpenAI from "openai";
import { startGuard, startOrigin39, sleep, settled, ORIGIN, POLICY } from "./lib.mjs";
const o = await startOrigin39(ORIGIN, { highReasoning: 6000 }); // effort high: 6,000 reasoning tokens before the text
const g = await startGuard({ policy: POLICY, tag: "r3" });
const poll = async (oa, r) => { for (let i = 0; i < 20 && (r.status === "queued" || r.status === "in_progress"); i++) { await sleep(500); r = await oa.responses.retrieve(r.id); } return r; };
const out = {};
try {
  for (const via of ["guard", "direct"]) {
    const key = `sk-r39b3-${via}`; const oa = new OpenAI({ apiKey: key, baseURL: via === "guard" ? g.base + "/v1" : `http://127.0.0.1:${ORIGIN}/v1`, maxRetries: 0 });
    let r = await oa.responses.create({ model: "o3", input: "Research report: compare EU and US AI regulation, with sources.", reasoning: { effort: "high" }, background: true });
    r = await poll(oa, r); out[via] = r;
    const s = via === "guard" ? await settled(g, key) : null;
    console.log(`${via.padEnd(6)} status ${r.status} ${JSON.stringify(r.incomplete_details)}; max_output_tokens the origin saw ${o.log.filter((x) => x.key === key && x.method === "POST")[0].body.max_output_tokens}; answer ${r.output_text.length} chars; billed ${o.billed[key]}${s ? `, charged ${s.charged}` : ""}`);
  }
} finally { g.kill(); await o.close(); }
console.log(out.guard.status === "incomplete" && out.direct.status === "completed" ? "REPRODUCED" : "not reproduced");
process.exit(0);
