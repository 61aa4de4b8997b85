// R49-4 (honest advocate): a site's search-query log embedded for analytics, hourly job,
// 4,000 queries an hour in 8 batches of 500, for 2 days. Search queries are short and share
// no words: every batch reads "unrelated", and the volume reads "embeds": challenged.
// A challenged batch of 500 inputs is larger than a whole pass (50): request_too_large even after
// the puzzle is solved, so the job has to be rewritten to batches of <= 50 and gets 50 inputs / 10 min.
import * as L from "./lib49.mjs";
const r = L.rng(4904); const lines = []; const H = 3600e3;
const net = { ip: "192.0.2.10", asn: 65010 };
for (let h = 0; h < 48; h++) for (let j = 0; j < 8; j++) { const b = []; for (let i = 0; i < 500; i++) b.push(L.query(r)); lines.push(L.embedLine(L.T0 + h * H + j * 3000, "querylog-hourly", b, net)); }
// control: the same job over a single shop's product queries (they share the catalogue's words)
const net2 = { ip: "192.0.2.77", asn: 65011 };
for (let h = 0; h < 48; h++) for (let j = 0; j < 8; j++) { const b = []; for (let i = 0; i < 500; i++) b.push(L.ticket(r)); lines.push(L.embedLine(L.T0 + h * H + j * 3000 + 500, "ctl-shop-queries", b, net2)); }
const rows = L.summarize(L.runReplay("r49-4", lines));
L.printSummary("R49-4 query log analytics (48 h, 8 x 500 queries per hour)", rows);
const q = rows.find((s) => s.key === "querylog-hourly");
console.log(`querylog-hourly: ${q.challenged} of ${q.requests} requests challenged (first at request ${q.firstRefuse}), ${q.servedInputs} of ${q.inputs} queries served`);
console.log(L.isFlagged(q) ? "REPRODUCED" : "not reproduced");
