// R62-1: a long-answer harvest that sends no max_tokens, one cheap label request beside each ask.
import { buildHarvest, measure, show } from "./lib.mjs";
const N = 2000;
console.log("R62-1: gpt-4.1 chat harvest, 1,400-3,600-token answers to fresh asks in 11 languages, one key, ~28 h");
const t = measure("r62-1-nocap-cover", buildHarvest("r62-1-t", { api: "chat", cap: 0, cover: "plain", per: 1, vis: [1, 3], n: N, seed: 62101 }));
const c1 = measure("r62-1-nocap-nocover", buildHarvest("r62-1-c1", { api: "chat", cap: 0, cover: "none", n: N, seed: 62101 }));
const c2 = measure("r62-1-cap-cover", buildHarvest("r62-1-c2", { api: "chat", cap: 4096, cover: "plain", per: 1, vis: [1, 3], n: N, seed: 62101 }));
const c3 = measure("r62-1-cap-cover2", buildHarvest("r62-1-c3", { api: "chat", cap: 4096, cover: "plain", per: 2, vis: [1, 3], n: N, seed: 62101 }));
show("attack: no max_tokens + 1 label req per ask", t);
show("control: no max_tokens, no cover", c1);
show("control: max_tokens 4096 + 1 label req per ask", c2);
show("control: max_tokens 4096 + 2 label req per ask", c3);
console.log("  attack's last reasons: " + t.lastReasons.join(" | "));
const ok = t.share >= 0.9 && c1.share <= 0.4 && c2.share <= 0.4;
console.log(`R62-1 ${ok ? "REPRODUCED" : "not reproduced"}: no cap + 1 cheap label per ask ${(100 * t.share).toFixed(1)} % of ${(t.tot / 1e6).toFixed(2)} M tokens served in full (${t.degraded} degraded) at ${t.coverTok.toFixed(2)} cover tok/harvested tok; no cover ${(100 * c1.share).toFixed(1)} %; same cover with max_tokens 4096 ${(100 * c2.share).toFixed(1)} %`);
