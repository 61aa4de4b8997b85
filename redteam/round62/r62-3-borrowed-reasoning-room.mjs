// R62-3: under degrade, a request naming no reasoning effort gets maxThinkingTokens of room when half its key's answers
// came with hidden reasoning, whatever model it asks: a gpt-4.1 chain-of-thought harvest writes the room as answer.
import { buildHarvest, measure, show } from "./lib.mjs";
const N = 1500;
console.log("R62-3: gpt-4.1 chat harvest of step-by-step answers (1,400-3,600 tokens), max_tokens 8192, degraded on its asks; one key, ~21 h");
const t = measure("r62-3-room-reason", buildHarvest("r62-3-t", { api: "chat", cap: 8192, cover: "reason", per: 1, vis: [1, 3], style: "cot", n: N, seed: 62301 }));
const c1 = measure("r62-3-room-plain", buildHarvest("r62-3-c1", { api: "chat", cap: 8192, cover: "plain", per: 1, vis: [1, 3], style: "cot", n: N, seed: 62301 }));
const c2 = measure("r62-3-room-none", buildHarvest("r62-3-c2", { api: "chat", cap: 8192, cover: "none", style: "cot", n: N, seed: 62301 }));
const t2 = measure("r62-3-room-reason-nocap", buildHarvest("r62-3-t2", { api: "chat", cap: 0, cover: "reason", per: 1, vis: [1, 3], style: "cot", n: N, seed: 62302 }));
show("attack: 1 o4-mini label (+reasoning) per ask", t);
show("control: same label on gpt-4.1-mini", c1);
show("control: no cover", c2);
show("attack, harvest without max_tokens", t2);
const ok = t.degraded >= 0.8 * t.n && t.maxCap > 512 && t.share >= 2 * c1.share && c1.maxCap <= 512;
console.log(`R62-3 ${ok ? "REPRODUCED" : "not reproduced"}: ${t.degraded} of ${t.n} degraded, capped at up to ${t.maxCap} instead of 512: ${(100 * t.share).toFixed(1)} % of the harvest's tokens delivered vs ${(100 * c1.share).toFixed(1)} % with the same labels on a non-reasoning model (${c1.degraded} degraded) and ${(100 * c2.share).toFixed(1)} % without cover; cover ${t.coverTok.toFixed(2)} tok per harvested tok`);
