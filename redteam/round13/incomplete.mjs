// Target 3: a Responses stream that ends with `response.incomplete` (the answer hit max_output_tokens; the origin's usage
// is on that event) instead of `response.completed`. Origin: 2,000 visible tokens + RZ hidden reasoning tokens, billed.
import { G, setTier, info, sleep } from "./lib13.mjs";
async function run(tag, model, extra = {}) {
  const key = `sk-rt13-inc-${tag}-${Date.now().toString(36)}`; await setTier(key, "pro");
  const r = await fetch(G + "/v1/responses", { method: "POST", headers: { authorization: "Bearer " + key, "content-type": "application/json" }, body: JSON.stringify({ model, input: "Explain quicksort.", max_output_tokens: 6000, stream: true, ...extra }), signal: AbortSignal.timeout(20000) });
  const t = await r.text(); await sleep(1500); const i = await info(key);
  const last = t.trim().split("\n\n").pop().split("\n")[0];
  console.log(`${tag}: ${r.status}, last event "${last}"; guard counted completionTokens=${i.counters.completionTokens} promptTokens=${i.counters.promptTokens}`);
}
await run("completed", "o3@out=2000,rz=3000");
await run("incomplete", "o3@out=2000,rz=3000,inc");
await run("incomplete-bg", "o3@out=2000,rz=3000,inc", { background: true, store: true });
