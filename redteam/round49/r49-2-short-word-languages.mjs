// R49-2 (abuser): texts in languages written with short space-separated words (Korean eojeol,
// Vietnamese syllables) have no "word" of 6+ letters, so the unrelated reading never decides
// ("fewer than 6 texts with a word do not decide"); a harvest batched by language stays unflagged.
import * as L from "./lib49.mjs";
const r = L.rng(4902); const lines = []; let netI = 0;
function harvest(key, mk, { hours = 30, gapS = 30, batch = 64 } = {}) { const net = { ip: `198.51.${netI}.9`, asn: 64700 + netI++ };
  for (let t = 0; t < hours * 3600; t += gapS * (0.8 + 0.4 * r())) { const texts = []; for (let i = 0; i < batch; i++) texts.push(mk()); lines.push(L.embedLine(L.T0 + t * 1000, key, texts, net)); } }
harvest("ctl-en-unrelated", () => L.enText(r, { topic: r.pick(L.TOPIC_NAMES) }));
harvest("korean", () => L.foreignText(r, "ko"));
harvest("vietnamese", () => L.viText(r));
harvest("korean+vietnamese", () => (r() < 0.5 ? L.viText(r) : L.foreignText(r, "ko")));
const rows = L.summarize(L.runReplay("r49-2", lines));
L.printSummary("R49-2 short-word languages (30 h, 64-text batches every ~30 s)", rows);
const get = (k) => rows.find((s) => s.key === k);
const ok = L.isFlagged(get("ctl-en-unrelated")) && ["korean", "vietnamese", "korean+vietnamese"].every((k) => !L.isFlagged(get(k)) && get(k).servedInputs > 150000);
console.log(ok ? "REPRODUCED" : "not reproduced");
