// R49-5 (honest advocate): indexes of texts that share no words. A news aggregator embedding the
// headlines it fetched from many outlets every 5 minutes (200 a run, ~58 K/day) is challenged;
// at 80 every 10 minutes (~11.5 K/day) it is only degraded. A general forum's search index
// (backfill of 120 K posts, then 15 new posts every 5 minutes) is challenged after its backfill.
import * as L from "./lib49.mjs";
const r = L.rng(4905); const lines = []; const H = 3600e3; let netI = 0;
const netOf = () => ({ ip: `192.0.${20 + netI}.10`, asn: 65020 + netI++ });
function news(key, n, every, days = 2) { const net = netOf(); for (let t = 0; t < days * 24 * 60; t += every) { const b = []; for (let i = 0; i < n; i++) b.push(L.headline(r)); lines.push(L.embedLine(L.T0 + t * 60e3 + r.int(20e3), key, b, net)); } }
news("news-200-per-5min", 200, 5);
news("news-80-per-10min", 80, 10);
{ const net = netOf(); let t = 0; for (let j = 0; j < 1200; j++, t += 2500) { const b = []; for (let i = 0; i < 100; i++) b.push(L.forumPost(r, r.pick(L.TOPIC_NAMES))); lines.push(L.embedLine(L.T0 + t, "forum-index", b, net)); }
  for (; t < 48 * H; t += 300e3) { const b = []; for (let i = 0; i < 15; i++) b.push(L.forumPost(r, r.pick(L.TOPIC_NAMES))); lines.push(L.embedLine(L.T0 + t, "forum-index", b, net)); } }
const rows = L.summarize(L.runReplay("r49-5", lines));
L.printSummary("R49-5 news aggregator and forum index (48 h)", rows);
const n = rows.find((s) => s.key === "news-200-per-5min"), f = rows.find((s) => s.key === "forum-index");
console.log(`news-200-per-5min: ${n.challenged} of ${n.requests} runs challenged (first at run ${n.firstRefuse}); forum-index: ${f.challenged} of ${f.requests} challenged (first at ${f.firstRefuse})`);
console.log(L.isFlagged(n) || f.challenged > 0 ? "REPRODUCED" : "not reproduced");
