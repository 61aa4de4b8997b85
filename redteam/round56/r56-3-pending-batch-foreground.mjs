// R56-3: a pending nightly batch degrades the same key's interactive product. A work-tools company
// serves a meeting-notes-to-report assistant in the foreground (max_tokens 4,096 as headroom,
// answers 300-1,300 tokens, r < 1) and, on the same key, runs a nightly OpenAI batch of 2,500
// product-tagging lines (no max_tokens: the guard writes 1,024; answers 60-120 tokens) whose output
// it fetches with the morning cron at 09:00 (14 h later). While the batch's answers are unread the
// assistant's output budget counts in full and the assistant is degraded, its reports cut at 512.
// Controls: no batch; the batch's output fetched 1 h after submission.
// Variant: product descriptions (answers 180-320 tokens, ~2x their supplier data) read after 3 h:
// the key's answers-over-prompt ratio r passes 2 and the assistant's headroom counts from then on.
import { rng, T0, writeTrace, replay, summarise, show, topReasons, tok, arrivals, OFFICE, PRO } from "./lib56.mjs";
import { doc } from "./texts56.mjs";
const CAP = 512;
const SYS = "You turn a team's raw meeting notes into a clean report: decisions, owners and deadlines, open risks, and a short summary for people who missed the meeting. Keep the notes' language.";
const TAG = "Classify the product for our shop: return JSON with category, subcategory, material, target group and three search keywords.";
const DESC = "Write a product description for our online shop from the supplier data: a title, two short paragraphs and five bullet points. Plain, factual tone.";

function company({ batch, hours = 14, lo = 60, hi = 120, sys = TAG, seed = 566 }) {
  const r = rng(seed); const ev = []; const key = "sk-worktools-co";
  for (let day = 0; day < 4; day++) {
    for (const t of arrivals(r, T0 + day * 86400e3, 24, 45, OFFICE)) {
      const notes = doc(r, r.pick(["en", "en", "de", "fr", "es", "pl"]), r.int(10, 30));
      const ans = Math.round(tok(notes) * (0.6 + 0.5 * r.next())) + 120;
      ev.push({ ts: t, key, ip: `192.0.2.${r.int(2, 200)}`, method: "POST", path: "/v1/chat/completions", body: { model: "gpt-4.1", max_tokens: 4096, messages: [{ role: "system", content: SYS }, { role: "user", content: notes }] }, usage: { prompt_tokens: tok(SYS) + tok(notes) + 14, completion_tokens: ans }, _ans: ans });
    }
    const lines = [], us = [];
    for (let i = 0; i < 2500; i++) { const sup = `SKU ${r.int(10000, 99999)}; ` + doc(r, "en", r.int(2, 4), r.pick(["tech", "agri", "travel"])); lines.push(JSON.stringify({ custom_id: `p${day}-${i}`, method: "POST", url: "/v1/chat/completions", body: { model: "gpt-4.1-mini", messages: [{ role: "system", content: sys }, { role: "user", content: sup }] } })); us.push({ prompt_tokens: tok(sys) + tok(sup) + 14, completion_tokens: r.int(lo, hi) }); }
    if (batch && day < 3) {
      const t = T0 + day * 86400e3 + 19 * 3600e3;
      ev.push({ ts: t, key, ip: "192.0.2.250", method: "POST", path: "/v1/files", body: { purpose: "batch", file: lines.join("\n") + "\n" } });
      ev.push({ ts: t + 2000, key, ip: "192.0.2.250", method: "POST", path: "/v1/batches", body: { input_file_id: `file-in-${day}`, endpoint: "/v1/chat/completions", completion_window: "24h" } });
      const done = t + hours * 3600e3;
      for (let p = t + 1800e3; p < done; p += 1800e3) ev.push({ ts: p, key, ip: "192.0.2.250", method: "GET", path: `/v1/batches/batch_${day}` });
      ev.push({ ts: done, key, ip: "192.0.2.250", method: "GET", path: `/v1/batches/batch_${day}` });
      ev.push({ ts: done + 2000, key, ip: "192.0.2.250", method: "GET", path: `/v1/files/file-out-${day}/content`, results: us });
    }
  }
  return ev;
}
const res = {};
for (const [name, label, opt] of [
  ["tagging-14h", "nightly tagging batch (answers 60-120), output fetched by the 09:00 cron (14 h)", { batch: true, hours: 14 }],
  ["nobatch", "control: the assistant alone", { batch: false }],
  ["tagging-1h", "control: the same batch, output fetched 1 h after submission", { batch: true, hours: 1 }],
  ["descr-3h", "variant: nightly product descriptions (answers 180-320, ~2x their input), fetched after 3 h", { batch: true, hours: 3, lo: 180, hi: 320, sys: DESC }],
]) {
  const tr = writeTrace(`r56-3-${name}`, company(opt));
  const dec = replay(tr, PRO);
  const per = summarise(tr, dec, (k, e) => e.path === "/v1/chat/completions");
  console.log(label); show("assistant", per);
  const s = [...per.values()][0]; console.log("    reasons: " + topReasons(s, 4).join(" | "));
  let n = 0, deg = 0, cut = 0; for (const d of dec) { const e = tr.events[d.i]; if (e._ans === undefined) continue; n++; if (d.degraded) { deg++; if (e._ans > CAP) cut++; } }
  const bl = dec.filter((d) => tr.events[d.i].path === "/v1/files").map((d) => d.action + (d.degraded ? "(degraded)" : ""));
  console.log(`    assistant requests ${n}: degraded ${deg}, reports cut at ${CAP}: ${cut}; batch uploads: ${bl.join(" ") || "none"}`);
  res[name] = { n, deg, cut };
}
const ok = res["tagging-14h"].deg >= 0.2 * res["tagging-14h"].n && res.nobatch.deg === 0 && res["tagging-1h"].deg === 0;
console.log(ok ? "REPRODUCED" : "not reproduced");
