// Target 1: a DEGRADED key's Responses ask has `include` (logprobs, encrypted reasoning) and `top_logprobs` stripped on
// POST; the stored response is then retrieved on the free route with the same asks in the query string.
import { probe, setTier, info } from "./lib13.mjs";
const KEY = "sk-rt13-retrinc-" + Date.now().toString(36); await setTier(KEY, "deg");
const a = await probe("/v1/responses", { model: "o3", input: "Explain quicksort.", store: true, top_logprobs: 20, include: ["message.output_text.logprobs", "reasoning.encrypted_content"], reasoning: { effort: "high", summary: "detailed" } }, { key: KEY });
const id = JSON.parse(a.text).id;
console.log(`POST /v1/responses: ${a.status} ${a.policy}; origin got ${JSON.stringify(a.got[0].body)}`);
for (const q of ["?include[]=message.output_text.logprobs&include[]=reasoning.encrypted_content", "?include=message.output_text.logprobs", "?stream=true&include[]=message.output_text.logprobs"]) {
  const r = await probe(`/v1/responses/${id}${q}`, undefined, { key: KEY, method: "GET" });
  console.log(`GET /v1/responses/${id}${q}: ${r.status} policy=${r.policy}; origin got ${r.got.map((g) => g.method + " " + g.url).join(", ")}`);
}
const i = await info(KEY); console.log("standing:", i.detection.standing, "requests:", i.counters.requests);
