// R62-2: cheap o4-mini requests (hidden reasoning billed) make the key "reasonsHidden", so a non-reasoning
// harvest's big cap is judged by the share of long answers (reasonedBudgetTaken, a count) instead of budgetUsed.
import { buildHarvest, measure, show } from "./lib.mjs";
const N = 1500;
console.log("R62-2: Claude messages harvest (max_tokens 8192, required by the API), 1,400-3,600-token answers, one key, ~21 h");
const t = measure("r62-2-msg-reason2", buildHarvest("r62-2-t", { api: "messages", cap: 8192, cover: "reason", per: 2, vis: [40, 120], n: N, seed: 62201 }));
const c1 = measure("r62-2-msg-plain2", buildHarvest("r62-2-c1", { api: "messages", cap: 8192, cover: "plain", per: 2, vis: [40, 120], n: N, seed: 62201 }));
const c2 = measure("r62-2-msg-none", buildHarvest("r62-2-c2", { api: "messages", cap: 8192, cover: "none", n: N, seed: 62201 }));
const c3 = measure("r62-2-msg-reason1", buildHarvest("r62-2-c3", { api: "messages", cap: 8192, cover: "reason", per: 1, vis: [40, 120], n: N, seed: 62201 }));
const t2 = measure("r62-2-chat-reason2", buildHarvest("r62-2-t2", { api: "chat", cap: 8192, cover: "reason", per: 2, vis: [40, 120], n: N, seed: 62202 }));
const c4 = measure("r62-2-chat-plain2", buildHarvest("r62-2-c4", { api: "chat", cap: 8192, cover: "plain", per: 2, vis: [40, 120], n: N, seed: 62202 }));
show("attack: 2 o4-mini replies (+reasoning) per ask", t);
show("control: same 2 replies on gpt-4.1-mini", c1);
show("control: no cover", c2);
show("variant: 1 o4-mini reply per ask", c3);
show("attack on chat gpt-4.1 max_tokens 8192", t2);
show("control on chat: 2 gpt-4.1-mini replies", c4);
console.log("  attack's last reasons: " + t.lastReasons.join(" | "));
const ok = t.share >= 0.9 && c1.share <= 0.4 && t2.share >= 0.9 && c4.share <= 0.4;
console.log(`R62-2 ${ok ? "REPRODUCED" : "not reproduced"}: messages at max_tokens 8192 with 2 o4-mini replies per ask ${(100 * t.share).toFixed(1)} % of ${(t.tot / 1e6).toFixed(2)} M tokens in full (${t.degraded} degraded) at ${t.coverTok.toFixed(2)} cover tok/harvested tok; the same replies without hidden reasoning ${(100 * c1.share).toFixed(1)} %; chat at 8192 ${(100 * t2.share).toFixed(1)} % vs ${(100 * c4.share).toFixed(1)} %`);
