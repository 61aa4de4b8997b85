// R14 target: R13-5's fix ("a degraded key's free requests are forwarded without include") when ANOTHER key of the same
// customer retrieves the degraded key's response. Key A: tier deg (every request degraded). Key B: a fresh allowed key.
import { probe, setTier, req, sleep } from "./lib14.mjs";
const A = "sk-rt14-okA-" + Date.now().toString(36), B = "sk-rt14-okB-" + Date.now().toString(36); await setTier(A, "deg");
const inc = "include[]=message.output_text.logprobs&include[]=reasoning.encrypted_content";
const p = await probe("/v1/responses", { model: "o3@bgms=500", input: "Derive it.", store: true, background: true, top_logprobs: 20, include: ["reasoning.encrypted_content", "message.output_text.logprobs"], reasoning: { effort: "high", summary: "detailed" } }, { key: A });
const id = JSON.parse(p.text).id; const b = p.got[0].body;
console.log(`A's POST: ${p.status} ${p.policy}; origin got include=${JSON.stringify(b.include)} top_logprobs=${b.top_logprobs} reasoning=${JSON.stringify(b.reasoning)}`);
await sleep(800);
for (const [who, key] of [["A (control)", A], ["B", B]]) for (const q of [`?${inc}`, `?stream=true&${inc}`]) {
  const r = await probe(`/v1/responses/${id}${q}`, undefined, { method: "GET", key }); console.log(`${who} GET ${q.slice(0, 40)}...: ${r.status} ${r.policy ?? ""} -> origin url ${r.got[0]?.url}`);
}
