// R51-3 (known open R22-2, confirmed): "Continue." pieces with native thinking keep 32 + 1,024 every piece,
// while the text-tag room shrinks with the chain (96).
import { chains, showChains, SYS_TAG, CLAUDE } from "./lib51.mjs";
const A = chains("r51-3-native", (h, p) => ({ body: { model: CLAUDE, max_tokens: 16000, thinking: { type: "enabled", budget_tokens: 8000 }, messages: p === 0 ? h : h.concat([{ role: "user", content: "Continue." }]) } }), { ip: "192.0.2.31" });
const C = chains("r51-3-tag", (h, p) => ({ body: { model: CLAUDE, max_tokens: 8000, system: SYS_TAG, messages: p === 0 ? h : h.concat([{ role: "user", content: "Continue." }]) } }), { ip: "192.0.2.32" });
showChains("A: native thinking, \"Continue.\"", A);
showChains("C: <thinking> tag, \"Continue.\"", C);
console.log(`piece 8 gets ${A.per[7].max} with native thinking vs ${C.per[7].max} with the tag room; totals ${A.all.completion} vs ${C.all.completion}`);
console.log(A.per[7].max > 1000 ? "REPRODUCED" : "not reproduced");
