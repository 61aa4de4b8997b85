// R49-6 (honest advocate): a documentation site in 12 languages embeds each page with its
// translations side by side (one request per page, 12 texts, 8 scripts), backfill of 5,000 pages
// over 5 hours, then ~30 updated pages a day. Every batch mixes >= 3 scripts: challenged in the
// backfill's third hour. Controls (handled correctly): single-corpus indexers in Chinese, Thai,
// support tickets and a tech RAG corpus, same shape (backfill 150 K texts then incremental), allowed.
import * as L from "./lib49.mjs";
const r = L.rng(4906); const lines = []; const H = 3600e3; let netI = 0;
const netOf = () => ({ ip: `192.0.${40 + netI}.10`, asn: 65040 + netI++ });
{ const net = netOf(); const LG = ["en","es","ru","zh","ja","ko","ar","th","en","es","ru","zh"]; let t = 0;
  for (let j = 0; j < 5000; j++, t += 3600) lines.push(L.embedLine(L.T0 + t, "docs-12-languages", LG.map((g) => L.foreignText(r, g)), net));
  for (; t < 48 * H; t += 48 * 60e3) lines.push(L.embedLine(L.T0 + t, "docs-12-languages", LG.map((g) => L.foreignText(r, g)), net)); }
function indexer(key, mk, { backfill = 1500, batch = 100, gapMs = 4000, incEvery = 5, incN = 10 } = {}) { const net = netOf(); let t = 0;
  for (let j = 0; j < backfill; j++, t += gapMs) { const b = []; for (let i = 0; i < batch; i++) b.push(mk()); lines.push(L.embedLine(L.T0 + t, key, b, net)); }
  for (; t < 40 * H; t += incEvery * 60e3) { const b = []; for (let i = 0; i < incN; i++) b.push(mk()); lines.push(L.embedLine(L.T0 + t, key, b, net)); } }
indexer("ctl-zh-corpus", () => L.zhText(r));
indexer("ctl-th-corpus", () => L.thText(r));
indexer("ctl-tickets", () => L.ticket(r));
indexer("ctl-rag-tech", () => L.forumPost(r, "tech"));
const rows = L.summarize(L.runReplay("r49-6", lines));
L.printSummary("R49-6 multilingual docs site and single-corpus controls", rows);
const d = rows.find((s) => s.key === "docs-12-languages");
console.log(`docs-12-languages: ${d.challenged} of ${d.requests} requests challenged (first at ${d.firstRefuse}), ${d.servedInputs} of ${d.inputs} texts served; controls flagged: ${rows.filter((s) => s.key.startsWith("ctl-") && L.isFlagged(s)).length} of 4`);
console.log(L.isFlagged(d) ? "REPRODUCED" : "not reproduced");
