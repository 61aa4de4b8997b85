// R61-3 (not reproduced): making a long-answer harvest's 8,192 budget look like headroom (budgetUsed)
// by diluting its answer tokens past 512 with cover answers just under 512 (foreground, or delivered
// by message batches at half price). Control: the same harvest at max_tokens 1,024 (no budget evidence).
import * as L from "./lib.mjs";
const msg = (q, mt) => ({ model: "claude-sonnet-4-5", max_tokens: mt, messages: [{ role: "user", content: q }] });
function trace(name, mode, K, MT) {
  const r = L.rng(5); const lines = []; let ts = L.T0; const key = "sk-r61-3-" + name; let b = 0;
  for (let i = 0; i < 1200 && lines.length < 15000; i++) {
    ts += r.int(8000, 16000); const q = L.shortAsk(r);
    lines.push(L.line(ts, key, "/v1/messages", msg(q, MT), { prompt_tokens: L.ptoks(q), completion_tokens: r.int(700, 1000) }, { h: 1 }));
    if (mode === "fg") for (let j = 0; j < K; j++) { ts += r.int(8000, 16000); const s = L.shortAsk(r);
      lines.push(L.line(ts, key, "/v1/messages", msg(s, MT), { prompt_tokens: L.ptoks(s), completion_tokens: r.int(440, 505) }, { h: 0 })); }
    if (mode === "batch" && i % 20 === 0) { b++; const id = `msgbatch_${name}_${b}`;
      const reqs = Array.from({ length: 20 * K }, (_, k) => ({ custom_id: "c" + k, params: msg(L.shortAsk(r), 600) }));
      lines.push(L.line(ts + 500, key, "/v1/messages/batches", { requests: reqs }, null, { h: 0, batch_id: id }));
      lines.push(L.line(ts + 600000, key, `/v1/messages/batches/${id}/results`, undefined, null, { method: "GET", h: 0, results: reqs.map((x) => ({ prompt_tokens: L.ptoks(x.params.messages[0].content), completion_tokens: r.int(440, 505) })) })); }
  }
  return lines;
}
let best = 0;
for (const [label, mode, K, MT] of [["no cover, max_tokens 8192", "fg", 0, 8192], ["no cover, max_tokens 1024 (ctl)", "fg", 0, 1024], ["1 fg cover/harvest, 8192", "fg", 1, 8192], ["3 fg cover/harvest, 8192", "fg", 3, 8192], ["3 batch cover/harvest, 8192", "batch", 3, 8192], ["6 batch cover/harvest, 8192", "batch", 6, 8192]]) {
  const name = `${mode}${K}-${MT}`;
  const lines = trace(name, mode, K, MT);
  const { dec } = L.replay("r61-3-" + name, lines);
  const t = L.tally(lines, dec, (l) => l.h === 1);
  let coverTok = 0; for (const l of lines) if (l.h === 0) { if (l.usage) coverTok += l.usage.completion_tokens; if (l.results) for (const x of l.results) coverTok += x.completion_tokens / 2; }
  const sc = L.maxScore(lines, dec, (l) => l.h === 1);
  console.log(`${label.padEnd(32)} harvest ${t.n}  served in full ${t.full} (${L.pct(t.fullShare)}), tokens ${L.pct(t.tokFullShare)}  cover ${(coverTok / t.tok).toFixed(2)} tok/harvested tok`);
  console.log(`    top reasons: ${sc.reasons.slice(0, 3).join(" | ")}`);
  if (K > 0) best = Math.max(best, t.fullShare);
}
console.log(best > 0.2 ? "REPRODUCED" : "not reproduced");
