// What held (round 51), chains: the tag room shrinks with "Continue." pieces however the tag is placed.
import { chains, showChains, SYS_TAG, CLAUDE } from "./lib51.mjs";
const A = chains("held-c-tagged-continue", (h, p) => ({ body: { model: CLAUDE, max_tokens: 8000, system: SYS_TAG, messages: p === 0 ? h : h.concat([{ role: "user", content: "Continue. <thinking>" }]) } }), { ip: "198.18.1.1" });
const B = chains("held-c-prefill", (h, p, c, q) => {
  const sofar = h.filter((m) => m.role === "assistant").map((m) => m.content).join(" ");
  return { body: { model: CLAUDE, max_tokens: 8000, messages: [{ role: "user", content: q }, { role: "assistant", content: "<thinking>" + (p === 0 ? "" : sofar) }] } };
}, { ip: "198.18.1.2" });
const C = chains("held-c-lasttag", (h, p) => ({ body: { model: CLAUDE, max_tokens: 8000, messages: p === 0 ? [{ role: "user", content: h[0].content + " Think in <thinking> tags." }] : h.concat([{ role: "user", content: "Continue in <thinking>." }]) } }), { ip: "198.18.1.3" });
showChains("\"Continue. <thinking>\" as the continuation turn", A);
showChains("Anthropic prefill pieces starting with <thinking>", B);
showChains("tag only in the last user message, \"Continue in <thinking>.\"", C);
const leak = [A, B, C].some((x) => x.per.slice(1).some((y) => y.max > 256));
console.log(leak ? "REPRODUCED" : "not reproduced");
