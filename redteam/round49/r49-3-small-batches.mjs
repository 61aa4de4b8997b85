// R49-3 (abuser): batches of 7 texts (under the 8 the batch reading needs) are never read for
// mixed scripts or unrelated texts; the same dataset sampled for coverage in 64-text batches is
// challenged. Rate here 7 texts every ~8 s (~75 K/day); rpm 60 allows ~600 K texts/day per key.
import * as L from "./lib49.mjs";
const r = L.rng(4903); const lines = []; let netI = 0;
const LANGS = ["en","en","en","es","ru","zh","ja","ko","ar","th"];
function harvest(key, mk, { hours = 30, gapS = 30, batch = 64 } = {}) { const net = { ip: `198.51.${netI}.9`, asn: 64800 + netI++ };
  for (let t = 0; t < hours * 3600; t += gapS * (0.8 + 0.4 * r())) { const texts = []; for (let i = 0; i < batch; i++) texts.push(mk()); lines.push(L.embedLine(L.T0 + t * 1000, key, texts, net)); } }
harvest("ctl-mixed-64", () => L.foreignText(r, r.pick(LANGS)), { hours: 24 });
harvest("mixed-7", () => L.foreignText(r, r.pick(LANGS)), { hours: 24, gapS: 8, batch: 7 });
harvest("en-unrelated-7", () => L.enText(r, { topic: r.pick(L.TOPIC_NAMES) }), { hours: 24, gapS: 8, batch: 7 });
const rows = L.summarize(L.runReplay("r49-3", lines));
L.printSummary("R49-3 batches of 7 (24 h)", rows);
const get = (k) => rows.find((s) => s.key === k);
const ok = L.isFlagged(get("ctl-mixed-64")) && ["mixed-7", "en-unrelated-7"].every((k) => !L.isFlagged(get(k)) && get(k).servedInputs > 60000);
console.log(ok ? "REPRODUCED" : "not reproduced");
