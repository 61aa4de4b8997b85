// R49-1 (abuser): one shared 6+-letter word in every text (or an e5-style "passage: " prefix)
// defeats the unrelated-texts reading of embeddings batches: a diverse English harvest of
// 64-text batches every ~30 s is challenged plain, allowed with the shared word.
import * as L from "./lib49.mjs";
const r = L.rng(4901); const lines = []; let netI = 0;
function harvest(key, mk, { hours = 30, gapS = 30, batch = 64 } = {}) { const net = { ip: `198.51.${netI}.9`, asn: 64600 + netI++ };
  for (let t = 0; t < hours * 3600; t += gapS * (0.8 + 0.4 * r())) { const texts = []; for (let i = 0; i < batch; i++) texts.push(mk()); lines.push(L.embedLine(L.T0 + t * 1000, key, texts, net)); } }
harvest("ctl-en-unrelated", () => L.enText(r, { topic: r.pick(L.TOPIC_NAMES) }));
harvest("shared-word", () => L.enText(r, { topic: r.pick(L.TOPIC_NAMES), shared: "passage" }));
harvest("passage-prefix", () => "passage: " + L.enText(r, { topic: r.pick(L.TOPIC_NAMES) }));
const rows = L.summarize(L.runReplay("r49-1", lines));
L.printSummary("R49-1 shared word (30 h, 64-text batches every ~30 s)", rows);
const get = (k) => rows.find((s) => s.key === k);
const ok = L.isFlagged(get("ctl-en-unrelated")) && ["shared-word", "passage-prefix"].every((k) => !L.isFlagged(get(k)) && get(k).servedInputs > 150000);
console.log(ok ? "REPRODUCED" : "not reproduced");
