// R14 target: output caps a DEGRADED key's Responses requests reach the origin with (degrade.maxOutputTokens 512).
import { probe, setTier } from "./lib14.mjs";
const KEY = "sk-rt14-degbg-" + Date.now().toString(36); await setTier(KEY, "deg");
const base = { model: "o3", input: "Write a long essay." };
for (const [name, extra] of [["fg, no cap", {}], ["fg, cap null", { max_output_tokens: null }], ["fg, cap 5000", { max_output_tokens: 5000 }],
  ["bg true, no cap", { background: true }], ["bg true, cap null", { background: true, max_output_tokens: null }], ["bg true, cap 5000", { background: true, max_output_tokens: 5000 }],
  ["bg true + stream, no cap", { background: true, stream: true }],
  ['bg "true", no cap', { background: "true" }], ['bg 1, no cap', { background: 1 }], ['bg "true" + stream, no cap', { background: "true", stream: true }]]) {
  const r = await probe("/v1/responses", { ...base, ...extra }, { key: KEY }); const b = r.got[0]?.body;
  console.log(`${name}: ${r.status} ${r.policy} -> origin background=${JSON.stringify(b?.background)} max_output_tokens=${JSON.stringify(b?.max_output_tokens)} reasoning=${JSON.stringify(b?.reasoning)}`);
}
